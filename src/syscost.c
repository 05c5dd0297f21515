/* syscost — what a system call costs, against the vDSO and a function call
 *
 * Usage: syscost [OPTION]...
 *
 * Times four ways of asking for something, N calls in a row, several runs,
 * and prints the median of each in nanoseconds (from the clock) and in TSC
 * ticks (rdtsc) per call:
 *   syscall        getppid(2) through the `syscall` instruction
 *   clock-syscall  clock_gettime(2) as a real syscall
 *   vdso           clock_gettime through the vDSO, found through
 *                  AT_SYSINFO_EHDR and its ELF symbol table
 *   function       a plain function call that does nothing
 *
 *   -n, --calls=N     calls per run (default 100)
 *   -r, --runs=N      runs per method, at most 101; the median is shown
 *                     (default 101). Many short runs: on a busy machine most
 *                     are never interrupted, and the median ignores those
 *                     that are
 *   -m, --method=M    time method M only (one of the names above)
 *   -t, --traced      time them again while traced (ptrace, as strace and
 *                     bin/trace do): every syscall then stops the program
 *                     twice, each stop two context switches
 *   --help            show this help and exit
 *   --version         show the version and exit
 *
 * The figures are this machine's, now: they vary with the CPU, the kernel's
 * mitigations and virtualisation. Under qemu-user 7.2 there is no vDSO (the
 * vdso line says so); QEMU 8.2 and later map one whose clock_gettime makes
 * the syscall itself. --traced needs ptrace, which qemu-user lacks.
 */
#include "sg.h"
#include "syscost.help.h"
#include <linux/ptrace.h>

enum { M_SYSCALL, M_CLOCK, M_VDSO, M_FUNC, NMETHODS };
static const char *const names[NMETHODS] = { "syscall", "clock-syscall", "vdso", "function" };
static const char *const what[NMETHODS] = {
	"getppid, syscall instruction", "clock_gettime, real syscall",
	"clock_gettime, through the vDSO", "function call, empty",
};

#define MAXRUNS 101

static long (*vdso_gettime)(int, struct timespec *);

static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}

/* the clock that brackets a run: the vDSO's when there is one, so that
 * timing adds no syscall of its own */
static uint64_t now_ns(void)
{
	struct timespec ts;

	if (vdso_gettime)
		vdso_gettime(CLOCK_MONOTONIC, &ts);
	else
		sys_clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* noinline and an empty asm: the call and return must really happen */
__attribute__((noinline)) static long empty(int c, struct timespec *ts)
{
	__asm__ volatile("" : : "r"(c), "r"(ts) : "memory");
	return 0;
}

/* one run of n calls: nanoseconds and ticks, in total */
static void one_run(int m, unsigned long n, uint64_t *ns, uint64_t *ticks)
{
	struct timespec ts;
	uint64_t t0 = now_ns(), c0 = rdtsc();

	switch (m) {
	case M_SYSCALL:
		for (unsigned long i = 0; i < n; i++)
			sys_getppid();
		break;
	case M_CLOCK:
		for (unsigned long i = 0; i < n; i++)
			sys_clock_gettime(CLOCK_MONOTONIC, &ts);
		break;
	case M_VDSO:
		for (unsigned long i = 0; i < n; i++)
			vdso_gettime(CLOCK_MONOTONIC, &ts);
		break;
	default:
		for (unsigned long i = 0; i < n; i++)
			empty(CLOCK_MONOTONIC, &ts);
	}
	*ticks = rdtsc() - c0;
	*ns = now_ns() - t0;
}

static uint64_t median(uint64_t *v, int k)
{
	for (int i = 1; i < k; i++)	/* insertion sort: k is small */
		for (int j = i; j > 0 && v[j - 1] > v[j]; j--) {
			uint64_t t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	return v[k / 2];
}

/* tenths, as "12.3" */
static void put_tenths(uint64_t x10, int width)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%lu.%lu", (unsigned long)(x10 / 10), (unsigned long)(x10 % 10));
	printf("%*s", width, buf);
}

static void table(int only, unsigned long n, int runs, const char *title)
{
	uint64_t per[NMETHODS] = { 0 };
	bool done[NMETHODS] = { false };

	printf("%s\n", title);
	printf("  %-14s %-33s %9s %9s\n", "method", "what", "ns/call", "ticks");
	for (int m = 0; m < NMETHODS; m++) {
		uint64_t ns[MAXRUNS], tk[MAXRUNS];

		if (only >= 0 && m != only)
			continue;
		printf("  %-14s %-33s ", names[m], what[m]);
		if (m == M_VDSO && !vdso_gettime) {
			printf("%19s\n", "no vDSO here");
			continue;
		}
		for (int r = 0; r < runs; r++)
			one_run(m, n, &ns[r], &tk[r]);
		per[m] = median(ns, runs) * 10 / n;
		done[m] = true;
		put_tenths(per[m], 9);
		printf(" ");
		put_tenths(median(tk, runs) * 10 / n, 9);
		printf("\n");
	}
	if (done[M_SYSCALL] && done[M_VDSO] && per[M_VDSO] > 0) {
		printf("  a syscall costs ");
		put_tenths(per[M_SYSCALL] * 10 / per[M_VDSO], 0);
		printf(" vDSO calls\n");
	}
	out_flush(sg_stdout);
}

/* --traced: run the table in a child that this process traces, stopping at
 * every syscall entry and exit as strace does */
static int traced(int only, unsigned long n, int runs)
{
	int st;

	out_flush(sg_stdout);
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid < 0)
		error(1, (int)-pid, "clone");
	if (pid == 0) {
		long r = sys_ptrace(PTRACE_TRACEME, 0, NULL, NULL);
		if (r < 0)
			error(1, (int)-r, "ptrace");
		sys_kill((pid_t)sys_getpid(), SIGSTOP);	/* wait for the tracer's options */
		table(only, n, runs, "traced (every syscall stops twice; each stop switches to the tracer and back):");
		exit(0);
	}
	unsigned long stops = 0;
	/* the child's own SIGSTOP first: then it is ours to set up */
	if (sys_wait4((pid_t)pid, &st, 0, NULL) < 0)
		error(1, 0, "wait4 failed");
	if ((st & 0xff) != 0x7f)	/* it could not be traced and said why */
		return (st & 0x7f) ? 1 : (st >> 8) & 0xff;
	sys_ptrace(PTRACE_SETOPTIONS, (pid_t)pid, NULL, (void *)PTRACE_O_TRACESYSGOOD);
	sys_ptrace(PTRACE_SYSCALL, (pid_t)pid, NULL, NULL);
	while (sys_wait4((pid_t)pid, &st, 0, NULL) > 0 && (st & 0xff) == 0x7f) {
		int s = (st >> 8) & 0xff, pass = 0;
		if (s == (SIGTRAP | 0x80))
			stops++;	/* a syscall entry or exit */
		else
			pass = s;	/* a real signal: deliver it */
		sys_ptrace(PTRACE_SYSCALL, (pid_t)pid, NULL, (void *)(long)pass);
	}
	printf("  the tracer saw %lu syscall stops\n", stops);
	if ((st & 0x7f) != 0)
		error(1, 0, "the traced child was killed by %s", sig_name(st & 0x7f));
	return (st >> 8) & 0xff;
}

