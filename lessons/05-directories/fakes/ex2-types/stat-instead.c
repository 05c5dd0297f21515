/* Fake (stat-instead): right letters, but from an lstat of every entry instead
 * of d_type — the exercise is that the record already says; the grader must
 * refuse the stat calls. */
#include "sg.h"
#include "dirent64.h"

static char buf[32768] __attribute__((aligned(8)));

static char letter(unsigned m)
{
	switch (m & S_IFMT) {
	case S_IFREG: return 'f';
	case S_IFDIR: return 'd';
	case S_IFLNK: return 'l';
	case S_IFIFO: return 'p';
	case S_IFSOCK: return 's';
	case S_IFCHR: return 'c';
	case S_IFBLK: return 'b';
	default: return 'U';
	}
}

int main(int argc, char **argv, char **envp)
{
	long n;
	struct stat st;

	if (argc != 2)
		error(2, 0, "usage: ex2-types DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0)
		for (long pos = 0; pos < n;) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + pos);
			pos += d->d_reclen;
			if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, ".."))
				continue;
			sys_newfstatat(fd, d->d_name, &st, AT_SYMLINK_NOFOLLOW);
			printf("%c %s\n", letter(st.st_mode), d->d_name);
		}
	sys_close(fd);
	return 0;
}
