/* Fake (exec): one lstat for show, then GNU stat -c '%A %n' does the work;
 * the grader must refuse the execve. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct stat st;
	char *args[64] = { "stat", "-c", "%A %n" };
	int n = 3;

	sys_newfstatat(AT_FDCWD, argv[1], &st, AT_SYMLINK_NOFOLLOW);
	for (int i = 1; i < argc && n < 63; i++)
		args[n++] = argv[i];
	args[n] = NULL;
	sys_execve("/usr/bin/stat", args, envp);
	return 1;
}
