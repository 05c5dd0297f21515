/* exec: the child hands the job to /bin/sh (exit N) instead of running the body; the exercise is not about exec, so the grader refuses any execve. */
#include "sg.h"
#include "wstatus.h"

int spawn(int (*body)(long), long arg)
{
	static char num[24];
	static char cmd[40];
	(void)body;
	long pid = sys_fork();
	if (pid == 0) {
		snprintf(num, sizeof num, "%ld", arg);
		snprintf(cmd, sizeof cmd, "echo body: pid $$, parent $PPID; exit %s", num);
		char *argv[] = { "sh", "-c", cmd, NULL };
		sys_execve("/bin/sh", argv, sg_environ);
		sys_exit_group(127);
	}
	return (int)pid;
}

int reap(int pid, int *code, int *sig)
{
	int ws;
	long r = sys_wait4(pid, &ws, 0, NULL);
	if (r < 0)
		return (int)r;
	*sig = w_signaled(ws) ? w_termsig(ws) : 0;
	*code = w_signaled(ws) ? -1 : w_exitcode(ws);
	return 0;
}
