/* src/trace/prctl.c — prctl's options beyond those process.c decodes: their
 * names, and each option's arguments as strace 6.1 prints them (a value by
 * name, flags, a number, or the unused ones in hex). Constants from
 * <linux/prctl.h> and <linux/securebits.h>. */
#include "trace.h"
#include <linux/prctl.h>
#include <linux/securebits.h>

const struct xlat prctl_more_opts[] = {
	X(PR_GET_UNALIGN), X(PR_SET_UNALIGN), X(PR_GET_FPEMU), X(PR_SET_FPEMU),
	X(PR_GET_FPEXC), X(PR_SET_FPEXC), X(PR_GET_TIMING), X(PR_SET_TIMING),
	X(PR_GET_ENDIAN), X(PR_SET_ENDIAN), X(PR_GET_TSC), X(PR_SET_TSC),
	X(PR_TASK_PERF_EVENTS_DISABLE), X(PR_TASK_PERF_EVENTS_ENABLE), X(PR_MCE_KILL),
	X(PR_MCE_KILL_GET), X(PR_SET_MM), X(PR_SET_PTRACER), X(PR_MPX_ENABLE_MANAGEMENT),
	X(PR_MPX_DISABLE_MANAGEMENT), X(PR_SET_FP_MODE), X(PR_GET_FP_MODE),
	X(PR_SVE_SET_VL), X(PR_SVE_GET_VL), X(PR_GET_SPECULATION_CTRL),
	X(PR_SET_SPECULATION_CTRL), X(PR_PAC_RESET_KEYS), X(PR_SET_TAGGED_ADDR_CTRL),
	X(PR_GET_TAGGED_ADDR_CTRL), X(PR_SET_IO_FLUSHER), X(PR_GET_IO_FLUSHER),
	X(PR_SET_SYSCALL_USER_DISPATCH), X(PR_PAC_SET_ENABLED_KEYS),
	X(PR_PAC_GET_ENABLED_KEYS), X(PR_SCHED_CORE), X(PR_SME_SET_VL), X(PR_SME_GET_VL),
	XEND
};
static const struct xlat securebits[] = {
	X(SECBIT_NOROOT), X(SECBIT_NOROOT_LOCKED), X(SECBIT_NO_SETUID_FIXUP),
	X(SECBIT_NO_SETUID_FIXUP_LOCKED), X(SECBIT_KEEP_CAPS), X(SECBIT_KEEP_CAPS_LOCKED),
	X(SECBIT_NO_CAP_AMBIENT_RAISE), X(SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED), XEND
};
static const struct xlat unalign_flags[] = { X(PR_UNALIGN_NOPRINT), X(PR_UNALIGN_SIGBUS), XEND };
static const struct xlat tsc_modes[] = { X(PR_TSC_ENABLE), X(PR_TSC_SIGSEGV), XEND };
static const struct xlat mce_kill[] = { X(PR_MCE_KILL_CLEAR), X(PR_MCE_KILL_SET), XEND };
static const struct xlat mce_policy[] = {
	X(PR_MCE_KILL_LATE), X(PR_MCE_KILL_EARLY), X(PR_MCE_KILL_DEFAULT), XEND
};
static const struct xlat set_mm[] = {
	X(PR_SET_MM_START_CODE), X(PR_SET_MM_END_CODE), X(PR_SET_MM_START_DATA),
	X(PR_SET_MM_END_DATA), X(PR_SET_MM_START_STACK), X(PR_SET_MM_START_BRK),
	X(PR_SET_MM_BRK), X(PR_SET_MM_ARG_START), X(PR_SET_MM_ARG_END), X(PR_SET_MM_ENV_START),
	X(PR_SET_MM_ENV_END), X(PR_SET_MM_AUXV), X(PR_SET_MM_EXE_FILE), X(PR_SET_MM_MAP),
	X(PR_SET_MM_MAP_SIZE), XEND
};
static const struct xlat fp_modes[] = { X(PR_FP_MODE_FR), X(PR_FP_MODE_FRE), XEND };
static const struct xlat ambient[] = {
	X(PR_CAP_AMBIENT_IS_SET), X(PR_CAP_AMBIENT_RAISE), X(PR_CAP_AMBIENT_LOWER),
	X(PR_CAP_AMBIENT_CLEAR_ALL), XEND
};
static const struct xlat spec_features[] = {
	X(PR_SPEC_STORE_BYPASS), X(PR_SPEC_INDIRECT_BRANCH), X(PR_SPEC_L1D_FLUSH), XEND
};
/* SET_SPECULATION_CTRL takes one of these; GET returns a set of them and
 * PR_SPEC_PRCTL, 0 being PR_SPEC_NOT_AFFECTED */
