/* src/trace/stamp.c — -t -tt -ttt -r before a line, -T after it.
 *
 *   -t     19:57:53             wall clock in local time (TZ, /etc/localtime)
 *   -tt    19:57:53.666064      and microseconds
 *   -ttt   1795377473.682012    seconds since the epoch
 *   -r          0.000084        since the previous line began (monotonic);
 *                               with -t: 19:57:53 (+     0.000084)
 *   -T     ... = 0 <0.000023>   time between the call's entry and exit stop
 *
 * and their long forms, with a precision (s, ms, us, ns: 0, 3, 6, 9 digits):
 *   --absolute-timestamps=[[format:]none|time|unix][,[precision:]P]
 *                        (-t is time,s; -tt time,us; -ttt unix,us)
 *   --relative-timestamps[=P]  (-r: us)   --syscall-times[=P]  (-T: us)
 *
 * The stamps are read when trace prints, at the stop, as strace does:
 * they include the tracer's own latency, which is part of the lesson.
 */
#include "trace.h"

int opt_stamp;			/* 0 none, 1 time of day, 2 seconds since the epoch */
int opt_rel;			/* -r */
int opt_dur;			/* -T */
static int abs_prec, rel_prec = 6, dur_prec = 6;	/* digits after the point */

uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* s ms us ns: the number of digits; -1 if none of them */
static int precision(const char *s)
{
	static const char *const names[] = { "s", "ms", "us", "ns" };
	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return 3 * i;
	return -1;
}

/* -t, -tt, -ttt: n times */
void stamp_t(int n)
{
	opt_stamp = n >= 3 ? 2 : 1;
	abs_prec = n >= 2 ? 6 : 0;
}

/* --absolute-timestamps=ARG (NULL: no =ARG); -1 if ARG is not valid.
 * Each one changes what it names, on top of the ones before (strace 6.1):
 * no =ARG is format:time; a precision alone keeps the format, none
 * becoming time; the precision stays until one is named (s at first). */
int stamp_abs_parse(const char *arg)
{
	int format = 0;			/* one was named */
	if (!arg)
		opt_stamp = 1;
	while (arg && *arg) {
		char item[32];
		size_t n = upto(arg, ',');
		if (!n) {		/* strace passes over empty items: "s,,none" */
			arg++;
			continue;
		}
		if (n >= sizeof item)
			return -1;
		memcpy(item, arg, n);
		item[n] = 0;
		arg += n + (arg[n] == ',');
		const char *v = item;
		int kind = 0;		/* 1 format, 2 precision, 0 either */
		if (str_starts(v, "format:"))
			v += 7, kind = 1;
		else if (str_starts(v, "precision:"))
			v += 10, kind = 2;
		int p = precision(v);
		if (kind != 2 && (!strcmp(v, "none") || !strcmp(v, "time") || !strcmp(v, "unix")))
			opt_stamp = v[0] == 'n' ? 0 : v[0] == 't' ? 1 : 2, format = 1;
		else if (kind != 1 && p >= 0)
			abs_prec = p;
		else
			return -1;
	}
	if (arg && !format && !opt_stamp)
		opt_stamp = 1;
	return 0;
}

/* --relative-timestamps[=P] (which 1), --syscall-times[=P] (which 2) */
int stamp_prec_parse(int which, const char *arg)
{
	int p = arg ? precision(arg) : 6;
	if (p < 0)
		return -1;
	if (which == 1) {
		opt_rel = 1;
		rel_prec = p;
	} else {
		opt_dur = 1;
		dur_prec = p;
	}
	return 0;
}

/* seconds, then "." and the first digits of ns (none for precision s) */
static void pr_secs(const char *secfmt, unsigned long sec, unsigned long ns, int digits)
{
	pr(secfmt, sec);
	if (digits) {
		unsigned long f = ns;
		for (int i = digits; i < 9; i++)
			f /= 10;
		pr(".%0*lu", digits, f);
	}
}

void stamp_prefix(void)
{
	if (opt_stamp) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		long s = (long)ts.tv_sec;
		if (opt_stamp == 2)
			pr_secs("%lu", (unsigned long)s, (unsigned long)ts.tv_nsec, abs_prec);
		else {
			struct tz_tm tm;
			tz_init();
			tz_localtime(s, &tm);
			pr("%02d:%02d:%02d", tm.hour, tm.min, tm.sec);
			pr_secs("", 0, (unsigned long)ts.tv_nsec, abs_prec);
		}
		prs(" ");
	}
	if (opt_rel) {
		static uint64_t last;
		uint64_t now = mono_ns();
		uint64_t d = last ? now - last : 0;
		last = now;
		/* with -t the relative time goes in "(+...)" after the clock */
		if (opt_stamp)
			prs("(+");
		pr_secs("%6lu", (unsigned long)(d / 1000000000u), (unsigned long)(d % 1000000000u), rel_prec);
		prs(opt_stamp ? ") " : " ");
	}
}

/* " <0.000023>": the time the call took */
void stamp_suffix(struct tcb *t)
{
	uint64_t d = mono_ns() - t->etime;
	prs(" <");
	pr_secs("%lu", (unsigned long)(d / 1000000000u), (unsigned long)(d % 1000000000u), dur_prec);
	prs(">");
}

/* strace's time specification (-O, inject's delay_enter= and delay_exit=):
 * a decimal number as strtod reads it (leading blanks, a sign, a fraction,
 * an exponent), then s, ms, us or ns (us if none). Negative values, hex,
 * inf, nan, and what would overflow or underflow a double are refused, as
 * strace refuses them. No floating point: the digits and a power of ten.
 * 0, or -1 when s is not one. */
int time_spec_parse(const char *s, uint64_t *ns)
{
	static const struct { const char *name; int exp; } units[] = {
		{ "", 3 }, { "us", 3 }, { "s", 9 }, { "ms", 6 }, { "ns", 0 }, { NULL, 0 }
	};
	uint64_t mant = 0;
	long exp = 0, digits = 0, neg = 0;

	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	for (int frac = 0;; s++) {
		if (*s == '.' && !frac) {
			frac = 1;
			continue;
		}
		if (*s < '0' || *s > '9')
			break;
		digits++;
		if (mant < 1000000000000000000u)
			mant = mant * 10 + (uint64_t)(*s - '0'), exp -= frac;
		else
			exp += !frac;	/* digits past 19 only scale the number */
	}
	if (!digits)
		return -1;
	if ((*s == 'e' || *s == 'E') &&
	    ((s[1] >= '0' && s[1] <= '9') || ((s[1] == '+' || s[1] == '-') && s[2] >= '0' && s[2] <= '9'))) {
		long e = 0, eneg = s[1] == '-';
		for (s += 1 + (s[1] == '+' || s[1] == '-'); *s >= '0' && *s <= '9'; s++)
			if (e < 100000)
				e = e * 10 + (*s - '0');
		exp += eneg ? -e : e;
	}
	int u = 0;
	while (units[u].name && strcmp(s, units[u].name) != 0)
		u++;
	if (!units[u].name || (neg && mant))
		return -1;
	/* strtod's ERANGE: beyond a double's range (about 1e308), or below its
	 * smallest normal number (about 2.2e-308) */
	long mag = exp - 1;
	for (uint64_t m = mant; m; m /= 10)
		mag++;
	if (mant && (mag > 308 || mag < -308))
		return -1;
	exp += units[u].exp;
	uint64_t v = mant;
	for (; exp > 0 && v; exp--)
		v = v > ~0ULL / 10 ? ~0ULL : v * 10;
	for (; exp < 0 && v; exp++)
		v /= 10;
	*ns = v;
	return 0;
}
