/* Exercise 2, a solution: N syscalls between two readings of the clock. */
#include "sg.h"

static uint64_t now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);	/* the runtime's: through the vDSO */
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t n = 0;

	if (argc != 2 || parse_u64(argv[1], 10, &n) < 0)
		error(2, 0, "usage: ex2-getppid N");
	uint64_t t0 = now();
	for (uint64_t i = 0; i < n; i++)
		sys_getppid();
	uint64_t t = now() - t0;
	printf("%lu calls, %lu ns per call\n", (unsigned long)n, (unsigned long)(n ? t / n : 0));
	return 0;
}