static const struct xlat spec_set[] = {
	X(PR_SPEC_ENABLE), X(PR_SPEC_DISABLE), X(PR_SPEC_FORCE_DISABLE), X(PR_SPEC_DISABLE_NOEXEC),
	XEND
};
static const struct xlat spec_get[] = {
	X(PR_SPEC_PRCTL), X(PR_SPEC_ENABLE), X(PR_SPEC_DISABLE), X(PR_SPEC_FORCE_DISABLE),
	X(PR_SPEC_DISABLE_NOEXEC), XEND
};
/* PR_PAC_SET/GET_ENABLED_KEYS know the four address keys, not APGA */
static const struct xlat pac_enabled_keys[] = {
	X(PR_PAC_APIAKEY), X(PR_PAC_APIBKEY), X(PR_PAC_APDAKEY), X(PR_PAC_APDBKEY), XEND
};
static const struct xlat pac_keys[] = {
	X(PR_PAC_APIAKEY), X(PR_PAC_APIBKEY), X(PR_PAC_APDAKEY), X(PR_PAC_APDBKEY),
	X(PR_PAC_APGAKEY), XEND
};
static const struct xlat dispatch[] = { X(PR_SYS_DISPATCH_OFF), X(PR_SYS_DISPATCH_ON), XEND };
static const struct xlat sched_core[] = {
	X(PR_SCHED_CORE_GET), X(PR_SCHED_CORE_CREATE), X(PR_SCHED_CORE_SHARE_TO),
	X(PR_SCHED_CORE_SHARE_FROM), XEND
};
/* enum pid_type is the kernel's, not UAPI (include/linux/pid.h) */
static const struct xlat pidtypes[] = {
	{ 0, "PIDTYPE_PID" }, { 1, "PIDTYPE_TGID" }, { 2, "PIDTYPE_PGID" }, { 3, "PIDTYPE_SID" },
	XEND
};
static const struct xlat set_vma[] = { X(PR_SET_VMA_ANON_NAME), XEND };

static const struct xlat sve_flags[] = { X(PR_SVE_SET_VL_ONEXEC), X(PR_SVE_VL_INHERIT), XEND };
static const struct xlat sme_flags[] = { X(PR_SME_SET_VL_ONEXEC), X(PR_SME_VL_INHERIT), XEND };
static const struct xlat mte_tcf[] = {
	X(PR_MTE_TCF_NONE), X(PR_MTE_TCF_SYNC), X(PR_MTE_TCF_ASYNC), X(PR_MTE_TCF_MASK), XEND
};

/* The result's text: " (TEXT)" after it */
static void ret_text(struct tcb *t, const char *text)
{
	snprintf(t->rbuf, sizeof t->rbuf, " (%s)", text);
	t->rtext = t->rbuf;
}

/* A result that is a set of flags: in hex, and the names when some bit has
 * one (-X raw: the number only) */
static void ret_flags(struct tcb *t, const struct xlat *x)
{
	char buf[512];

	t->rfmt = R_HEX;
	if (opt_raw || t_failed(t) || !t->ret)
		return;
	if (flags_text(buf, sizeof buf, x, (unsigned long)t->ret))
		ret_text(t, buf);
}

/* SVE/SME_SET_VL: flags, then the vector length (the low 16 bits) in hex;
 * -X raw: the whole word */
static void pr_vl(const struct xlat *f, unsigned long v)
{
	if (opt_raw) {
		pr_hex(v);
		return;
	}
	int xv = v & ~0xffffUL ? xv_begin("%#lx", v) : 0;
	if (v & ~0xffffUL) {
		pr_flags(f, v & ~0xffffUL, NULL);
		prs("|");
	}
	pr("%#lx", v & 0xffff);
	xv_end(xv);
}

/* SVE/SME_SET_VL's and _GET_VL's result: in hex, and from 0x10000 on (a
 * flag set) the flags and the length as the argument prints them */
static void ret_vl(struct tcb *t, const struct xlat *f)
{
	t->rfmt = R_HEX;
	if (opt_raw || t_failed(t) || (unsigned long)t->ret < 0x10000)
		return;
	int xv = opt_xverbose;
	char buf[256];
	opt_xverbose = 0;
	pr_capture_begin(buf, sizeof buf);
	pr_vl(f, (unsigned long)t->ret);
	pr_capture_end();
	opt_xverbose = xv;
	ret_text(t, buf);
}

