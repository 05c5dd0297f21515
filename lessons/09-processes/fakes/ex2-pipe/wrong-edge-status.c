/* wrong-edge: keeps 7 bits of the exit status and always adds 128 + 15 for a signal, right for the codes and the SIGTERM the fixed tests use; an exit status above 127 or another signal must catch it. */
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
	int fds[2], ws, st = 0;
	sys_pipe2(fds, 0);
	long a = start(left, fds[1], 1, fds[0]);
	long b = start(right, fds[0], 0, fds[1]);
	sys_close(fds[0]);
	sys_close(fds[1]);
	(void)a;
	for (int k = 0; k < 2; k++)
		if (sys_wait4(-1, &ws, 0, NULL) == b)
			st = (ws & 0x7f) ? 128 + 15 : (ws >> 8) & 0x7f;
	return st;
}
