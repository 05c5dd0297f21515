/* Another answer: walks the auxiliary vector itself (sg_auxv), finds the
 * vDSO's clock_gettime with vdso_sym, tests for a syscall instruction among
 * its first 16 bytes before any ret, writes with sys_write and ends with
 * exit(2) rather than exit_group. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	unsigned long ehdr = 0;
	for (unsigned long *a = sg_auxv; a[0] != AT_NULL; a += 2)
		if (a[0] == AT_SYSINFO_EHDR)
			ehdr = a[1];
	int emulated = 1;
	if (ehdr) {
		const unsigned char *f = vdso_sym("__vdso_clock_gettime");
		emulated = 0;
		for (int i = 0; f && i < 15 && f[i] != 0xc3; i++)
			if (f[i] == 0x0f && f[i + 1] == 0x05 && i < 8)
				emulated = 1;	/* a syscall in the first instructions: a stub */
	}
	if (emulated)
		sys_write(1, "emulated\n", 9);
	else
		sys_write(1, "native\n", 7);
	sys_exit(0);
}
