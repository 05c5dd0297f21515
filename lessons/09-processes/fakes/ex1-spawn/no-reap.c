/* no-reap: waitid with WNOWAIT reads the right status but leaves the child a zombie; reap() must reap, so the driver checks the pid is gone. */
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
	siginfo_t si;
	memset(&si, 0, sizeof si);
	long r = sys_waitid(P_PID, pid, &si, WEXITED | WNOWAIT, NULL);
	if (r < 0)
		return (int)r;
	if (si.si_code == CLD_EXITED)
		*code = si.si_status, *sig = 0;
	else
		*code = -1, *sig = si.si_status;
	return 0;
}
