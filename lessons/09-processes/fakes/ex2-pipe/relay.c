/* relay: two pipes with the parent copying from one to the other in between, so each child sees a pipe but not the same one; a | b joins the two by one pipe, with nothing in the middle. */
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
	int a[2], b[2], ws, st = 0;
	static char buf[65536];
	sys_pipe2(a, O_CLOEXEC);
	sys_pipe2(b, O_CLOEXEC);
	long l = start(left, a[1], 1, a[0]);
	long r = start(right, b[0], 0, b[1]);
	sys_close(a[1]);
	sys_close(b[0]);
	long n;
	while ((n = sys_read(a[0], buf, sizeof buf)) > 0)
		if (sys_write(b[1], buf, (size_t)n) < 0)
			break;
	sys_close(a[0]);
	sys_close(b[1]);
	for (int k = 0; k < 2; k++) {
		long p = sys_wait4(-1, &ws, 0, NULL);
		if (p == r)
			st = w_signaled(ws) ? 128 + w_termsig(ws) : w_exitcode(ws);
	}
	(void)l;
	return st;
}
