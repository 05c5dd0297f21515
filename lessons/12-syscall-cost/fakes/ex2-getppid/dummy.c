/* dummy: one getppid for strace to see, then a function call timed in the loop instead; strace counts one call, not N. */
#include "sg.h"

__attribute__((noinline)) static long nothing(void)
{
	__asm__ volatile("");
	return 1;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t n = 0;
	struct timespec a, b;

	parse_u64(argv[1], 10, &n);
	sys_getppid();
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (uint64_t i = 0; i < n; i++)
		nothing();
	clock_gettime(CLOCK_MONOTONIC, &b);
	uint64_t t = (uint64_t)(b.tv_sec - a.tv_sec) * 1000000000u + (uint64_t)(b.tv_nsec - a.tv_nsec);
	printf("%lu calls, %lu ns per call\n", (unsigned long)n, (unsigned long)(n ? t / n : 0));
	return 0;
}
