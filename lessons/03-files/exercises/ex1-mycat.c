/* Exercise 1: cat one file, well.
 *
 *   ex1-mycat FILE     copy FILE to standard output, exit 0
 *
 * This starter works, but look at it under strace:
 *   strace ./ex1-mycat FILE
 * Two things to fix:
 *   - it reads one byte per syscall: use a buffer of at least 4096 bytes,
 *     so that a 10000-byte file takes at most 4 reads (the last returns 0);
 *   - it never gives file descriptor 3 back: close it before returning.
 * Goal under strace, for a 10000-byte file:
 *   openat(AT_FDCWD, "FILE", O_RDONLY) = 3
 *   read(3, ..., 4096) = 4096   (and so on: 4 reads at most, the last = 0)
 *   write(1, ...) ...
 *   close(3) = 0
 *   exit_group(0) = ?
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char buf[1];
	long n;

	if (argc != 2)
		error(2, 0, "usage: ex1-mycat FILE");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	while ((n = sys_read(fd, buf, sizeof buf)) > 0)
		sys_write(1, buf, (size_t)n);
	return 0;
}
