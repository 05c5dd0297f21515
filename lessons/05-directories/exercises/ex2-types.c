/* Exercise 2: the type is in the record; no stat needed.
 *
 *   ex2-types DIR     for each entry except "." and "..", print
 *                     "T NAME" where T is find's %y letter:
 *                       f regular file   d directory   l symbolic link
 *                       p FIFO   s socket   c character device   b block device
 *
 * in the kernel's order — exactly `find DIR -mindepth 1 -maxdepth 1 -printf '%y %f\n'`.
 * The starter prints '?' for every type and keeps "." and "..".
 * (A filesystem may answer DT_UNKNOWN; the grader's directory is on one that
 * does not, so make no stat call and open no entry: the grader refuses them. A real tool would
 * fall back to fstatat for DT_UNKNOWN, lesson 06.)
 * The grader's directory holds every type under random names, character and
 * block devices included (made with mknod when it runs as root).
 */
#include "sg.h"
#include "dirent64.h"

static char buf[32768] __attribute__((aligned(8)));

int main(int argc, char **argv, char **envp)
{
	long n;

	if (argc != 2)
		error(2, 0, "usage: ex2-types DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0) {
		for (long pos = 0; pos < n;) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + pos);
			printf("%c %s\n", '?', d->d_name);	/* TODO */
			pos += d->d_reclen;
		}
	}
	if (n < 0)
		error(1, (int)-n, "reading %s", argv[1]);
	sys_close(fd);
	return 0;
}
