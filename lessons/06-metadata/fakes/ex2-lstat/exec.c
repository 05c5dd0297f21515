/* Fake (exec): stat(1) with the same options, after one call for show; the
 * grader must refuse the execve. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *args[64] = { "stat" };
	int n = 1;
	struct stat st;

	sys_newfstatat(AT_FDCWD, ".", &st, 0);
	if (argc > 1 && !strcmp(argv[1], "-L"))
		args[n++] = "-L";
	args[n++] = "-c";
	args[n++] = "%F %s";
	for (int i = n == 4 ? 2 : 1; i < argc && n < 63; i++)
		args[n++] = argv[i];
	args[n] = NULL;
	sys_execve("/usr/bin/stat", args, envp);
	return 1;
}
