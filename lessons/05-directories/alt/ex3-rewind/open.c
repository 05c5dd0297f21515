/* open: opens the directory with open(2) rather than openat(2): the exercise asks for one open and a rewind, not a particular call to open with, so this is right. */
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
	int fd = (int)sys_open(argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	printf("%ld\n", count(fd));
	long r = sys_lseek(fd, 0, SEEK_SET);
	if (r < 0)
		error(1, (int)-r, "%s", argv[1]);
	printf("%ld\n", count(fd));
	sys_close(fd);
	return 0;
}
