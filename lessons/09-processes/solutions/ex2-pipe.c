/* Exercise 2 — a pipe between two children (solution). */
#include "sg.h"
#include "wstatus.h"

/* fork a child whose fd `to` is `fd`, then exec argv; returns its pid */
static long start(char *const argv[], int fd, int to, int other)
{
	long pid = sys_fork();

	if (pid == 0) {
		sys_dup2(fd, to);
		sys_close(fd);
		sys_close(other);	/* the end this child does not use */
		sys_execve(argv[0], argv, sg_environ);
		sys_exit_group(127);	/* execve returned: it failed */
	}
	return pid;
}

int pipeline(char *const left[], char *const right[])
{
	int fds[2], ws, st = 0;

	if (sys_pipe2(fds, 0) < 0)
		return -EMFILE;
	long a = start(left, fds[1], 1, fds[0]);
	long b = start(right, fds[0], 0, fds[1]);
	sys_close(fds[0]);	/* the parent keeps no end: b sees EOF when a exits */
	sys_close(fds[1]);
	if (a < 0 || b < 0)
		return (int)(a < 0 ? a : b);
	for (int left_to_wait = 2; left_to_wait > 0; left_to_wait--) {
		long r = sys_wait4(-1, &ws, 0, NULL);
		if (r < 0)
			return (int)r;
		if (r == b)
			st = w_signaled(ws) ? 128 + w_termsig(ws) : w_exitcode(ws);
	}
	return st;
}
