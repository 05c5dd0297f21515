/* env — run a program in a modified environment
 *
 * Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]
 *
 * Set each NAME to VALUE in the environment and run COMMAND; with no
 * COMMAND, print the resulting environment, one NAME=VALUE per line.
 *
 *   -i, --ignore-environment  start with an empty environment ("-" too)
 *   -0, --null                end each output line with NUL, not newline
 *   -u, --unset=NAME          remove NAME from the environment
 *   -C, --chdir=DIR           change the working directory to DIR
 *   -S, --split-string=S      split S into arguments (for #! lines): blanks
 *                             separate, '...' and "..." quote, \c ends it, #
 *                             starts a comment, ${NAME} expands; escapes
 *                             \f \n \r \t \v \\ \' \" \# \$ and \_ (a blank)
 *   --block-signal[=SIG]      block SIG (a list, or every signal) for COMMAND
 *   --default-signal[=SIG]    give SIG its default action (and unblock it)
 *   --ignore-signal[=SIG]     make COMMAND ignore SIG
 *   --list-signal-handling    list on stderr the signals ignored or blocked
 *   -v, --debug               say on stderr what each step does
 *   --help                    show this help and exit
 *   --version                 show the version and exit
 *
 * A SIG is a name (INT, SIGINT, RTMIN+2, RTMAX-1; any case) or a number
 * (1-31, 34-64, glibc's numbering of real-time signals); several are
 * separated by commas.
 *
 * COMMAND is looked up in PATH (or /bin:/usr/bin when PATH is unset) and
 * run with execve(2): env is replaced, it does not wait. Exit status: 125 if
 * env itself fails, 126 if COMMAND is found but cannot run, 127 if it is
 * not found; otherwise COMMAND's own.
 * Differs from GNU env: none known, in the C locale and in UTF-8 ones.
 */
#include "sg.h"
#include "quotearg.h"
#include "uchar.h"
#include "env.help.h"

static bool debug;
static char **newenv;
static int nenv;

/* the per-signal wishes of --*-signal, in signal order when applied */
enum { KEEP, DEFAULT, IGNORE };			/* its action */
enum { MASK_KEEP, BLOCK, UNBLOCK };		/* its bit in the mask */
static unsigned char action[65], mask[65];
static bool action_all[65];			/* named by "every signal": failures are ignored */
static bool list_handling;

/* -v: what env does, on stderr, in GNU's words */
static void say(const char *fmt, ...)
{
	va_list ap;

	if (!debug)
		return;
	va_start(ap, fmt);
	out_vprintf(sg_stderr, fmt, ap);
	va_end(ap);
	out_flush(sg_stderr);
}

static void env_unset(const char *name)
{
	size_t n = strlen(name);

	for (int i = 0; i < nenv; i++)
		if (strncmp(newenv[i], name, n) == 0 && newenv[i][n] == '=') {
			memmove(&newenv[i], &newenv[i + 1], sizeof newenv[0] * (size_t)(nenv - i));
			nenv--;
			i--;
		}
}

static void env_set(char *assignment)
{
	char *eq = strchr(assignment, '=');
	size_t n = (size_t)(eq - assignment);

	for (int i = 0; i < nenv; i++)
		if (strncmp(newenv[i], assignment, n) == 0 && newenv[i][n] == '=') {
			newenv[i] = assignment;
			return;
		}
	newenv[nenv++] = assignment;
}

/* --- -S: one string split into arguments ------------------------------- */

static char *strdup_or_die(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (!d)
		error(125, ENOMEM, "-S");
	return memcpy(d, s, n);
}


