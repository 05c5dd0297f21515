/* minish — a small shell: fork, execve, wait4, pipes and redirections
 *
 * Usage: minish -c COMMANDS [NAME [ARG]...]
 *    or: minish [FILE [ARG]...]
 *
 * Run COMMANDS (or FILE, or standard input when there is no FILE) the way
 * dash does: each command line is parsed whole, then run; a program is found
 * on $PATH, started with fork and execve and waited for with wait4.
 *
 *   a b c            a simple command (a PATH search unless the name has a /)
 *   a | b | c        a pipeline: one pipe between each pair; $? is c's status
 *   a ; b, newline   one after the other;  a && b, a || b  on a's status
 *   < F  > F  >> F   redirect fd 0 or 1 from/to file F (a digit before the
 *   2> F  N>&M  N>&-   operator names another fd: 2>F, 2>&1, 3<F, >&-)
 *   '...' "..." \c   quoting as in sh; $? $NAME ${NAME} $0..$9 $# $$ expand
 *   # ...            a comment to the end of the line
 *   cd [DIR], exit [N]   the two built-in commands
 *   -c COMMANDS      take the commands from the argument; NAME becomes $0
 *   --help, --version
 *
 * Exit status, error lines and signal reports are dash's, with minish's
 * name: "minish: 1: nosuch: not found" (127), "minish: 1: cannot open F: No
 * such file" (2), "minish: 2: Syntax error: "|" unexpected" (2), "Killed"
 * for a child killed by SIGKILL (status 137), "cd: can't cd to D" (2).
 *
 * Where it differs from dash: no globbing (* ? [ stay as they are), no
 * variable assignments, functions, here-documents, `&` jobs, subshells or
 * control structures (if, while, for, case); those are syntax errors or are
 * run as commands. Every other command (echo, printf, pwd, test...) is the
 * program on $PATH, not a built-in. Unquoted $NAME is split on blanks only.
 * cd is physical (it sets $PWD to the kernel's getcwd) and ignores CDPATH.
 * A script is read whole before it runs, so a command reading standard
 * input does not see the rest of the script. A file that execve refuses as
 * ENOEXEC is run by minish itself (through /proc/self/exe).
 */
#include "sg.h"
#include "minish.help.h"
#include "wstatus.h"

static const char *const sigtext[32] = {
#include "sigtext.h"
};

/* --- state ------------------------------------------------------------- */
static const char *arg0;		/* $0, and the name in error lines */
static char **posv;			/* $1.. */
static int posc;
static char **env;			/* the environment children get */
static int last_status;			/* $? */
static const char *src;			/* the whole script */
static size_t slen, spos;
static int lineno = 1;

/* --- messages: one write(2) each, never buffered (a forked child must not
 * inherit half a line) -------------------------------------------------- */
__attribute__((format(printf, 2, 3)))
static void say(int line, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n = snprintf(buf, sizeof buf, "%s: %d: ", arg0, line);

	va_start(ap, fmt);
	if (n < (int)sizeof buf)
		n += vsnprintf(buf + n, sizeof buf - n, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof buf - 2)
		n = (int)sizeof buf - 2;
	buf[n++] = '\n';
	sys_write(2, buf, n);
}

/* dash's errmsg(): a missing file reads differently for each action */
enum { E_OPEN, E_CREAT, E_EXEC };
static const char *errmsg(int e, int action)
{
	if (e != ENOENT && e != ENOTDIR)
		return strerror(e);
	return action == E_OPEN ? "No such file" : action == E_CREAT ? "Directory nonexistent" : "not found";
}

/* --- lexer ----------------------------------------------------------------- */
enum { T_WORD, T_NL, T_EOF, T_PIPE, T_SEMI, T_AND, T_OR, T_AMP, T_DSEMI, T_LP, T_RP, T_REDIR };
enum { R_IN, R_OUT, R_APP, R_DUPIN, R_DUPOUT, R_RDWR, R_HERE };

struct tok {
	int t, line;
	const char *s;		/* T_WORD: the raw text, quotes and all */
	size_t n;
	int rop, rfd;		/* T_REDIR: operator and fd */
};

static struct tok tk;		/* the current token */
static int syntax_failed;

static void syntax(const char *what)
{
	say(lineno, "Syntax error: %s", what);
	syntax_failed = 1;
}

