/* Another right answer: pread64 with an offset of its own, a 4096-byte buffer on the stack. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char buf[4096];
	long n;
	off_t at = 0;

	if (argc != 2)
		error(2, 0, "usage: ex1-mycat FILE");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	while ((n = sys_pread64(fd, buf, sizeof buf, at)) > 0) {
		at += n;
		for (long done = 0; done < n;) {
			long w = sys_write(1, buf + done, (size_t)(n - done));
			if (w < 0)
				error(1, (int)-w, "write error");
			done += w;
		}
	}
	sys_close(fd);
	return n < 0;
}
