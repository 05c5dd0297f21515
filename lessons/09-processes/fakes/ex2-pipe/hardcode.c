/* hardcode: a real pipe, but always returns 0, the status the fixed inputs end with; the random exit code of the right side must catch it. */
#include "sg.h"

static long start(char *const argv[], int fd, int to, int other)
{
	long pid = sys_fork();
	if (pid == 0) {
		sys_dup2(fd, to);
		sys_close(fd);
		sys_close(other);
		sys_execve(argv[0], argv, sg_environ);
		sys_exit_group(127);
	}
	return pid;
}

int pipeline(char *const left[], char *const right[])
{
	int fds[2], ws;
	sys_pipe2(fds, 0);
	start(left, fds[1], 1, fds[0]);
	start(right, fds[0], 0, fds[1]);
	sys_close(fds[0]);
	sys_close(fds[1]);
	sys_wait4(-1, &ws, 0, NULL);
	sys_wait4(-1, &ws, 0, NULL);
	return 0;
}
