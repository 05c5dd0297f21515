/* tests/rt/vdso.c — clock_gettime through the vDSO agrees with the real
 * syscall (within 1 s), and the vDSO is found when auxv names one. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct timespec a, b, c;
	void *fn = vdso_sym("__vdso_clock_gettime");

	out_printf(sg_stdout, "vdso %s\n", getauxval(AT_SYSINFO_EHDR) ? "present" : "absent");
	out_printf(sg_stdout, "__vdso_clock_gettime %s\n", fn ? "found" : "not found");
	sys_clock_gettime(CLOCK_REALTIME, &a);
	long r = clock_gettime(CLOCK_REALTIME, &b);
	sys_clock_gettime(CLOCK_REALTIME, &c);
	bool ordered = r == 0 && b.tv_sec >= a.tv_sec && b.tv_sec <= c.tv_sec && c.tv_sec - a.tv_sec <= 1;
	out_printf(sg_stdout, "clock_gettime %s\n", ordered ? "agrees with the syscall" : "DISAGREES");
	out_printf(sg_stdout, "bad clock %ld\n", clock_gettime(12345, &b));
	return ordered ? 0 : 1;
}
