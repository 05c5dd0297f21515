/* src/trace/signal.c — signal sets, siginfo, rt_sigaction, rt_sigprocmask,
 * rt_sigreturn, signalfd4, sigaltstack. Constants from <asm/signal.h>,
 * <asm-generic/siginfo.h>, <linux/signalfd.h>. */
#include "trace.h"
#include <linux/audit.h>
#include <linux/signalfd.h>

/* Signal names: SIGHUP..SIGSYS from the generated table; 32 is the
 * kernel's SIGRTMIN, and strace calls 33..64 RT_1..RT_32. */
static void sig_short(char *buf, size_t n, int sig, int prefix)
{
	const char *name = sig_name(sig);
	if (name)
		snprintf(buf, n, "%s", prefix ? name : name + 3);
	else if (sig == 32)
		snprintf(buf, n, "%sRTMIN", prefix ? "SIG" : "");
	else if (sig > 32 && sig <= 64)
		snprintf(buf, n, "%sRT_%d", prefix ? "SIG" : "", sig - 32);
	else
		snprintf(buf, n, "%d", sig);
}

/* The name on a "--- SIGRT_1 {...} ---" line: never raw, as strace's. */
void pr_signame_full(int sig)
{
	char buf[32];
	sig_short(buf, sizeof buf, sig, 1);
	prs(buf);
}

void pr_signame(long sig)
{
	char buf[32];
	if (opt_raw || sig <= 0 || sig > 64) {
		pr("%d", (int)sig);
		return;
	}
	sig_short(buf, sizeof buf, (int)sig, 1);
	char num[16];
	snprintf(num, sizeof num, "%d", (int)sig);
	pr_named(num, buf);
}

/* [INT TERM]; when more than half the signals are in, strace prints the
 * complement instead: ~[RTMIN RT_1] ("all but these"). */
static void pr_sigmask_value(unsigned long m, unsigned bits)
{
	char buf[32];
	int n = 0;

	for (unsigned long v = m; v; v &= v - 1)	/* count the bits (no libgcc) */
		n++;

	if ((unsigned)n > bits / 2) {
		prs("~");
		m = ~m;
		if (bits < 64)
			m &= (1UL << bits) - 1;
	}
	prs("[");
	int first = 1;
	for (unsigned s = 1; s <= bits; s++)
		if (m & (1UL << (s - 1))) {
			if (opt_raw)
				snprintf(buf, sizeof buf, "%u", s);
			else if (opt_xverbose) {	/* 17 followed by CHLD in a comment */
				int k = snprintf(buf, sizeof buf, "%u /* ", s);
				sig_short(buf + k, sizeof buf - (size_t)k, (int)s, 0);
				k = (int)strlen(buf);
				snprintf(buf + k, sizeof buf - (size_t)k, " */");
			} else
				sig_short(buf, sizeof buf, (int)s, 0);
			if (!first)
				prs(" ");
			prs(buf);
			first = 0;
		}
	prs("]");
}

/* A sigset of size bytes, from min_size to the kernel's 8: else the address */
static void pr_sigset_limit(struct tcb *t, unsigned long addr, unsigned long size,
			    unsigned long min_size)
{
	unsigned long m = 0;

	if (!addr) {
		prs("NULL");
		return;
	}
	if (size > 8 || size < min_size || umove(t->pid, addr, &m, size) < 0) {
		pr_hex(addr);
		return;
	}
	pr_sigmask_value(m, (unsigned)size * 8);
}

/* strace takes sizes from a word to the kernel's sigset */
void pr_sigset(struct tcb *t, unsigned long addr, unsigned long size)
{
	pr_sigset_limit(t, addr, size, sizeof(unsigned long));
}

/* struct sigaction as the kernel reads it (asm/signal.h's layout for
 * rt_sigaction: handler, flags, restorer, mask; not the libc one). */
struct k_sigaction {
	unsigned long handler, flags, restorer, mask;
};

static const struct xlat sa_flag_names[] = {
	X(SA_RESTORER), X(SA_ONSTACK), X(SA_RESTART), X(SA_NODEFER), X(SA_RESETHAND),
	X(SA_SIGINFO), X(SA_NOCLDWAIT), X(SA_NOCLDSTOP), XEND
};

static void pr_sigaction(struct tcb *t, unsigned long addr)
{
	struct k_sigaction sa;

	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, &sa, sizeof sa) < 0) {
		pr_hex(addr);
		return;
	}
	prs("{sa_handler=");
	if (sa.handler == 0 && !opt_raw)
		pr_named("0", "SIG_DFL");
	else if (sa.handler == 1 && !opt_raw)
		pr_named("0x1", "SIG_IGN");
	else
		pr_hex(sa.handler);
	prs(", sa_mask=");
	pr_sigmask_value(sa.mask, 64);
	prs(", sa_flags=");
	pr_flags(sa_flag_names, sa.flags, NULL);
	if (sa.flags & SA_RESTORER)
		pr(", sa_restorer=%#lx", sa.restorer);
	prs("}");
}

