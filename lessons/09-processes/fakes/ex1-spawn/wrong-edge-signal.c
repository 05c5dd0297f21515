/* wrong-edge: keeps only the low four bits of the signal number (ws & 0xf), right for signals 1-15 only; signals above 15 (SIGVTALRM 26, SIGPROF 27) must catch it. */
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
	if (ws & 0x7f)
		*sig = ws & 0xf, *code = -1;
	else
		*sig = 0, *code = (ws >> 8) & 0xff;
	return 0;
}
