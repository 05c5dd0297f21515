/* Fake (wrong-edge): "qemu puts the guest's stack at 0x40008...": AT_RANDOM
 * below 0x7f0000000000 means emulated. True for QEMU 7.2 only; QEMU >= 8.2
 * places it at 0x7f... like the kernel. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	printf("%s\n", getauxval(AT_RANDOM) < 0x7f0000000000UL ? "emulated" : "native");
	return 0;
}
