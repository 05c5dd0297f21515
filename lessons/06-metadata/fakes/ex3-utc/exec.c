/* Fake (exec): TZ=UTC stat -c %y does the calendar; the grader must refuse
 * the execve. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *args[64] = { "stat", "-c", "%y" };
	char *env[] = { "TZ=UTC", NULL };
	int n = 3;
	struct stat st;

	sys_newfstatat(AT_FDCWD, argv[1], &st, 0);
	for (int i = 1; i < argc && n < 63; i++)
		args[n++] = argv[i];
	args[n] = NULL;
	sys_execve("/usr/bin/stat", args, env);
	return 1;
}
