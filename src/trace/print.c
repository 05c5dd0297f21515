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

static unsigned long lines;	/* lines written to out_main not known to be on disk */

static void count(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] == '\n') {
			col = 0;
			lines++;
		} else
			col++;
}

/* -o FILE that cannot be written (a full disk, /dev/full): strace goes on
 * tracing and says so on stderr once for each line lost, and its exit
 * status is still the program's. */
struct out *out_main;
const char *out_name;

void out_check(void)
{
	if (!out_main)
		return;
	if (!out_main->err) {
		if (!out_main->len)
			lines = 0;	/* all written */
		return;
	}
	for (; lines; lines--)
		out_printf(sg_stderr, "%s: %s: %s\n", sg_progname, out_name, strerror(-out_main->err));
	out_flush(sg_stderr);
}

/* pr_capture_begin: what is printed goes to a buffer instead (a socket's
 * details are built once and kept for later lines) */
static char *cap_buf;
static size_t cap_len, cap_size;

void pr_capture_begin(char *buf, size_t size)
{
	cap_buf = buf;
	cap_size = size;
	cap_len = 0;
}

size_t pr_capture_end(void)
{
	size_t n = cap_len;
	cap_buf[n] = 0;
	cap_buf = NULL;
	return n;
}

void pr_mem(const void *p, size_t n)
{
	if (cap_buf) {
		if (n > cap_size - 1 - cap_len)
			n = cap_size - 1 - cap_len;
		memcpy(cap_buf + cap_len, p, n);
		cap_len += n;
		return;
	}
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

/* -f: which process's call line is open (its entry printed, not its exit) */
struct tcb *line_owner;
int nprocs;		/* processes traced and shown: the [pid N] prefix when > 1 */
int opt_follow;		/* -f 1, -ff 2 */
int pid_prefix;		/* -o FILE with -f: "PID " before every line */

/* A new line for t: another process's open call is cut with
 * " <unfinished ...>" (strace resumes it later with "<... NAME resumed>"),
 * then the pid prefix, then the time stamps. */
/* -ff -o X: t's own file X.PID, opened at its first line */
const char *ff_base;
static struct out *ff_main;	/* the output before: back to it when a file closes */

void ff_switch(struct tcb *t)
{
	if (!ff_main)
		ff_main = tout;
	if (!t->ff.buf) {
		char path[4096];
		snprintf(path, sizeof path, "%s.%d", ff_base, t->pid);
		long fd = sys_openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (fd < 0)
			error(1, (int)-fd, "Can't fopen '%s'", path);
		t->ff.fd = (int)fd;
		t->ff.cap = 1 << 14;
		t->ff.buf = malloc(t->ff.cap);
		if (!t->ff.buf)
			error(1, ENOMEM, "output buffer");
	}
	tout = &t->ff;
}

void ff_close(struct tcb *t)
{
	if (!t->ff.buf)
		return;
	out_flush(&t->ff);
	sys_close(t->ff.fd);
	if (tout == &t->ff)
		tout = ff_main;
	free(t->ff.buf);
	t->ff.buf = NULL;
}

/* -n "[ 257] ": the number of t's last call; -i "[00007f...] ": where it
 * stopped ("?" when it has ended) -- strace prints both on every line */
int opt_nflag, opt_iflag;

static void ni_prefix(struct tcb *t)
{
	if (opt_nflag)
		pr("[%4ld] ", t->nr);
	if (opt_iflag) {
		if (t->noip)
			prs("[????????????????] ");
		else
			pr("[%016lx] ", t->ip);
	}
}

void line_start(struct tcb *t)
{
	cur_tcb = t;
	if (ff_base) {		/* a file per process: lines are never cut */
		if (tout != &t->lb)	/* (a held line goes to the file later) */
			ff_switch(t);
		col = 0;
		stamp_prefix();
		ni_prefix(t);
		return;
	}
	if (line_owner && line_owner != t) {
		prs(" <unfinished ...>\n");
		line_owner->cut = 1;
	}
	line_owner = NULL;
	col = 0;
	cur_tcb = t;
	/* -Y: "PID<comm> " (the pid not padded then), "[pid  PID<comm>] " */
	if (pid_prefix) {
		pr((opt_decode_pids & DP_COMM) && t->comm[0] ? "%d" : "%-5d", t->pid);
		pid_prefix_comm(t);
		prs(" ");
	} else if (nprocs > 1 && opt_follow < 2) {
		pr("[pid %5u", (unsigned)t->pid);
		pid_prefix_comm(t);
		prs("] ");
	}
	stamp_prefix();
	ni_prefix(t);
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

/* The kernel's own codes past 511 (include/linux/errno.h, not in UAPI): the
 * restart codes, and those that reach programs from some calls (bpf's
 * ENOTSUPP); strace names them and libc has no text for them */
const char *kernel_errno_name(long e)
{
	static const char *const names[] = {
		[512 - 512] = "ERESTARTSYS", [513 - 512] = "ERESTARTNOINTR",
		[514 - 512] = "ERESTARTNOHAND", [516 - 512] = "ERESTART_RESTARTBLOCK",
		[515 - 512] = "ENOIOCTLCMD", [517 - 512] = "EPROBE_DEFER", [518 - 512] = "EOPENSTALE",
		[521 - 512] = "EBADHANDLE", [522 - 512] = "ENOTSYNC", [523 - 512] = "EBADCOOKIE",
		[524 - 512] = "ENOTSUPP", [525 - 512] = "ETOOSMALL", [526 - 512] = "ESERVERFAULT",
		[527 - 512] = "EBADTYPE", [528 - 512] = "EJUKEBOX", [529 - 512] = "EIOCBQUEUED",
		[530 - 512] = "ERECALLCONFLICT",
	};
	return e >= 512 && e <= 530 ? names[e - 512] : NULL;
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
			pr("= ? %s", rs);
		else if (name)
			pr("= -1 %s (%s)", name, strerror((int)e));
		else if ((name = kernel_errno_name(e)))
			pr("= -1 %s (Unknown error %ld)", name, e);
		else
			pr("= -1 (errno %ld)", e);	/* strace: no name, no text */
		if (t->rtext && t->rtext_err)
			prs(t->rtext);
		if (t->tamper)
			tamper_suffix(t);
		if (opt_dur)
			stamp_suffix(t);
		prs("\n");
		return;
	}
	switch (t->rfmt) {
	case R_HEX: pr("= %#lx", (unsigned long)r); break;
	case R_OCT: pr("= %#03lo", (unsigned long)r); break;
	case R_UDEC: pr("= %lu", (unsigned long)r); break;
	case R_NONE: prs("= ?"); break;
	case R_FD: pr("= %ld", r); pr_fd_path(r); break;
	case R_TID: case R_TGID: case R_PGID: case R_SID:
		prs("= ");
		pr_pid(r, t->rfmt - R_TID + PT_TID);
		break;
	default:
		/* strace's plain result is unsigned; only a made-up value can
		 * be past LONG_MAX and not an error */
		if (t->tamper & TAMPER_SUCCESS)
			pr("= %lu", (unsigned long)r);
		else
			pr("= %ld", r);
		break;
	}
	if (t->rtext)
		prs(t->rtext);
	if (t->tamper)
		tamper_suffix(t);
	if (opt_dur)
		stamp_suffix(t);
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
	pr_fd_path(fd);
}

void pr_dirfd(long fd)
{
	if ((int)fd == -100) {	/* AT_FDCWD: -y adds the cwd, -X raw too */
		pr_named("-100", "AT_FDCWD");
		pr_cwd_path();
	} else
		pr_fd(fd);
}
