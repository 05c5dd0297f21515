/* src/trace/process.c — execve, clone, wait4, exit, kill, the thread and
 * runtime setup calls (set_tid_address, set_robust_list, rseq; arch_prctl is arch_prctl.c),
 * prlimit64, uname, getrandom, futex, sched_getaffinity, prctl, seccomp.
 * Constants from <linux/sched.h>, <linux/wait.h>,
 * <linux/resource.h>, <linux/random.h>, <linux/futex.h>. */
#include "trace.h"
#include <linux/limits.h>	/* NGROUPS_MAX */
#include <asm/ldt.h>
#include <linux/kcmp.h>
#include <linux/ioprio.h>
#include <linux/prctl.h>
#include <linux/personality.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/capability.h>
#include <linux/random.h>
#include <linux/futex.h>
#include <linux/pidfd.h>
#include <linux/ptrace.h>	/* PTRACE_EVENT_* in a wait status */
#include <linux/sched/types.h>

static void dec_execve(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_path(t, t->a[0]);
	pr_sep();
	pr_strarray(t, t->a[1]);
	pr_sep();
	/* the environment is summarised: its address and how many strings;
	 * -v: printed as argv is */
	unsigned long p, n = 0;
	if (!t->a[2]) {
		prs("NULL");
		return;
	}
	if (pr_nonverbose_addr(t->a[2]))
		return;
	if (!abbrev(t)) {
		pr_strarray(t, t->a[2]);
		return;
	}
	/* the count up to the NULL; an array that cannot be read to its end
	 * is "unterminated", one that cannot be read at all only its address */
	int ok;
	while ((ok = umove(t->pid, t->a[2] + 8 * n, &p, sizeof p) == 0) && p)
		n++;
	if (!ok && !n)
		pr_addr(t->a[2]);
	else
		pr("%#lx /* %lu var%s%s */", t->a[2], n, n == 1 ? "" : "s",
		   ok ? "" : ", unterminated");
}

static void dec_exit(struct tcb *t)
{
	if (!t->exiting)
		pr("%d", (int)t->a[0]);
}

static const struct xlat clone_flags[] = {
	X(CLONE_VM), X(CLONE_FS), X(CLONE_FILES), X(CLONE_SIGHAND), X(CLONE_PIDFD),
	X(CLONE_PTRACE), X(CLONE_VFORK), X(CLONE_PARENT), X(CLONE_THREAD), X(CLONE_NEWNS),
	X(CLONE_SYSVSEM), X(CLONE_SETTLS), X(CLONE_PARENT_SETTID), X(CLONE_CHILD_CLEARTID),
	X(CLONE_DETACHED), X(CLONE_UNTRACED), X(CLONE_CHILD_SETTID), X(CLONE_NEWCGROUP),
	X(CLONE_NEWUTS), X(CLONE_NEWIPC), X(CLONE_NEWUSER), X(CLONE_NEWPID), X(CLONE_NEWNET),
	X(CLONE_IO), XEND
};

/* clone(flags, stack, parent_tid, child_tid, tls) on x86-64; strace names
 * each part and shows the tid pointers and tls only when a flag uses them.
 * The low byte of flags is the signal sent to the parent at exit. */
static void dec_clone(struct tcb *t)
{
	/* The tid pointers and tls come at the exit, as strace prints them:
	 * with -f the line may be cut in between ("<... clone resumed>,
	 * child_tidptr=0x...) = 1234"). */
	if (t->exiting) {
		int tid;
		/* strace shows what the kernel stored at parent_tid, when it
		 * did: the child's tid, or with CLONE_PIDFD the pidfd */
		if (t->a[0] & (CLONE_PARENT_SETTID | CLONE_PIDFD)) {
			prs(", parent_tid=");
			if (t_failed(t) || umove(t->pid, t->a[2], &tid, sizeof tid) < 0) {
				pr_hex(t->a[2]);
			} else {
				prs("[");
				if (t->a[0] & CLONE_PIDFD)
					pr_fd(tid);
				else
					pr_pid(tid, PT_TID);
				prs("]");
			}
		}
		if (t->a[0] & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID))
			pr(", child_tidptr=%#lx", t->a[3]);
		if (t->a[0] & CLONE_SETTLS)
			pr(", tls=%#lx", t->a[4]);
		return;
	}
	unsigned long fl = t->a[0], sig = fl & 0xff;
	prs("child_stack=");
	pr_addr(t->a[1]);
	prs(", flags=");
	{
		/* -X raw keeps the two parts: 0x1200000|17 */
		fl &= ~0xffUL;
		if (fl)
			pr_flags(clone_flags, fl, NULL);
		if (sig) {
			if (fl)
				prs("|");
			pr_signame((long)sig);
		}
		if (!fl && !sig)
			prs("0");
	}
}

/* clone3's flags: clone's, without CLONE_DETACHED (clone3 refuses it) and
 * with the ones only clone3 takes; no exit signal in the low byte */
static const struct xlat clone3_flags[] = {
	X(CLONE_VM), X(CLONE_FS), X(CLONE_FILES), X(CLONE_SIGHAND), X(CLONE_PIDFD),
	X(CLONE_PTRACE), X(CLONE_VFORK), X(CLONE_PARENT), X(CLONE_THREAD), X(CLONE_NEWNS),
	X(CLONE_SYSVSEM), X(CLONE_SETTLS), X(CLONE_PARENT_SETTID), X(CLONE_CHILD_CLEARTID),
	X(CLONE_UNTRACED), X(CLONE_CHILD_SETTID), X(CLONE_NEWCGROUP),
	X(CLONE_NEWUTS), X(CLONE_NEWIPC), X(CLONE_NEWUSER), X(CLONE_NEWPID), X(CLONE_NEWNET),
	X(CLONE_IO), X(CLONE_NEWTIME), X(CLONE_CLEAR_SIGHAND), X(CLONE_INTO_CGROUP), XEND
};

static void pr_addr64(const char *name, unsigned long long a)
{
	pr(", %s=", name);
	pr_addr((unsigned long)a);
}

static void pr_set_tid_elem(struct tcb *t, const void *e)
{
	(void)t;
	pr("%d", *(const int *)e);
}

/* the fields clone3's flags use, and the ones of its later versions when
 * size covers them and they are set */
static void pr_clone_args(struct tcb *t, const struct clone_args *ca, unsigned long size)
{
	prs("{flags=");
	pr_flags_d(clone3_flags, ca->flags, "CLONE_???");
	if (ca->flags & CLONE_PIDFD)
		pr_addr64("pidfd", ca->pidfd);
	if (ca->flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID))
		pr_addr64("child_tid", ca->child_tid);
	if (ca->flags & CLONE_PARENT_SETTID)
		pr_addr64("parent_tid", ca->parent_tid);
	/* a signal by name, any other number as the u64 it is */
	prs(", exit_signal=");
	if (ca->exit_signal && ca->exit_signal <= 64)
		pr_signame((long)ca->exit_signal);
	else
		pr("%llu", (unsigned long long)ca->exit_signal);
	prs(", stack=");
	pr_addr((unsigned long)ca->stack);
	pr(", stack_size=%#llx", (unsigned long long)ca->stack_size);
	if (ca->flags & CLONE_SETTLS)
		pr_addr64("tls", ca->tls);
	if (size >= CLONE_ARGS_SIZE_VER1 && (ca->set_tid || ca->set_tid_size)) {
		prs(", set_tid=");
		if (!ca->set_tid_size)	/* no array: its address, not [] */
			pr_addr((unsigned long)ca->set_tid);
		else
			pr_array(t, (unsigned long)ca->set_tid, (unsigned long)ca->set_tid_size,
				 sizeof(int), pr_set_tid_elem);
		pr(", set_tid_size=%llu", (unsigned long long)ca->set_tid_size);
	}
	if (size >= CLONE_ARGS_SIZE_VER2 && (ca->cgroup || (ca->flags & CLONE_INTO_CGROUP)))
		pr(", cgroup=%llu", (unsigned long long)ca->cgroup);
	pr_struct_tail(t, t->a[0], sizeof *ca, size);
	prs("}");
}

/* a pid or descriptor the kernel stored at addr: [1234]; NULL, or the
 * address when it cannot be read */
static void pr_stored_int(const char *name, struct tcb *t, unsigned long long addr, int pid)
{
	int v;

	pr("%s=", name);
	if (!addr || umove(t->pid, (unsigned long)addr, &v, sizeof v) < 0) {
		pr_addr((unsigned long)addr);
		return;
	}
	prs("[");
	if (pid)
		pr_pid(v, PT_TID);
	else
		pr("%d", v);
	prs("]");
}

/* after a successful call: " => {pidfd=[3], parent_tid=[1234]}", and the
 * struct's tail again when it is shown */
