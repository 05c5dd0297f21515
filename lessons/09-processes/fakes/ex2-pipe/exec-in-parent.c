/* exec-in-parent: forks only the left side and execs the right side in the driver's own process, so the driver's exit status is the right side's for free; both sides must run in children the caller waits for. */
#include "sg.h"

int pipeline(char *const left[], char *const right[])
{
	int fds[2];
	sys_pipe2(fds, 0);
	long pid = sys_fork();
	if (pid == 0) {
		sys_dup2(fds[1], 1);
		sys_close(fds[0]);
		sys_close(fds[1]);
		sys_execve(left[0], left, sg_environ);
		sys_exit_group(127);
	}
	sys_dup2(fds[0], 0);
	sys_close(fds[0]);
	sys_close(fds[1]);
	sys_execve(right[0], right, sg_environ);
	return -ENOENT;
}