/* The tagged address control word: ENABLE or !ENABLE, the MTE check mode
 * (always), the tag mask as N<<PR_MTE_TAG_SHIFT, the other bits in hex */
static void tagged_text(char *buf, size_t size, unsigned long v)
{
	unsigned long tag = (v & PR_MTE_TAG_MASK) >> PR_MTE_TAG_SHIFT;
	unsigned long rest = v & ~(PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_MASK | PR_MTE_TAG_MASK);
	size_t n = (size_t)snprintf(buf, size, "%sPR_TAGGED_ADDR_ENABLE|%s",
				    v & PR_TAGGED_ADDR_ENABLE ? "" : "!",
				    xlat_name(mte_tcf, v & PR_MTE_TCF_MASK));
	if (tag && n < size)
		n += (size_t)snprintf(buf + n, size - n, "|%#lx<<PR_MTE_TAG_SHIFT", tag);
	if (rest && n < size)
		snprintf(buf + n, size - n, "|%#lx", rest);
}

/* SET_TAGGED_ADDR_CTRL's argument; -X verbose: the number, the text in a comment */
static void pr_tagged(unsigned long v)
{
	char buf[160];

	if (opt_raw) {
		pr_hex(v);
		return;
	}
	tagged_text(buf, sizeof buf, v);
	if (opt_xverbose)
		pr("%#lx /* %s */", v, buf);
	else
		prs(buf);
}

/* PR_SET_NAME: the task's name, at most TASK_COMM_LEN - 1 (15) bytes
 * (<linux/sched.h> keeps TASK_COMM_LEN to the kernel), and no more than -s
 * and one are read; no NUL among those read: "..." after what -s shows;
 * unreadable: the address */
void pr_comm(struct tcb *t, unsigned long addr)
{
	enum { COMM_MAX = 15 };
	char name[COMM_MAX + 1];
	size_t want = (size_t)opt_strlen + 1 < COMM_MAX ? (size_t)opt_strlen + 1 : COMM_MAX;
	long n = addr ? umovestr(t->pid, addr, name, want) : -1;

	if (n < 0) {
		pr_addr(addr);
		return;
	}
	size_t shown = (size_t)n < (size_t)opt_strlen ? (size_t)n : (size_t)opt_strlen;
	quote_bytes((unsigned char *)name, shown, 0);
	if ((size_t)n == want)
		prs("...");
}

/* enum pid_type as PR_SCHED_CORE takes it: the number, the name in a comment
 * (-X raw: the number) */
static void pr_pidtype(unsigned v)
{
	const char *n = xlat_name(pidtypes, v);
	pr("%#x", v);
	if (!opt_raw)
		pr(" /* %s */", n ? n : "PIDTYPE_???");
}

/* PR_SCHED_CORE's pid: of the kind its pid type says */
static void pr_sched_core_pid(int pid, unsigned type)
{
	static const int kinds[] = { PT_TID, PT_TGID, PT_PGID, PT_SID };
	if (type < 4)
		pr_pid(pid, kinds[type]);
	else
		pr("%d", pid);
}

/* the arguments from i on, in hex */
static void rest_hex(struct tcb *t, int i)
{
	for (; i <= 4; i++)
		pr(", %#lx", t->a[i]);
}