static void pr_clone_args_out(struct tcb *t, const struct clone_args *ca, unsigned long size)
{
	int pidfd = (ca->flags & CLONE_PIDFD) != 0, ptid = (ca->flags & CLONE_PARENT_SETTID) != 0;

	if (!pidfd && !ptid && !struct_tail_shown(t, t->a[0], sizeof *ca, size))
		return;
	prs(" => {");
	if (pidfd)
		pr_stored_int("pidfd", t, ca->pidfd, 0);
	if (ptid) {
		if (pidfd)
			prs(", ");
		pr_stored_int("parent_tid", t, ca->parent_tid, 1);
	}
	pr_struct_tail_sep(t, t->a[0], sizeof *ca, size, pidfd || ptid ? ", " : "");
	prs("}");
}

/* clone3(args, size): struct clone_args (linux/sched.h), eleven u64 fields
 *   flags pidfd child_tid parent_tid exit_signal stack stack_size tls
 *   set_tid set_tid_size cgroup
 * shown when size covers the first version (64 bytes) and it is readable */
static void dec_clone3(struct tcb *t)
{
	struct clone_args ca;
	unsigned long size = t->a[1] < sizeof ca ? t->a[1] : sizeof ca;

	memset(&ca, 0, sizeof ca);
	if (!t->exiting) {
		if (size < CLONE_ARGS_SIZE_VER0 || umove(t->pid, t->a[0], &ca, size) < 0) {
			pr_addr(t->a[0]);
			pr(", %lu", t->a[1]);
			t->aux = 0;
			return;
		}
		t->aux = 1;
		pr_clone_args(t, &ca, t->a[1]);
		return;
	}
	if (!t->aux)
		return;
	if (!t_failed(t) && umove(t->pid, t->a[0], &ca, size) == 0)
		pr_clone_args_out(t, &ca, t->a[1]);
	pr(", %lu", t->a[1]);
}

static const struct xlat wait_opts[] = {
	X(WNOHANG), X(WEXITED), X(WSTOPPED), X(WCONTINUED), X(WNOWAIT), X(__WCLONE),
	X(__WALL), X(__WNOTHREAD), XEND
};

static const struct xlat ptrace_events[] = {
	X(PTRACE_EVENT_FORK), X(PTRACE_EVENT_VFORK), X(PTRACE_EVENT_CLONE), X(PTRACE_EVENT_EXEC),
	X(PTRACE_EVENT_VFORK_DONE), X(PTRACE_EVENT_EXIT), X(PTRACE_EVENT_SECCOMP),
	X(PTRACE_EVENT_STOP), XEND
};

/* what a status holds beyond the part named: a ptrace event in bits 16+,
 * then any other bits */
static void pr_wstatus_rest(unsigned s)
{
	if (s >> 16) {
		prs(" | ");
		pr_xlat(ptrace_events, s >> 16, "%#x", "PTRACE_EVENT_???");
		prs(" << 16");
		s &= 0xffff;
	}
	if (s)
		pr(" | %#x", s);
}

/* a wait status as the W* macros read it: stopped (low byte 0x7f), killed
 * (low 7 bits 1..0x7e), exited (low 7 bits 0), continued (exactly 0xffff),
 * else the number */
static void pr_wstatus(int st)
{
	unsigned s = (unsigned)st;
	unsigned low = s & 0x7f;
	if ((s & 0xff) == 0x7f) {
		unsigned sig = (s >> 8) & 0xff;
		prs("[{WIFSTOPPED(s) && WSTOPSIG(s) == ");
		/* a tracer's syscall stop (PTRACE_O_TRACESYSGOOD): strace
		 * prints SIGTRAP | 0x80, not 133 */
		pr_signame_full(sig & 0x7f);	/* named under -X raw/verbose too, as strace */
		prs(sig & 0x80 ? " | 0x80}" : "}");
		s &= ~((sig << 8) | 0x7f);
	} else if (low && low != 0x7f) {
		prs("[{WIFSIGNALED(s) && WTERMSIG(s) == ");
		pr_signame_full(low);
		prs(s & 0x80 ? " && WCOREDUMP(s)}" : "}");
		s &= ~0xffu;
	} else if (!low) {
		pr("[{WIFEXITED(s) && WEXITSTATUS(s) == %d}", (s >> 8) & 0xff);
		s &= ~0xff00u;
	} else if (s == 0xffff) {
		prs("[{WIFCONTINUED(s)}");
		s = 0;
	} else {
		pr("[%#x]", s);
		return;
	}
	pr_wstatus_rest(s);
	prs("]");
}

static void dec_wait4(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid_or_pgid((long)t->a[0]);
		prs(", ");
		return;
	}
	int s;
	if (!t->a[1])
		prs("NULL");
	else if (t_failed(t) || t->ret == 0 || umove(t->pid, t->a[1], &s, sizeof s) < 0)
		pr_hex(t->a[1]);
	else
		pr_wstatus(s);
	pr_sep();
	pr_flags_d(wait_opts, (unsigned)t->a[2], "W???");
	pr_sep();
	/* the usage is filled only when a child was reaped (a pid returned) */
	if (t->a[3] && (long)t->ret <= 0)
		pr_hex(t->a[3]);
	else
		pr_rusage(t, t->a[3]);
}

static void dec_kill(struct tcb *t)	/* and tkill */
{
	if (!t->exiting) {
		if (t_is(t, "tkill"))
			pr_pid((long)t->a[0], PT_TID);
		else
			pr_pid_or_pgid((long)t->a[0]);
		prs(", ");
		pr_signame((long)(int)t->a[1]);
	}
}

static void dec_tgkill(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TGID);
		prs(", ");
		pr_pid((long)t->a[1], PT_TID);
		prs(", ");
		pr_signame((long)(int)t->a[2]);
	}
}

static void dec_addr1(struct tcb *t)	/* set_tid_address */
{
	if (!t->exiting)
		pr_addr(t->a[0]);
}

static void dec_robust(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu", t->a[1]);
	}
}

static void dec_rseq(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %#lx, %d, %#x", (unsigned long)(unsigned)t->a[1], (int)t->a[2], (unsigned)t->a[3]);
	}
}

static const struct xlat rlimits[] = {
	X(RLIMIT_CPU), X(RLIMIT_FSIZE), X(RLIMIT_DATA), X(RLIMIT_STACK), X(RLIMIT_CORE),
	X(RLIMIT_RSS), X(RLIMIT_NPROC), X(RLIMIT_NOFILE), X(RLIMIT_MEMLOCK), X(RLIMIT_AS),
	X(RLIMIT_LOCKS), X(RLIMIT_SIGPENDING), X(RLIMIT_MSGQUEUE), X(RLIMIT_NICE),
	X(RLIMIT_RTPRIO), X(RLIMIT_RTTIME), XEND
};

/* strace writes limits that are whole KiB as N*1024 */
static void pr_rlim(unsigned long long v)
{
	if (opt_xverbose && !opt_raw && (v == RLIM64_INFINITY || (v > 1024 && v % 1024 == 0)))
		pr("%llu /* ", v);	/* -X verbose: the number, the rest in a comment */
	if (v == RLIM64_INFINITY && !opt_raw)
		prs("RLIM64_INFINITY");
	else if (v > 1024 && v % 1024 == 0 && !opt_raw)
		pr("%llu*1024", v / 1024);
	else
		pr("%llu", v);
	if (opt_xverbose && !opt_raw && (v == RLIM64_INFINITY || (v > 1024 && v % 1024 == 0)))
		prs(" */");
}

static void pr_rlimit64(struct tcb *t, unsigned long addr)
{
	struct rlimit64 r;
	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, &r, sizeof r) < 0) {
		pr_hex(addr);
		return;
	}
	prs("{rlim_cur=");
	pr_rlim(r.rlim_cur);
	prs(", rlim_max=");
	pr_rlim(r.rlim_max);
	prs("}");
}

static void dec_prlimit64(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TGID);
		prs(", ");
		pr_xlat(rlimits, (unsigned)t->a[1], "%#x", "RLIMIT_???");
		pr_sep();
		pr_rlimit64(t, t->a[2]);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[3]);
	else
		pr_rlimit64(t, t->a[3]);
}

static void dec_uname(struct tcb *t)
{
	struct new_utsname u;
	if (!t->exiting)
		return;
	if (t_failed(t) || umove(t->pid, t->a[0], &u, sizeof u) < 0) {
		pr_addr(t->a[0]);
		return;
	}
	prs("{sysname=");
	quote_bytes((unsigned char *)u.sysname, sizeof u.sysname, QUOTE_0_TERM);
	prs(", nodename=");
	quote_bytes((unsigned char *)u.nodename, sizeof u.nodename, QUOTE_0_TERM);
	if (abbrev(t)) {
		prs(", ...}");
		return;
	}
	/* -v: every field */
	prs(", release=");
	quote_bytes((unsigned char *)u.release, sizeof u.release, QUOTE_0_TERM);
	prs(", version=");
	quote_bytes((unsigned char *)u.version, sizeof u.version, QUOTE_0_TERM);
	prs(", machine=");
	quote_bytes((unsigned char *)u.machine, sizeof u.machine, QUOTE_0_TERM);
	prs(", domainname=");
	quote_bytes((unsigned char *)u.domainname, sizeof u.domainname, QUOTE_0_TERM);
	prs("}");
}

