/* wrong-edge: returns as soon as the first read gives 0, before closing: an empty file (never tried by one fixed test) leaks the descriptor. */
#include "sg.h"

static char buf[65536];

int main(int argc, char **argv, char **envp)
{
	long n;
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	n = sys_read(fd, buf, sizeof buf);
	if (n == 0)
		return 0;
	do
		sys_write(1, buf, (size_t)n);
	while ((n = sys_read(fd, buf, sizeof buf)) > 0);
	sys_close(fd);
	return 0;
}
