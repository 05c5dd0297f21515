/* given/ex3-syscall6.c — the driver for exercise 3 (edit exercises/ex3-syscall6.asm). */
#include <asm/unistd.h>
#include "sg.h"

long my_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

int main(int argc, char **argv, char **envp)
{
	int fd = (int)my_syscall(__NR_openat, AT_FDCWD, (long)"out.txt",
				 O_WRONLY | O_CREAT | O_TRUNC, 0644, 0, 0);
	my_syscall(__NR_pwrite64, fd, (long)"AB", 2, 7, 0, 0);
	my_syscall(__NR_mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	my_syscall(__NR_write, 1, (long)"six\n", 4, 0, 0, 0);
	my_syscall(__NR_exit_group, 3, 0, 0, 0, 0, 0);
	return 99;	/* not reached if exit_group went through */
}