static const struct xlat grnd_flags[] = {
	X(GRND_NONBLOCK), X(GRND_RANDOM), X(GRND_INSECURE), XEND
};

static void dec_getrandom(struct tcb *t)
{
	if (!t->exiting)
		return;
	if (t_failed(t))
		pr_addr(t->a[0]);
	else
		pr_buf_hex(t, t->a[0], (unsigned long)t->ret);
	pr(", %lu, ", t->a[1]);
	pr_flags(grnd_flags, (unsigned)t->a[2], NULL);
}

static const struct xlat futex_ops[] = {
	X(FUTEX_WAIT), X(FUTEX_WAKE), X(FUTEX_FD), X(FUTEX_REQUEUE), X(FUTEX_CMP_REQUEUE),
	X(FUTEX_WAKE_OP), X(FUTEX_LOCK_PI), X(FUTEX_UNLOCK_PI), X(FUTEX_TRYLOCK_PI),
	X(FUTEX_WAIT_BITSET), X(FUTEX_WAKE_BITSET), X(FUTEX_WAIT_REQUEUE_PI),
	X(FUTEX_CMP_REQUEUE_PI), X(FUTEX_LOCK_PI2), XEND
};

/* FUTEX_WAKE_OP's val3 packs op<<28 | cmp<<24 | oparg<<12 | cmparg; each
 * field named as strace does: NAME<<28, under -X verbose 0x1 and NAME in a
 * comment before the shift, under -X raw the number with "???" after it */
static void pr_wake_op_field(const struct xlat *x, unsigned v, int shift, const char *dflt)
{
	const char *n = xlat_name(x, v);

	if (n && opt_xverbose && !opt_raw)
		pr("%#x /* %s */<<%d", v, n, shift);
	else if (n && !opt_raw)
		pr("%s<<%d", n, shift);
	else
		pr("%#x<<%d /* %s */", v, shift, dflt);
}

static void pr_futex_wake_op(unsigned v)
{
	static const struct xlat ops[] = {
		X(FUTEX_OP_SET), X(FUTEX_OP_ADD), X(FUTEX_OP_OR), X(FUTEX_OP_ANDN), X(FUTEX_OP_XOR), XEND
	};
	static const struct xlat cmps[] = {
		X(FUTEX_OP_CMP_EQ), X(FUTEX_OP_CMP_NE), X(FUTEX_OP_CMP_LT), X(FUTEX_OP_CMP_LE),
		X(FUTEX_OP_CMP_GT), X(FUTEX_OP_CMP_GE), XEND
	};
	unsigned op = v >> 28 & 0xf;

	if (op & FUTEX_OP_OPARG_SHIFT) {
		if (opt_raw)
			prs("0x8<<28|");
		else if (opt_xverbose)
			prs("0x8 /* FUTEX_OP_OPARG_SHIFT */<<28|");
		else
			prs("FUTEX_OP_OPARG_SHIFT<<28|");
	}
	pr_wake_op_field(ops, op & 7, 28, "FUTEX_OP_???");
	pr("|%#x<<12|", v >> 12 & 0xfff);
	pr_wake_op_field(cmps, v >> 24 & 0xf, 24, "FUTEX_OP_CMP_???");
	pr("|%#x", v & 0xfff);
}

/* strace names an op only as a known command, with the private flag, and
 * with FUTEX_CLOCK_REALTIME only where the kernel takes it for a wait's
 * timeout (FUTEX_WAIT, FUTEX_WAIT_BITSET, FUTEX_WAIT_REQUEUE_PI): any other
 * combination, or other bits, is "0x101 / * FUTEX_??? * /" */
static int futex_op_known(unsigned op)
{
	unsigned cmd = op & 127;
	if (op & ~(127u | FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME) || !xlat_name(futex_ops, cmd))
		return 0;
	return !(op & FUTEX_CLOCK_REALTIME) || cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET ||
	       cmd == FUTEX_WAIT_REQUEUE_PI;
}

static void dec_futex(struct tcb *t)
{
	if (t->exiting)
		return;
	/* strace: the arguments by op & 127, the name only for a known command
	 * with nothing but the private and clock bits: 0x20000 is "FUTEX_???"
	 * in hex, yet it waits (its low 7 bits are FUTEX_WAIT) */
	unsigned op = (unsigned)t->a[1], cmd = op & 127;
	pr_addr(t->a[0]);
	pr_sep();
	const char *n = futex_op_known(op) ? xlat_name(futex_ops, cmd) : NULL;
	if (opt_raw) {
		pr_hex(op);
	} else if (!n) {
		pr("%#x /* FUTEX_??? */", op);
	} else {
		int xv = xv_begin("%#x", op);
		prs(n);
		/* the headers name no FUTEX_FD_PRIVATE (FUTEX_FD was gone
		 * before the private flag came) */
		if (op & FUTEX_PRIVATE_FLAG)
			prs(cmd == FUTEX_FD ? "|FUTEX_PRIVATE_FLAG" : "_PRIVATE");
		if (op & FUTEX_CLOCK_REALTIME)
			prs("|FUTEX_CLOCK_REALTIME");
		xv_end(xv);
	}
	switch (cmd) {
	case FUTEX_WAKE: case FUTEX_UNLOCK_PI:
		if (cmd == FUTEX_WAKE)
			pr(", %u", (unsigned)t->a[2]);
		break;
	case FUTEX_WAIT:
		pr(", %u, ", (unsigned)t->a[2]);
		pr_timespec(t, t->a[3]);
		break;
	case FUTEX_WAIT_BITSET:
		pr(", %u, ", (unsigned)t->a[2]);
		pr_timespec(t, t->a[3]);
		if ((unsigned)t->a[5] == FUTEX_BITSET_MATCH_ANY && !opt_raw) {
			prs(", ");
			pr_named("0xffffffff", "FUTEX_BITSET_MATCH_ANY");
		}
		else
			pr(", %#x", (unsigned)t->a[5]);
		break;
	case FUTEX_WAKE_BITSET:
		pr(", %u, ", (unsigned)t->a[2]);
		if ((unsigned)t->a[5] == FUTEX_BITSET_MATCH_ANY && !opt_raw)
			pr_named("0xffffffff", "FUTEX_BITSET_MATCH_ANY");
		else
			pr("%#x", (unsigned)t->a[5]);
		break;
	case FUTEX_FD:
		pr(", %u", (unsigned)t->a[2]);
		break;
	case FUTEX_REQUEUE:	/* val, val2 (in the timeout's place), uaddr2 */
		pr(", %u, %u, %#lx", (unsigned)t->a[2], (unsigned)t->a[3], t->a[4]);
		break;
	case FUTEX_CMP_REQUEUE: case FUTEX_CMP_REQUEUE_PI:
		pr(", %u, %u, %#lx, %u", (unsigned)t->a[2], (unsigned)t->a[3], t->a[4],
		   (unsigned)t->a[5]);
		break;
	case FUTEX_WAKE_OP:
		pr(", %u, %u, %#lx, ", (unsigned)t->a[2], (unsigned)t->a[3], t->a[4]);
		pr_futex_wake_op((unsigned)t->a[5]);
		break;
	case FUTEX_LOCK_PI: case FUTEX_LOCK_PI2:
		pr_sep();
		pr_timespec(t, t->a[3]);
		break;
	case FUTEX_TRYLOCK_PI:
		break;
	case FUTEX_WAIT_REQUEUE_PI:
		pr(", %u, ", (unsigned)t->a[2]);
		pr_timespec(t, t->a[3]);
		pr(", %#lx", t->a[4]);
		break;
	default:
		pr(", %u, %#lx, %#lx, %#x", (unsigned)t->a[2], t->a[3], t->a[4], (unsigned)t->a[5]);
	}
}

/* a CPU set: the numbers of the CPUs in it, [0 1] */
void pr_cpuset(struct tcb *t, unsigned long addr, unsigned long n)
{
	unsigned long m[16];
	if (n > sizeof m || umove(t->pid, addr, m, n) < 0) {
		pr_addr(addr);
		return;
	}
	prs("[");
	int first = 1;
	for (unsigned long b = 0; b < n * 8; b++)
		if (m[b / 64] >> (b % 64) & 1) {
			pr(first ? "%lu" : " %lu", b);
			first = 0;
		}
	prs("]");
}

/* sched_getaffinity: the result is how many bytes the kernel wrote; the
 * set prints as the CPU numbers in it: [0 1] */
static void dec_getaffinity(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		pr(", %u, ", (unsigned)t->a[1]);	/* an unsigned int in the kernel */
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[2]);
	else
		pr_cpuset(t, t->a[2], (unsigned long)t->ret);
}

/* getpgid(pid), getsid(pid), setpgid(pid, pgid) */
static void dec_pgid(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_pid((long)t->a[0], PT_TGID);
	if (t_is(t, "setpgid")) {
		prs(", ");
		pr_pid((long)t->a[1], PT_PGID);
	}
}

