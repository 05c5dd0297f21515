/* src/trace/count.c — -c, -C, -w, -S: the summary table strace prints.
 *
 * Each call is counted at its exit stop (a call that never returns, like
 * exit_group, is not counted, as in strace). Its time is
 *   -w          wall time between the entry and the exit stop (CLOCK_MONOTONIC);
 *   default     system CPU time the tracee spent between the two stops: the
 *               kernel fills a struct rusage for a stopped child in wait4
 *               (ru_stime), so it costs no extra request. It moves in
 *               scheduler ticks, which is why strace shows 0.000000 so often.
 *
 *   % time     seconds  usecs/call     calls    errors syscall
 *   ------ ----------- ----------- --------- --------- ----------------
 *    67.05    0.003184        3184         1           prlimit64
 *     2.67    0.000127          31         4         1 openat
 *   ------ ----------- ----------- --------- --------- ----------------
 *   100.00    0.004749         128        37         2 total
 *   (6)    (11)        (11)        (9)       (9)       (16, or the longest name + 1)
 *
 * A column grows when its biggest number is wider; the errors cell is
 * blank when zero; usecs/call is truncated. Rows are sorted (-S) by time
 * (the default), calls or errors, all descending, or by name; ties keep
 * syscall-number order, as does -S nothing.
 */
#include "trace.h"

int opt_count;			/* 1: -c (the table only), 2: -C (lines and table) */
int opt_wall;			/* -w */
int opt_sort;			/* S_* */
enum { S_TIME, S_CALLS, S_ERRORS, S_NAME, S_NOTHING };

static struct { unsigned long calls, errors; uint64_t ns; } cnt[NSYS];

int count_sortby(const char *s)
{
	static const struct { const char *name; int by; } keys[] = {
		{ "time", S_TIME }, { "total_time", S_TIME }, { "total-time", S_TIME },
		{ "calls", S_CALLS }, { "count", S_CALLS }, { "errors", S_ERRORS },
		{ "error", S_ERRORS }, { "name", S_NAME }, { "syscall", S_NAME },
		{ "syscall_name", S_NAME }, { "syscall-name", S_NAME }, { "nothing", S_NOTHING },
		{ "none", S_NOTHING }, { NULL, 0 }
	};
	for (int i = 0; keys[i].name; i++)
		if (strcmp(s, keys[i].name) == 0) {
			opt_sort = keys[i].by;
			return 0;
		}
	return -1;
}

/* now in ns, read at a stop: the tracee's system time, or the wall clock */
uint64_t count_clock(const struct rusage *ru)
{
	if (!opt_wall)
		return (uint64_t)ru->ru_stime.tv_sec * 1000000000u + (uint64_t)ru->ru_stime.tv_usec * 1000u;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void count_call(struct tcb *t, uint64_t ns)
{
	if (t->nr < 0 || t->nr >= NSYS || !systab[t->nr].name)
		return;
	cnt[t->nr].calls++;
	cnt[t->nr].errors += t_failed(t);
	cnt[t->nr].ns += ns;
}

/* is row a to be printed before row b? */
static int before(int a, int b)
{
	switch (opt_sort) {
	case S_TIME: return cnt[a].ns > cnt[b].ns;
	case S_CALLS: return cnt[a].calls > cnt[b].calls;
	case S_ERRORS: return cnt[a].errors > cnt[b].errors;
	case S_NAME: return strcmp(systab[a].name, systab[b].name) < 0;
	}
	return 0;
}

static int digits(unsigned long v)
{
	int n = 1;
	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static void dashes(int w)
{
	while (w--)
		out_char(tout, '-');
}

/* The last cell of a row: the name, and with --explain the call's
 * one-line description from its man page, in a column of its own. */
static void name_cell(const char *name, const char *desc, int wname)
{
	if (opt_explain && desc)
		out_printf(tout, "%-*s %s\n", wname, name, desc);
	else
		out_printf(tout, "%s\n", name);
}

void count_report(void)
{
	static int row[NSYS];
	int n = 0;
	unsigned long calls = 0, errors = 0, maxavg = 0;
	uint64_t ns = 0;
	int wname = 16;

	for (int i = 0; i < NSYS; i++) {
		if (!cnt[i].calls)
			continue;
		/* insertion sort: stable, so ties stay in number order */
		int j = n++;
		while (j > 0 && before(i, row[j - 1])) {
			row[j] = row[j - 1];
			j--;
		}
		row[j] = i;
		calls += cnt[i].calls;
		errors += cnt[i].errors;
		ns += cnt[i].ns;
		if ((int)strlen(systab[i].name) + 1 > wname)
			wname = (int)strlen(systab[i].name) + 1;
		if (cnt[i].ns / 1000 / cnt[i].calls > maxavg)
			maxavg = cnt[i].ns / 1000 / cnt[i].calls;
	}
	unsigned long totavg = calls ? ns / 1000 / calls : 0;
	int wsec = 7 + digits(ns / 1000000000u) > 11 ? 7 + digits(ns / 1000000000u) : 11;
	int wavg = digits(maxavg) > 11 ? digits(maxavg) : 11;
	int wcalls = digits(calls) > 9 ? digits(calls) : 9;
	int werr = digits(errors) > 9 ? digits(errors) : 9;

	out_printf(tout, "%6s %*s %*s %*s %*s ", "% time", wsec, "seconds", wavg, "usecs/call",
		   wcalls, "calls", werr, "errors");
	name_cell("syscall", "description", wname);
	for (int pass = 0; pass < 2; pass++) {
		if (pass) {
			for (int k = 0; k < n; k++) {
				int i = row[k];
				char e[24] = "";
				if (cnt[i].errors)
					snprintf(e, sizeof e, "%lu", cnt[i].errors);
				/* per cent with two decimals, rounded as printf's %.2f would */
				unsigned long bp = ns ? (unsigned long)((cnt[i].ns * 20000 / ns + 1) / 2) : 0;
				out_printf(tout, "%3lu.%02lu %*lu.%06lu %*lu %*lu %*s ", bp / 100, bp % 100,
					   wsec - 7, (unsigned long)(cnt[i].ns / 1000000000u),
					   (unsigned long)(cnt[i].ns / 1000 % 1000000), wavg,
					   (unsigned long)(cnt[i].ns / 1000 / cnt[i].calls), wcalls,
					   cnt[i].calls, werr, e);
				name_cell(systab[i].name, explain_desc(i), wname);
			}
		}
		dashes(6); out_char(tout, ' ');
		dashes(wsec); out_char(tout, ' ');
		dashes(wavg); out_char(tout, ' ');
		dashes(wcalls); out_char(tout, ' ');
		dashes(werr); out_char(tout, ' ');
		dashes(wname); out_char(tout, '\n');
	}
	char e[24] = "";
	if (errors)
		snprintf(e, sizeof e, "%lu", errors);
	out_printf(tout, "%6s %*lu.%06lu %*lu %*lu %*s %s\n", "100.00", wsec - 7,
		   (unsigned long)(ns / 1000000000u), (unsigned long)(ns / 1000 % 1000000), wavg,
		   totavg, wcalls, calls, werr, e, "total");
}