__attribute__((noreturn)) static void split_fail(const char *fmt, const char *arg)
{
	error(125, 0, fmt, arg);
	__builtin_unreachable();
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static bool name_char(char c, bool first)
{
	return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
}

/* ${NAME} at *pp: its value (empty if unset); *pp moves past the '}' */
static const char *split_var(const char **pp)
{
	const char *p = *pp, *start = p + 2, *e = start;
	static char name[256];

	if (p[1] == '{' && name_char(*e, true))
		while (name_char(*e, false))
			e++;
	if (p[1] != '{' || e == start || *e != '}' || (size_t)(e - start) >= sizeof name)
		split_fail("only ${VARNAME} expansion is supported, error at: %s", p);
	memcpy(name, start, (size_t)(e - start));
	name[e - start] = 0;
	*pp = e + 1;
	const char *v = getenv(name);
	if (v)
		say("expanding ${%s} into %s\n", name, quote(v));
	else
		say("replacing ${%s} with null string\n", name);
	return v ? v : "";
}

/* Split s into words (GNU env -S's rules); the words are appended to out,
 * which has room for strlen(s) words. Returns how many. */
static int split_string(const char *s, char **out)
{
	char *buf = malloc(strlen(s) + 1), *w = NULL;
	int n = 0;
	char q = 0;			/* the quote we are inside, or 0 */
	const char *p = s;

	/* a word's bytes accumulate in buf; expansions may make a word longer
	 * than its source, so each word is copied out when it ends */
	size_t cap = strlen(s) + 1, len = 0;
#define PUT(c) do { if (len + 1 >= cap) buf = realloc(buf, cap *= 2); buf[len++] = (c); w = buf; } while (0)
#define END() do { if (w) { buf[len] = 0; out[n++] = strdup_or_die(buf); } w = NULL; len = 0; } while (0)

	while (*p) {
		char c = *p;
		if (!q && is_blank(c)) {
			END();
			p++;
			continue;
		}
		if (!q && c == '#' && !w)
			break;			/* a comment to the end */
		if (!q && (c == '\'' || c == '"')) {
			q = c;
			w = buf;		/* "" is an empty word, not none */
			p++;
			continue;
		}
		if (q && c == q) {
			q = 0;
			p++;
			continue;
		}
		if (c == '$' && q != '\'') {
			for (const char *v = split_var(&p); *v; v++)
				PUT(*v);
			w = buf;
			continue;
		}
		if (c != '\\') {
			PUT(c);
			p++;
			continue;
		}
		/* a backslash */
		char e = p[1];
		if (!e)
			split_fail("invalid backslash at end of string in -S%s", "");
		if (q == '\'') {		/* in '...' only \\ and \' are escapes */
			if (e == '\\' || e == '\'')
				p++;
			PUT(*p);
			p++;
			continue;
		}
		p += 2;
		switch (e) {
		case 'c':
			if (q)
				split_fail("'\\c' must not appear in double-quoted -S string%s", "");
			goto done;
		case '_':
			if (!q) {
				END();
				continue;
			}
			PUT(' ');
			break;
		case 'f': PUT('\f'); break;
		case 'n': PUT('\n'); break;
		case 'r': PUT('\r'); break;
		case 't': PUT('\t'); break;
		case 'v': PUT('\v'); break;
		case '\\': case '\'': case '"': case '#': case '$':
			PUT(e);
			break;
		default: {
			char seq[3] = { '\\', e, 0 };
			split_fail("invalid sequence '%s' in -S", seq);
		}
		}
	}
	if (q)
		split_fail("no terminating quote in -S string%s", "");
done:
	END();
#undef PUT
#undef END
	free(buf);
	return n;
}


/* -S S as the option at argv[o->ind - 1]: argv becomes argv[0], S's words,
 * then what followed; option parsing goes on over the words. */
static void split_into_argv(struct opt *o, const char *s, const char *shorts, const struct opt_long *longs)
{
	int rest = o->argc - o->ind;
	char **words = malloc(sizeof *words * (strlen(s) + 1));
	int n = split_string(s, words);
	char **argv = malloc(sizeof *argv * (size_t)(n + rest + 2));

	if (n > 0) {
		say("split -S:  %s\n", quote(s));
		for (int i = 0; i < n; i++)
			say("%s%s\n", i ? "     &    " : " into:    ", quote(words[i]));
	}
	argv[0] = o->argv[0];
	memcpy(argv + 1, words, sizeof *argv * (size_t)n);
	memcpy(argv + 1 + n, o->argv + o->ind, sizeof *argv * (size_t)rest);
	argv[1 + n + rest] = NULL;
	opt_init(o, 1 + n + rest, argv, shorts, longs);
}

/* --- the signal options -------------------------------------------------- */

/* --X-signal[=SIG,...]: record the wish for each signal named (all without SIG) */
static void parse_signals(const char *list, int act, int msk)
{
	if (!list) {
		for (int s = 1; s <= 64; s++) {
			char name[SIG_ABBREV_MAX];
			if (sig_abbrev(s, name) < 0)
				continue;
			if (act) {
				action[s] = (unsigned char)act;
				action_all[s] = true;
			}
			if (msk)
				mask[s] = (unsigned char)msk;
		}
		return;
	}
	char *copy = strdup_or_die(list), *item = copy, *comma;
	for (; item; item = comma) {
		if ((comma = strchr(item, ',')))
			*comma++ = 0;
		if (!*item)
			continue;
		int s = sig_from_name(item);
		if (s < 0) {
			error(0, 0, "%s: invalid signal", quote(item));
			tool_try_help(125);
		}
		if (act) {
			action[s] = (unsigned char)act;
			action_all[s] = false;
		}
		if (msk)
			mask[s] = (unsigned char)msk;
	}
	free(copy);
}

static void apply_signals(void)
{
	static const char *const act_name[] = { "", "DEFAULT", "IGNORE" };
	char name[SIG_ABBREV_MAX];
	unsigned long set = 0, bit;
	bool mask_changed = false;

	for (int s = 1; s <= 64; s++) {
		if (!action[s])
			continue;
		long r = sig_action(s, action[s] == DEFAULT ? SIG_DFL : SIG_IGN, 0);
		if (r < 0 && !action_all[s])
			error(125, (int)-r, "failed to set signal action for signal %d", s);
		sig_abbrev(s, name);
		say("Reset signal %s (%d) to %s%s\n", name, s, act_name[action[s]],
		    r < 0 ? " (failure ignored)" : "");
	}
	for (int s = 1; s <= 64; s++)
		mask_changed |= mask[s] != MASK_KEEP;
	if (mask_changed) {
		long r = sys_rt_sigprocmask(SIG_BLOCK, NULL, &set, sizeof set);
		for (int s = 1; s <= 64 && r == 0; s++) {
			if (!mask[s])
				continue;
			bit = 1UL << (s - 1);
			set = mask[s] == BLOCK ? set | bit : set & ~bit;
			sig_abbrev(s, name);
			say("signal %s (%d) mask set to %s\n", name, s, mask[s] == BLOCK ? "BLOCK" : "UNBLOCK");
		}
		if (r == 0)
			r = sys_rt_sigprocmask(SIG_SETMASK, &set, NULL, sizeof set);
		if (r < 0)
			error(125, (int)-r, "failed to set signal process mask");
	}
	if (list_handling) {
		sys_rt_sigprocmask(SIG_BLOCK, NULL, &set, sizeof set);
		for (int s = 1; s <= 64; s++) {
			struct sigaction old;
			if (sig_abbrev(s, name) < 0 || sys_rt_sigaction(s, NULL, &old, sizeof old.sa_mask) < 0)
				continue;
			bool blocked = set >> (s - 1) & 1, ignored = old.sa_handler == SIG_IGN;
			if (blocked || ignored)
				out_printf(sg_stderr, "%-10s (%2d): %s%s%s\n", name, s, blocked ? "BLOCK" : "",
					   blocked && ignored ? "," : "", ignored ? "IGNORE" : "");
		}
		out_flush(sg_stderr);
	}
}

/* --- running COMMAND ------------------------------------------------------- */

/* execvp: try each PATH entry. EACCES anywhere means "found but not
 * runnable" (126), as long as no later entry runs. */
static long exec_path(char *file, char **argv)
{
	static char path[4096];
	const char *dirs = getenv("PATH");
	long r, saw_eacces = 0;

	/* glibc's execvp: an empty name is not found; a name longer than a
	 * file name can be is ENAMETOOLONG before any directory is tried */
	if (!*file)
		return -ENOENT;
	if (strchr(file, '/'))
		return sys_execve(file, argv, newenv);
	if (strlen(file) > 255)
		return -ENAMETOOLONG;
	if (!dirs)
		dirs = "/bin:/usr/bin";
	for (const char *d = dirs;; d++) {
		const char *end = strchr(d, ':');
		size_t len = end ? (size_t)(end - d) : strlen(d);
		if (len == 0)		/* an empty entry means the current directory */
			len = 1, d = ".";
		if (len + 1 + strlen(file) < sizeof path) {
			memcpy(path, d, len);
			path[len] = '/';
			strlcpy(path + len + 1, file, sizeof path - len - 1);
			r = sys_execve(path, argv, newenv);
			if (r == -EACCES)
				saw_eacces = r;
			else if (r != -ENOENT && r != -ENOTDIR)
				return r;
		}
		if (!end)
			break;
		d = end;
		if (d[0] == ':' && d[1] == 0) {	/* trailing ':' is "." too */
			r = sys_execve(file, argv, newenv);
			return r == -ENOENT && saw_eacces ? saw_eacces : r;
		}
	}
	return saw_eacces ? saw_eacces : -ENOENT;
}

int main(int argc, char **argv, char **envp)
{
	enum { BLOCK_SIG = 256, DEFAULT_SIG, IGNORE_SIG, LIST_SIG };
	/* GNU's order: an ambiguous prefix lists its candidates in this order */
	static const struct opt_long longs[] = {
		{ "ignore-environment", 0, 'i' }, { "null", 0, '0' }, { "unset", 1, 'u' },
		{ "chdir", 1, 'C' }, { "default-signal", 2, DEFAULT_SIG },
		{ "ignore-signal", 2, IGNORE_SIG }, { "block-signal", 2, BLOCK_SIG },
		{ "list-signal-handling", 0, LIST_SIG }, { "debug", 0, 'v' },
		{ "split-string", 1, 'S' }, { "help", 0, 'h' }, { "version", 0, 'V' }, { 0 }
	};
	/* '+': options end at the first operand, which may be NAME=VALUE or COMMAND */
	static const char shorts[] = "+i0u:C:S:v";
	bool clear = false, nul = false;
	const char *dir = NULL;
	struct opt o;
	int c, n, i = 0, nunset = 0, nenv_max = argc + 1;
	char **unset = malloc(sizeof *unset * (size_t)argc);

	sg_exit_failure = 125;
	locale_init();		/* decided by the environment env was given, as setlocale does */
	opt_init(&o, argc, argv, shorts, longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'i': clear = true; break;
		case '0': nul = true; break;
		case 'u':
			/* -S may add more -u than argc counted */
			unset = realloc(unset, sizeof *unset * (size_t)(nunset + 1));
			unset[nunset++] = o.arg;	/* applied after -i, wherever it stood */
			break;
		case 'C': dir = o.arg; break;
		case 'S':
			split_into_argv(&o, o.arg, shorts, longs);
			nenv_max += o.argc;
			break;
		case 'v': debug = true; break;
		case BLOCK_SIG: parse_signals(o.arg, KEEP, BLOCK); break;
		case DEFAULT_SIG: parse_signals(o.arg, DEFAULT, UNBLOCK); break;
		case IGNORE_SIG: parse_signals(o.arg, IGNORE, MASK_KEEP); break;
		case LIST_SIG: list_handling = true; break;
		case 'h': tool_help(help_text);
		case 'V': tool_version("env");
		default: tool_try_help(125);
		}
	}
	char **ops = opt_operands(&o, &n);
	if (i < n && strcmp(ops[i], "-") == 0) {	/* a lone "-" means -i */
		clear = true;
		i++;
	}
	for (char **e = envp; *e; e++)
		nenv_max++;
	newenv = malloc(sizeof *newenv * (size_t)nenv_max);
	if (!newenv)
		error(125, ENOMEM, "environment");
	if (clear) {
		say("cleaning environ\n");
	} else {
		for (char **e = envp; *e; e++)
			newenv[nenv++] = *e;
		for (int k = 0; k < nunset; k++) {
			say("unset:    %s\n", unset[k]);
			if (!*unset[k] || strchr(unset[k], '='))
				error(125, EINVAL, "cannot unset %s", quote(unset[k]));
			env_unset(unset[k]);
		}
	}
	for (; i < n && strchr(ops[i], '='); i++) {
		say("setenv:   %s\n", ops[i]);
		env_set(ops[i]);
	}
	newenv[nenv] = NULL;

	if (i == n) {
		if (dir) {
			error(0, 0, "must specify command with --chdir (-C)");
			tool_try_help(125);
		}
		for (int k = 0; k < nenv; k++) {
			out_str(sg_stdout, newenv[k]);
			out_char(sg_stdout, nul ? '\0' : '\n');
		}
		return 0;
	}
	if (nul) {
		error(0, 0, "cannot specify --null (-0) with command");
		tool_try_help(125);
	}
	apply_signals();
	if (dir) {
		say("chdir:    %s\n", quoteaf(dir));
		long r = sys_chdir(dir);
		if (r < 0)
			error(125, (int)-r, "cannot change directory to %s", quoteaf(dir));
	}
	if (debug) {
		say("executing: %s\n", ops[i]);
		for (int k = i; k < n; k++)
			say("   arg[%d]= %s\n", k - i, quote(ops[k]));
	}
	/* sg_environ is what getenv reads: PATH is looked up in the new environment */
	sg_environ = newenv;
	long r = exec_path(ops[i], ops + i);
	error(0, (int)-r, "%s", quote(ops[i]));
	/* a #! line's "env -S" forgotten: the whole line arrives as one name */
	if (r == -ENOENT)
		for (const char *p = ops[i]; *p; p++)
			if (is_blank(*p)) {
				error(0, 0, "use -[v]S to pass options in shebang lines");
				break;
			}
	exit(r == -ENOENT ? 127 : 126);
}