static int peekc(size_t off)
{
	return spos + off < slen ? (unsigned char)src[spos + off] : -1;
}

static int is_meta(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' ||
	       c == '<' || c == '>' || c == '(' || c == ')' || c == -1;
}

/* read a redirection operator at spos (a < or >) for fd */
static void lex_redir(int fd)
{
	int c = peekc(0), d = peekc(1);

	tk.t = T_REDIR;
	spos++;
	if (c == '<') {
		tk.rfd = fd < 0 ? 0 : fd;
		tk.rop = d == '&' ? R_DUPIN : d == '>' ? R_RDWR : d == '<' ? R_HERE : R_IN;
	} else {
		tk.rfd = fd < 0 ? 1 : fd;
		tk.rop = d == '&' ? R_DUPOUT : d == '>' ? R_APP : R_OUT;
		if (d == '|')
			spos++;	/* >| is > here: there is no noclobber */
	}
	if (tk.rop != R_IN && tk.rop != R_OUT)
		spos++;
}

/* the next token; 0 on an unterminated quote (reported) */
static int next(void)
{
	int c;

	for (;;) {
		c = peekc(0);
		if (c == ' ' || c == '\t')
			spos++;
		else if (c == '\\' && peekc(1) == '\n')
			spos += 2, lineno++;
		else if (c == '#') {
			while (peekc(0) != -1 && peekc(0) != '\n')
				spos++;
		} else
			break;
	}
	tk.line = lineno;
	tk.s = src + spos;
	c = peekc(0);
	switch (c) {
	case -1: tk.t = T_EOF; return 1;
	case '\n': spos++; lineno++; tk.t = T_NL; return 1;
	case '(': spos++; tk.t = T_LP; return 1;
	case ')': spos++; tk.t = T_RP; return 1;
	case ';':
		spos++;
		tk.t = T_SEMI;
		if (peekc(0) == ';')
			spos++, tk.t = T_DSEMI;
		return 1;
	case '|':
		spos++;
		tk.t = T_PIPE;
		if (peekc(0) == '|')
			spos++, tk.t = T_OR;
		return 1;
	case '&':
		spos++;
		tk.t = T_AMP;
		if (peekc(0) == '&')
			spos++, tk.t = T_AND;
		return 1;
	case '<': case '>':
		lex_redir(-1);
		return 1;
	}
	/* a word: up to an unquoted metacharacter */
	size_t start = spos;
	while (!is_meta(c = peekc(0))) {
		spos++;
		if (c == '\\') {
			if (peekc(0) == '\n')
				lineno++;
			if (peekc(0) != -1)
				spos++;
		} else if (c == '\'' || c == '"') {
			for (;;) {
				int d = peekc(0);
				if (d == -1) {
					syntax("Unterminated quoted string");
					return 0;
				}
				spos++;
				if (d == '\n')
					lineno++;
				if (d == c)
					break;
				if (c == '"' && d == '\\' && peekc(0) != -1) {
					if (peekc(0) == '\n')
						lineno++;
					spos++;
				}
			}
		}
	}
	/* a lone digit right before < or > is the fd the redirection is for */
	if (spos - start == 1 && src[start] >= '0' && src[start] <= '9' && (c == '<' || c == '>')) {
		lex_redir(src[start] - '0');
		return 1;
	}
	tk.t = T_WORD;
	tk.n = spos - start;
	return 1;
}

/* --- parser: one complete command (up to a newline) at a time ------------- */
struct redir {
	int op, fd;
	const char *s;		/* the target word, raw */
	size_t n;
};
struct cmd {
	const char **w;		/* raw words */
	size_t *wn;
	int nw;
	struct redir *r;
	int nr;
	int line;
};
struct pipeline {
	struct cmd *c;
	int n;
	int conn;		/* how the next pipeline follows: T_SEMI, T_AND, T_OR */
};

/* room for item n in an array of n items: the size doubles at 1, 2, 4, 8... */
static void *grow(void *p, int n, size_t size)
{
	if ((n & (n - 1)) == 0)
		p = realloc(p, size * (n ? 2 * (size_t)n : 1));
	return p;
}

