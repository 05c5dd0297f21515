/* Exercise 3 — copy-on-write made visible (solution). */
#include "sg.h"

static long minor_faults(void)
{
	struct rusage ru;

	sys_getrusage(RUSAGE_SELF, &ru);
	return ru.ru_minflt;
}

int cow_faults(char *buf, size_t len, long *read_faults, long *write_faults)
{
	long counts[2];
	int fds[2];

	if (sys_pipe2(fds, 0) < 0)
		return -1;
	long pid = sys_fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		volatile char *p = buf;
		long sum = 0, t0, t1, t2;

		t0 = minor_faults();
		for (size_t i = 0; i < len; i += 4096)
			sum += p[i];		/* a read: shares the parent's page */
		t1 = minor_faults();
		for (size_t i = 0; i < len; i += 4096)
			p[i] = 'C';		/* a write: the kernel copies the page */
		t2 = minor_faults();
		counts[0] = t1 - t0;
		counts[1] = t2 - t1;
		sys_write(fds[1], counts, sizeof counts);
		sys_exit_group(sum == -1);	/* sum is used, so the reads stay */
	}
	sys_close(fds[1]);
	long n = sys_read(fds[0], counts, sizeof counts);
	sys_close(fds[0]);
	int ws;
	sys_wait4((int)pid, &ws, 0, NULL);
	if (n != sizeof counts)
		return -1;
	*read_faults = counts[0];
	*write_faults = counts[1];
	return 0;
}
