/* src/trace/count.c — -c, -C, -w, -S, -U, -O: the summary table strace prints.
 *
 * Each call is counted at its exit stop (a call that never returns, like
 * exit_group, is not counted, as in strace). Its time is
 *   -w          wall time between the entry and the exit stop (CLOCK_MONOTONIC);
 *   default     system CPU time the tracee spent between the two stops: the
 *               kernel fills a struct rusage for a stopped child in wait4
 *               (ru_stime), so it costs no extra request.
 * less -O's overhead (0 unless given), never below 0.
 *
 *   % time     seconds  usecs/call     calls    errors syscall
 *   ------ ----------- ----------- --------- --------- ----------------
 *    67.05    0.003184        3184         1           prlimit64
 *     2.67    0.000127          31         4         1 openat
 *   ------ ----------- ----------- --------- --------- ----------------
 *   100.00    0.004749         128        37         2 total
 *
 * -U picks the columns and their order from: time-percent ("% time", 6),
 * total-time ("seconds", 11), min-time ("shortest", 8), max-time
 * ("longest", 8), avg-time ("usecs/call", 11), calls (9), errors (9), name
 * ("syscall", 16 or the longest name + 1, left-aligned; added last if not
 * listed). A column grows when its biggest number is wider. Seconds are
 * rounded to the microsecond, usecs/call truncated; the errors cell is blank
 * when zero. Rows are sorted (-S) by time, min, max or average time, calls
 * or errors, all descending, or by name; ties keep syscall-number order, as
 * does -S nothing. Nothing counted: no table at all.
 */
#include "trace.h"

int opt_count;			/* 1: -c (the table only), 2: -C (lines and table) */
int opt_wall;			/* -w */
int opt_columns;		/* -U given */
static uint64_t overhead;	/* -O, in ns */
static int opt_sort;		/* K_* */
enum { K_TIME, K_MIN, K_MAX, K_AVG, K_CALLS, K_ERRORS, K_NAME, K_NOTHING };
/* the columns: each sorts as the key of the same number */
enum { C_PERCENT = 8, C_TOTAL = K_TIME, C_MIN = K_MIN, C_MAX = K_MAX, C_AVG = K_AVG,
       C_CALLS = K_CALLS, C_ERRORS = K_ERRORS, C_NAME = K_NAME };
static int cols[8] = { C_PERCENT, C_TOTAL, C_AVG, C_CALLS, C_ERRORS, C_NAME };
static int ncols = 6;

static struct row { unsigned long calls, errors; uint64_t ns, min, max; } cnt[NSYS];

/* strace's names for the keys and columns; '_' may stand for '-' */
static const struct { const char *name; int key; } names[] = {
	{ "time", K_TIME }, { "time-percent", C_PERCENT }, { "time-total", K_TIME },
	{ "total-time", K_TIME }, { "min-time", K_MIN }, { "shortest", K_MIN }, { "time-min", K_MIN },
	{ "max-time", K_MAX }, { "longest", K_MAX }, { "time-max", K_MAX }, { "avg-time", K_AVG },
	{ "time-avg", K_AVG }, { "calls", K_CALLS }, { "count", K_CALLS }, { "errors", K_ERRORS },
	{ "error", K_ERRORS }, { "name", K_NAME }, { "syscall", K_NAME }, { "syscall-name", K_NAME },
	{ "nothing", K_NOTHING }, { "none", K_NOTHING }, { NULL, 0 }
};

static int lookup(const char *s, size_t len, int column)
{
	for (int i = 0; names[i].name; i++) {
		size_t k = 0;
		while (k < len && names[i].name[k] && (s[k] == names[i].name[k] ||
						       (s[k] == '_' && names[i].name[k] == '-')))
			k++;
		if (k == len && !names[i].name[k]) {
			int key = names[i].key;
			if (column)	/* "time" is the percent column, but sorts by time */
				return key == K_NOTHING ? -1 : i == 0 ? C_PERCENT : key;
			return key == C_PERCENT ? K_TIME : key;
		}
	}
	return -1;
}