/* setuid, setreuid, setresgid...: ids, -1 for "unchanged" */
static void dec_ids(struct tcb *t)
{
	if (t->exiting)
		return;
	for (int i = 0; i < systab[t->nr].nargs; i++) {
		if (i)
			pr_sep();
		pr_id(t->a[i]);
	}
}

static void dec_uint1(struct tcb *t)
{
	if (!t->exiting)
		pr("%u", (unsigned)t->a[0]);
}

/* getresuid([0], [0], [0]): three ids filled in */
static void dec_getres(struct tcb *t)
{
	if (!t->exiting)
		return;
	for (int i = 0; i < 3; i++) {
		unsigned id;
		if (i)
			pr_sep();
		if (t_failed(t) || umove(t->pid, t->a[i], &id, sizeof id) < 0)
			pr_addr(t->a[i]);
		else
			pr("[%u]", id);
	}
}

static void pr_gid_elem(struct tcb *t, const void *e)
{
	(void)t;
	pr_id(*(const unsigned *)e);
}

/* setgroups(size, list): a size past NGROUPS_MAX (a negative one too) leaves
 * the list an address; else it is strace's array: [], -1 for (gid_t)-1 */
static void dec_setgroups(struct tcb *t)
{
	if (t->exiting)
		return;
	unsigned n = (unsigned)t->a[0];
	pr("%d, ", (int)n);
	if (n > NGROUPS_MAX)
		pr_addr(t->a[1]);
	else
		pr_array(t, t->a[1], n, sizeof(unsigned), pr_gid_elem);
}

static void dec_getgroups(struct tcb *t)
{
	if (!t->exiting) {
		pr("%d, ", (int)t->a[0]);
		return;
	}
	if (!t->a[1] || t_failed(t)) {
		pr_addr(t->a[1]);
		return;
	}
	/* as many as were written: none when asked only for the count */
	long n = (int)t->a[0] < t->ret ? (int)t->a[0] : t->ret;
	prs("[");
	for (long i = 0; i < n; i++) {
		unsigned g;
		if (!pr_elem((int)i))
			break;
		if (umove(t->pid, t->a[1] + 4 * (unsigned long)i, &g, sizeof g) < 0)
			break;
		pr("%u", g);
	}
	prs("]");
}

/* getpriority/setpriority(2): PRIO_* from <sys/resource.h>, typed from the man page */
static const struct xlat prio_which[] = {
	{ 0, "PRIO_PROCESS" }, { 1, "PRIO_PGRP" }, { 2, "PRIO_USER" }, XEND
};

static void dec_priority(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_xlat(prio_which, (unsigned)t->a[0], "%#x", "PRIO_???");
	prs(", ");
	if ((unsigned)t->a[0] == 0)	/* PRIO_PROCESS */
		pr_pid((long)t->a[1], PT_TGID);
	else if ((unsigned)t->a[0] == 1)	/* PRIO_PGRP */
		pr_pid((long)t->a[1], PT_PGID);
	else
		pr("%d", (int)t->a[1]);
	if (t_is(t, "setpriority"))
		pr(", %d", (int)t->a[2]);
}

static const struct xlat sched_policies[] = {
	{ SCHED_NORMAL, "SCHED_OTHER" }, X(SCHED_FIFO), X(SCHED_RR), X(SCHED_BATCH),
	X(SCHED_IDLE), X(SCHED_DEADLINE), XEND
};

static void dec_getscheduler(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		return;
	}
	const char *n = xlat_name(sched_policies, (unsigned long)t->ret);
	if (!t_failed(t) && n) {	/* named even under -X raw, as strace does */
		snprintf(t->rbuf, sizeof t->rbuf, " (%s)", n);
		t->rtext = t->rbuf;
	}
}

/* personality(2): the execution domain is the low byte (PER_MASK); the
 * header's PER_* values carry the flags the domain implies, which strace
 * leaves to the flag part: the domain names by their low byte alone (the
 * first name of a byte wins) */
#define PER(c) { (unsigned long)((c) & PER_MASK), #c }
static const struct xlat per_types[] = {
	PER(PER_LINUX), PER(PER_SVR4), PER(PER_SVR3), PER(PER_SCOSVR3), PER(PER_OSR5),
	PER(PER_WYSEV386), PER(PER_ISCR4), PER(PER_BSD), PER(PER_XENIX), PER(PER_LINUX32),
	PER(PER_IRIX32), PER(PER_IRIXN32), PER(PER_IRIX64), PER(PER_RISCOS), PER(PER_SOLARIS),
	PER(PER_UW7), PER(PER_OSF4), PER(PER_HPUX), XEND
};
static const struct xlat per_flags[] = {
	X(UNAME26), X(ADDR_NO_RANDOMIZE), X(FDPIC_FUNCPTRS), X(MMAP_PAGE_ZERO),
	X(ADDR_COMPAT_LAYOUT), X(READ_IMPLIES_EXEC), X(ADDR_LIMIT_32BIT), X(SHORT_INODE),
	X(WHOLE_SECONDS), X(STICKY_TIMEOUTS), X(ADDR_LIMIT_3GB), XEND
};

/* DOMAIN|FLAGS: the domain by name (0x1f and PER_??? in a comment if unknown), then the
 * flags, if any, as a set; -X raw 0x6|0x7000000. 0xffffffff (the query)
 * is a number. */
static void pr_personality(unsigned v)
{
	unsigned type = v & PER_MASK, flags = v & ~(unsigned)PER_MASK;

	if (v == 0xffffffff) {
		prs("0xffffffff");
		return;
	}
	pr_xlat(per_types, type, "%#x", "PER_???");
	if (flags) {
		prs("|");
		pr_flags(per_flags, flags, NULL);
	}
}

static void dec_personality(struct tcb *t)
{
	if (!t->exiting) {
		pr_personality((unsigned)t->a[0]);
		return;
	}
	if (t_failed(t))
		return;
	/* the old personality: in hex, and as the argument prints */
	char buf[512];
	pr_capture_begin(buf, sizeof buf);
	pr_personality((unsigned)t->ret);
	pr_capture_end();
	snprintf(t->rbuf, sizeof t->rbuf, " (%s)", buf);
	t->rtext = t->rbuf;
}

static const struct xlat prctl_opts[] = {
	X(PR_SET_PDEATHSIG), X(PR_GET_PDEATHSIG), X(PR_GET_DUMPABLE), X(PR_SET_DUMPABLE),
	X(PR_GET_KEEPCAPS), X(PR_SET_KEEPCAPS), X(PR_SET_NAME), X(PR_GET_NAME),
	X(PR_GET_SECCOMP), X(PR_SET_SECCOMP), X(PR_CAPBSET_READ), X(PR_CAPBSET_DROP),
	X(PR_GET_TIMERSLACK), X(PR_SET_TIMERSLACK), X(PR_SET_CHILD_SUBREAPER),
	X(PR_GET_CHILD_SUBREAPER), X(PR_SET_NO_NEW_PRIVS), X(PR_GET_NO_NEW_PRIVS),
	X(PR_GET_TID_ADDRESS), X(PR_SET_THP_DISABLE), X(PR_GET_THP_DISABLE), X(PR_SET_VMA),
	X(PR_GET_SECUREBITS), X(PR_SET_SECUREBITS), X(PR_CAP_AMBIENT),
	XEND
};

/* capability numbers (PR_CAPBSET_READ/DROP), from <linux/capability.h> */
const struct xlat xl_caps[] = {
	X(CAP_CHOWN), X(CAP_DAC_OVERRIDE), X(CAP_DAC_READ_SEARCH), X(CAP_FOWNER),
	X(CAP_FSETID), X(CAP_KILL), X(CAP_SETGID), X(CAP_SETUID), X(CAP_SETPCAP),
	X(CAP_LINUX_IMMUTABLE), X(CAP_NET_BIND_SERVICE), X(CAP_NET_BROADCAST),
	X(CAP_NET_ADMIN), X(CAP_NET_RAW), X(CAP_IPC_LOCK), X(CAP_IPC_OWNER), X(CAP_SYS_MODULE),
	X(CAP_SYS_RAWIO), X(CAP_SYS_CHROOT), X(CAP_SYS_PTRACE), X(CAP_SYS_PACCT),
	X(CAP_SYS_ADMIN), X(CAP_SYS_BOOT), X(CAP_SYS_NICE), X(CAP_SYS_RESOURCE),
	X(CAP_SYS_TIME), X(CAP_SYS_TTY_CONFIG), X(CAP_MKNOD), X(CAP_LEASE), X(CAP_AUDIT_WRITE),
	X(CAP_AUDIT_CONTROL), X(CAP_SETFCAP), X(CAP_MAC_OVERRIDE), X(CAP_MAC_ADMIN),
	X(CAP_SYSLOG), X(CAP_WAKE_ALARM), X(CAP_BLOCK_SUSPEND), X(CAP_AUDIT_READ),
	X(CAP_PERFMON), X(CAP_BPF), X(CAP_CHECKPOINT_RESTORE), XEND
};