static void dec_rt_sigaction(struct tcb *t)
{
	if (!t->exiting) {
		pr_signame((long)(int)t->a[0]);
		pr_sep();
		pr_sigaction(t, t->a[1]);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[2]);
	else
		pr_sigaction(t, t->a[2]);
	pr(", %lu", t->a[3]);
}

static const struct xlat sigprocmask_how[] = {
	X(SIG_BLOCK), X(SIG_UNBLOCK), X(SIG_SETMASK), XEND
};

static void dec_rt_sigprocmask(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(sigprocmask_how, (unsigned)t->a[0], "%#x", "SIG_???");
		pr_sep();
		pr_sigset(t, t->a[1], t->a[3]);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[2]);
	else
		pr_sigset(t, t->a[2], t->a[3]);
	pr(", %lu", t->a[3]);
}

/* At rt_sigreturn the stack pointer is at the frame's struct ucontext
 * (the handler's `ret` popped the restorer address):
 *   uc_flags 8 | uc_link 8 | uc_stack 24 | uc_mcontext 256 | uc_sigmask 8
 * so the mask it restores is at sp + 296. */
static void dec_rt_sigreturn(struct tcb *t)
{
	if (t->exiting)
		return;
	unsigned long m;
	prs("{mask=");
	if (umove(t->pid, t->sp + 296, &m, sizeof m) < 0)
		pr_hex(t->sp + 296);
	else
		pr_sigmask_value(m, 64);
	prs("}");
}

static const struct xlat sfd_flags[] = { X(SFD_CLOEXEC), X(SFD_NONBLOCK), XEND };

static void dec_signalfd4(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_sigset(t, t->a[1], t->a[2]);
	pr(", %lu, ", t->a[2]);
	pr_flags_d(sfd_flags, (unsigned)t->a[3], "SFD_???");
}

static const struct xlat ss_flags[] = { X(SS_ONSTACK), X(SS_DISABLE), X(SS_AUTODISARM), XEND };

static void pr_stack(struct tcb *t, unsigned long addr)
{
	stack_t ss;

	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, &ss, sizeof ss) < 0) {
		pr_hex(addr);
		return;
	}
	prs("{ss_sp=");
	pr_addr((unsigned long)ss.ss_sp);
	prs(", ss_flags=");
	pr_flags(ss_flags, (unsigned)ss.ss_flags, NULL);
	pr(", ss_size=%lu}", (unsigned long)ss.ss_size);
}

