/* wrong-edge: runs both sides with an empty environment (execve(..., NULL)) instead of passing sg_environ on; a side that reads a variable must catch it. */
#include "sg.h"
#include "wstatus.h"

static long start(char *const argv[], int fd, int to, int other)
{
	long pid = sys_fork();
	if (pid == 0) {
		char *none[] = { NULL };
		sys_dup2(fd, to);
		sys_close(fd);
		sys_close(other);
		sys_execve(argv[0], argv, none);
		sys_exit_group(127);
	}
	return pid;
}

int pipeline(char *const left[], char *const right[])
{
	int fds[2], ws, st = 0;
	sys_pipe2(fds, 0);
	long a = start(left, fds[1], 1, fds[0]);
	long b = start(right, fds[0], 0, fds[1]);
	sys_close(fds[0]);
	sys_close(fds[1]);
	(void)a;
	for (int k = 0; k < 2; k++)
		if (sys_wait4(-1, &ws, 0, NULL) == b)
			st = w_signaled(ws) ? 128 + w_termsig(ws) : w_exitcode(ws);
	return st;
}
