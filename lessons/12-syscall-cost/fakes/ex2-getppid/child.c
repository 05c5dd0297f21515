/* child: hands the loop to a forked child and times fork + loop + wait4 in the parent; strace -f counts the child's N getppid and the delays show, but the process asked to make the calls never does, and the figure includes a fork. */
#include "sg.h"

static uint64_t now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t n = 0;
	int st;

	if (argc != 2 || parse_u64(argv[1], 10, &n) < 0)
		error(2, 0, "usage: ex2-getppid N");
	uint64_t t0 = now();
	long pid = sys_vfork();
	if (pid == 0) {
		for (uint64_t i = 0; i < n; i++)
			sys_getppid();
		sys_exit(0);
	}
	sys_wait4((pid_t)pid, &st, 0, NULL);
	uint64_t t = now() - t0;
	printf("%lu calls, %lu ns per call\n", (unsigned long)n, (unsigned long)(n ? t / n : 0));
	return 0;
}
