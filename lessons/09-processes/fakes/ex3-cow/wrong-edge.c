/* wrong-edge: the loops stop one page early (i + 4096 < len), so the last page is never read or written; a one-page buffer shows it at once. */
#include "sg.h"

static long minor_faults(void)
{
	struct rusage ru;
	sys_getrusage(RUSAGE_SELF, &ru);
	return ru.ru_minflt;
}

int cow_faults(char *buf, size_t len, long *read_faults, long *write_faults)
{
	long c[2];
	int fds[2];
	sys_pipe2(fds, 0);
	long pid = sys_fork();
	if (pid == 0) {
		volatile char *p = buf;
		long s = 0, t0 = minor_faults();
		for (size_t i = 0; i + 4096 < len; i += 4096)
			s += p[i];
		long t1 = minor_faults();
		for (size_t i = 0; i + 4096 < len; i += 4096)
			p[i] = 'C';
		c[0] = t1 - t0;
		c[1] = minor_faults() - t1;
		sys_write(fds[1], c, sizeof c);
		sys_exit_group(s == -1);
	}
	sys_close(fds[1]);
	sys_read(fds[0], c, sizeof c);
	int ws;
	sys_wait4((int)pid, &ws, 0, NULL);
	*read_faults = c[0];
	*write_faults = c[1];
	return 0;
}
