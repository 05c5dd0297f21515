/* wrong-edge: leaves the first call out of the timing as a warm-up and divides by N - 1, so N = 1 (a burst of one) dies of SIGFPE; the grader's fixed and random N are all 0 or at least 2. */
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

	if (argc != 2 || parse_u64(argv[1], 10, &n) < 0)
		error(2, 0, "usage: ex2-getppid N");
	if (n == 0) {
		printf("0 calls, 0 ns per call\n");
		return 0;
	}
	sys_getppid();			/* warm-up, not timed */
	uint64_t t0 = now();
	for (uint64_t i = 1; i < n; i++)
		sys_getppid();
	uint64_t t = now() - t0;
	volatile uint64_t d = n - 1;
	printf("%lu calls, %lu ns per call\n", (unsigned long)n, (unsigned long)(t / d));
	return 0;
}
