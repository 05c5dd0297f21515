/* Fake (exec): a getdents64 call for show, then hands the listing to GNU ls -a -U -1;
 * the grader must refuse it: the exercise is to walk the records yourself. */
#include "sg.h"
#include "dirent64.h"

static char buf[1024] __attribute__((aligned(8)));

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex1-names DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	sys_getdents64(fd, buf, sizeof buf);
	sys_getdents64(fd, buf, sizeof buf);
	sys_getdents64(fd, buf, sizeof buf);
	sys_close(fd);
	char *ls[] = { "ls", "-a", "-U", "-1", argv[1], NULL };
	sys_execve("/bin/ls", ls, envp);
	return 1;
}
