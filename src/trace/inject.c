/* src/trace/inject.c — strace's tampering: -e inject= and -e fault=.
 *
 *   -e inject=SET[:error=E|:retval=N][:signal=S][:delay_enter=T][:delay_exit=T]
 *             [:poke_enter=@argN=HEX,...][:poke_exit=@argN=HEX,...][:when=EXPR]
 *   -e fault=SET[:error=E][:syscall=NAME][:when=EXPR]          (inject with error=ENOSYS by default)
 *
 * As strace 6.1 does it (man strace, "Tampering"):
 *   error=E, retval=N  at the entry stop the syscall number (orig_rax) is made
 *                      -1, so the kernel runs nothing; at the exit stop rax
 *                      gets -E or N. The line ends "(INJECTED)".
 *   signal=S           S is delivered on entering the call (the entry stop
 *                      is resumed with it); the call still runs.
 *   delay_enter/exit=T the tracee is held T (us by default, or with s ms us
 *                      ns) at the entry or exit stop; the line ends
 *                      "(DELAYED)". The others run on meanwhile (loop.c
 *                      resumes it when its time comes, as strace's timer).
 *   poke_enter=@argN=HEX,@argM=HEX...  poke_exit=...
 *                      the bytes HEX are written where argument N (1..7)
 *                      points, at the entry stop before the call is shown,
 *                      or at the exit stop before its result is; the line
 *                      ends "(INJECTED: args)" ("(INJECTED: args, retval)"
 *                      with error= or retval=).
 *   when=F[..L][+[S]]  only invocations F, F+S, ... up to L of each call,
 *                      counted per call and per process.
 *   syscall=NAME       with error= or retval=, the number becomes NAME's
 *                      instead of -1: a call of %pure only (no arguments, no
 *                      side effects), so what it returns is overwritten too;
 *                      with signal= alone it is accepted and changes nothing.
 * The last qualifier naming a call is the one it gets. Only the calls -e
 * trace= shows are tampered with (strace 6.1 leaves the others alone: `-e
 * trace=getpid -e inject=write:error=EIO` changes nothing), and they count
 * for when= alone. Injection turns the seccomp filter off unless every
 * injected call is shown (and always with signal=, since a signal cannot be
 * handed over at a seccomp stop).
 */
#include "trace.h"
#include <linux/ptrace.h>
#include "sysclass.h"

int inject_active, inject_signals;

enum { F_ERROR = 1, F_RETVAL = 2, F_SIGNAL = 4, F_DENTER = 8, F_DEXIT = 16, F_PENTER = 32,
       F_PEXIT = 64 };
/* poke_enter=, poke_exit=: one write per argument */
struct poke {
	unsigned char arg;	/* 1..7 */
	unsigned short len;
	unsigned char *data;
};
struct pokes {
	int n;
	struct poke p[7];
};
static struct inj {
	unsigned char flags;
	const struct pokes *penter, *pexit;
	unsigned char sig;
	unsigned short first, last, step;	/* last 0: no end; step 0: only first */
	long val;			/* -errno or the return value */
	short scno;			/* syscall=: the number run instead; -1 none */
	uint64_t denter, dexit;		/* ns */
} inj[NSYS];

/* offsets in struct user_regs_struct, for PTRACE_POKEUSR */
#define OFF_RAX		(10 * 8)
#define OFF_ORIG_RAX	(15 * 8)

static int same_nocase(const char *a, const char *b);

