/* wrong-edge: reads the status as ws >> 8 whatever happened, so a child killed by a signal looks like one that exited 0; the kill: inputs must catch it. */
#include "sg.h"

int spawn(int (*body)(long), long arg)
{
	long pid = sys_fork();
	if (pid == 0)
		sys_exit_group(body(arg));
	return (int)pid;
}

int reap(int pid, int *code, int *sig)
{
	int ws;
	long r = sys_wait4(pid, &ws, 0, NULL);
	if (r < 0)
		return (int)r;
	*code = (ws >> 8) & 0xff;
	*sig = 0;
	return 0;
}
