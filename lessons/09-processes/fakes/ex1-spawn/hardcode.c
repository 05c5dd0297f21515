/* hardcode: spawns and waits for real but reports the status the fixed inputs use (exit 0 unless SIGKILL); the random status and signal must catch it. */
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
	if ((ws & 0x7f) == 9) {
		*sig = 9, *code = -1;
	} else {
		*sig = 0, *code = (ws >> 8) == 255 ? 255 : 0;
	}
	return 0;
}