/* ENOENT, enoent or 2 */
int errno_parse(const char *s)
{
	uint64_t v;

	if (parse_u64(s, 10, &v) == 0)
		return v >= 1 && v <= 4095 ? (int)v : -1;
	for (int e = 1; e < 512; e++)
		if (errno_name(e) && same_nocase(errno_name(e), s))
			return e;
	for (int e = 512; e <= 530; e++)	/* the kernel's own (print.c) */
		if (kernel_errno_name(e) && same_nocase(kernel_errno_name(e), s))
			return e;
	return -1;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int same_nocase(const char *a, const char *b)
{
	while (*a && lower(*a) == lower(*b))
		a++, b++;
	return *a == 0 && *b == 0;
}

/* SIGUSR1, USR1, usr1 or 10 (1..64) */
int signal_parse(const char *s)
{
	uint64_t v;

	if (parse_u64(s, 10, &v) == 0)
		return v >= 1 && v <= 64 ? (int)v : -1;
	if (lower(s[0]) == 's' && lower(s[1]) == 'i' && lower(s[2]) == 'g')
		s += 3;
	for (int i = 1; i < 32; i++)
		if (sig_name(i) && same_nocase(sig_name(i) + 3, s))
			return i;
	return -1;
}

static int num16(const char **p, unsigned lo, unsigned hi, unsigned short *out)
{
	unsigned v = 0;
	int n = 0;

	while (**p >= '0' && **p <= '9' && n < 6) {
		v = v * 10 + (unsigned)(*(*p)++ - '0');
		n++;
	}
	if (!n || v < lo || v > hi)
		return -1;
	*out = (unsigned short)v;
	return 0;
}

/* first[..last][+[step]] */
static int when_parse(const char *s, struct inj *j)
{
	j->last = 0;
	j->step = 0;
	if (num16(&s, 1, 65535, &j->first) < 0)
		return -1;
	if (s[0] == '.' && s[1] == '.') {
		s += 2;
		if (num16(&s, 1, 65534, &j->last) < 0 || j->last < j->first)
			return -1;
		j->step = 1;
	} else if (!*s)
		j->last = j->first;
	if (*s == '+') {
		s++;
		j->step = 1;
		if (*s && num16(&s, 1, 65535, &j->step) < 0)
			return -1;
	}
	return *s ? -1 : 0;
}

static int hexval(int c)
{
	c = lower(c);
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* @argN=HEX[,@argM=HEX...]: N 1..7, each once; HEX an even, non-zero
 * number of hex digits, up to POKE_MAX bytes; empty items are skipped, but
 * there must be one */
#define POKE_MAX 1024	/* strace 6.1's limit: 2050 digits are refused */
static const struct pokes *pokes_parse(const char *v)
{
	struct pokes *ps = calloc(1, sizeof *ps);

	if (!ps)
		error(1, ENOMEM, "-e inject");
	while (*v) {
		size_t n = upto(v, ',');
		const char *e = v + n;
		if (n) {
			if (strncmp(v, "@arg", 4) || v[4] < '1' || v[4] > '7' || v[5] != '=')
				return NULL;
			unsigned char arg = (unsigned char)(v[4] - '0');
			for (int i = 0; i < ps->n; i++)
				if (ps->p[i].arg == arg)
					return NULL;
			const char *h = v + 6;
			size_t digits = (size_t)(e - h);
			if (!digits || digits % 2 || digits / 2 > POKE_MAX)
				return NULL;
			struct poke *k = &ps->p[ps->n++];
			k->arg = arg;
			k->len = (unsigned short)(digits / 2);
			if (!(k->data = malloc(k->len)))
				error(1, ENOMEM, "-e inject");
			for (size_t i = 0; i < k->len; i++) {
				int hi = hexval(h[2 * i]), lo = hexval(h[2 * i + 1]);
				if (hi < 0 || lo < 0)
					return NULL;
				k->data[i] = (unsigned char)(hi << 4 | lo);
			}
		}
		v = e + (*e == ',');
	}
	return ps->n ? ps : NULL;
}

/* strace's warnings for a retval= that reads as an error: here, or in its
 * 32-bit (compat) personality, which keeps the low 32 bits (and says so
 * when that loses some). trace traces 64-bit programs only, but says what
 * strace says. */
static void retval_warnings(unsigned long v)
{
	if (v > -4096UL) {
		out_printf(sg_stderr, "%s: Inadvertent injection of error %lu is possible for "
			   "retval=%lu\n", sg_progname, -v, v);
		return;
	}
	unsigned c = (unsigned)v;
	if (c > -4096U)
		out_printf(sg_stderr, "%s: Inadvertent injection of error %u is possible in "
			   "compat personality for retval=%lu\n", sg_progname, -c, v);
	else if (c != v)
		out_printf(sg_stderr, "%s: Injected return value %lu will be clipped to %u in "
			   "compat personality\n", sg_progname, v, c);
}

int inject_parse(const char *spec, int fault)
{
	static unsigned char set[NSYS];
	const char *what = fault ? "fault" : "inject";
	char item[4096], setspec[1024];
	struct inj j = { 0, NULL, NULL, 0, 1, 0, 1, 0, -1, 0, 0 };
	size_t n = upto(spec, ':');

	if (n >= sizeof setspec)
		goto bad;
	memcpy(setspec, spec, n);
	setspec[n] = 0;
	/* strace reads the set of calls first: its errors come before any
	 * about the options after it */
	memset(set, 0, sizeof set);
	if (set_parse(setspec, set) < 0)
		return -1;
	const char *p = spec + n;
	while (*p == ':') {
		p++;
		size_t k = upto(p, ':');
		if (!k)		/* empty options ("chdir::error=EIO") are passed over */
			continue;
		if (k >= sizeof item)
			goto bad;
		memcpy(item, p, k);
		item[k] = 0;
		p += k;
		char *v = strchr(item, '=');
		if (!v)
			goto bad;
		*v++ = 0;
		int e;
		if (strcmp(item, "error") == 0) {
			if ((j.flags & (F_ERROR | F_RETVAL)) || (e = errno_parse(v)) < 0)
				goto bad;
			j.flags |= F_ERROR;
			j.val = -e;
		} else if (strcmp(item, "when") == 0) {
			if (when_parse(v, &j) < 0)
				goto bad;
		} else if (strcmp(item, "syscall") == 0) {
			/* by name only, as strace takes it (186 is refused) */
			static unsigned char pure[NSYS];
			int nr = sys_lookup(v);
			if (j.scno >= 0 || nr < 0)
				goto bad;
			sysclass_mark("%pure", pure, 1);
			if (!pure[nr])
				goto bad;
			j.scno = (short)nr;
		} else if (fault) {
			goto bad;
		} else if (strcmp(item, "retval") == 0) {
			int64_t r;
			uint64_t u;
			if (j.flags & (F_ERROR | F_RETVAL))
				goto bad;
			if (parse_i64(v, 0, &r) == 0)
				j.val = (long)r;
			else if (parse_u64(v, 0, &u) == 0)
				j.val = (long)u;
			else
				goto bad;
			j.flags |= F_RETVAL;
		} else if (strcmp(item, "signal") == 0) {
			if ((j.flags & F_SIGNAL) || (e = signal_parse(v)) < 0)
				goto bad;
			j.flags |= F_SIGNAL;
			j.sig = (unsigned char)e;
		} else if (strcmp(item, "delay_enter") == 0) {
			if ((j.flags & F_DENTER) || time_spec_parse(v, &j.denter) < 0)
				goto bad;
			j.flags |= F_DENTER;
		} else if (strcmp(item, "delay_exit") == 0) {
			if ((j.flags & F_DEXIT) || time_spec_parse(v, &j.dexit) < 0)
				goto bad;
			j.flags |= F_DEXIT;
		} else if (strcmp(item, "poke_enter") == 0) {
			if ((j.flags & F_PENTER) || !(j.penter = pokes_parse(v)))
				goto bad;
			j.flags |= F_PENTER;
		} else if (strcmp(item, "poke_exit") == 0) {
			if ((j.flags & F_PEXIT) || !(j.pexit = pokes_parse(v)))
				goto bad;
			j.flags |= F_PEXIT;
		} else
			goto bad;
	}
	if (fault && !(j.flags & F_ERROR)) {
		j.flags |= F_ERROR;
		j.val = -ENOSYS;
	}
	if (!j.flags)
		goto bad;
	if (j.flags & F_RETVAL)
		retval_warnings((unsigned long)j.val);
	out_flush(sg_stderr);
	for (int i = 0; i < NSYS; i++)
		if (set[i] && systab[i].name)
			inj[i] = j;
	inject_active = 1;
	inject_signals |= (j.flags & F_SIGNAL) != 0;
	return 0;
bad:
	out_printf(sg_stderr, "%s: invalid %s argument '%s'\n", sg_progname, what, spec);
	return -1;
}

int inject_covered(void)
{
	for (int i = 0; i < NSYS; i++)
		if (inj[i].flags && !trace_set[i])
			return 0;
	return 1;
}


/* Run call nr (-1: none) in place of t's and make it return ret. */
static void tamper_as(struct tcb *t, long nr, long ret)
{
	sys_ptrace(PTRACE_POKEUSR, t->pid, (void *)OFF_ORIG_RAX, (void *)nr);
	t->tamper |= TAMPER_RET;
	t->inj_ret = ret;
}

/* Skip t's call (the number becomes -1) and make it return ret. */
void tamper_ret(struct tcb *t, long ret)
{
	tamper_as(t, -1L, ret);
}

/* n bytes into the tracee at addr, a word at a time as ptrace writes (a
 * read-only page too); how many were written before an unmapped page */
static size_t poke_mem(int pid, unsigned long addr, const unsigned char *b, size_t n)
{
	size_t done = 0;

	umove_cache_drop();	/* the line shows what was written */
	while (done < n) {
		unsigned long base = addr & ~7UL, word;
		size_t off = addr - base, k = 8 - off < n - done ? 8 - off : n - done;
		if (sys_ptrace(PTRACE_PEEKDATA, pid, (void *)base, &word) < 0)
			break;
		memcpy((unsigned char *)&word + off, b + done, k);
		if (sys_ptrace(PTRACE_POKEDATA, pid, (void *)base, (void *)word) < 0)
			break;
		addr += k, done += k;
	}
	return done;
}

static void poke_failed(struct tcb *t, const char *why)
{
	out_printf(sg_stderr, "%s: poke_tcb: Failed to tamper with process %d: %s\n", sg_progname, t->pid, why);
	out_flush(sg_stderr);
}

/* the pokes in order, until one fails (strace says why, on stderr); one
 * that ran into an unmapped page wrote what came before it, which strace
 * counts as done, with its warnings about the short copy */
static void poke_args(struct tcb *t, const struct pokes *ps)
{
	for (int i = 0; i < ps->n; i++) {
		const struct poke *k = &ps->p[i];
		if (k->arg > systab[t->nr].nargs) {
			char msg[160];
			snprintf(msg, sizeof msg, "requested to tamper with argument #%u, but "
				 "system call '%s' has only %u arguments", k->arg,
				 systab[t->nr].name, systab[t->nr].nargs);
			poke_failed(t, msg);
			return;
		}
		unsigned long at = t->a[k->arg - 1];
		size_t done = poke_mem(t->pid, at, k->data, k->len);
		if (!done) {
			poke_failed(t, "couldn't poke");
			return;
		}
		t->tamper |= TAMPER_POKED;
		if (done < k->len) {
			out_printf(sg_stderr, "%s: pid:%d short write (%zu < %u) @%#lx: %s\n"
				   "%s: short read (%zu < %u) @%#lx: %s\n", sg_progname, t->pid, done, k->len,
				   at, strerror(EFAULT), sg_progname, done, k->len, at, strerror(EFAULT));
			out_flush(sg_stderr);
			return;
		}
	}
}

/* Is this invocation of t's call one to tamper with (when=)? poke_enter=
 * is done here, before the call's line shows the memory it changes. */
void inject_begin(struct tcb *t)
{
	int nr = (int)t->nr;

	t->tamper = 0;
	t->inj_sig = 0;
	t->inj_hit = 0;
	t->delay_exit = 0;
	if (!inject_active || nr < 0 || nr >= NSYS || !inj[nr].flags || !trace_set[nr])
		return;
	if (!t->inj_count) {
		t->inj_count = calloc(NSYS, sizeof *t->inj_count);
		if (!t->inj_count)
			error(1, ENOMEM, "-e inject");
	}
	const struct inj *j = &inj[nr];
	unsigned n = t->inj_count[nr] < 65535 ? ++t->inj_count[nr] : 65535;
	if (n < j->first || (j->last && n > j->last))
		return;
	if (n != j->first && (!j->step || (n - j->first) % j->step))
		return;
	t->inj_hit = 1;
	if (j->flags & F_PENTER)
		poke_args(t, j->penter);
	if (j->flags & F_PEXIT)
		t->tamper |= TAMPER_POKE_EXIT;
}

/* the call chosen will not run: an error or a return value takes its place
 * (so even exit_group returns) */
int inject_replaces(const struct tcb *t)
{
	return t->inj_hit && (inj[t->nr].flags & (F_ERROR | F_RETVAL));
}

void inject_entry(struct tcb *t)
{
	if (!t->inj_hit)
		return;
	const struct inj *j = &inj[t->nr];
	if (j->flags & F_DENTER) {
		t->hold_ns = j->denter;	/* the loop holds it; the others run on */
		t->tamper |= TAMPER_DELAY;
	}
	if (j->flags & (F_ERROR | F_RETVAL))
		tamper_as(t, j->scno, j->val);
	if (j->flags & F_RETVAL)
		t->tamper |= TAMPER_SUCCESS;
	if (j->flags & F_SIGNAL)
		t->inj_sig = j->sig;
	if (j->flags & F_DEXIT) {
		t->delay_exit = j->dexit;
		t->tamper |= TAMPER_DELAY;
	}
}

void inject_exit(struct tcb *t)
{
	if (t->tamper & TAMPER_POKE_EXIT) {
		t->tamper &= ~TAMPER_POKE_EXIT;
		poke_args(t, inj[t->nr].pexit);
	}
	if (t->tamper & TAMPER_RET) {
		sys_ptrace(PTRACE_POKEUSR, t->pid, (void *)OFF_RAX, (void *)t->inj_ret);
		t->ret = t->inj_ret;
	}
	if (t->delay_exit)
		t->hold_ns = t->delay_exit;
}

/* " (INJECTED)" for a result made up; with memory poked, what was:
 * " (INJECTED: args)", " (INJECTED: args, retval)" */
void tamper_suffix(struct tcb *t)
{
	if (t->tamper & TAMPER_POKED)
		prs(t->tamper & TAMPER_RET ? " (INJECTED: args, retval)" : " (INJECTED: args)");
	else if (t->tamper & TAMPER_RET)
		prs(" (INJECTED)");
	if (t->tamper & TAMPER_DELAY)
		prs(" (DELAYED)");
}

int tamper_signal(struct tcb *t)
{
	int s = t->inj_sig;
	t->inj_sig = 0;
	return s;
}
