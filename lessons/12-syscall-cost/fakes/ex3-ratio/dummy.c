/* dummy: calls the vDSO once for show, then makes the real syscall in both timed loops; strace counts 2N clock_gettime syscalls, not N. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t n = 0;
	struct timespec ts, a, b, c;

	parse_u64(argv[1], 10, &n);
	long (*v)(int, struct timespec *) = (long (*)(int, struct timespec *))vdso_sym("__vdso_clock_gettime");
	v(CLOCK_MONOTONIC, &a);
	for (uint64_t i = 0; i < n; i++)
		sys_clock_gettime(CLOCK_MONOTONIC, &ts);
	v(CLOCK_MONOTONIC, &b);
	for (uint64_t i = 0; i < n; i++)
		sys_clock_gettime(CLOCK_MONOTONIC, &ts);
	v(CLOCK_MONOTONIC, &c);
	uint64_t x = (uint64_t)(b.tv_sec - a.tv_sec) * 1000000000u + (uint64_t)(b.tv_nsec - a.tv_nsec);
	uint64_t y = (uint64_t)(c.tv_sec - b.tv_sec) * 1000000000u + (uint64_t)(c.tv_nsec - b.tv_nsec);
	printf("syscall %lu ns, vdso %lu ns\n", (unsigned long)(n ? x / n : 0), (unsigned long)(n ? y / n : 0));
	return 0;
}
