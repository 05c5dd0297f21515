/* wrong-edge: waits for the right side only and leaves the left one to whoever reaps orphans; the text says wait for both, so the grader looks for both pids among what the driver reaped. */
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
	int fds[2], ws;
	sys_pipe2(fds, 0);
	start(left, fds[1], 1, fds[0]);
	long b = start(right, fds[0], 0, fds[1]);
	sys_close(fds[0]);
	sys_close(fds[1]);
	if (sys_wait4((int)b, &ws, 0, NULL) < 0)
		return -ECHILD;
	return w_signaled(ws) ? 128 + w_termsig(ws) : w_exitcode(ws);
}
