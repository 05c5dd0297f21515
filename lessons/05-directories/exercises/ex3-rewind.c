/* Exercise 3: a directory has an offset too.
 *
 *   ex3-rewind DIR    print the number of entries in DIR ("." and ".."
 *                     included), then count again and print it again
 *
 * Like a file, an open directory remembers where getdents64 stopped; once
 * it has returned 0, every further call returns 0. This starter therefore
 * prints the right count and then 0. Rewind the directory instead of
 * opening it a second time: lseek(fd, 0, SEEK_SET) (for a directory the
 * offset is a d_off cookie; 0 always means the start).
 * Goal under strace: one openat, getdents64 calls, lseek(3, 0, SEEK_SET) = 0,
 * getdents64 calls again, one close(3); output "N\nN\n".
 */
#include <linux/fs.h>		/* SEEK_SET */
#include "sg.h"
#include "dirent64.h"

static char buf[4096] __attribute__((aligned(8)));

static long count(int fd)
{
	long n, entries = 0;

	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0)
		for (long pos = 0; pos < n; pos += ((struct linux_dirent64 *)(buf + pos))->d_reclen)
			entries++;
	return n < 0 ? n : entries;
}

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex3-rewind DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	printf("%ld\n", count(fd));
	/* TODO: rewind */
	printf("%ld\n", count(fd));
	sys_close(fd);
	return 0;
}
