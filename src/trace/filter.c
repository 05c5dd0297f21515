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
	return set_parse(spec, trace_set);
}

/* -e trace='s syntax, also used by -e inject= and -e fault= */
int set_parse(const char *spec, unsigned char *set)
{
	int neg = 0, val;
	char item[128];

	if (*spec == '!') {
		neg = 1;
		spec++;
	}
	/* an explicit list starts from nothing; a negated one from everything */
	memset(set, neg, NSYS);
	val = !neg;
	const char *p = spec;
	while (*p) {
		size_t n = 0;
		while (p[n] && p[n] != ',')
			n++;
		if (n >= sizeof item)
			n = sizeof item - 1;
		memcpy(item, p, n);
		item[n] = 0;
		p += n + (p[n] == ',');
		if (strcmp(item, "all") == 0) {
			memset(set, val, NSYS);
			continue;
		}
		if (strcmp(item, "none") == 0) {
			memset(set, !val, NSYS);
			continue;
		}
		if (sysclass_mark(item, set, val))
			continue;
		int nr = sys_lookup(item);
		if (nr < 0) {
			out_printf(sg_stderr, "trace: invalid system call '%s'\n", item);
			return -1;
		}
		set[nr] = (unsigned char)val;
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

	if (*spec == '!') {
		neg = 1;
		spec++;
	}
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
			out_printf(sg_stderr, "trace: invalid status '%s'\n", item);
			return -1;
		}
		set |= names[i].bit;
	}
	opt_status = neg ? ST_ALL & ~set : set;
	return 0;
}