/* At the entry, after the option's name: 1 if the option is one of these. */
int prctl_entry_more(struct tcb *t, unsigned op)
{
	switch (op) {
	case PR_GET_TIMING: case PR_TASK_PERF_EVENTS_DISABLE: case PR_TASK_PERF_EVENTS_ENABLE:
	case PR_GET_FP_MODE: case PR_SVE_GET_VL: case PR_SME_GET_VL:
		return 1;
	case PR_SET_UNALIGN:
		pr_sep();
		pr_flags_d(unalign_flags, t->a[1], "PR_UNALIGN_???");
		return 1;
	case PR_GET_UNALIGN: case PR_GET_FPEMU: case PR_GET_FPEXC: case PR_GET_ENDIAN:
	case PR_GET_TSC: case PR_GET_TID_ADDRESS:
		pr_sep();	/* what the kernel stores there comes at the exit */
		return 1;
	case PR_SET_FPEMU: case PR_SET_FPEXC: case PR_SET_TIMING:
	case PR_SET_ENDIAN:
		pr(", %lu", t->a[1]);
		return 1;
	case PR_SET_TSC:
		pr_sep();
		pr_xlat(tsc_modes, (unsigned)t->a[1], "%#lx", "PR_TSC_???");	/* an int */
		return 1;
	case PR_SET_SECUREBITS:
		pr_sep();
		pr_flags_d(securebits, t->a[1], "SECBIT_???");
		return 1;
	case PR_MCE_KILL:
		pr_sep();
		pr_xlat(mce_kill, t->a[1], "%#lx", "PR_MCE_KILL_???");
		pr_sep();
		if (t->a[1] == PR_MCE_KILL_SET)
			pr_xlat(mce_policy, t->a[2], "%#lx", "PR_MCE_KILL_???");
		else
			pr("%#lx", t->a[2]);
		rest_hex(t, 3);
		return 1;
	case PR_SET_MM:
		pr_sep();
		pr_xlat(set_mm, t->a[1], "%#lx", "PR_SET_MM_???");
		rest_hex(t, 2);
		return 1;
	case PR_SET_PTRACER:
		pr_sep();
		if ((int)t->a[1] == -1 && !opt_raw)	/* the kernel reads an int */
			pr_named("-1", "PR_SET_PTRACER_ANY");
		else
			pr_pid((int)t->a[1], PT_TGID);
		return 1;
	case PR_SET_THP_DISABLE: case PR_SET_IO_FLUSHER:
		pr(", %lu", t->a[1]);
		rest_hex(t, 2);
		return 1;
	case PR_MCE_KILL_GET: case PR_GET_THP_DISABLE: case PR_MPX_ENABLE_MANAGEMENT:
	case PR_MPX_DISABLE_MANAGEMENT: case PR_GET_TAGGED_ADDR_CTRL: case PR_GET_IO_FLUSHER:
		rest_hex(t, 1);
		return 1;
	case PR_SET_FP_MODE:
		pr_sep();
		pr_flags_d(fp_modes, t->a[1], "PR_FP_MODE_???");
		return 1;
	case PR_CAP_AMBIENT:
		pr_sep();
		pr_xlat(ambient, t->a[1], "%#lx", "PR_CAP_AMBIENT_???");
		pr_sep();
		/* a capability for IS_SET, RAISE and LOWER only */
		if (t->a[1] == PR_CAP_AMBIENT_IS_SET || t->a[1] == PR_CAP_AMBIENT_RAISE ||
		    t->a[1] == PR_CAP_AMBIENT_LOWER)
			pr_xlat(xl_caps, t->a[2], "%#lx", "CAP_???");
		else
			pr("%#lx", t->a[2]);
		rest_hex(t, 3);
		return 1;
	case PR_GET_SPECULATION_CTRL:
		pr_sep();
		pr_xlat(spec_features, t->a[1], "%#lx", "PR_SPEC_???");
		return 1;
	case PR_SET_SPECULATION_CTRL:
		pr_sep();
		pr_xlat(spec_features, t->a[1], "%#lx", "PR_SPEC_???");
		pr_sep();
		if (xlat_name(spec_features, t->a[1]))	/* the control, for a known feature */
			pr_xlat(spec_set, t->a[2], "%#lx", "PR_SPEC_???");
		else
			pr("%#lx", t->a[2]);
		return 1;
	case PR_PAC_RESET_KEYS:
		pr_sep();
		pr_flags_d(pac_keys, t->a[1], "PR_PAC_???");
		rest_hex(t, 2);
		return 1;
	case PR_PAC_SET_ENABLED_KEYS:	/* the keys to change, their new state */
		pr_sep();
		pr_flags_d(pac_enabled_keys, t->a[1], "PR_PAC_???");
		pr_sep();
		pr_flags_d(pac_enabled_keys, t->a[2], "PR_PAC_???");
		rest_hex(t, 3);
		return 1;
	case PR_PAC_GET_ENABLED_KEYS:
		rest_hex(t, 1);
		return 1;
	case PR_SET_SYSCALL_USER_DISPATCH:	/* ..., offset, length, the selector byte */
		pr_sep();
		pr_xlat(dispatch, t->a[1], "%#lx", "PR_SYS_DISPATCH_???");
		pr(", %#lx, %#lx, ", t->a[2], t->a[3]);
		pr_addr(t->a[4]);
		return 1;
	case PR_SCHED_CORE:	/* command and pid type are ints */
		pr_sep();
		pr_xlat(sched_core, (unsigned)t->a[1], "%#lx", "PR_SCHED_CORE_???");
		pr_sep();
		pr_sched_core_pid((int)t->a[2], (unsigned)t->a[3]);
		pr_sep();
		pr_pidtype((unsigned)t->a[3]);
		pr_sep();
		if ((unsigned)t->a[1] != PR_SCHED_CORE_GET)
			pr_addr(t->a[4]);	/* GET's cookie comes at the exit */
		return 1;
	case PR_SVE_SET_VL: case PR_SME_SET_VL:
		pr_sep();
		pr_vl(op == PR_SVE_SET_VL ? sve_flags : sme_flags, t->a[1]);
		return 1;
	case PR_SET_TAGGED_ADDR_CTRL:
		pr_sep();
		pr_tagged(t->a[1]);
		rest_hex(t, 2);
		return 1;
	case PR_SET_VMA:
		pr_sep();
		pr_xlat(set_vma, t->a[1], "%#lx", "PR_SET_VMA_???");
		if (t->a[1] != PR_SET_VMA_ANON_NAME) {
			rest_hex(t, 2);
			return 1;
		}
		pr_sep();		/* the range, and the name */
		pr_addr(t->a[2]);
		pr(", %lu, ", t->a[3]);
		pr_str(t, t->a[4]);
		return 1;
	}
	return 0;
}

