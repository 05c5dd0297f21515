/* Fake (hardcode): the letter from the name the old fixed directory used for
 * each type (file, sub, link, fifo, sock, chr...); the grader's names are
 * random each run, so it must reject this. */
#include "sg.h"
#include "dirent64.h"

static char buf[32768] __attribute__((aligned(8)));

static char by_name(const char *s)
{
	if (!strcmp(s, "sub")) return 'd';
	if (!strcmp(s, "link") || !strcmp(s, "chr")) return 'l';
	if (!strcmp(s, "fifo")) return 'p';
	if (!strcmp(s, "sock")) return 's';
	return 'f';
}

int main(int argc, char **argv, char **envp)
{
	long n;

	if (argc != 2)
		error(2, 0, "usage: ex2-types DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0)
		for (long pos = 0; pos < n;) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + pos);
			pos += d->d_reclen;
			if (strcmp(d->d_name, ".") && strcmp(d->d_name, ".."))
				printf("%c %s\n", by_name(d->d_name), d->d_name);
		}
	sys_close(fd);
	return 0;
}