/* prctl's dumpable values: SUID_DUMP_* from the kernel, not exported; prctl(2) */
static const struct xlat dumpable[] = {
	{ 0, "SUID_DUMP_DISABLE" }, { 1, "SUID_DUMP_USER" }, { 2, "SUID_DUMP_ROOT" }, XEND
};

static const struct xlat seccomp_modes[] = {
	X(SECCOMP_MODE_DISABLED), X(SECCOMP_MODE_STRICT), X(SECCOMP_MODE_FILTER), XEND
};
static const struct xlat seccomp_ops[] = {
	X(SECCOMP_SET_MODE_STRICT), X(SECCOMP_SET_MODE_FILTER), X(SECCOMP_GET_ACTION_AVAIL),
	X(SECCOMP_GET_NOTIF_SIZES), XEND
};
static const struct xlat seccomp_flags[] = {
	X(SECCOMP_FILTER_FLAG_TSYNC), X(SECCOMP_FILTER_FLAG_LOG), X(SECCOMP_FILTER_FLAG_SPEC_ALLOW),
	X(SECCOMP_FILTER_FLAG_NEW_LISTENER), X(SECCOMP_FILTER_FLAG_TSYNC_ESRCH),
	{ 1UL << 5, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV" }, XEND
};
const struct xlat xl_seccomp_ret[] = {
	X(SECCOMP_RET_KILL_PROCESS), X(SECCOMP_RET_KILL_THREAD), X(SECCOMP_RET_TRAP),
	X(SECCOMP_RET_ERRNO), X(SECCOMP_RET_USER_NOTIF), X(SECCOMP_RET_TRACE),
	X(SECCOMP_RET_LOG), X(SECCOMP_RET_ALLOW), XEND
};

/* SECCOMP_GET_NOTIF_SIZES's answer: three sizes */
static void pr_notif_sizes(struct tcb *t, unsigned long addr)
{
	struct seccomp_notif_sizes z;

	if (t_failed(t) || umove(t->pid, addr, &z, sizeof z) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{seccomp_notif=%u, seccomp_notif_resp=%u, seccomp_data=%u}", z.seccomp_notif,
	   z.seccomp_notif_resp, z.seccomp_data);
}

/* seccomp(op, flags, args): strace 6.1 prints the filter at entry, the
 * notification sizes at the exit; the flags of the other operations in hex */
static void dec_seccomp(struct tcb *t)
{
	unsigned op = (unsigned)t->a[0];
	unsigned act;

	if (t->exiting) {
		if (op == SECCOMP_GET_NOTIF_SIZES)
			pr_notif_sizes(t, t->a[2]);
		return;
	}
	pr_xlat(seccomp_ops, op, "%#x", "SECCOMP_SET_MODE_???");
	pr_sep();
	if (op == SECCOMP_SET_MODE_FILTER)
		pr_flags_d(seccomp_flags, (unsigned)t->a[1], "SECCOMP_FILTER_FLAG_???");
	else
		pr("%#x", (unsigned)t->a[1]);
	pr_sep();
	if (op == SECCOMP_SET_MODE_FILTER) {
		pr_bpf_fprog(t, t->a[2], BPF_PROG_SECCOMP);	/* bpf_classic.c */
	} else if (op == SECCOMP_GET_NOTIF_SIZES) {
		return;		/* filled in by the kernel */
	} else if (op == SECCOMP_GET_ACTION_AVAIL && t->a[2] &&
		   umove(t->pid, t->a[2], &act, sizeof act) == 0) {
		prs("[");
		pr_xlat(xl_seccomp_ret, act, "%#x", "SECCOMP_RET_???");
		prs("]");
	} else {
		pr_addr(t->a[2]);
	}
}

static void dec_prctl(struct tcb *t)
{
	unsigned op = (unsigned)t->a[0];

	if (!t->exiting) {
		pr_xlat(xlat_name(prctl_opts, op) ? prctl_opts : prctl_more_opts, op, "%#x", "PR_???");
		if (prctl_entry_more(t, op))	/* prctl.c */
			return;
		switch (op) {
		case PR_GET_NO_NEW_PRIVS:	/* strace shows the unused arguments here */
			pr(", %#lx, %#lx, %#lx, %#lx", t->a[1], t->a[2], t->a[3], t->a[4]);
			return;
		case PR_SET_NO_NEW_PRIVS:	/* the flag in decimal, the unused ones in hex */
			pr(", %lu, %#lx, %#lx, %#lx", t->a[1], t->a[2], t->a[3], t->a[4]);
			return;
		case PR_GET_DUMPABLE: case PR_GET_KEEPCAPS: case PR_GET_SECCOMP:
		case PR_GET_TIMERSLACK: case PR_GET_THP_DISABLE: case PR_GET_SECUREBITS:
		case PR_GET_NAME: case PR_GET_PDEATHSIG: case PR_GET_CHILD_SUBREAPER:
			return;
		case PR_SET_NAME:
			pr_sep();
			pr_comm(t, t->a[1]);	/* prctl.c */
			return;
		case PR_SET_PDEATHSIG:	/* a number no signal has: unsigned */
			if (t->a[1] > 64)
				pr(", %lu", t->a[1]);
			else {
				pr_sep();
				pr_signame((long)t->a[1]);
			}
			return;
		case PR_SET_DUMPABLE:
			pr_sep();
			pr_xlat(dumpable, t->a[1], "%#lx", "SUID_DUMP_???");
			return;
		case PR_SET_TIMERSLACK:	/* signed: -1 is "the default" */
			pr(", %ld", (long)t->a[1]);
			return;
		case PR_SET_SECCOMP:	/* strict mode takes nothing more, filter a program */
			if (t->a[1] == SECCOMP_MODE_FILTER) {
				pr_sep();
				pr_named_hex(SECCOMP_MODE_FILTER, "SECCOMP_MODE_FILTER");
				pr_sep();
				pr_bpf_fprog(t, t->a[2], BPF_PROG_SECCOMP);	/* bpf_classic.c */
				return;
			}
			pr_sep();
			pr_xlat(seccomp_modes, t->a[1], "%#lx", "SECCOMP_MODE_???");
			if (t->a[1] != SECCOMP_MODE_STRICT)
				pr(", %#lx, %#lx, %#lx", t->a[2], t->a[3], t->a[4]);
			return;
		case PR_CAPBSET_READ: case PR_CAPBSET_DROP:
			pr_sep();
			pr_xlat(xl_caps, t->a[1], "%#lx", "CAP_???");
			return;
		case PR_SET_KEEPCAPS: case PR_SET_CHILD_SUBREAPER:
			pr(", %lu", t->a[1]);
			return;
		}
		pr(", %#lx, %#lx, %#lx, %#lx", t->a[1], t->a[2], t->a[3], t->a[4]);
		return;
	}
	prctl_exit_more(t, op);		/* prctl.c's PR_GET_ options */
	if (op == PR_GET_NAME) {
		pr_sep();
		if (t_failed(t)) {
			pr_addr(t->a[1]);
		} else {
			char name[17];
			if (umove_data(t->pid, t->a[1], name, 16) < 0) {
				pr_addr(t->a[1]);
			} else {
				name[16] = 0;
				size_t n = strlen(name);
				quote_bytes((unsigned char *)name, n < (size_t)opt_strlen ? n : (size_t)opt_strlen, 0);
				if (n > (size_t)opt_strlen)
					prs("...");
			}
		}
	} else if (op == PR_GET_PDEATHSIG || op == PR_GET_CHILD_SUBREAPER) {
		int v;
		pr_sep();
		if (t_failed(t) || umove(t->pid, t->a[1], &v, sizeof v) < 0)
			pr_addr(t->a[1]);
		else if (op == PR_GET_PDEATHSIG) {
			prs("[");
			pr_signame(v);
			prs("]");
		} else
			pr("[%d]", v);
	} else if (op == PR_GET_DUMPABLE && !t_failed(t)) {
		const char *n = xlat_name(dumpable, (unsigned long)t->ret);
		if (n) {
			snprintf(t->rbuf, sizeof t->rbuf, " (%s)", n);
			t->rtext = t->rbuf;
		}
	}
}

static void dec_getcpu(struct tcb *t)
{
	if (!t->exiting)
		return;
	for (int i = 0; i < 2; i++) {
		unsigned v;
		if (!t->a[i] || t_failed(t) || umove(t->pid, t->a[i], &v, sizeof v) < 0)
			pr_addr(t->a[i]);
		else
			pr("[%u]", v);
		pr_sep();
	}
	pr_addr(t->a[2]);
}

static void dec_pidfd_open(struct tcb *t)
{
	static const struct xlat f[] = { X(PIDFD_NONBLOCK), XEND };

	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TGID);
		prs(", ");
		pr_flags_d(f, (unsigned)t->a[1], "PIDFD_???");
	}
}

/* pidfd_getfd(pidfd, targetfd, flags): flags must be 0 */
static void dec_pidfd_getfd(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_fd_of_pidfd((long)t->a[0], (long)t->a[1]);
		pr(", %#x", (unsigned)t->a[2]);
	}
}

