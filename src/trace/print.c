/* src/trace/print.c — the output line: column counting, the "= result" part.
 *
 * strace pads so that the "=" comes after acolumn bytes (40 by default, -a N),
 * counting every byte it wrote since its last newline, even when the
 * tracee's own output came in between:
 *
 *   write(1, "hi\n", 3hi
 *   )                     = 3          <- 19 bytes of ours, then padding
 *
 * A line longer than that gets a single space before "=".
 */
#include "trace.h"

struct out *tout;
static int col;

static void count(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		col = p[i] == '\n' ? 0 : col + 1;
}

void pr_mem(const void *p, size_t n)
{
	out_write(tout, p, n);
	count(p, n);
}

void prs(const char *s)
{
	pr_mem(s, strlen(s));
}

void pr(const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof buf - 1)
		n = sizeof buf - 1;
	pr_mem(buf, (size_t)n);
}

void line_begin(void)
{
	col = 0;
}

int line_col(void)
{
	return col;
}

void line_set_col(int c)
{
	col = c;
}

/* ")" then spaces up to the result column; past it, one space. */
static void tab_to_result(void)
{
	prs(")");
	if (col < opt_acol)
		pr("%*s", opt_acol - col, "");
	else
		prs(" ");
}

/* The kernel's restart codes never reach the program; strace names them. */
static const char *restart_text(long e)
{
	switch (e) {
	case 512: return "ERESTARTSYS (To be restarted if SA_RESTART is set)";
	case 513: return "ERESTARTNOINTR (To be restarted)";
	case 514: return "ERESTARTNOHAND (To be restarted if no handler)";
	case 516: return "ERESTART_RESTARTBLOCK (Interrupted by signal)";
	}
	return NULL;
}

void line_end_call(struct tcb *t)
{
	long r = t->ret;

	tab_to_result();
	if (t_failed(t)) {
		long e = -r;
		const char *rs = restart_text(e);
		const char *name = errno_name((int)e);
		if (rs)
			pr("= ? %s\n", rs);
		else if (name)
			pr("= -1 %s (%s)\n", name, strerror((int)e));
		else
			pr("= -1 %ld (errno %ld)\n", e, e);
		return;
	}
	switch (t->rfmt) {
	case R_HEX: pr("= %#lx", (unsigned long)r); break;
	case R_OCT: pr("= %#lo", (unsigned long)r); break;
	case R_UDEC: pr("= %lu", (unsigned long)r); break;
	case R_NONE: prs("= ?"); break;
	default: pr("= %ld", r); break;
	}
	if (t->rtext)
		prs(t->rtext);
	prs("\n");
}

void line_end_unfinished(void)
{
	tab_to_result();
	prs("= ?\n");
}

/* Argument printers shared by the decoders */
void pr_sep(void) { prs(", "); }
void pr_dec(long v) { pr("%ld", v); }
void pr_udec(unsigned long v) { pr("%lu", v); }
void pr_oct(unsigned long v) { pr("%#lo", v); }
void pr_hex(unsigned long v) { pr("%#lx", v); }

void pr_addr(unsigned long a)
{
	if (a)
		pr("%#lx", a);
	else
		prs("NULL");
}

/* File descriptors are ints: the upper half of the register is ignored. */
void pr_fd(long fd)
{
	pr("%d", (int)fd);
}

void pr_dirfd(long fd)
{
	if ((int)fd == -100 && !opt_raw)	/* AT_FDCWD */
		prs("AT_FDCWD");
	else
		pr("%d", (int)fd);
}
