/* Fake (wrong-edge): the old reference answer, "no AT_SYSINFO_EHDR means
 * emulated": right natively and on QEMU 7.2, wrong on QEMU >= 8.2, which maps
 * a vDSO of its own; the grader must run it under a QEMU >= 8.2 too. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	printf("%s\n", getauxval(AT_SYSINFO_EHDR) ? "native" : "emulated");
	return 0;
}
