/* tests/rt/trace-summary.c — raw calls for tests/trace-summary.bats (-c's
 * table with -U -O -S, -e verbose=, -D): calls in known numbers, some that
 * fail, one that sleeps 20 ms (so that -w's times have a clear longest),
 * and calls whose structs and arrays -e verbose= prints or not.
 *
 *   trace-summary      (no arguments)
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct timespec ts = { 0, 20000000 };
	struct iovec iov[2] = { { (void *)"two ", 4 }, { (void *)"parts\n", 6 } };
	struct new_utsname u;
	struct rusage ru;
	int p[2];

	(void)argc, (void)argv, (void)envp;
	for (int i = 0; i < 5; i++)
		sys_getppid();
	for (int i = 0; i < 3; i++)
		sys_openat(AT_FDCWD, "/nonexistent/summary", O_RDONLY, 0);
	long fd = sys_openat(AT_FDCWD, "/dev/null", O_WRONLY, 0);
	sys_write((int)fd, "a string\n", 9);
	sys_writev((int)fd, iov, 2);
	sys_close((int)fd);
	sys_pipe2(p, 0);
	sys_uname(&u);
	sys_getrusage(RUSAGE_SELF, &ru);
	sys_nanosleep(&ts, NULL);
	return 0;
}
