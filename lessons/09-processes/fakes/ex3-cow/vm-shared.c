/* vm-shared: clone with CLONE_VM|CLONE_VFORK shares the parent's memory instead of copying it, so the "child" writes into the parent's pages; the driver sees its bytes changed. */
#include "sg.h"

static long minor_faults(void)
{
	struct rusage ru;
	sys_getrusage(RUSAGE_SELF, &ru);
	return ru.ru_minflt;
}

static char *g_buf;
static size_t g_len;
static long g_c[2];

static int child(void *arg)
{
	volatile char *p = g_buf;
	long s = 0, t0 = minor_faults();
	(void)arg;
	for (size_t i = 0; i < g_len; i += 4096)
		s += p[i];
	long t1 = minor_faults();
	for (size_t i = 0; i < g_len; i += 4096)
		p[i] = 'C';
	g_c[0] = t1 - t0;
	g_c[1] = minor_faults() - t1;
	return s == -1;
}

int cow_faults(char *buf, size_t len, long *read_faults, long *write_faults)
{
	static char stack[65536] __attribute__((aligned(16)));
	g_buf = buf;
	g_len = len;
	long pid = sg_clone_thread(CLONE_VM | CLONE_VFORK | SIGCHLD, stack + sizeof stack, NULL, NULL, 0, child, NULL);
	int ws;
	sys_wait4((int)pid, &ws, 0, NULL);
	*read_faults = g_c[0];
	*write_faults = g_c[1];
	return 0;
}