static const char *tokname(void)
{
	switch (tk.t) {
	case T_EOF: return "end of file";
	case T_NL: return "newline";
	case T_PIPE: return "\"|\"";
	case T_SEMI: return "\";\"";
	case T_AND: return "\"&&\"";
	case T_OR: return "\"||\"";
	case T_AMP: return "\"&\"";
	case T_DSEMI: return "\";;\"";
	case T_LP: return "\"(\"";
	case T_RP: return "\")\"";
	default: return "redirection";	/* dash's word for any of them */
	}
}

static int unexpected(void)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%s unexpected", tokname());
	syntax(buf);
	return 0;
}

/* a simple command: words and redirections, at least one of them */
static int parse_cmd(struct cmd *c)
{
	memset(c, 0, sizeof *c);
	c->line = tk.line;
	for (;;) {
		if (tk.t == T_WORD) {
			c->w = grow(c->w, c->nw, sizeof *c->w);
			c->wn = grow(c->wn, c->nw, sizeof *c->wn);
			c->w[c->nw] = tk.s;
			c->wn[c->nw++] = tk.n;
		} else if (tk.t == T_REDIR) {
			struct redir r = { tk.rop, tk.rfd, 0, 0 };
			if (!next())
				return 0;
			if (tk.t != T_WORD)
				return unexpected();
			if (r.op == R_HERE) {
				syntax("here-documents are not supported by minish");
				return 0;
			}
			if (r.op == R_DUPIN || r.op == R_DUPOUT) {
				int ok = tk.n > 0;
				for (size_t i = 0; i < tk.n; i++)
					if (tk.s[i] < '0' || tk.s[i] > '9')
						ok = tk.n == 1 && tk.s[0] == '-';
				if (!ok) {
					syntax("Bad fd number");
					return 0;
				}
			}
			r.s = tk.s;
			r.n = tk.n;
			c->r = grow(c->r, c->nr, sizeof *c->r);
			c->r[c->nr++] = r;
		} else
			break;
		if (!next())
			return 0;
	}
	if (c->nw == 0 && c->nr == 0)
		return unexpected();
	if (c->nw == 0 && tk.t == T_LP)
		return unexpected();
	if (tk.t == T_LP || tk.t == T_RP)
		return unexpected();
	return 1;
}

/* skip newlines after | && || */
static int linebreak(void)
{
	while (tk.t == T_NL)
		if (!next())
			return 0;
	return 1;
}

static int parse_pipeline(struct pipeline *p)
{
	memset(p, 0, sizeof *p);
	for (;;) {
		p->c = grow(p->c, p->n, sizeof *p->c);
		if (!parse_cmd(&p->c[p->n]))
			return 0;
		p->n++;
		if (tk.t != T_PIPE)
			return 1;
		if (!next() || !linebreak())
			return 0;
	}
}

/* A complete command: and-or lists separated by ';' up to a newline or the
 * end. Returns the number of pipelines (0: an empty line), -1 on an error,
 * -2 at the end of the input. */
static int parse_line(struct pipeline **out)
{
	struct pipeline *v = NULL;
	int n = 0;

	if (!next())
		return -1;
	if (tk.t == T_EOF)
		return -2;
	if (tk.t == T_NL)
		return 0;
	for (;;) {
		v = grow(v, n, sizeof *v);
		if (!parse_pipeline(&v[n]))
			return -1;
		v[n].conn = T_SEMI;
		n++;
		if (tk.t == T_AND || tk.t == T_OR) {
			v[n - 1].conn = tk.t;
			if (!next() || !linebreak())
				return -1;
			continue;
		}
		if (tk.t == T_SEMI) {
			if (!next())
				return -1;
			if (tk.t == T_NL || tk.t == T_EOF)
				break;
			continue;
		}
		if (tk.t == T_AMP) {
			syntax("background jobs (&) are not supported by minish");
			return -1;
		}
		if (tk.t == T_NL || tk.t == T_EOF)
			break;
		unexpected();
		return -1;
	}
	*out = v;
	return n;
}

/* --- expansion: quotes removed, $ replaced, unquoted results split on blanks */
struct buf {
	char *p;
	char *split;		/* 1 where an unquoted expansion put a blank */
	size_t n, cap;
};

static void put(struct buf *b, char c, char split)
{
	if (b->n + 1 >= b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->p = realloc(b->p, b->cap);
		b->split = realloc(b->split, b->cap);
	}
	b->split[b->n] = split;
	b->p[b->n++] = c;
}

static int is_name(int c, int first)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

