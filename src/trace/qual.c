/* src/trace/qual.c — strace's -e signal= and -e quiet= qualifiers.
 *
 *   -e signal=SET   which signals get a "--- SIGxxx {...} ---" line (all by
 *                   default); SET: names with or without SIG, in any case,
 *                   or numbers, comma-separated; all, none, !SET. The
 *                   signals are delivered either way.
 *   -e quiet=SET    which notices to leave out (man strace):
 *                   attach          "Process N attached/detached"
 *                   exit            "+++ exited with N +++" (not "+++ killed by")
 *                   superseded, thread-execve   "+++ superseded by execve ..."
 *                   path-resolution, personality  (trace prints neither)
 *                   all, none, !SET; -q is attach,personality, -qq adds
 *                   exit and superseded (opt_quiet holds the Q_* bits).
 */
#include "trace.h"

static unsigned char sig_hidden[65];

/* SET as a list of items: each calls fn(item, val); returns -1 on a bad item */
static int each_item(const char *spec, int (*fn)(const char *, int), int *negp)
{
	char item[64];
	int neg = set_negated(&spec);

	*negp = neg;
	while (next_item(&spec, item, sizeof item)) {
		if (fn(item, !neg) < 0)
			return -1;
	}
	return 0;
}

static unsigned char sig_set[65];

static int sig_item(const char *item, int val)
{
	if (strcmp(item, "all") == 0 || strcmp(item, "none") == 0) {
		memset(sig_set, (strcmp(item, "all") == 0) == val, sizeof sig_set);
		return 0;
	}
	int s = signal_parse(item);
	if (s < 0) {
		out_printf(sg_stderr, "%s: invalid signal '%s'\n", sg_progname, item);
		return -1;
	}
	sig_set[s] = (unsigned char)val;
	return 0;
}

int signal_set_parse(const char *spec)
{
	int neg;

	const char *s = spec;
	memset(sig_set, set_negated(&s), sizeof sig_set);
	if (each_item(spec, sig_item, &neg) < 0)
		return -1;
	for (int i = 0; i < 65; i++)
		sig_hidden[i] = !sig_set[i];
	return 0;
}

int signal_shown(int sig)
{
	return sig < 0 || sig > 64 || !sig_hidden[sig];
}

static int qbits;

static int quiet_item(const char *item, int val)
{
	static const struct { const char *name; int bits; } q[] = {
		{ "attach", Q_ATTACH }, { "exit", Q_EXIT }, { "exits", Q_EXIT },
		{ "path-resolution", Q_PATH }, { "personality", Q_PERSONALITY },
		{ "thread-execve", Q_SUPERSEDED }, { "superseded", Q_SUPERSEDED },
		{ "all", Q_ATTACH | Q_EXIT | Q_PATH | Q_PERSONALITY | Q_SUPERSEDED }, { "none", 0 },
		{ NULL, 0 }
	};
	for (int i = 0; q[i].name; i++)
		if (strcmp(item, q[i].name) == 0) {
			if (strcmp(item, "none") == 0)
				qbits = val ? 0 : Q_ATTACH | Q_EXIT | Q_PATH | Q_PERSONALITY | Q_SUPERSEDED;
			else if (val)
				qbits |= q[i].bits;
			else
				qbits &= ~q[i].bits;
			return 0;
		}
	out_printf(sg_stderr, "%s: invalid quiet '%s'\n", sg_progname, item);
	return -1;
}

int quiet_parse(const char *spec)
{
	int neg;

	const char *s = spec;
	qbits = set_negated(&s) ? Q_ATTACH | Q_EXIT | Q_PATH | Q_PERSONALITY | Q_SUPERSEDED : 0;
	if (each_item(spec, quiet_item, &neg) < 0)
		return -1;
	opt_quiet = qbits;
	return 0;
}
