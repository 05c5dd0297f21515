/* syscall-clock: times with the syscall clock, which adds clock_gettime syscalls of its own around each loop; the figures look right, but strace counts N + 3 syscalls instead of N. */
#include "sg.h"

static uint64_t now(void)
{
	struct timespec ts;

	sys_clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t n = 0;
	struct timespec ts;

	parse_u64(argv[1], 10, &n);
	uint64_t t0 = now();
	for (uint64_t i = 0; i < n; i++)
		sys_clock_gettime(CLOCK_MONOTONIC, &ts);
	uint64_t t1 = now();
	for (uint64_t i = 0; i < n; i++)
		clock_gettime(CLOCK_MONOTONIC, &ts);
	uint64_t t2 = now();
	printf("syscall %lu ns, vdso %lu ns\n", (unsigned long)((t1 - t0) / n), (unsigned long)((t2 - t1) / n));
	return 0;
}
