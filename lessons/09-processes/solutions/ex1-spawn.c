/* Exercise 1 — spawn a child and wait for it (solution). */
#include "sg.h"
#include "wstatus.h"

int spawn(int (*body)(long), long arg)
{
	long pid = sys_fork();

	if (pid == 0)
		sys_exit_group(body(arg));	/* the child never returns into the driver */
	return (int)pid;			/* the child's pid, or -errno */
}

int reap(int pid, int *code, int *sig)
{
	int ws;
	long r;

	do
		r = sys_wait4(pid, &ws, 0, NULL);
	while (r == -EINTR);
	if (r < 0)
		return (int)r;
	if (w_signaled(ws)) {
		*sig = w_termsig(ws);
		*code = -1;
	} else {
		*sig = 0;
		*code = w_exitcode(ws);
	}
	return 0;
}
