/* hardcode: the child really reads and writes, but the counts reported are the page count for both, as if every access faulted; which pages the parent touched is random, so the reads must not match. */
#include "sg.h"

int cow_faults(char *buf, size_t len, long *read_faults, long *write_faults)
{
	struct rusage ru;
	long pid = sys_fork();
	if (pid == 0) {
		volatile char *p = buf;
		long s = 0;
		sys_getrusage(RUSAGE_SELF, &ru);
		for (size_t i = 0; i < len; i += 4096)
			s += p[i];
		sys_getrusage(RUSAGE_SELF, &ru);
		for (size_t i = 0; i < len; i += 4096)
			p[i] = 'C';
		sys_getrusage(RUSAGE_SELF, &ru);
		sys_exit_group(s == -1);
	}
	int ws;
	sys_wait4((int)pid, &ws, 0, NULL);
	*read_faults = (long)(len / 4096);
	*write_faults = (long)(len / 4096);
	return 0;
}
