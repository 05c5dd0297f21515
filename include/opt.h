/* include/opt.h — command-line options the way GNU getopt_long reads them (src/lib/opt.c).
 *
 *  - short options cluster: -nA is -n -A; an argument may be attached (-w80) or next (-w 80)
 *  - long options: --name, --name=value, --name value, any unique prefix (--he)
 *  - options and operands may mix (`ls dir -l`); "--" ends options; "-" is an operand
 *  - shorts starting with '+' (or POSIXLY_CORRECT set) stop at the first operand (env)
 * In `shorts`, a letter followed by ':' takes an argument.
 *
 * Errors print GNU's line ("cat: invalid option -- 'z'") and return '?';
 * the tool then prints its "Try '... --help'" line and exits.
 */
#ifndef SG_OPT_H
#define SG_OPT_H

struct opt_long {
	const char *name;
	int has_arg;		/* 0 none, 1 required, 2 optional (--name=value only) */
	int val;		/* what opt_next returns for it */
};

struct opt {
	int argc;
	char **argv;
	const char *shorts;
	const struct opt_long *longs;	/* ends with {0}; may be NULL */
	int ind;			/* next argv index to look at */
	const char *cluster;		/* rest of a short cluster, or NULL */
	char *arg;			/* the current option's argument */
	int nops;			/* operands kept so far, in argv[1..nops] */
	int done;
};

void opt_init(struct opt *o, int argc, char **argv, const char *shorts, const struct opt_long *longs);
/* The next option's value, or -1 when there are no more. */
int opt_next(struct opt *o);
/* After opt_next returned -1: the operands in order; *n gets their count. */
char **opt_operands(struct opt *o, int *n);

#endif
