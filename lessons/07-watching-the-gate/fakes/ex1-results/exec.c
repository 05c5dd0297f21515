/* Fake (exec): at the first result, replaces the tracer by strace on the same
 * command line (from /proc/self/cmdline): strace's own lines come out. The
 * grader must refuse the tracer's second execve. */
#include "tracer.h"

static char cmd[8192];

void print_result(long rax)
{
	char *argv[64] = { "strace", "-o", "/dev/stderr" };
	int n = 3;
	long fd = sys_openat(AT_FDCWD, "/proc/self/cmdline", O_RDONLY, 0);
	long len = sys_read((int)fd, cmd, sizeof cmd - 1);
	out_flush(T_out);
	for (char *p = cmd + strlen(cmd) + 1; p < cmd + len && n < 63; p += strlen(p) + 1)
		argv[n++] = p;		/* skip our own name */
	argv[n] = NULL;
	sys_execve("/usr/bin/strace", argv, NULL);
	out_printf(T_out, "= %ld", rax);
}