/* process_mrelease(pidfd, flags) */
static void dec_fd_hexflags(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr(", %#x", (unsigned)t->a[1]);
	}
}

static const struct xlat idtypes[] = {
	X(P_ALL), X(P_PID), X(P_PGID), X(P_PIDFD), XEND
};

/* waitid: the child's state comes back as a siginfo; {} when WNOHANG found none */
static void dec_waitid(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(idtypes, (unsigned)t->a[0], "%#x", "P_???");
		prs(", ");
		if ((unsigned)t->a[0] == P_PID)
			pr_pid((long)t->a[1], PT_TGID);
		else if ((unsigned)t->a[0] == P_PGID)
			pr_pid((long)t->a[1], PT_PGID);
		else
			pr("%d", (int)t->a[1]);
		prs(", ");
		return;
	}
	siginfo_t si;
	if (!t->a[2])
		prs("NULL");
	else if (t_failed(t) || umove(t->pid, t->a[2], &si, sizeof si) < 0)
		pr_hex(t->a[2]);
	else if (si.si_signo == 0)
		prs("{}");
	else
		pr_siginfo(&si);
	pr_sep();
	pr_flags_d(wait_opts, (unsigned)t->a[3], "W???");
	pr_sep();
	pr_rusage(t, t->a[4]);
}

static void dec_setaffinity(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		pr(", %u, ", (unsigned)t->a[1]);
		pr_cpuset(t, t->a[2], (unsigned)t->a[1]);
	}
}

static void pr_sched_param(struct tcb *t, unsigned long addr)
{
	int prio;
	if (umove(t->pid, addr, &prio, sizeof prio) < 0)
		pr_addr(addr);
	else
		pr("[%d]", prio);
}


static void dec_sched_setscheduler(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		prs(", ");
		pr_xlat(sched_policies, (unsigned)t->a[1], "%#x", "SCHED_???");
		pr_sep();
		pr_sched_param(t, t->a[2]);
	}
}

static const struct xlat sched_attr_flags[] = {
	X(SCHED_FLAG_RESET_ON_FORK), X(SCHED_FLAG_RECLAIM), X(SCHED_FLAG_DL_OVERRUN),
	X(SCHED_FLAG_KEEP_POLICY), X(SCHED_FLAG_KEEP_PARAMS), X(SCHED_FLAG_UTIL_CLAMP_MIN),
	X(SCHED_FLAG_UTIL_CLAMP_MAX), XEND
};

/* struct sched_attr as strace prints it: the policy unless KEEP_POLICY or
 * KEEP_PARAMS, the parameters unless KEEP_PARAMS, the utilization clamps when
 * the size has them (SCHED_ATTR_SIZE_VER1), "..." past what this header
 * knows. A size of 0 means the first version's 48 bytes; any other size
 * below that is shown alone. */
static void pr_sched_attr(struct tcb *t, unsigned long addr)
{
	struct sched_attr a;
	unsigned size;

	if (umove(t->pid, addr, &size, sizeof size) < 0) {
		pr_addr(addr);
		return;
	}
	unsigned n = size ? size : SCHED_ATTR_SIZE_VER0;
	if (n < SCHED_ATTR_SIZE_VER0) {
		pr("{size=%u}", size);
		return;
	}
	memset(&a, 0, sizeof a);
	if (umove(t->pid, addr, &a, n < sizeof a ? n : sizeof a) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{size=%u", size);
	if (!(a.sched_flags & SCHED_FLAG_KEEP_ALL)) {	/* KEEP_PARAMS keeps the policy too */
		prs(", sched_policy=");
		pr_xlat(sched_policies, a.sched_policy, "%#x", "SCHED_???");
	}
	prs(", sched_flags=");
	pr_flags_d(sched_attr_flags, a.sched_flags, "SCHED_FLAG_???");
	if (!(a.sched_flags & SCHED_FLAG_KEEP_PARAMS))
		pr(", sched_nice=%d, sched_priority=%u, sched_runtime=%llu, sched_deadline=%llu, "
		   "sched_period=%llu", a.sched_nice, a.sched_priority,
		   (unsigned long long)a.sched_runtime, (unsigned long long)a.sched_deadline,
		   (unsigned long long)a.sched_period);
	if (n >= SCHED_ATTR_SIZE_VER1)
		pr(", sched_util_min=%u, sched_util_max=%u", a.sched_util_min, a.sched_util_max);
	if (n > sizeof a)
		prs(", ...");
	prs("}");
}

/* sched_setattr(pid, attr, flags): on E2BIG the kernel writes back the size
 * it knows: " => {size=56}" */
static void dec_sched_setattr(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		prs(", ");
		pr_sched_attr(t, t->a[1]);
		return;
	}
	unsigned size;
	if (t_failed(t) && -t->ret == E2BIG && umove(t->pid, t->a[1], &size, sizeof size) == 0)
		pr(" => {size=%u}", size);
	pr(", %u", (unsigned)t->a[2]);
}

/* sched_getparam(pid, param) and sched_getattr(pid, attr, usize, flags):
 * the struct as the kernel filled it */
static void dec_sched_get(struct tcb *t)
{
	int attr = t_is(t, "sched_getattr");

	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		prs(", ");
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else if (attr)
		pr_sched_attr(t, t->a[1]);
	else
		pr_sched_param(t, t->a[1]);
	if (attr)
		pr(", %u, %u", (unsigned)t->a[2], (unsigned)t->a[3]);
}

static const struct xlat ioprio_who[] = {
	X(IOPRIO_WHO_PROCESS), X(IOPRIO_WHO_PGRP), X(IOPRIO_WHO_USER), XEND
};
static const struct xlat ioprio_class[] = {
	X(IOPRIO_CLASS_NONE), X(IOPRIO_CLASS_RT), X(IOPRIO_CLASS_BE), X(IOPRIO_CLASS_IDLE), XEND
};

/* an I/O priority packs a class (top 3 of 16 bits) and a level */
void ioprio_text(char *buf, size_t n, unsigned long v)
{
	unsigned long cls = (unsigned)v >> 13;	/* all the int's bits above the level */
	const char *c = xlat_name(ioprio_class, cls);
	if (c && opt_xverbose)	/* 0x2 followed by IOPRIO_CLASS_BE in a comment */
		snprintf(buf, n, "IOPRIO_PRIO_VALUE(%#lx /* %s */, %lu)", cls, c, v & 0x1fff);
	else if (c)
		snprintf(buf, n, "IOPRIO_PRIO_VALUE(%s, %lu)", c, v & 0x1fff);
	else if (opt_raw)
		snprintf(buf, n, "IOPRIO_PRIO_VALUE(%#lx, %lu)", cls, v & 0x1fff);
	else
		snprintf(buf, n, "IOPRIO_PRIO_VALUE(%#lx /* IOPRIO_CLASS_??? */, %lu)", cls, v & 0x1fff);
}

static void dec_ioprio(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(ioprio_who, (unsigned)t->a[0], "%#x", "IOPRIO_WHO_???");
		prs(", ");
		if ((unsigned)t->a[0] == IOPRIO_WHO_PROCESS)
			pr_pid((long)t->a[1], PT_TID);
		else if ((unsigned)t->a[0] == IOPRIO_WHO_PGRP)
			pr_pid((long)t->a[1], PT_PGID);
		else
			pr("%d", (int)t->a[1]);
		if (t_is(t, "ioprio_set")) {
			char b[64];
			ioprio_text(b, sizeof b, t->a[2]);
			if (opt_raw)
				pr(", %d", (int)t->a[2]);
			else if (opt_xverbose)
				pr(", %d /* %s */", (int)t->a[2], b);
			else
				pr(", %s", b);
		}
		return;
	}
	if (t_is(t, "ioprio_get") && !t_failed(t) && !opt_raw) {
		char b[64];
		ioprio_text(b, sizeof b, (unsigned long)t->ret);
		snprintf(t->rbuf, sizeof t->rbuf, " (%s)", b);
		t->rtext = t->rbuf;
	}
}

static void dec_getrlimit(struct tcb *t)	/* and setrlimit */
{
	if (!t->exiting) {
		pr_xlat(rlimits, (unsigned)t->a[0], "%#x", "RLIMIT_???");
		pr_sep();
		if (t_is(t, "setrlimit"))
			pr_rlimit64(t, t->a[1]);
		return;
	}
	if (t_is(t, "getrlimit")) {
		if (t_failed(t))
			pr_addr(t->a[1]);
		else
			pr_rlimit64(t, t->a[1]);
	}
}

static void dec_sched_priority(struct tcb *t)	/* sched_get_priority_max/min */
{
	if (!t->exiting)
		pr_xlat(sched_policies, (unsigned)t->a[0], "%#x", "SCHED_???");
}

static void dec_sched_setparam(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		prs(", ");
		pr_sched_param(t, t->a[1]);
	}
}

