/* Fake (wrong-edge): walks by d_reclen but shows control bytes (newline, tab)
 * as '?', the way ls does on a terminal; `ls -1` into a pipe prints the bytes
 * as they are, and the grader must try a name holding a newline. */
#include "sg.h"
#include "dirent64.h"

static char buf[1024] __attribute__((aligned(8)));

int main(int argc, char **argv, char **envp)
{
	long n;

	if (argc != 2)
		error(2, 0, "usage: ex1-names DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0) {
		for (long pos = 0; pos < n;) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + pos);
			for (char *p = d->d_name; *p; p++)
				if ((unsigned char)*p < ' ')
					*p = '?';
			printf("%s\n", d->d_name);
			pos += d->d_reclen;
		}
	}
	if (n < 0)
		error(1, (int)-n, "reading %s", argv[1]);
	sys_close(fd);
	return 0;
}