static unsigned long number(const char *s, const char *what_, unsigned long max)
{
	uint64_t v;

	if (parse_u64(s, 10, &v) < 0 || v == 0 || v > max)
		error(1, 0, "invalid number of %s: '%s'", what_, s);
	return (unsigned long)v;
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		{ "calls", 1, 'n' }, { "runs", 1, 'r' }, { "method", 1, 'm' }, { "traced", 0, 't' },
		{ "help", 0, 'h' }, { "version", 0, 'V' }, { 0 }
	};
	unsigned long n = 100;
	int runs = 101, only = -1, c, nops;
	bool trace = false;
	struct opt o;

	opt_init(&o, argc, argv, "n:r:m:t", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'n': n = number(o.arg, "calls", 1000000000); break;
		case 'r': runs = (int)number(o.arg, "runs", MAXRUNS); break;
		case 'm':
			for (only = 0; only < NMETHODS && strcmp(o.arg, names[only]) != 0; only++)
				;
			if (only == NMETHODS) {
				error(0, 0, "invalid argument '%s' for '--method'", o.arg);
				out_str(sg_stderr, "Valid arguments are:\n");
				for (int m = 0; m < NMETHODS; m++)
					out_printf(sg_stderr, "  - '%s'\n", names[m]);
				tool_try_help(1);
			}
			break;
		case 't': trace = true; break;
		case 'h': tool_help(help_text);
		case 'V': tool_version("syscost");
		default: tool_try_help(1);
		}
	}
	char **ops = opt_operands(&o, &nops);
	if (nops) {
		error(0, 0, "extra operand '%s'", ops[0]);
		tool_try_help(1);
	}

	const char *base = (const char *)getauxval(AT_SYSINFO_EHDR);
	vdso_gettime = (long (*)(int, struct timespec *))vdso_sym("__vdso_clock_gettime");
	if (vdso_gettime)
		printf("vDSO at %p (AT_SYSINFO_EHDR); __vdso_clock_gettime at vDSO+%#lx\n", (void *)base,
		       (unsigned long)((const char *)(void *)vdso_gettime - base));
	else
		printf("no vDSO: AT_SYSINFO_EHDR is %s\n", base ? "there, but has no __vdso_clock_gettime" : "absent");
	printf("%lu calls per run, median of %d runs\n", n, runs);
	table(only, n, runs, "untraced:");
	if (trace)
		return traced(only, n, runs);
	return 0;
}
