/* Exercise 3, solution: one lseek from the end, one read, one write. */
#include <linux/fs.h>	/* SEEK_SET, SEEK_END */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char last[10];

	if (argc != 2)
		error(2, 0, "usage: ex3-tail FILE");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	long off = sys_lseek(fd, -(off_t)sizeof last, SEEK_END);
	if (off == -EINVAL)			/* shorter than 10 bytes */
		off = sys_lseek(fd, 0, SEEK_SET);
	if (off < 0)
		error(1, (int)-off, "%s", argv[1]);
	long n = sys_read(fd, last, sizeof last);
	if (n < 0)
		error(1, (int)-n, "%s", argv[1]);
	sys_write(1, last, (size_t)n);
	sys_close(fd);
	return 0;
}
