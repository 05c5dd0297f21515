/* Fake (exec): opens the directory for show, then runs GNU find with the very
 * -printf the grader compares with; the grader must refuse any execve. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex2-types DIR");
	sys_close((int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0));
	char *find[] = { "find", argv[1], "-mindepth", "1", "-maxdepth", "1", "-printf", "%y %f\n", NULL };
	sys_execve("/usr/bin/find", find, envp);
	return 1;
}