/* At the exit: the value a PR_GET_ option stored, or where it was to go. */
void prctl_exit_more(struct tcb *t, unsigned op)
{
	unsigned v;
	unsigned long p;

	switch (op) {
	case PR_GET_UNALIGN: case PR_GET_FPEMU: case PR_GET_FPEXC: case PR_GET_ENDIAN:
	case PR_GET_TSC:
		if (t_failed(t) || umove(t->pid, t->a[1], &v, sizeof v) < 0) {
			pr_addr(t->a[1]);
		} else if (op == PR_GET_TSC) {
			prs("[");
			pr_xlat(tsc_modes, v, "%#x", "PR_TSC_???");
			prs("]");
		} else if (op == PR_GET_UNALIGN) {
			prs("[");
			pr_flags_d(unalign_flags, v, "PR_UNALIGN_???");
			prs("]");
		} else {
			pr("[%u]", v);
		}
		break;
	case PR_SCHED_CORE: {	/* GET: the cookie, a u64 */
		uint64_t c;
		if ((unsigned)t->a[1] != PR_SCHED_CORE_GET)
			break;
		if (t_failed(t) || !t->a[4] || umove(t->pid, t->a[4], &c, sizeof c) < 0)
			pr_addr(t->a[4]);
		else
			pr("[%#llx]", (unsigned long long)c);
		break;
	}
	case PR_GET_TID_ADDRESS:
		if (t_failed(t) || umove(t->pid, t->a[1], &p, sizeof p) < 0) {
			pr_addr(t->a[1]);
		} else {
			prs("[");
			pr_addr(p);
			prs("]");
		}
		break;
	case PR_GET_FP_MODE:
		ret_flags(t, fp_modes);
		break;
	case PR_GET_SECUREBITS:
		ret_flags(t, securebits);
		break;
	case PR_PAC_GET_ENABLED_KEYS:
		ret_flags(t, pac_enabled_keys);
		break;
	case PR_GET_SPECULATION_CTRL:	/* a known feature's state; 0 has a name of its own */
		if (!xlat_name(spec_features, t->a[1]))
			break;		/* sprintrc's decimal */
		ret_flags(t, spec_get);
		if (!t_failed(t) && !t->ret && !opt_raw)
			ret_text(t, "PR_SPEC_NOT_AFFECTED");
		break;
	case PR_SVE_SET_VL: case PR_SVE_GET_VL:
		ret_vl(t, sve_flags);
		break;
	case PR_SME_SET_VL: case PR_SME_GET_VL:
		ret_vl(t, sme_flags);
		break;
	case PR_GET_TAGGED_ADDR_CTRL:	/* the word, even 0, as the argument's text */
		t->rfmt = R_HEX;
		if (!opt_raw && !t_failed(t)) {
			char buf[160];
			tagged_text(buf, sizeof buf, (unsigned long)t->ret);
			ret_text(t, buf);
		}
		break;
	case PR_MCE_KILL_GET: {	/* the policy, in decimal, and its name (even -X raw's) */
		const char *n = xlat_name(mce_policy, (unsigned long)t->ret);
		if (n && !t_failed(t))
			ret_text(t, n);
		break;
	}
	}
}
