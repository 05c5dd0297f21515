/* src/trace/explain.c — --explain: what each call does and why it failed,
 * in the words of its man(2) page.
 *
 *   openat(AT_FDCWD, "/nope", O_RDONLY)     = -1 ENOENT (No such file or directory)
 *   # openat — open and possibly create a file
 *   # ENOENT from openat: O_CREAT is not set and the named file does not exist.
 *
 * After the first line of each syscall, its page's NAME description; after
 * the first failure of each (syscall, errno) pair, every ERRORS entry the
 * page has for that errno (a page may give several causes). The tables
 * come from the installed pages at build time (src/gen/mantab.c ->
 * build/gen/mantab.h); a call without a page gets the errno's text only.
 * The kernel's restart codes are not in any ERRORS section, since a program
 * never sees them: what they mean is said here (from kernel/signal.c and
 * arch/x86/kernel/signal.c's handling of a signal at a syscall's return).
 *
 * Cost: one byte test per call once its description was printed, and a
 * short search of the pairs already explained per failed call.
 */
#include "trace.h"

int opt_explain;

struct man_page { const char *name, *desc; int err0; };	/* errors: [err0, next err0) */
struct man_err { unsigned short err; const char *text; };
#include "mantab.h"

static const struct man_page *page_of(int nr)
{
	if (nr < 0 || nr >= NSYS || !man_of_sys[nr])
		return NULL;
	return &man_pages[man_of_sys[nr] - 1];
}

const char *explain_desc(int nr)
{
	const struct man_page *p = page_of(nr);
	return p ? p->desc : NULL;
}

/* The four codes that strace prints as "= ? ERESTART...": what the kernel
 * does with each when the signal that interrupted the call is handled. */
static const struct { int e; const char *name, *means; } restarts[] = {
	{ 512, "ERESTARTSYS", "a signal came while the call waited; the kernel restarts it if "
	  "the handler has SA_RESTART (or there is none), else it fails with EINTR. "
	  "The program never sees this code." },
	{ 513, "ERESTARTNOINTR", "a signal came; the kernel restarts the call after the "
	  "handler, SA_RESTART or not. The program never sees this code." },
	{ 514, "ERESTARTNOHAND", "a signal came; the call is restarted if no handler ran, else "
	  "it fails with EINTR. The program never sees this code." },
	{ 516, "ERESTART_RESTARTBLOCK", "a signal came during a sleep; without a handler the "
	  "kernel resumes it through restart_syscall(2) with the time left, with one it "
	  "fails with EINTR. The program never sees this code." },
};

const char *restart_name(long e)
{
	for (size_t i = 0; i < sizeof restarts / sizeof *restarts; i++)
		if (restarts[i].e == e)
			return restarts[i].name;
	return NULL;
}

/* "# " at the start of a line of t's, with the prefix its call lines get */
void comment_start(struct tcb *t)
{
	if (ff_base) {
		if (tout != &t->lb)
			ff_switch(t);
	} else {
		if (line_owner && line_owner != t) {
			prs(" <unfinished ...>\n");
			line_owner->cut = 1;
			line_owner = NULL;
		}
		line_begin();
		if (pid_prefix)
			pr("%-5d ", t->pid);
		else if (nprocs > 1 && opt_follow < 2)
			pr("[pid %5u] ", (unsigned)t->pid);
	}
	prs("# ");
}

static unsigned char described[NSYS];
static struct { short nr, err; } *pairs;	/* the (syscall, errno) pairs explained */
static int npairs, cappairs;

static int pair_new(int nr, int e)
{
	for (int i = 0; i < npairs; i++)
		if (pairs[i].nr == nr && pairs[i].err == e)
			return 0;
	if (npairs == cappairs) {
		cappairs = cappairs ? 2 * cappairs : 64;
		pairs = realloc(pairs, (size_t)cappairs * sizeof *pairs);
		if (!pairs)
			error(1, ENOMEM, "--explain");
	}
	pairs[npairs].nr = (short)nr;
	pairs[npairs].err = (short)e;
	npairs++;
	return 1;
}

/* the ERRORS entries for e, one comment line each */
static void explain_errno(struct tcb *t, const char *name, int e)
{
	const struct man_page *p = page_of((int)t->nr);
	const char *en = errno_name(e) ? errno_name(e) : restart_name(e);
	int n = 0;

	for (size_t i = 0; i < sizeof restarts / sizeof *restarts; i++)
		if (restarts[i].e == e) {
			comment_start(t);
			pr("%s from %s: ", restarts[i].name, name);
			prs(restarts[i].means);
			prs("\n");
			return;
		}
	if (p)
		for (int i = p->err0; i < p[1].err0; i++)
			if (man_errs[i].err == e) {
				comment_start(t);
				pr("%s from %s: ", en ? en : "?", name);
				prs(man_errs[i].text);
				prs("\n");
				n++;
			}
	if (n)
		return;
	comment_start(t);
	if (en)
		pr("%s from %s: ", en, name);
	else
		pr("errno %d from %s: ", e, name);
	if (p)
		pr("not among %s(2)'s ERRORS; ", p->name);
	prs(strerror(e));
	prs("\n");
}

/* After t's line: returned is 0 for a call that never returns (exit_group). */
void explain_after(struct tcb *t, int returned)
{
	int nr = (int)t->nr;

	if (nr < 0 || nr >= NSYS || !systab[nr].name)
		return;
	const char *name = systab[nr].name;
	if (!described[nr]) {
		described[nr] = 1;
		const char *d = explain_desc(nr);
		if (d) {
			comment_start(t);
			pr("%s \xe2\x80\x94 ", name);	/* an em dash, as in the example */
			prs(d);
			prs("\n");
		}
	}
	if (returned && t_failed(t) && pair_new(nr, (int)-t->ret))
		explain_errno(t, name, (int)-t->ret);
}

/* --explain=NAME[,NAME...]: the description and every ERRORS entry of each,
 * without tracing anything (what a hand-out of these calls would say). */
int explain_list(const char *names)
{
	char name[64];
	static struct tcb t;
	int st = 0;

	while (*names) {
		size_t n = upto(names, ',');
		if (n < sizeof name) {
			memcpy(name, names, n);
			name[n] = 0;
			int nr = sys_lookup(name);
			if (nr < 0) {
				out_printf(sg_stderr, "%s: invalid system call '%s'\n", sg_progname, name);
				st = 1;
			} else {
				const struct man_page *p = page_of(nr);
				t.nr = nr;
				comment_start(&t);
				if (p)
					pr("%s \xe2\x80\x94 %s\n", name, p->desc);
				else
					pr("%s: no man(2) page\n", name);
				for (int i = p ? p->err0 : 0; p && i < p[1].err0; i++) {
					const char *en = errno_name(man_errs[i].err);
					comment_start(&t);
					pr("%s from %s: ", en ? en : "?", name);
					prs(man_errs[i].text);
					prs("\n");
				}
			}
		}
		names += n + (names[n] == ',');
	}
	return st;
}
