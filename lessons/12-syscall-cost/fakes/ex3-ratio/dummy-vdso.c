/* dummy: looks the vDSO up and times with it, but its "vdso" loop only counts (the call is left out), so the vDSO figure is the cost of nothing; a clock read costs more than 3 ns on any machine, which the grader asks natively. */
#include "sg.h"

static long (*vdso_gettime)(int, struct timespec *);

static uint64_t now(void)
{
	struct timespec ts;

	vdso_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t n = 0;
	struct timespec ts;

	if (argc != 2 || parse_u64(argv[1], 10, &n) < 0)
		error(2, 0, "usage: ex3-ratio N");
	vdso_gettime = (long (*)(int, struct timespec *))vdso_sym("__vdso_clock_gettime");
	if (!vdso_gettime)
		error(1, 0, "no vDSO here");
	uint64_t t0 = now();
	for (uint64_t i = 0; i < n; i++)
		sys_clock_gettime(CLOCK_MONOTONIC, &ts);
	uint64_t t1 = now();
	for (volatile uint64_t i = 0; i < n; i++)
		;
	uint64_t t2 = now();
	printf("syscall %lu ns, vdso %lu ns\n", (unsigned long)(n ? (t1 - t0) / n : 0),
	       (unsigned long)(n ? (t2 - t1) / n : 0));
	return 0;
}
