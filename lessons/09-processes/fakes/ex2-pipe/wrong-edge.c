/* wrong-edge: a real pipe, but returns the status of the last child to end (often the left one) instead of the right side's; a right side with its own exit code must catch it. */
#include "sg.h"
#include "wstatus.h"

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
	int fds[2], ws = 0;
	sys_pipe2(fds, 0);
	long b = start(right, fds[0], 0, fds[1]);
	sys_close(fds[0]);
	long a = start(left, fds[1], 1, -1);
	sys_close(fds[1]);
	(void)a;
	(void)b;
	sys_wait4(b, &ws, 0, NULL);
	sys_wait4(a, &ws, 0, NULL);	/* the left's status overwrites the right's */
	return w_signaled(ws) ? 128 + w_termsig(ws) : w_exitcode(ws);
}
