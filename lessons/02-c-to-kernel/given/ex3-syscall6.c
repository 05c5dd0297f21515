/* given/ex3-syscall6.c — the driver for exercise 3 (edit exercises/ex3-syscall6.asm).
 *
 *   ex3-syscall6 [MODE PAGE K STATUS]     (default: 0644 0 7 3)
 *
 * Through your stub: openat out.txt (MODE is the 4th argument), pwrite64
 * "AB" at offset PAGE * 4096 + K (the 4th), mmap an anonymous page (6
 * arguments), mmap page PAGE of out.txt (its offset is the 6th argument),
 * write the two bytes found at K in that mapping, then "six\n", then
 * exit_group(STATUS). The grader picks them at random, PAGE above 2^20
 * (an offset above 4 GiB). */
#include <asm/unistd.h>
#include "sg.h"

long my_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

int main(int argc, char **argv, char **envp)
{
	int64_t v[4] = { 0644, 0, 7, 3 };

	for (int i = 1; i < argc && i <= 4; i++)
		if (parse_i64(argv[i], 0, &v[i - 1]) < 0)
			error(2, 0, "usage: ex3-syscall6 [MODE PAGE K STATUS]");
	int fd = (int)my_syscall(__NR_openat, AT_FDCWD, (long)"out.txt",
				 O_RDWR | O_CREAT | O_TRUNC, v[0], 0, 0);
	my_syscall(__NR_pwrite64, fd, (long)"AB", 2, v[1] * 4096 + v[2], 0, 0);
	my_syscall(__NR_mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long map = my_syscall(__NR_mmap, 0, 4096, PROT_READ, MAP_PRIVATE, fd, v[1] * 4096);
	if (sys_failed(map))
		error(1, (int)-map, "mmap out.txt");
	my_syscall(__NR_write, 1, map + v[2], 2, 0, 0, 0);
	my_syscall(__NR_write, 1, (long)"six\n", 4, 0, 0, 0);
	my_syscall(__NR_exit_group, v[3], 0, 0, 0, 0, 0);
	return 99;	/* not reached if exit_group went through */
}
