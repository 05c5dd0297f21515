/* exec: hands the counting to wc -l in a child and reads its answer from a pipe; the exercise is not about exec. */
#include "sg.h"

long count_lines(const char *path)
{
	int fds[2];
	static char buf[64];
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0);
	if (fd < 0)
		return fd;
	sys_pipe2(fds, 0);
	long pid = sys_fork();
	if (pid == 0) {
		sys_dup2((int)fd, 0);
		sys_dup2(fds[1], 1);
		char *argv[] = { "wc", "-l", NULL };
		sys_execve("/usr/bin/wc", argv, sg_environ);
		sys_exit_group(127);
	}
	sys_close(fds[1]);
	sys_close((int)fd);
	long n = sys_read(fds[0], buf, sizeof buf - 1);
	sys_close(fds[0]);
	int ws;
	sys_wait4((int)pid, &ws, 0, NULL);
	buf[n > 0 ? n : 0] = 0;
	long v = 0;
	for (char *p = buf; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	return v;
}
