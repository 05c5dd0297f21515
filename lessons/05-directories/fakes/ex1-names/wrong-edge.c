/* Fake (wrong-edge): walks by d_reclen but prints at most 200 bytes of a name —
 * the longest the old fixed test tried; names may be 255 bytes long, and the
 * grader must try one. */
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
	while ((n = sys_getdents64(fd, buf, sizeof buf)) > 0)
		for (long pos = 0; pos < n; pos += ((struct linux_dirent64 *)(buf + pos))->d_reclen)
			printf("%.200s\n", ((struct linux_dirent64 *)(buf + pos))->d_name);
	sys_close(fd);
	return 0;
}
