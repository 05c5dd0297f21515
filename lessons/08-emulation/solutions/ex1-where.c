/* Exercise 1, solution: the vDSO's address is in the auxv natively, absent under qemu-user. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	printf("%s\n", getauxval(AT_SYSINFO_EHDR) ? "native" : "emulated");
	return 0;
}