int count_sortby(const char *s)
{
	int k = lookup(s, strlen(s), 0);
	if (k < 0)
		return -1;
	opt_sort = k;
	return 0;
}

/* -U LIST: NULL, or strace's words for what is wrong with it */
const char *count_columns(const char *list)
{
	static char err[4200];
	const char *p = list;
	int seen = 0;

	opt_columns = 1;
	ncols = 0;
	for (;;) {
		size_t n = upto(p, ',');
		int c = lookup(p, n, 1);
		if (c < 0) {
			snprintf(err, sizeof err, "unknown column name: '%.*s'", (int)n, p);
			return err;
		}
		if (seen & 1 << c) {
			snprintf(err, sizeof err, "call summary column has been provided more than "
				 "once: '%.*s' (-U option residual: '%s')", (int)n, p, p);
			return err;
		}
		seen |= 1 << c;
		cols[ncols++] = c;
		if (!p[n])
			break;
		p += n + 1;
	}
	if (!(seen & 1 << C_NAME))
		cols[ncols++] = C_NAME;
	return NULL;
}

/* -O T */
int count_overhead(const char *spec)
{
	return time_spec_parse(spec, &overhead);
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
	struct row *r = &cnt[t->nr];
	ns = ns > overhead ? ns - overhead : 0;
	if (!r->calls++ || ns < r->min)
		r->min = ns;
	if (ns > r->max)
		r->max = ns;
	r->errors += t_failed(t);
	r->ns += ns;
}

/* the value row a sorts by */
static uint64_t sort_value(const struct row *a)
{
	switch (opt_sort) {
	case K_TIME: return a->ns;
	case K_MIN: return a->min;
	case K_MAX: return a->max;
	case K_AVG: return a->ns / a->calls;
	case K_CALLS: return a->calls;
	case K_ERRORS: return a->errors;
	}
	return 0;
}

/* is row a to be printed before row b? */
static int before(int a, int b)
{
	if (opt_sort == K_NAME)
		return strcmp(systab[a].name, systab[b].name) < 0;
	return sort_value(&cnt[a]) > sort_value(&cnt[b]);
}

static int digits(uint64_t v)
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

/* the columns' headings, and their least widths */
static const char *const heads[9] = { "seconds", "shortest", "longest", "usecs/call", "calls",
				      "errors", "syscall", NULL, "% time" };
static const int least[9] = { 11, 8, 8, 11, 9, 9, 16, 0, 6 };

/* ns as seconds with six decimals, rounded to the microsecond, in w */
static void pr_seconds(int w, uint64_t ns)
{
	uint64_t us = (ns + 500) / 1000;
	out_printf(tout, "%*lu.%06lu", w - 7, (unsigned long)(us / 1000000), (unsigned long)(us % 1000000));
}

/* a number, blank when zero (errors) */
static void pr_count(int w, unsigned long v, int blank0)
{
	if (blank0 && !v)
		out_printf(tout, "%*s", w, "");
	else
		out_printf(tout, "%*lu", w, v);
}

/* one row's cells; total: the sum of every row's time (for the percent,
 * which the total row shows as 100.00 even when it is 0) */
