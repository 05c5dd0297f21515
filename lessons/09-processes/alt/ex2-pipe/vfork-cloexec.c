/* Exercise 2 another way: pipe2 with O_CLOEXEC (the ends close themselves at execve; dup2 clears the flag on the copy), vfork, waitid per child. */
#include "sg.h"

static long start(char *const argv[], int fd, int to)
{
	long pid = sys_vfork();

	if (pid == 0) {
		/* the child borrows the parent's memory until execve: only calls */
		sys_dup2(fd, to);
		sys_execve(argv[0], argv, sg_environ);
		sys_exit(127);
	}
	return pid;
}

int pipeline(char *const left[], char *const right[])
{
	int fds[2];
	siginfo_t si;

	if (sys_pipe2(fds, O_CLOEXEC) < 0)
		return -EMFILE;
	long a = start(left, fds[1], 1);
	long b = start(right, fds[0], 0);
	sys_close(fds[0]);
	sys_close(fds[1]);
	if (a < 0 || b < 0)
		return (int)(a < 0 ? a : b);
	memset(&si, 0, sizeof si);
	sys_waitid(P_PID, (int)a, &si, WEXITED, NULL);
	memset(&si, 0, sizeof si);
	sys_waitid(P_PID, (int)b, &si, WEXITED, NULL);
	return si.si_code == CLD_EXITED ? si.si_status : 128 + si.si_status;
}
