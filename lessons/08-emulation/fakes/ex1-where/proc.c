/* Fake (syscalls): asks the kernel instead of reading its own memory — reads
 * /proc/self/auxv and looks for AT_SYSINFO_EHDR there (qemu fakes that file);
 * the grader must refuse the extra calls (and it is wrong on QEMU >= 8.2). */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	unsigned long a[128];
	int vdso = 0;
	long fd = sys_openat(AT_FDCWD, "/proc/self/auxv", O_RDONLY, 0);
	long n = sys_read((int)fd, a, sizeof a);
	for (long i = 0; i + 1 < n / 8; i += 2)
		if (a[i] == AT_SYSINFO_EHDR)
			vdso = 1;
	printf("%s\n", vdso ? "native" : "emulated");
	return 0;
}