static void pr_row(const struct row *r, const char *name, const char *desc, uint64_t total,
		   const int *w)
{
	for (int k = 0; k < ncols; k++) {
		int c = cols[k];
		if (k)
			out_char(tout, ' ');
		switch (c) {
		case C_PERCENT: {
			/* two decimals, rounded as printf's %.2f would */
			unsigned long bp = !desc && !strcmp(name, "total") ? 10000 : total ?
				(unsigned long)((r->ns * 20000 / total + 1) / 2) : 0;
			out_printf(tout, "%*lu.%02lu", w[c] - 3, bp / 100, bp % 100);
			break;
		}
		case C_TOTAL: pr_seconds(w[c], r->ns); break;
		case C_MIN: pr_seconds(w[c], r->min); break;
		case C_MAX: pr_seconds(w[c], r->max); break;
		case C_AVG: pr_count(w[c], (unsigned long)(r->ns / r->calls / 1000), 0); break;
		case C_CALLS: pr_count(w[c], r->calls, 0); break;
		case C_ERRORS: pr_count(w[c], r->errors, 1); break;
		case C_NAME:
			/* the last cell unpadded; with --explain a column of each
			 * call's one-line description from its man page */
			if (k < ncols - 1 || (opt_explain && desc))
				out_printf(tout, "%-*s", w[c], name);
			else
				prs(name);
			if (k == ncols - 1 && opt_explain && desc)
				out_printf(tout, " %s", desc);
			break;
		}
	}
	out_char(tout, '\n');
}

static void pr_rule(const int *w)
{
	for (int k = 0; k < ncols; k++) {
		if (k)
			out_char(tout, ' ');
		dashes(w[cols[k]]);
	}
	out_char(tout, '\n');
}

/* each column's width: its least, or what its widest cell needs */
static void widths(const struct row *sum, int *w, int wname)
{
	for (int c = 0; c < 9; c++)
		w[c] = least[c];
	w[C_NAME] = wname;
	if (digits((sum->ns + 500) / 1000000000u) + 7 > w[C_TOTAL])
		w[C_TOTAL] = digits((sum->ns + 500) / 1000000000u) + 7;
	if (digits((sum->max + 500) / 1000000000u) + 7 > w[C_MAX])
		w[C_MAX] = w[C_MIN] = digits((sum->max + 500) / 1000000000u) + 7;
	if (digits(sum->calls) > w[C_CALLS])
		w[C_CALLS] = digits(sum->calls);
	if (digits(sum->errors) > w[C_ERRORS])
		w[C_ERRORS] = digits(sum->errors);
}

void count_report(void)
{
	static int order[NSYS];
	struct row sum = { 0, 0, 0, ~0ULL, 0 };
	unsigned long maxavg = 0;
	int n = 0, wname = 16, w[9];

	for (int i = 0; i < NSYS; i++) {
		const struct row *r = &cnt[i];
		if (!r->calls)
			continue;
		/* insertion sort: stable, so ties stay in number order */
		int j = n++;
		while (j > 0 && opt_sort != K_NOTHING && before(i, order[j - 1])) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = i;
		sum.calls += r->calls;
		sum.errors += r->errors;
		sum.ns += r->ns;
		if (r->min < sum.min)
			sum.min = r->min;
		if (r->max > sum.max)
			sum.max = r->max;
		if ((int)strlen(systab[i].name) + 1 > wname)
			wname = (int)strlen(systab[i].name) + 1;
		if (r->ns / 1000 / r->calls > maxavg)
			maxavg = r->ns / 1000 / r->calls;
	}
	if (!n)
		return;		/* strace prints nothing when nothing was counted */
	widths(&sum, w, wname);
	if (digits(maxavg) > w[C_AVG])
		w[C_AVG] = digits(maxavg);
	for (int k = 0; k < ncols; k++) {
		int c = cols[k];
		if (k)
			out_char(tout, ' ');
		if (c == C_NAME && k == ncols - 1 && !opt_explain)
			prs(heads[c]);
		else
			out_printf(tout, c == C_NAME ? "%-*s" : "%*s", w[c], heads[c]);
	}
	if (opt_explain && cols[ncols - 1] == C_NAME)
		prs(" description");
	out_char(tout, '\n');
	pr_rule(w);
	for (int k = 0; k < n; k++)
		pr_row(&cnt[order[k]], systab[order[k]].name, explain_desc(order[k]), sum.ns, w);
	pr_rule(w);
	pr_row(&sum, "total", NULL, sum.ns, w);
}
