/* Fake (exec): at the first call, replaces the tracer by strace on the same
 * command line (from /proc/self/cmdline); the grader must refuse the tracer's
 * second execve. */
#include "tracer.h"

static char cmd[8192];

void print_call(int pid, const struct user_regs *r)
{
	char *argv[64] = { "strace", "-o", "/dev/stderr" };
	int n = 3;
	(void)pid;
	(void)r;
	long fd = sys_openat(AT_FDCWD, "/proc/self/cmdline", O_RDONLY, 0);
	long len = sys_read((int)fd, cmd, sizeof cmd - 1);
	for (char *p = cmd + strlen(cmd) + 1; p < cmd + len && n < 63; p += strlen(p) + 1)
		argv[n++] = p;
	argv[n] = NULL;
	sys_execve("/usr/bin/strace", argv, NULL);
	print_call_raw(r);
}
