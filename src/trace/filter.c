/* src/trace/filter.c — -e trace=LIST: which calls are printed.
 *
 *   -e trace=open,close    only these       -e trace=!write   all but these
 *   -e trace=%file         a class          all, none         everything, nothing
 *   -e open,close          "trace=" may be left out
 *
 * The classes' lists are in src/lib/sysclass.c, shared with bin/sandbox.
 */
#include "trace.h"
#include "sysclass.h"

unsigned char trace_set[NSYS];

int filter_parse(const char *spec)
{
	if (str_starts(spec, "trace="))
		spec += 6;
	if (set_parse(spec, trace_set) < 0)
		return -1;
	pers32_filter(spec);
	return 0;
}

/* /REGEX: every call whose name it matches (anywhere, as regexec); val -1:
 * count them only. Returns how many, or -1 after strace's error for a bad
 * expression. */
static int regex_mark(const char *re, unsigned char *set, int val)
{
	const char *err = regex_check(re);
	if (err) {
		out_printf(sg_stderr, "%s: regcomp: %s: %s\n", sg_progname, re, err);
		return -1;
	}
	int k = 0;
	for (int i = 0; i < NSYS; i++)
		if (systab[i].name && regex_search(re, systab[i].name)) {
			k++;
			if (val >= 0)
				set[i] = (unsigned char)val;
		}
	return k;
}

/* ITEM@P: P names a personality of x86-64's (64, 32, x32); strace refuses
 * any other, naming ITEM without its '?', with its "Try" line */
static int personality_bad(const char *item, const char *p)
{
	if (strcmp(p, "64") == 0 || strcmp(p, "32") == 0 || strcmp(p, "x32") == 0)
		return 0;
	out_printf(sg_stderr, "%s: incorrect personality designator '%s' in qualification '%s'\n"
		   "Try '%s -h' for more information.\n", sg_progname, p, item, sg_progname);
	return -1;
}

/* -e trace='s syntax, also used by -e inject= and -e fault= */
int set_parse(const char *spec, unsigned char *set)
{
	int neg = 0, val, items = 0;
	const char *whole = spec;
	char item[128];

	neg = set_negated(&spec);
	/* an explicit list starts from nothing; a negated one from everything */
	memset(set, neg, NSYS);
	val = !neg;
	if (strcmp(spec, "none") == 0) {	/* "none", "!none": the whole set only */
		memset(set, !val, NSYS);
		return 0;
	}
	const char *p = spec;
	while (*p) {
		next_item(&p, item, sizeof item);
		if (!*item)	/* "a,,b" and "a,": empty items are skipped */
			continue;
		items++;
		/* ?ITEM: an unknown name is no error; ITEM@64 (@32, @x32): in that
		 * personality only -- here x86-64's; i386's set is pers32_filter's,
		 * x32 trace does not know */
		int optional = item[0] == '?';
		char *it = item + optional;
		char *at = strrchr(it, '@');
		int other = 0;
		if (at) {
			if (personality_bad(it, at + 1) < 0)
				return -1;
			other = strcmp(at, "@64") != 0;
			*at = 0;
		}
		if (strcmp(it, "all") == 0) {	/* "none" is a set of its own only (above) */
			if (!other)
				memset(set, val, NSYS);
			continue;
		}
		if (*it == '/') {
			int k = regex_mark(it + 1, set, other ? -1 : val);
			if (k < 0)
				return -1;
			if (k == 0 && !optional) {	/* strace: it must match some call */
				if (at)
					*at = '@';
				out_printf(sg_stderr, "%s: invalid system call '%s'\n", sg_progname, it);
				return -1;
			}
			continue;
		}
		/* a class; ITEM@32 and @x32 name calls of another personality */
		static unsigned char elsewhere[NSYS];
		if (sysclass_mark(it, other ? elsewhere : set, val))
			continue;
		int nr = sys_lookup(it);
		uint64_t num;
		/* a number (decimal, 042 too): the call of that number; one only
		 * i386 has is no error, as for its names (x32's own, 512 and up,
		 * trace does not know) */
		if (nr < 0 && *it >= '0' && *it <= '9' && parse_u64(it, 10, &num) == 0 &&
		    (num < NSYS && (systab[num].name || sys_nr_known_elsewhere(num)))) {
			if (!other && systab[num].name)
				set[num] = (unsigned char)val;
			continue;
		}
		if (nr < 0) {
			/* a call of i386 or x32 only (mmap2) is no error: strace
			 * knows those personalities' names, and traces none here */
			if (optional || ((!at || other) && sys_known_elsewhere(it)))
				continue;
			if (at)
				*at = '@';
			out_printf(sg_stderr, "%s: invalid system call '%s'\n", sg_progname, it);
			return -1;
		}
		if (!other)
			set[nr] = (unsigned char)val;
	}
	if (!items) {	/* "", "!", ",": strace names the whole list */
		out_printf(sg_stderr, "%s: invalid system call '%s'\n", sg_progname, whole);
		return -1;
	}
	return 0;
}

/* -e status=LIST: successful, failed, unfinished, unavailable, detached,
 * all, none, !LIST; -z is status=successful, -Z status=failed. */
int opt_status = ST_ALL;

int status_parse(const char *spec)
{
	static const struct { const char *name; int bit; } names[] = {
		{ "successful", ST_SUCCESSFUL }, { "failed", ST_FAILED },
		{ "unfinished", ST_UNFINISHED }, { "unavailable", ST_UNAVAILABLE },
		{ "detached", ST_DETACHED }, { "all", ST_ALL }, { "none", 0 }, { NULL, 0 }
	};
	int neg = 0, set = 0;
	char item[64];

	neg = set_negated(&spec);
	while (*spec) {
		size_t n = 0;
		while (spec[n] && spec[n] != ',')
			n++;
		if (n >= sizeof item)
			n = sizeof item - 1;
		memcpy(item, spec, n);
		item[n] = 0;
		spec += n + (spec[n] == ',');
		int i;
		for (i = 0; names[i].name; i++)
			if (strcmp(item, names[i].name) == 0)
				break;
		if (!names[i].name) {
			out_printf(sg_stderr, "%s: invalid status '%s'\n", sg_progname, item);
			return -1;
		}
		set |= names[i].bit;
	}
	opt_status = neg ? ST_ALL & ~set : set;
	return 0;
}
