/* Exercise 1: walk the records by d_reclen.
 *
 *   ex1-names DIR     print every name in DIR, one a line, in the kernel's
 *                     order, "." and ".." included — exactly `ls -a -U -1 DIR`
 *
 * This starter steps through the buffer by the size of the fixed part of
 * the record. That is wrong: records vary in length (see ../dirent64.h).
 * The grader compares your output with GNU `ls -a -U -1` on directories of
 * random names from 1 to 255 bytes long (new ones each run; some hold a
 * newline, a tab or other control bytes: print every byte as it is), read with a
 * small buffer (1024 bytes) so that it takes several getdents64 calls.
 */
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
			printf("%s\n", d->d_name);
			pos += sizeof *d + 8;		/* TODO */
		}
	}
	if (n < 0)
		error(1, (int)-n, "reading %s", argv[1]);
	sys_close(fd);
	return 0;
}
