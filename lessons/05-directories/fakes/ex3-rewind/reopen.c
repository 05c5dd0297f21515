/* Fake (reopen): counts, closes, opens the directory again and counts again:
 * right output, but the exercise is to rewind one open directory. */
#include "sg.h"
#include "dirent64.h"

static char buf[4096] __attribute__((aligned(8)));

static long count(const char *path)
{
	long n, entries = 0;
	int fd = (int)sys_openat(AT_FDCWD, path, O_RDONLY | O_DIRECTORY, 0);
	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0)
		for (long pos = 0; pos < n; pos += ((struct linux_dirent64 *)(buf + pos))->d_reclen)
			entries++;
	sys_close(fd);
	return entries;
}

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex3-rewind DIR");
	printf("%ld\n", count(argv[1]));
	printf("%ld\n", count(argv[1]));
	return 0;
}
