/* Fake (dummy): counts once, makes the lseek the trace must show, then prints
 * the first count twice without reading the directory again; the grader must
 * see that the second pass returned no records. */
#include <linux/fs.h>
#include "sg.h"
#include "dirent64.h"

static char buf[4096] __attribute__((aligned(8)));

int main(int argc, char **argv, char **envp)
{
	long n, entries = 0;

	if (argc != 2)
		error(2, 0, "usage: ex3-rewind DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0)
		for (long pos = 0; pos < n; pos += ((struct linux_dirent64 *)(buf + pos))->d_reclen)
			entries++;
	sys_lseek(fd, 0, SEEK_SET);
	printf("%ld\n%ld\n", entries, entries);
	sys_close(fd);
	return 0;
}
