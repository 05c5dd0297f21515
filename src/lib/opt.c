/* src/lib/opt.c — GNU getopt_long behaviour, without its global state.
 *
 * Operands are moved down to argv[1..nops] as they are met, so that after the
 * last option argv holds them in their original order (GNU "permutes" the
 * same way). Error lines are glibc's:
 *   prog: invalid option -- 'z'
 *   prog: option requires an argument -- 'w'
 *   prog: unrecognized option '--foo'
 *   prog: option '--help' doesn't allow an argument
 *   prog: option '--width' requires an argument
 *   prog: option '--c' is ambiguous; possibilities: '--color' '--context'
 */
#include "sg.h"

void opt_init(struct opt *o, int argc, char **argv, const char *shorts, const struct opt_long *longs)
{
	memset(o, 0, sizeof *o);
	o->argc = argc;
	o->argv = argv;
	o->shorts = shorts;
	o->longs = longs;
	o->ind = 1;
	if (*o->shorts == '+') {
		o->shorts++;
		o->done = 2;	/* stop at the first operand */
	} else if (getenv("POSIXLY_CORRECT")) {
		o->done = 2;
	}
}

static int keep_operand(struct opt *o)
{
	o->argv[1 + o->nops++] = o->argv[o->ind++];
	return 0;
}

/* glibc's rule: an exact name wins; otherwise the first name the text is a
 * prefix of, unless another such name differs from it in has_arg or val.
 * The error lists the first one and every one that differs, in table order,
 * and quotes the text as typed ("--hi=x" too). */
static int long_opt(struct opt *o, char *text)
{
	const struct opt_long *hit = NULL;
	char *eq = strchr(text, '=');
	size_t len = eq ? (size_t)(eq - text) : strlen(text);
	bool ambiguous = false;

	for (const struct opt_long *l = o->longs; l && l->name; l++) {
		if (strncmp(l->name, text, len) != 0)
			continue;
		if (strlen(l->name) == len) {	/* exact beats any prefix */
			hit = l;
			ambiguous = false;
			break;
		}
		if (!hit)
			hit = l;
		else if (hit->val != l->val || hit->has_arg != l->has_arg)
			ambiguous = true;
	}
	if (ambiguous) {
		out_printf(sg_stderr, "%s: option '--%s' is ambiguous; possibilities:", sg_progname, text);
		for (const struct opt_long *l = o->longs; l->name; l++)
			if (strncmp(l->name, text, len) == 0 &&
			    (l == hit || hit->val != l->val || hit->has_arg != l->has_arg))
				out_printf(sg_stderr, " '--%s'", l->name);
		out_char(sg_stderr, '\n');
		out_flush(sg_stderr);
		return '?';
	}
	if (!hit) {
		out_printf(sg_stderr, "%s: unrecognized option '--%s'\n", sg_progname, text);
		out_flush(sg_stderr);
		return '?';
	}
	o->arg = NULL;
	if (eq) {
		if (!hit->has_arg) {
			out_printf(sg_stderr, "%s: option '--%s' doesn't allow an argument\n", sg_progname, hit->name);
			out_flush(sg_stderr);
			return '?';
		}
		o->arg = eq + 1;
	} else if (hit->has_arg == 1) {
		if (o->ind >= o->argc) {
			out_printf(sg_stderr, "%s: option '--%s' requires an argument\n", sg_progname, hit->name);
			out_flush(sg_stderr);
			return '?';
		}
		o->arg = o->argv[o->ind++];
	}
	return hit->val;
}

int opt_next(struct opt *o)
{
	while (!o->cluster) {
		if (o->ind >= o->argc)
			return -1;
		char *a = o->argv[o->ind];
		if (o->done == 1 || a[0] != '-' || a[1] == 0) {	/* an operand ("-" too) */
			if (o->done == 2)
				o->done = 1;	/* '+': everything from here on */
			keep_operand(o);
			continue;
		}
		o->ind++;
		if (a[1] == '-') {
			if (a[2] == 0) {	/* "--": the rest are operands */
				o->done = 1;
				continue;
			}
			return long_opt(o, a + 2);
		}
		o->cluster = a + 1;
	}

	char c = *o->cluster++;
	const char *spec = c == ':' ? NULL : strchr(o->shorts, c);
	if (!*o->cluster)
		o->cluster = NULL;
	if (!spec) {
		out_printf(sg_stderr, "%s: invalid option -- '%c'\n", sg_progname, c);
		out_flush(sg_stderr);
		return '?';
	}
	o->arg = NULL;
	if (spec[1] == ':') {
		if (o->cluster) {		/* attached: -w80 */
			o->arg = (char *)o->cluster;
			o->cluster = NULL;
		} else if (o->ind < o->argc) {	/* next word: -w 80 */
			o->arg = o->argv[o->ind++];
		} else {
			out_printf(sg_stderr, "%s: option requires an argument -- '%c'\n", sg_progname, c);
			out_flush(sg_stderr);
			return '?';
		}
	}
	return c;
}

char **opt_operands(struct opt *o, int *n)
{
	while (o->ind < o->argc)	/* after an early stop, keep what is left */
		keep_operand(o);
	*n = o->nops;
	o->argv[1 + o->nops] = NULL;
	return o->argv + 1;
}