/* unshare's and setns's flags: strace's tables hold only what each takes */
static const struct xlat unshare_flags[] = {
	X(CLONE_NEWTIME), X(CLONE_VM), X(CLONE_FS), X(CLONE_FILES), X(CLONE_SIGHAND),
	X(CLONE_THREAD), X(CLONE_NEWNS), X(CLONE_SYSVSEM), X(CLONE_NEWCGROUP), X(CLONE_NEWUTS),
	X(CLONE_NEWIPC), X(CLONE_NEWUSER), X(CLONE_NEWPID), X(CLONE_NEWNET), XEND
};
static const struct xlat setns_types[] = {
	X(CLONE_NEWTIME), X(CLONE_NEWNS), X(CLONE_NEWCGROUP), X(CLONE_NEWUTS), X(CLONE_NEWIPC),
	X(CLONE_NEWUSER), X(CLONE_NEWPID), X(CLONE_NEWNET), XEND
};

static void dec_unshare(struct tcb *t)
{
	if (!t->exiting)
		pr_flags_d(unshare_flags, t->a[0], "CLONE_???");
}

static void dec_execveat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	unsigned long save[3] = { t->a[0], t->a[1], t->a[2] };
	t->a[0] = t->a[1];	/* the rest is execve's: path, argv, envp */
	t->a[1] = t->a[2];
	t->a[2] = t->a[3];
	dec_execve(t);
	t->a[0] = save[0];
	t->a[1] = save[1];
	t->a[2] = save[2];
	pr_sep();
	pr_flags(xl_at_flags, (unsigned)t->a[4], NULL);
}

static void dec_sethostname(struct tcb *t)
{
	if (!t->exiting) {
		unsigned len = (unsigned)t->a[1];	/* an int: strace shows it unsigned */
		if (len > 64)	/* longer than any host name: not read */
			pr_addr(t->a[0]);
		else
			pr_buf(t, t->a[0], len);
		pr(", %u", len);
	}
}

static void dec_setns(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_flags_d(setns_types, (unsigned)t->a[1], "CLONE_NEW???");
	}
}

/* a siginfo the program hands in, or its address */
static void pr_siginfo_at(struct tcb *t, unsigned long addr)
{
	siginfo_t si;
	if (!addr || umove(t->pid, addr, &si, sizeof si) < 0)
		pr_addr(addr);
	else
		pr_siginfo(&si);
}

static void dec_pidfd_send_signal(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_signame((long)(int)t->a[1]);
		pr_sep();
		pr_siginfo_at(t, t->a[2]);
		pr(", %#x", (unsigned)t->a[3]);
	}
}

/* rt_sigqueueinfo(tgid, sig, info), rt_tgsigqueueinfo(tgid, tid, sig, info) */
static void dec_rt_sigqueueinfo(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TGID);
		prs(", ");
		if (t_is(t, "rt_tgsigqueueinfo")) {
			pr_pid((long)t->a[1], PT_TID);
			prs(", ");
			pr_signame((long)(int)t->a[2]);
			pr_sep();
			siginfo_t si;
			if (!t->a[3] || umove(t->pid, t->a[3], &si, sizeof si) < 0)
				pr_addr(t->a[3]);
			else
				pr_siginfo(&si);
			return;
		}
		pr_signame((long)(int)t->a[1]);
		pr_sep();
		siginfo_t si;
		if (!t->a[2] || umove(t->pid, t->a[2], &si, sizeof si) < 0)
			pr_addr(t->a[2]);
		else
			pr_siginfo(&si);
	}
}

static const struct xlat kcmp_types[] = {
	X(KCMP_FILE), X(KCMP_VM), X(KCMP_FILES), X(KCMP_FS), X(KCMP_SIGHAND), X(KCMP_IO),
	X(KCMP_SYSVSEM), X(KCMP_EPOLL_TFD), XEND
};

/* kcmp's idx1 and idx2 mean what the type says: two descriptors (KCMP_FILE),
 * a descriptor and a kcmp_epoll_slot (KCMP_EPOLL_TFD), nothing (the others:
 * strace leaves them out), raw numbers for a type it does not know */
static void pr_kcmp_idx(struct tcb *t, unsigned type, unsigned long i1, unsigned long i2)
{
	struct kcmp_epoll_slot slot;

	switch (type) {
	case KCMP_FILE:
		pr_sep();
		pr_fd((int)i1);
		pr_sep();
		pr_fd((int)i2);
		return;
	case KCMP_EPOLL_TFD:
		pr_sep();
		pr_fd((int)i1);
		pr_sep();
		if (umove(t->pid, i2, &slot, sizeof slot) < 0)
			pr_addr(i2);
		else
			pr("{efd=%d, tfd=%d, toff=%u}", (int)slot.efd, (int)slot.tfd, slot.toff);
		return;
	case KCMP_VM: case KCMP_FILES: case KCMP_FS: case KCMP_SIGHAND: case KCMP_IO:
	case KCMP_SYSVSEM:
		return;
	}
	pr(", %#lx, %#lx", i1, i2);
}

static void dec_kcmp(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TGID);
		prs(", ");
		pr_pid((long)t->a[1], PT_TGID);
		prs(", ");
		pr_xlat(kcmp_types, (unsigned)t->a[2], "%#x", "KCMP_???");
		pr_kcmp_idx(t, (unsigned)t->a[2], t->a[3], t->a[4]);
	}
}

static void dec_sched_rr_get_interval(struct tcb *t)
{
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		prs(", ");
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_timespec(t, t->a[1]);
}

static const struct xlat cap_versions[] = {
	X(_LINUX_CAPABILITY_VERSION_1), X(_LINUX_CAPABILITY_VERSION_2),
	X(_LINUX_CAPABILITY_VERSION_3), XEND
};

/* a capability set, two 32-bit words: 1<<CAP_CHOWN|1<<CAP_KILL|... */
static void pr_capset(const unsigned *w)
{
	unsigned long long v = w[0] | (unsigned long long)w[1] << 32;
	int any = 0;
	if (opt_raw && w[1]) {	/* raw: the two words, low|high */
		pr("%#x|%#x", w[0], w[1]);
		return;
	}
	if (!v || opt_raw) {
		pr("%#llx", v);
		return;
	}
	if (opt_xverbose) {	/* each word: its number, its bits' names in a comment */
		for (int i = 0; i < 2; i++) {
			if (!w[i])
				continue;
			pr(i && w[0] ? "|%#x /* " : "%#x /* ", w[i]);
			any = 0;
			for (int b = 0; b < 32; b++) {
				const char *n = w[i] >> b & 1 ? xlat_name(xl_caps, (unsigned long)(b + 32 * i)) : NULL;
				if (n)
					pr(any++ ? "|1<<%s" : "1<<%s", n);
			}
			prs(" */");
		}
		return;
	}
	for (int b = 0; b < 64; b++) {
		if (!(v >> b & 1))
			continue;
		const char *n = xlat_name(xl_caps, (unsigned long)b);
		if (!n)
			continue;
		pr(any ? "|1<<%s" : "1<<%s", n);
		any = 1;
		v &= ~(1ULL << b);
	}
	if (v)
		pr(any ? "|%#llx" : "%#llx", v);
}

/* capget/capset(header {version, pid}, data[2] {effective, permitted, inheritable}) */
static void pr_capdata(struct tcb *t, unsigned long addr)
{
	unsigned d[6];
	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, d, sizeof d) < 0) {
		pr_hex(addr);
		return;
	}
	unsigned eff[2] = { d[0], d[3] }, perm[2] = { d[1], d[4] }, inh[2] = { d[2], d[5] };
	prs("{effective=");
	pr_capset(eff);
	prs(", permitted=");
	pr_capset(perm);
	prs(", inheritable=");
	pr_capset(inh);
	prs("}");
}

static void dec_capget(struct tcb *t)	/* and capset */
{
	int get = t_is(t, "capget");
	if (!t->exiting) {
		struct { unsigned version; int pid; } h;
		if (umove(t->pid, t->a[0], &h, sizeof h) < 0) {
			pr_addr(t->a[0]);
		} else {
			prs("{version=");
			pr_xlat(cap_versions, h.version, "%#x", "_LINUX_CAPABILITY_VERSION_???");
			prs(", pid=");
			pr_pid(h.pid, PT_TGID);
			prs("}");
		}
		pr_sep();
		if (!get)
			pr_capdata(t, t->a[1]);
		return;
	}
	if (get) {
		if (t_failed(t))
			pr_addr(t->a[1]);
		else
			pr_capdata(t, t->a[1]);
	}
}

/* process_vm_readv/writev(pid, local iov, n, remote iov, n, flags): the
 * local side holds data (after a read, before a write); the remote side is
 * another process's addresses */
static void dec_process_vm(struct tcb *t)
{
	int rd = t_is(t, "process_vm_readv");
	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TGID);
		prs(", ");
		if (rd)
			return;
		pr_iov(t, t->a[1], t->a[2], ~0UL);
	} else {
		if (!rd)
			return;
		pr_iov(t, t->a[1], t->a[2], t_failed(t) ? IOV_ADDRS : (unsigned long)t->ret);
	}
	pr(", %lu, ", t->a[2]);
	pr_iov(t, t->a[3], t->a[4], IOV_ADDRS);
	pr(", %lu, %lu", t->a[4], t->a[5]);
}

