/* Exercise 1, solution: a page-sized buffer, every byte written, fd closed. */
#include "sg.h"

static char buf[65536];		/* static: 64 KiB is too much for some stacks */

int main(int argc, char **argv, char **envp)
{
	long n;

	if (argc != 2)
		error(2, 0, "usage: ex1-mycat FILE");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	while ((n = sys_read(fd, buf, sizeof buf)) > 0) {
		for (long done = 0; done < n;) {	/* a write may be short */
			long w = sys_write(1, buf + done, (size_t)(n - done));
			if (w < 0)
				error(1, (int)-w, "write error");
			done += w;
		}
	}
	if (n < 0)
		error(1, (int)-n, "%s", argv[1]);
	sys_close(fd);
	return 0;
}
