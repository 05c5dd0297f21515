/* Another answer: a record pointer stepped by d_reclen up to the end of the
 * bytes read, and each name written with its own write(2) calls, no printf. */
#include "sg.h"
#include "dirent64.h"

static char buf[1024] __attribute__((aligned(8)));

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex1-names DIR");
	long fd = sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, (int)-fd, "%s", argv[1]);
	for (;;) {
		long n = sys_getdents64((int)fd, buf, sizeof buf);
		if (n < 0)
			error(1, (int)-n, "reading %s", argv[1]);
		if (n == 0)
			break;
		const char *end = buf + n;
		for (const struct linux_dirent64 *d = (const void *)buf; (const char *)d < end;
		     d = (const void *)((const char *)d + d->d_reclen)) {
			sys_write(1, d->d_name, strlen(d->d_name));
			sys_write(1, "\n", 1);
		}
	}
	sys_close((int)fd);
	return 0;
}