/* struct user_desc (<asm/ldt.h>) past entry_number, as strace prints it */
static void pr_user_desc_rest(const struct user_desc *d)
{
	pr(", base_addr=%#08x, limit=%#08x, seg_32bit=%u, contents=%u, read_exec_only=%u, "
	   "limit_in_pages=%u, seg_not_present=%u, useable=%u, lm=%u}", d->base_addr, d->limit,
	   d->seg_32bit, d->contents, d->read_exec_only, d->limit_in_pages, d->seg_not_present,
	   d->useable, d->lm);
}

/* the whole struct, read at once: NULL or the address if it cannot be */
static void pr_user_desc(struct tcb *t, unsigned long addr)
{
	struct user_desc d;
	if (!addr)
		prs("NULL");
	else if (umove(t->pid, addr, &d, sizeof d) < 0)
		pr_hex(addr);
	else {
		prs("{entry_number=");	/* an id: -1 asks for a free entry */
		pr_id(d.entry_number);
		pr_user_desc_rest(&d);
	}
}

/* modify_ldt returns an int the kernel casts to unsigned int: an error is
 * a large positive rax, which strace shows as that number and the errno */
static void dec_modify_ldt(struct tcb *t)
{
	if (!t->exiting) {
		pr("%d, ", (int)t->a[0]);
		if (t->a[2] != sizeof(struct user_desc))
			pr_addr(t->a[1]);
		else
			pr_user_desc(t, t->a[1]);
		pr(", %lu", t->a[2]);
		return;
	}
	int e = -(int)(unsigned)t->ret;
	const char *n = errno_name(e);
	if (!t_failed(t) && (unsigned long)t->ret >= 0xfffff001UL && n) {
		snprintf(t->rbuf, sizeof t->rbuf, " %s (%s)", n, strerror(e));
		t->rtext = t->rbuf;
	}
}

/* get_thread_area: entry_number goes in, the rest comes back */
static void dec_get_thread_area(struct tcb *t)
{
	struct user_desc d;
	if (!t->exiting) {
		t->aux = 0;
		if (!t->a[0])
			prs("NULL");
		else if (umove(t->pid, t->a[0], &d.entry_number, sizeof d.entry_number) < 0)
			pr_hex(t->a[0]);
		else {
			prs("{entry_number=");
			pr_id(d.entry_number);
			t->aux = 1;
		}
		return;
	}
	if (!t->aux)
		return;
	if (t_failed(t) || umove(t->pid, t->a[0], &d, sizeof d) < 0)
		prs(", ...}");
	else
		pr_user_desc_rest(&d);
}

/* set_thread_area: the struct in; the entry the kernel chose (for
 * entry_number -1) after the result */
static void dec_set_thread_area(struct tcb *t)
{
	struct user_desc d;
	if (!t->exiting) {
		pr_user_desc(t, t->a[0]);
		return;
	}
	if (t_failed(t) || umove(t->pid, t->a[0], &d, sizeof d) < 0)
		return;
	snprintf(t->rbuf, sizeof t->rbuf, " (entry_number=%u)", d.entry_number);
	t->rtext = t->rbuf;
}

void process_init(void)
{
	sys_set("execve", 3, dec_execve, R_DEC);
	sys_set("exit", 1, dec_exit, R_NONE);
	sys_set("exit_group", 1, dec_exit, R_NONE);
	sys_set("clone", 5, dec_clone, R_TID);
	sys_set("clone3", 2, dec_clone3, R_TID);
	sys_set("wait4", 4, dec_wait4, R_TGID);
	sys_set("kill", 2, dec_kill, R_DEC);
	sys_set("tkill", 2, dec_kill, R_DEC);
	sys_set("tgkill", 3, dec_tgkill, R_DEC);
	sys_set("set_tid_address", 1, dec_addr1, R_DEC);
	sys_set("set_robust_list", 2, dec_robust, R_DEC);
	sys_set("rseq", 4, dec_rseq, R_DEC);
	sys_set("arch_prctl", 2, dec_arch_prctl, R_DEC);
	sys_set("modify_ldt", 3, dec_modify_ldt, R_DEC);
	sys_set("get_thread_area", 1, dec_get_thread_area, R_DEC);
	sys_set("set_thread_area", 1, dec_set_thread_area, R_DEC);
	sys_set("prlimit64", 4, dec_prlimit64, R_DEC);
	sys_set("uname", 1, dec_uname, R_DEC);
	sys_set("getrandom", 3, dec_getrandom, R_DEC);
	sys_set("futex", 6, dec_futex, R_DEC);
	sys_set("sched_getaffinity", 3, dec_getaffinity, R_DEC);
	sys_set("setuid", 1, dec_ids, R_DEC);
	sys_set("setgid", 1, dec_ids, R_DEC);
	sys_set("setfsuid", 1, dec_ids, R_DEC);
	sys_set("setfsgid", 1, dec_ids, R_DEC);
	sys_set("setreuid", 2, dec_ids, R_DEC);
	sys_set("setregid", 2, dec_ids, R_DEC);
	sys_set("setresuid", 3, dec_ids, R_DEC);
	sys_set("setresgid", 3, dec_ids, R_DEC);
	sys_set("getpgid", 1, dec_pgid, R_PGID);
	sys_set("getsid", 1, dec_pgid, R_SID);
	sys_set("setpgid", 2, dec_pgid, R_DEC);
	/* the calls whose result is a pid (pidns.c prints them) */
	sys_set("getpid", 0, NULL, R_TGID);
	sys_set("getppid", 0, NULL, R_TGID);
	sys_set("gettid", 0, NULL, R_TID);
	sys_set("getpgrp", 0, NULL, R_PGID);
	sys_set("fork", 0, NULL, R_TGID);
	sys_set("vfork", 0, NULL, R_TGID);
	sys_set("getresuid", 3, dec_getres, R_DEC);
	sys_set("getresgid", 3, dec_getres, R_DEC);
	sys_set("getgroups", 2, dec_getgroups, R_DEC);
	sys_set("setgroups", 2, dec_setgroups, R_DEC);
	sys_set("getpriority", 2, dec_priority, R_DEC);
	sys_set("setpriority", 3, dec_priority, R_DEC);
	sys_set("sched_getscheduler", 1, dec_getscheduler, R_DEC);
	sys_set("alarm", 1, dec_uint1, R_DEC);
	sys_set("personality", 1, dec_personality, R_HEX);
	sys_set("prctl", 5, dec_prctl, R_DEC);
	sys_set("seccomp", 3, dec_seccomp, R_DEC);
	sys_set("getcpu", 3, dec_getcpu, R_DEC);
	sys_set("pidfd_open", 2, dec_pidfd_open, R_DEC);
	sys_set("pidfd_getfd", 3, dec_pidfd_getfd, R_DEC);
	sys_set("process_mrelease", 2, dec_fd_hexflags, R_DEC);
	sys_set("waitid", 5, dec_waitid, R_DEC);
	sys_set("sched_setaffinity", 3, dec_setaffinity, R_DEC);
	sys_set("sched_getparam", 2, dec_sched_get, R_DEC);
	sys_set("sched_setscheduler", 3, dec_sched_setscheduler, R_DEC);
	sys_set("sched_setattr", 3, dec_sched_setattr, R_DEC);
	sys_set("sched_getattr", 4, dec_sched_get, R_DEC);
	sys_set("ioprio_get", 2, dec_ioprio, R_DEC);
	sys_set("ioprio_set", 3, dec_ioprio, R_DEC);
	sys_set("getrlimit", 2, dec_getrlimit, R_DEC);
	sys_set("setrlimit", 2, dec_getrlimit, R_DEC);
	sys_set("sched_get_priority_max", 1, dec_sched_priority, R_DEC);
	sys_set("sched_get_priority_min", 1, dec_sched_priority, R_DEC);
	sys_set("sched_setparam", 2, dec_sched_setparam, R_DEC);
	sys_set("unshare", 1, dec_unshare, R_DEC);
	sys_set("execveat", 5, dec_execveat, R_DEC);
	sys_set("sethostname", 2, dec_sethostname, R_DEC);
	sys_set("setdomainname", 2, dec_sethostname, R_DEC);
	sys_set("setns", 2, dec_setns, R_DEC);
	sys_set("pidfd_send_signal", 4, dec_pidfd_send_signal, R_DEC);
	sys_set("rt_sigqueueinfo", 3, dec_rt_sigqueueinfo, R_DEC);
	sys_set("rt_tgsigqueueinfo", 4, dec_rt_sigqueueinfo, R_DEC);
	sys_set("kcmp", 5, dec_kcmp, R_DEC);
	sys_set("sched_rr_get_interval", 2, dec_sched_rr_get_interval, R_DEC);
	sys_set("capget", 2, dec_capget, R_DEC);
	sys_set("capset", 2, dec_capget, R_DEC);
	sys_set("process_vm_readv", 6, dec_process_vm, R_DEC);
	sys_set("process_vm_writev", 6, dec_process_vm, R_DEC);
}
