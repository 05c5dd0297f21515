/* Exercise 1, solution: no vDSO (QEMU < 8.2), or a vDSO whose clock_gettime
 * is a bare `mov eax, imm32; syscall` (QEMU >= 8.2): emulated. The kernel's
 * own clock_gettime starts with ordinary code that reads the clock. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	const unsigned char *fn = getauxval(AT_SYSINFO_EHDR) ? vdso_sym("__vdso_clock_gettime") : NULL;
	int emulated = !fn || (fn[0] == 0xb8 && fn[5] == 0x0f && fn[6] == 0x05);

	printf("%s\n", emulated ? "emulated" : "native");
	return 0;
}