static void dec_sigaltstack(struct tcb *t)
{
	if (!t->exiting) {
		pr_stack(t, t->a[0]);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_stack(t, t->a[1]);
}


/* a uid as strace prints one: -1 (no uid) so, others unsigned */
static void pr_si_uid(unsigned uid)
{
	if (uid == (unsigned)-1)
		prs(", si_uid=-1");
	else
		pr(", si_uid=%u", uid);
}

/* siginfo: which fields are meaningful depends on the signal and si_code */
static const struct xlat si_codes[] = {
	X(SI_USER), X(SI_KERNEL), X(SI_QUEUE), X(SI_TIMER), X(SI_MESGQ), X(SI_ASYNCIO),
	X(SI_SIGIO), X(SI_TKILL), XEND
};
static const struct xlat cld_codes[] = {
	X(CLD_EXITED), X(CLD_KILLED), X(CLD_DUMPED), X(CLD_TRAPPED), X(CLD_STOPPED),
	X(CLD_CONTINUED), XEND
};
static const struct xlat segv_codes[] = {
	X(SEGV_MAPERR), X(SEGV_ACCERR), X(SEGV_BNDERR), X(SEGV_PKUERR), X(SEGV_ACCADI),
	X(SEGV_ADIDERR), X(SEGV_ADIPERR), X(SEGV_MTEAERR), X(SEGV_MTESERR), XEND
};
static const struct xlat poll_codes[] = {
	X(POLL_IN), X(POLL_OUT), X(POLL_MSG), X(POLL_ERR), X(POLL_PRI), X(POLL_HUP), XEND
};
static const struct xlat bus_codes[] = {
	X(BUS_ADRALN), X(BUS_ADRERR), X(BUS_OBJERR), X(BUS_MCEERR_AR), X(BUS_MCEERR_AO), XEND
};
static const struct xlat fpe_codes[] = {
	X(FPE_INTDIV), X(FPE_INTOVF), X(FPE_FLTDIV), X(FPE_FLTOVF), X(FPE_FLTUND),
	X(FPE_FLTRES), X(FPE_FLTINV), X(FPE_FLTSUB), XEND
};
static const struct xlat ill_codes[] = {
	X(ILL_ILLOPC), X(ILL_ILLOPN), X(ILL_ILLADR), X(ILL_ILLTRP), X(ILL_PRVOPC),
	X(ILL_PRVREG), X(ILL_COPROC), X(ILL_BADSTK), XEND
};
static const struct xlat sys_codes[] = { X(SYS_SECCOMP), XEND };
/* si_arch of a SIGSYS: the ABI the call came in by (<linux/audit.h>) */
static const struct xlat audit_arches[] = { X(AUDIT_ARCH_X86_64), X(AUDIT_ARCH_I386), XEND };
static const struct xlat trap_codes[] = {
	X(TRAP_BRKPT), X(TRAP_TRACE), X(TRAP_BRANCH), X(TRAP_HWBKPT), X(TRAP_UNK), X(TRAP_PERF),
	XEND
};

/* the fault signals' fields: where, and what SIGBUS's MCE, SIGSEGV's bounds
 * and protection key errors add */
static void pr_sigfault(const siginfo_t *si, int sig, int code)
{
	prs(", si_addr=");
	pr_addr((unsigned long)si->si_addr);
	if (sig == SIGBUS && (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO)) {
		pr(", si_addr_lsb=%#x", (unsigned short)si->si_addr_lsb);	/* a short */
	} else if (sig == SIGSEGV && code == SEGV_BNDERR) {
		prs(", si_lower=");
		pr_addr((unsigned long)si->si_lower);
		prs(", si_upper=");
		pr_addr((unsigned long)si->si_upper);
	} else if (sig == SIGSEGV && code == SEGV_PKUERR) {
		pr(", si_pkey=%u", (unsigned)si->si_pkey);
	}
}

void pr_siginfo(const siginfo_t *si)
{
	int sig = si->si_signo, code = si->si_code;
	const struct xlat *codes = NULL;

	if (!sig) {		/* strace: no signal, nothing to say */
		prs("{}");
		return;
	}
	prs("{si_signo=");
	pr_signame(sig);
	prs(", si_code=");
	const char *name = xlat_name(si_codes, (unsigned long)(long)code);
	if (!name && code > 0) {
		switch (sig) {
		case SIGSYS: codes = sys_codes; break;
		case SIGCHLD: codes = cld_codes; break;
		case SIGSEGV: codes = segv_codes; break;
		case SIGBUS: codes = bus_codes; break;
		case SIGFPE: codes = fpe_codes; break;
		case SIGILL: codes = ill_codes; break;
		case SIGTRAP: codes = trap_codes; break;
		case SIGIO: codes = poll_codes; break;
		}
		if (codes)
			name = xlat_name(codes, (unsigned long)code);
	}
	char num[16];
	snprintf(num, sizeof num, "%#x", (unsigned)code);
	if (opt_raw)
		prs(num);
	else if (name)
		pr_named(num, name);
	else
		prs(num);	/* a code strace has no name for: in hex */
	if (si->si_errno) {	/* strace: any signal, when not 0 (SIGSYS: the filter's data) */
		const char *en = errno_name(si->si_errno);
		char en_num[16];
		snprintf(en_num, sizeof en_num, "%d", si->si_errno);
		prs(", si_errno=");
		if (en)
			pr_named(en_num, en);	/* -X verbose: 2 and ENOENT in a comment */
		else
			pr("%u", (unsigned)si->si_errno);
	}
	if (sig == SIGSYS && code == SYS_SECCOMP) {
		/* a seccomp filter's SECCOMP_RET_TRAP: which call, from where */
		unsigned nr = (unsigned)si->si_syscall;
		prs(", si_call_addr=");
		pr_addr((unsigned long)si->si_call_addr);
		/* the call's name only for the ABI whose numbers systab holds */
		char nr_num[16], nr_name[64];
		snprintf(nr_num, sizeof nr_num, "%u", nr);
		prs(", si_syscall=");
		if (si->si_arch == AUDIT_ARCH_X86_64 && nr < NSYS && systab[nr].name) {
			snprintf(nr_name, sizeof nr_name, "__NR_%s", systab[nr].name);
			pr_named(nr_num, nr_name);
		} else {
			prs(nr_num);
		}
		prs(", si_arch=");
		pr_xlat(audit_arches, si->si_arch, "%#x", "AUDIT_ARCH_???");
	} else if (code == SI_SIGIO || (code > 0 && sig == SIGIO)) {
		pr(", si_band=%ld, si_fd=", (long)si->si_band);
		pr_fd(si->si_fd);
	} else if (code == SI_USER || code == SI_TKILL || code == SI_QUEUE) {
		prs(", si_pid=");
		pr_pid(si->si_pid, PT_TGID);
		pr_si_uid(si->si_uid);
		if (code == SI_QUEUE && si->si_ptr)	/* strace: a value not 0 */
			pr(", si_int=%d, si_ptr=%p", si->si_int, si->si_ptr);
	} else if (code == SI_TIMER) {
		pr(", si_timerid=%#x, si_overrun=%d, si_int=%d, si_ptr=%p",
		   si->si_tid, si->si_overrun, si->si_int, si->si_ptr);
	} else if (code > 0 && sig == SIGCHLD) {
		prs(", si_pid=");
		pr_pid(si->si_pid, PT_TGID);
		pr_si_uid(si->si_uid);
		prs(", si_status=");
		if (code == CLD_EXITED)
			pr("%d", si->si_status);
		else
			pr_signame(si->si_status);
		/* clock ticks, their seconds in a comment (pr_clock_t) */
		prs(", si_utime=");
		pr_clock_t((unsigned long)si->si_utime);
		prs(", si_stime=");
		pr_clock_t((unsigned long)si->si_stime);
	} else if ((code > 0 || code == SI_KERNEL) &&
		   (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE ||
		    sig == SIGTRAP)) {
		pr_sigfault(si, sig, code);
	} else if (code < 0 && !xlat_name(si_codes, (unsigned long)(long)code)) {
		/* a user's code of its own: sent by whom, and the value, if any */
		prs(", si_pid=");
		pr_pid(si->si_pid, PT_TGID);
		pr(", si_uid=%u", si->si_uid);
		if (si->si_ptr)
			pr(", si_int=%d, si_ptr=%p", si->si_int, si->si_ptr);
	}
	prs("}");
}

static void dec_rt_sigpending(struct tcb *t)
{
	if (!t->exiting)
		return;
	if (t_failed(t))
		pr_addr(t->a[0]);
	else	/* the kernel writes as few as 1 byte, and strace shows it */
		pr_sigset_limit(t, t->a[0], t->a[1], 1);
	pr(", %lu", t->a[1]);
}

static void dec_rt_sigsuspend(struct tcb *t)
{
	if (!t->exiting) {
		pr_sigset(t, t->a[0], t->a[1]);
		pr(", %lu", t->a[1]);
	}
}

/* After a call cut short with ERESTART_RESTARTBLOCK and a handled signal,
 * the kernel resumes it with restart_syscall; strace names the call. */
static void dec_restart_syscall(struct tcb *t)
{
	if (t->exiting)
		return;
	const char *n = t->prev_nr >= 0 && t->prev_nr < NSYS ? systab[t->prev_nr].name : NULL;
	pr("<... resuming interrupted %s ...>", n ? n : "system call");
}

/* rt_sigtimedwait: the result is the signal taken, named as strace does */
static void dec_rt_sigtimedwait(struct tcb *t)
{
	if (!t->exiting) {
		pr_sigset(t, t->a[0], t->a[3]);
		pr_sep();
		return;
	}
	siginfo_t si;
	if (!t->a[1])
		prs("NULL");
	else if (t_failed(t) || umove(t->pid, t->a[1], &si, sizeof si) < 0)
		pr_hex(t->a[1]);
	else
		pr_siginfo(&si);
	pr_sep();
	pr_timespec(t, t->a[2]);
	pr(", %lu", t->a[3]);
	if (!t_failed(t) && t->ret > 0 && t->ret <= 64) {
		char name[32];
		sig_short(name, sizeof name, (int)t->ret, 1);
		snprintf(t->rbuf, sizeof t->rbuf, " (%s)", name);
		t->rtext = t->rbuf;
	}
}

void signal_init(void)
{
	sys_set("rt_sigaction", 4, dec_rt_sigaction, R_DEC);
	sys_set("rt_sigprocmask", 4, dec_rt_sigprocmask, R_DEC);
	sys_set("rt_sigreturn", 1, dec_rt_sigreturn, R_DEC);
	sys_set("signalfd4", 4, dec_signalfd4, R_DEC);
	sys_set("sigaltstack", 2, dec_sigaltstack, R_DEC);
	sys_set("restart_syscall", 0, dec_restart_syscall, R_DEC);
	sys_set("rt_sigpending", 2, dec_rt_sigpending, R_DEC);
	sys_set("rt_sigsuspend", 2, dec_rt_sigsuspend, R_DEC);
	sys_set("rt_sigtimedwait", 4, dec_rt_sigtimedwait, R_DEC);
}
