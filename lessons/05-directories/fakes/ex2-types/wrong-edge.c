/* Fake (wrong-edge): knows the five types a directory without device nodes
 * holds, and calls everything else a character device; the grader's fixture
 * has real character and block devices (mknod), so it must reject this. */
#include "sg.h"
#include "dirent64.h"

static char buf[32768] __attribute__((aligned(8)));

static char letter(unsigned char t)
{
	switch (t) {
	case DT_REG: return 'f';
	case DT_DIR: return 'd';
	case DT_LNK: return 'l';
	case DT_FIFO: return 'p';
	case DT_SOCK: return 's';
	default: return 'c';
	}
}

int main(int argc, char **argv, char **envp)
{
	long n;

	if (argc != 2)
		error(2, 0, "usage: ex2-types DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[1]);
	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0)
		for (long pos = 0; pos < n;) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + pos);
			pos += d->d_reclen;
			if (strcmp(d->d_name, ".") && strcmp(d->d_name, ".."))
				printf("%c %s\n", letter(d->d_type), d->d_name);
		}
	sys_close(fd);
	return 0;
}
