/* wrong-edge: gives up when lseek fails: a file shorter than 10 bytes (EINVAL) gets an error instead of its bytes. */
#include <linux/fs.h>
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char last[10];
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	long off = sys_lseek(fd, -10, SEEK_END);
	if (off < 0)
		error(1, (int)-off, "%s", argv[1]);
	long n = sys_read(fd, last, sizeof last);
	sys_write(1, last, (size_t)n);
	sys_close(fd);
	return 0;
}