static const char *getvar(const char *name, size_t n)
{
	for (char **e = env; *e; e++)
		if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

/* expand the $ at s[*i] (s[*i] == '$') into b; *i moves past it */
static void dollar(struct buf *b, const char *s, size_t n, size_t *i, int quoted)
{
	char num[24];
	const char *val = NULL;
	size_t j = *i + 1;
	int brace = j < n && s[j] == '{';

	if (brace)
		j++;
	if (j < n && (s[j] == '?' || s[j] == '$' || s[j] == '#' || (s[j] >= '0' && s[j] <= '9'))) {
		if (s[j] == '?')
			snprintf(num, sizeof num, "%d", last_status), val = num;
		else if (s[j] == '$')
			snprintf(num, sizeof num, "%ld", sys_getpid()), val = num;
		else if (s[j] == '#')
			snprintf(num, sizeof num, "%d", posc), val = num;
		else if (s[j] == '0')
			val = arg0;
		else
			val = s[j] - '1' < posc ? posv[s[j] - '1'] : "";
		j++;
	} else if (j < n && is_name((unsigned char)s[j], 1)) {
		size_t k = j;
		while (j < n && is_name((unsigned char)s[j], 0))
			j++;
		val = getvar(s + k, j - k);
		if (!val)
			val = "";
	} else {
		put(b, '$', 0);	/* a lone $ stays */
		*i += 1;
		return;
	}
	if (brace) {
		if (j < n && s[j] == '}')
			j++;
	}
	for (; *val; val++)
		put(b, *val, !quoted && (*val == ' ' || *val == '\t' || *val == '\n'));
	*i = j;
}

static void add_field(char ***av, int *ac, const char *p, size_t n)
{
	char *f = malloc(n + 1);

	memcpy(f, p, n);
	f[n] = 0;
	*av = grow(*av, *ac, sizeof **av);
	(*av)[(*ac)++] = f;
}

/* expand one raw word into fields appended to *av (NULL-terminated) */
static void expand(const char *s, size_t n, char ***av, int *ac)
{
	struct buf b = { 0 };
	int quoted_any = 0;

	for (size_t i = 0; i < n;) {
		char c = s[i];
		if (c == '\'') {
			quoted_any = 1;
			for (i++; i < n && s[i] != '\''; i++)
				put(&b, s[i], 0);
			i++;
		} else if (c == '"') {
			quoted_any = 1;
			for (i++; i < n && s[i] != '"';) {
				if (s[i] == '\\' && i + 1 < n &&
				    (s[i + 1] == '$' || s[i + 1] == '`' || s[i + 1] == '"' || s[i + 1] == '\\' || s[i + 1] == '\n')) {
					if (s[i + 1] != '\n')
						put(&b, s[i + 1], 0);
					i += 2;
				} else if (s[i] == '$')
					dollar(&b, s, n, &i, 1);
				else
					put(&b, s[i++], 0);
			}
			i++;
		} else if (c == '\\') {
			if (i + 1 >= n)
				put(&b, '\\', 0);	/* a backslash at the very end stays */
			else if (s[i + 1] != '\n')
				put(&b, s[i + 1], 0), quoted_any = 1;
			i += 2;
		} else if (c == '$')
			dollar(&b, s, n, &i, 0);
		else
			put(&b, s[i++], 0);
	}
	/* fields: split where an unquoted expansion left blanks; an empty
	 * result makes a field only if something was quoted */
	int made = 0;
	for (size_t i = 0; i < b.n;) {
		if (b.split[i]) {
			i++;
			continue;
		}
		size_t st = i;
		while (i < b.n && !b.split[i])
			i++;
		add_field(av, ac, b.p + st, i - st);
		made = 1;
	}
	if (!made && quoted_any)
		add_field(av, ac, "", 0);
	free(b.p);
	free(b.split);
}

static char **expand_words(struct cmd *c, int *ac)
{
	char **av = NULL;

	*ac = 0;
	for (int i = 0; i < c->nw; i++)
		expand(c->w[i], c->wn[i], &av, ac);
	av = grow(av, *ac, sizeof *av);
	av[*ac] = NULL;
	return av;
}

/* a redirection target: one field (dash would complain of more; we join) */
static char *expand_one(const char *s, size_t n)
{
	char **av = NULL;
	int ac = 0;

	expand(s, n, &av, &ac);
	return ac ? av[0] : "";
}

/* --- redirections ---------------------------------------------------------- */
/* apply c's redirections in order; 0, or 2 after an error line */
static int redirect(struct cmd *c)
{
	for (int i = 0; i < c->nr; i++) {
		struct redir *r = &c->r[i];
		char *t = expand_one(r->s, r->n);
		long fd;

		if (r->op == R_DUPIN || r->op == R_DUPOUT) {
			if (t[0] == '-') {
				sys_close(r->fd);
				continue;
			}
			long from = 0;
			for (char *p = t; *p; p++)
				from = from * 10 + (*p - '0');
			if (from == r->fd)
				continue;
			fd = sys_dup2((int)from, r->fd);
			if (fd < 0) {
				say(c->line, "%s: %s", t, strerror((int)-fd));
				return 2;
			}
			continue;
		}
		int flags = r->op == R_IN ? O_RDONLY : r->op == R_RDWR ? O_RDWR | O_CREAT
			  : r->op == R_APP ? O_WRONLY | O_CREAT | O_APPEND : O_WRONLY | O_CREAT | O_TRUNC;
		fd = sys_openat(AT_FDCWD, t, flags, 0666);
		if (fd < 0) {
			say(c->line, "cannot %s %s: %s", r->op == R_IN ? "open" : "create", t,
			    errmsg((int)-fd, r->op == R_IN ? E_OPEN : E_CREAT));
			return 2;
		}
		if (fd != r->fd) {
			sys_dup2((int)fd, r->fd);
			sys_close((int)fd);
		}
	}
	return 0;
}

/* save the fds c redirects (above 9, close-on-exec), to put them back */
static void save_fds(struct cmd *c, int saved[10])
{
	for (int i = 0; i < 10; i++)
		saved[i] = -2;
	for (int i = 0; i < c->nr; i++) {
		int fd = c->r[i].fd;
		if (saved[fd] == -2)
			saved[fd] = (int)sys_fcntl(fd, F_DUPFD_CLOEXEC, 10);	/* -EBADF: was closed */
	}
}

static void restore_fds(int saved[10])
{
	for (int i = 0; i < 10; i++) {
		if (saved[i] == -2)
			continue;
		if (saved[i] < 0)
			sys_close(i);
		else {
			sys_dup2(saved[i], i);
			sys_close(saved[i]);
		}
	}
}

/* --- built-ins ------------------------------------------------------------- */
static void setvar(const char *name, const char *val)
{
	size_t n = strlen(name), k = 0;
	char *e = malloc(n + strlen(val) + 2);

	stpcpy(stpcpy(stpcpy(e, name), "="), val);
	for (; env[k]; k++)
		if (strncmp(env[k], name, n) == 0 && env[k][n] == '=') {
			env[k] = e;
			return;
		}
	char **ne = malloc((k + 2) * sizeof *ne);
	memcpy(ne, env, k * sizeof *ne);
	ne[k] = e;
	ne[k + 1] = NULL;
	env = ne;
}

static int is_builtin(const char *name)
{
	return name && (strcmp(name, "cd") == 0 || strcmp(name, "exit") == 0);
}

__attribute__((noreturn)) static void leave(int status)
{
	sys_exit_group(status);
	__builtin_unreachable();
}

static int builtin(int line, char **av)
{
	if (strcmp(av[0], "exit") == 0) {
		int st = last_status;
		if (av[1]) {
			uint64_t v = 0;
			const char *p = av[1];
			int ok = *p != 0;
			for (; *p && ok; p++) {
				ok = *p >= '0' && *p <= '9';
				v = v * 10 + (uint64_t)(*p - '0');
				if (v > 0x7fffffff)
					ok = 0;
			}
			if (!ok) {
				say(line, "exit: Illegal number: %s", av[1]);
				leave(2);
			}
			st = (int)v;
		}
		leave(st & 255);
	}
	/* cd [DIR]: no DIR means $HOME; an empty or unset $HOME does nothing */
	const char *dir = av[1];
	static char cwd[4096];
	if (!dir) {
		dir = getvar("HOME", 4);
		if (!dir || !*dir)
			return 0;
	}
	int print = 0;
	if (strcmp(dir, "-") == 0) {
		dir = getvar("OLDPWD", 6);
		print = 1;
		if (!dir)
			dir = "";
	}
	if (sys_chdir(dir) < 0) {
		say(line, "cd: can't cd to %s", dir);
		return 2;
	}
	const char *old = getvar("PWD", 3);
	if (old)
		setvar("OLDPWD", old);
	if (sys_getcwd(cwd, sizeof cwd) > 0) {
		setvar("PWD", cwd);
		if (print) {
			size_t n = strlen(cwd);
			cwd[n] = '\n';
			sys_write(1, cwd, n + 1);
			cwd[n] = 0;
		}
	}
	return 0;
}

/* --- running --------------------------------------------------------------- */
static const char defpath[] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/* try one path; run it with minish itself if the kernel says ENOEXEC */
static long tryexec(const char *path, char **av)
{
	long r = sys_execve(path, av, env);
	if (r == -ENOEXEC) {
		int n = 0;
		while (av[n])
			n++;
		char **nav = malloc((n + 2) * sizeof *nav);
		nav[0] = (char *)arg0;
		nav[1] = (char *)path;
		memcpy(nav + 2, av + 1, n * sizeof *nav);
		r = sys_execve("/proc/self/exe", nav, env);
	}
	return r;
}

/* the PATH search of dash's shellexec(): remember the last error that is
 * not "no such file"; 126 for EACCES, 127 for not found */
__attribute__((noreturn)) static void exec_search(int line, char **av)
{
	int e = ENOENT;

	if (strchr(av[0], '/')) {
		e = (int)-tryexec(av[0], av);
	} else {
		const char *p = getvar("PATH", 4);
		static char path[4096];
		if (!p)
			p = defpath;
		for (;;) {
			const char *end = strchr(p, ':');
			size_t dl = end ? (size_t)(end - p) : strlen(p);
			size_t nl = strlen(av[0]);
			if (dl + nl + 2 <= sizeof path) {
				memcpy(path, p, dl);
				size_t k = dl;
				if (dl)
					path[k++] = '/';
				memcpy(path + k, av[0], nl + 1);
				long r = tryexec(path, av);
				if (r != -ENOENT && r != -ENOTDIR)
					e = (int)-r;
			}
			if (!end)
				break;
			p = end + 1;
		}
	}
	say(line, "%s: %s", av[0], errmsg(e, E_EXEC));
	leave(e == EACCES ? 126 : e == ENOENT || e == ENOTDIR ? 127 : 2);
}

/* in a child: redirections, then the built-in or the program */
__attribute__((noreturn)) static void child(struct cmd *c)
{
	int ac;

	if (redirect(c))
		leave(2);
	char **av = expand_words(c, &ac);
	if (ac == 0)
		leave(0);
	if (is_builtin(av[0]))
		leave(builtin(c->line, av));
	exec_search(c->line, av);
}

/* what wait4 said about one child: dash reports signal deaths on stderr,
 * except SIGINT and SIGPIPE */
static int status_of(int ws)
{
	if (w_signaled(ws)) {
		int s = w_termsig(ws);
		if (s != SIGINT && s != SIGPIPE) {
			char buf[96];
			int n = snprintf(buf, sizeof buf, "%s%s\n", s < 32 && sigtext[s] ? sigtext[s] : "Unknown signal",
					 w_coredump(ws) ? " (core dumped)" : "");
			sys_write(2, buf, n);
		}
		return 128 + s;
	}
	return w_exitcode(ws);
}

/* fork and exec one command whose redirections the shell has already made */
static int run_simple(struct cmd *c, char **av)
{
	long pid = sys_fork();
	int ws;

	if (pid < 0) {
		say(c->line, "Cannot fork");
		leave(2);
	}
	if (pid == 0)
		exec_search(c->line, av);
	while (sys_wait4((int)pid, &ws, 0, NULL) == -EINTR)
		;
	return status_of(ws);
}

static int run_pipeline(struct pipeline *p)
{
	/* A command alone: as dash does, the shell makes the redirections
	 * itself, forks only for a program (cd must change the shell's own
	 * directory), and waits with them still in place; so a "Killed" goes
	 * to the command's stderr. Then it puts its own descriptors back. */
	if (p->n == 1) {
		struct cmd *c = &p->c[0];
		int ac, saved[10];
		char **av = expand_words(c, &ac);
		save_fds(c, saved);
		int st = redirect(c);
		if (st) {
			restore_fds(saved);
			if (ac && strcmp(av[0], "exit") == 0)
				leave(2);	/* a special built-in's error ends the shell */
			return st;
		}
		if (ac && is_builtin(av[0]))
			st = builtin(c->line, av);
		else if (ac)
			st = run_simple(c, av);
		restore_fds(saved);
		return st;
	}
	int *pids = malloc(p->n * sizeof *pids);
	int prev = -1, left = 0, status = 0;
	for (int i = 0; i < p->n; i++) {
		int fds[2] = { -1, -1 };
		if (i < p->n - 1) {
			long r = sys_pipe2(fds, 0);
			if (r < 0) {
				say(p->c[i].line, "Pipe call failed");
				leave(2);
			}
		}
		long pid = sys_fork();
		if (pid < 0) {
			say(p->c[i].line, "Cannot fork");
			leave(2);
		}
		if (pid == 0) {
			/* the child: its stdin from the previous pipe, its stdout
			 * into the next; every other pipe end closed, or a reader
			 * would never see end of file */
			if (prev >= 0) {
				sys_dup2(prev, 0);
				sys_close(prev);
			}
			if (fds[1] >= 0) {
				sys_close(fds[0]);
				sys_dup2(fds[1], 1);
				sys_close(fds[1]);
			}
			child(&p->c[i]);
		}
		pids[i] = (int)pid;
		left++;
		if (prev >= 0)
			sys_close(prev);
		if (fds[1] >= 0)
			sys_close(fds[1]);
		prev = fds[0];
	}
	while (left > 0) {
		int ws;
		long r = sys_wait4(-1, &ws, 0, NULL);
		if (r == -EINTR)
			continue;
		if (r < 0)
			break;
		for (int i = 0; i < p->n; i++)
			if (pids[i] == r) {
				int st = status_of(ws);
				if (i == p->n - 1)
					status = st;
				left--;
			}
	}
	free(pids);
	return status;
}

static void run_script(void)
{
	for (;;) {
		struct pipeline *v = NULL;
		int n = parse_line(&v);
		if (n == -2)
			return;
		if (n < 0)
			leave(2);
		for (int i = 0; i < n; i++) {
			last_status = run_pipeline(&v[i]);
			/* && and || skip pipelines while the status says so */
			while (i < n - 1 && ((v[i].conn == T_AND && last_status != 0) ||
					     (v[i].conn == T_OR && last_status == 0)))
				i++;
		}
	}
}

/* read all of fd into memory */
static char *slurp(int fd, size_t *len)
{
	size_t cap = 65536, n = 0;
	char *p = malloc(cap);

	for (;;) {
		if (n == cap)
			p = realloc(p, cap *= 2);
		long r = sys_read(fd, p + n, cap - n);
		if (r == -EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	*len = n;
	return p;
}

int main(int argc, char **argv, char **envp)
{
	arg0 = argv[0] ? argv[0] : "minish";
	env = envp;
	if (argc == 2 && strcmp(argv[1], "--help") == 0)
		tool_help(help_text);
	if (argc == 2 && strcmp(argv[1], "--version") == 0)
		tool_version("minish");

	int i = 1;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i < argc && strcmp(argv[i], "-c") == 0) {
		if (i + 1 >= argc) {
			say(0, "-c requires an argument");
			return 2;
		}
		src = argv[i + 1];
		slen = strlen(src);
		if (i + 2 < argc) {
			arg0 = argv[i + 2];
			posv = argv + i + 3;
			posc = argc - i - 3;
		}
	} else if (i < argc && argv[i][0] == '-' && argv[i][1]) {
		error(0, 0, "invalid option -- '%s'", argv[i] + 1);
		tool_try_help(2);
	} else if (i < argc) {
		long fd = sys_openat(AT_FDCWD, argv[i], O_RDONLY | O_CLOEXEC, 0);
		if (fd < 0) {
			say(0, "cannot open %s: %s", argv[i], errmsg((int)-fd, E_OPEN));
			return 2;
		}
		src = slurp((int)fd, &slen);
		sys_close((int)fd);
		arg0 = argv[i];
		posv = argv + i + 1;
		posc = argc - i - 1;
	} else {
		src = slurp(0, &slen);
	}
	run_script();
	return last_status;
}
