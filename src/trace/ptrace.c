/* src/trace/ptrace.c — ptrace(2): the request by name, then only the
 * arguments the request uses, each in its kind (a pid, an address, a
 * signal, option flags, the word a PEEK read). Requests from <linux/ptrace.h>
 * and the x86 ones from <asm/ptrace-abi.h>. */
#define __FRAME_OFFSETS	/* asm/ptrace-abi.h: R15..SS as byte offsets into user_regs_struct */
#include "trace.h"
#include <linux/ptrace.h>
#include <asm/ptrace-abi.h>
#include <linux/audit.h>
#include <linux/elf.h>
#include <linux/seccomp.h>
#include <stddef.h>

static const struct xlat ptrace_reqs[] = {
	X(PTRACE_TRACEME), X(PTRACE_PEEKTEXT), X(PTRACE_PEEKDATA),
	{ PTRACE_PEEKUSR, "PTRACE_PEEKUSER" }, X(PTRACE_POKETEXT), X(PTRACE_POKEDATA),
	{ PTRACE_POKEUSR, "PTRACE_POKEUSER" }, X(PTRACE_CONT), X(PTRACE_KILL),
	X(PTRACE_SINGLESTEP), X(PTRACE_GETREGS), X(PTRACE_SETREGS), X(PTRACE_GETFPREGS),
	X(PTRACE_SETFPREGS), X(PTRACE_ATTACH), X(PTRACE_DETACH), X(PTRACE_GETFPXREGS),
	X(PTRACE_SETFPXREGS), X(PTRACE_OLDSETOPTIONS), X(PTRACE_SYSCALL),
	X(PTRACE_GET_THREAD_AREA), X(PTRACE_SET_THREAD_AREA), X(PTRACE_ARCH_PRCTL),
	X(PTRACE_SYSEMU), X(PTRACE_SYSEMU_SINGLESTEP), X(PTRACE_SINGLEBLOCK),
	X(PTRACE_SETOPTIONS), X(PTRACE_GETEVENTMSG), X(PTRACE_GETSIGINFO),
	X(PTRACE_SETSIGINFO), X(PTRACE_GETREGSET), X(PTRACE_SETREGSET), X(PTRACE_SEIZE),
	X(PTRACE_INTERRUPT), X(PTRACE_LISTEN), X(PTRACE_PEEKSIGINFO), X(PTRACE_GETSIGMASK),
	X(PTRACE_SETSIGMASK), X(PTRACE_SECCOMP_GET_FILTER), X(PTRACE_SECCOMP_GET_METADATA),
	X(PTRACE_GET_SYSCALL_INFO), X(PTRACE_GET_RSEQ_CONFIGURATION), XEND
};
static const struct xlat ptrace_opts[] = {
	X(PTRACE_O_TRACESYSGOOD), X(PTRACE_O_TRACEFORK), X(PTRACE_O_TRACEVFORK),
	X(PTRACE_O_TRACECLONE), X(PTRACE_O_TRACEEXEC), X(PTRACE_O_TRACEVFORKDONE),
	X(PTRACE_O_TRACEEXIT), X(PTRACE_O_TRACESECCOMP), X(PTRACE_O_EXITKILL),
	X(PTRACE_O_SUSPEND_SECCOMP), XEND
};

/* struct user_regs_struct, the kernel's order (asm/ptrace-abi.h gives the
 * first 21 as byte offsets; the segment bases and selectors follow) */
static const char *const user_regs[] = {
	"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx", "rdx",
	"rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss",
	"fs_base", "gs_base", "ds", "es", "fs", "gs",
};
#define NUSER_REGS (sizeof user_regs / sizeof *user_regs)

/* PTRACE_PEEKUSER's offsets into struct user, named as strace names them:
 * the registers by <asm/ptrace-abi.h>, then the fields after them (their
 * x86-64 offsets; struct user is in no UAPI header), then its size */
#define UREG(n) { n, "8*" #n }
static const struct { unsigned long off; const char *name; } user_offs[] = {
	UREG(R15), UREG(R14), UREG(R13), UREG(R12), UREG(RBP), UREG(RBX), UREG(R11), UREG(R10),
	UREG(R9), UREG(R8), UREG(RAX), UREG(RCX), UREG(RDX), UREG(RSI), UREG(RDI), UREG(ORIG_RAX),
	UREG(RIP), UREG(CS), UREG(EFLAGS), UREG(RSP), UREG(SS),
	{ 216, "offsetof(struct user, u_fpvalid)" }, { 224, "offsetof(struct user, i387)" },
	{ 736, "offsetof(struct user, u_tsize)" }, { 744, "offsetof(struct user, u_dsize)" },
	{ 752, "offsetof(struct user, u_ssize)" }, { 760, "offsetof(struct user, start_code)" },
	{ 768, "offsetof(struct user, start_stack)" }, { 776, "offsetof(struct user, signal)" },
	{ 784, "offsetof(struct user, reserved)" }, { 792, "offsetof(struct user, u_ar0)" },
	{ 800, "offsetof(struct user, u_fpstate)" }, { 808, "offsetof(struct user, magic)" },
	{ 816, "offsetof(struct user, u_comm)" }, { 848, "offsetof(struct user, u_debugreg)" },
	{ 912, "sizeof(struct user)" },
};

/* the field at or below off, and how far past it; past the struct, hex */
static void pr_user_off(unsigned long off)
{
	size_t i = sizeof user_offs / sizeof *user_offs;

	if (off > user_offs[i - 1].off) {
		pr("%#lx", off);
		return;
	}
	while (user_offs[i - 1].off > off)
		i--;
	char name[64];
	if (off > user_offs[i - 1].off)
		snprintf(name, sizeof name, "%s+%lu", user_offs[i - 1].name, off - user_offs[i - 1].off);
	else
		snprintf(name, sizeof name, "%s", user_offs[i - 1].name);
	pr_named_hex(off, name);
}

/* struct user_regs_struct, its first len bytes (the registers they hold
 * whole), or its address if they cannot be read */
static void pr_user_regs_n(struct tcb *t, unsigned long addr, size_t len)
{
	unsigned long r[NUSER_REGS];
	size_t n = len / sizeof *r < NUSER_REGS ? len / sizeof *r : NUSER_REGS;

	if (!addr || !n || umove(t->pid, addr, r, n * sizeof *r) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{");
	for (size_t i = 0; i < n; i++)
		pr("%s%s=%#lx", i ? ", " : "", user_regs[i], r[i]);
	prs(len > sizeof r ? ", ...}" : "}");	/* more than the struct */
}

/* GETREGS' and SETREGS' struct */
static void pr_user_regs(struct tcb *t, unsigned long addr)
{
	pr_user_regs_n(t, addr, NUSER_REGS * sizeof(unsigned long));
}

/* struct user_fpregs_struct (<sys/user.h>, in no UAPI header: x86-64's
 * layout, 512 bytes) */
struct fpregs {
	unsigned short cwd, swd, ftw, fop;
	unsigned long long rip, rdp;
	unsigned mxcsr, mxcr_mask;
	unsigned st_space[32], xmm_space[64], padding[24];
};

/* an array of u32 in hex, its elements whole within end bytes of the struct
 * it starts at off of; -s cuts it */
static void pr_u32s(const char *name, const unsigned *a, size_t n, size_t off, size_t end)
{
	if (off + 4 > end)
		return;
	pr(", %s=[", name);
	for (size_t i = 0; i < n && off + 4 * (i + 1) <= end; i++)
		if (!pr_elem((int)i))
			break;
		else
			pr("%#x", a[i]);
	prs("]");
}

/* GETFPREGS', SETFPREGS' and NT_FPREGSET's struct: the fields whole within
 * its first len bytes */
static void pr_fpregs_n(struct tcb *t, unsigned long addr, size_t len)
{
	struct fpregs f;
	int more = len > sizeof f;	/* more than the struct */

	if (more)
		len = sizeof f;
#define IN(m) (offsetof(struct fpregs, m) + sizeof f.m <= len)
	if (!addr || !IN(fop) || umove(t->pid, addr, &f, len) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{cwd=%#x, swd=%#x, ftw=%#x, fop=%#x", f.cwd, f.swd, f.ftw, f.fop);
	if (IN(rip))
		pr(", rip=%#llx", f.rip);
	if (IN(rdp))
		pr(", rdp=%#llx", f.rdp);
	if (IN(mxcsr))
		pr(", mxcsr=%#x", f.mxcsr);
	if (IN(mxcr_mask))
		pr(", mxcr_mask=%#x", f.mxcr_mask);
#undef IN
	pr_u32s("st_space", f.st_space, 32, offsetof(struct fpregs, st_space), len);
	pr_u32s("xmm_space", f.xmm_space, 64, offsetof(struct fpregs, xmm_space), len);
	pr_u32s("padding", f.padding, 24, offsetof(struct fpregs, padding), len);
	prs(more ? ", ...}" : "}");
}

static const struct xlat si_ops[] = {
	X(PTRACE_SYSCALL_INFO_NONE), X(PTRACE_SYSCALL_INFO_ENTRY), X(PTRACE_SYSCALL_INFO_EXIT),
	X(PTRACE_SYSCALL_INFO_SECCOMP), XEND
};
static const struct xlat audit_arches[] = {
	X(AUDIT_ARCH_X86_64), X(AUDIT_ARCH_I386), X(AUDIT_ARCH_AARCH64), X(AUDIT_ARCH_ARM),
	X(AUDIT_ARCH_RISCV64), X(AUDIT_ARCH_PPC64), X(AUDIT_ARCH_PPC64LE), X(AUDIT_ARCH_S390X),
	XEND
};

/* GETREGSET/SETREGSET's kinds (<linux/elf.h>; NT_PRFPREG strace calls by its
 * older name) */
static const struct xlat nt_types[] = {
	X(NT_PRSTATUS), { NT_PRFPREG, "NT_FPREGSET" }, X(NT_PRPSINFO), X(NT_TASKSTRUCT),
	X(NT_AUXV), X(NT_386_TLS), X(NT_386_IOPERM), X(NT_X86_XSTATE), X(NT_SIGINFO),
	X(NT_FILE), X(NT_PRXFPREG), XEND
};
static const struct xlat peeksiginfo_flags[] = { X(PTRACE_PEEKSIGINFO_SHARED), XEND };
static const struct xlat seccomp_md_flags[] = { X(SECCOMP_FILTER_FLAG_LOG), XEND };

/* PEEKSIGINFO's request: {off=, flags=, nr=} */
static void pr_peeksiginfo_args(struct tcb *t, unsigned long addr)
{
	struct ptrace_peeksiginfo_args a;

	if (!addr || umove(t->pid, addr, &a, sizeof a) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{off=%llu, flags=", (unsigned long long)a.off);
	pr_flags_d(peeksiginfo_flags, a.flags, "PTRACE_PEEKSIGINFO_???");
	pr(", nr=%d}", a.nr);
}

/* PEEKSIGINFO's answer: as many siginfos as it returns */
static void pr_siginfos(struct tcb *t, unsigned long addr)
{
	siginfo_t si;

	if (t_failed(t) || !addr || t->ret <= 0) {
		pr_addr(addr);
		return;
	}
	for (long i = 0; i < t->ret; i++) {
		if (umove(t->pid, addr + (unsigned long)i * sizeof si, &si, sizeof si) < 0) {
			if (!i)
				pr_addr(addr);
			else
				pr(", ... /* %#lx */]", addr + (unsigned long)i * sizeof si);
			return;
		}
		if (!pr_elem((int)i)) {
			prs("]");
			return;
		}
		if (!i)
			prs("[");
		pr_siginfo(&si);
	}
	prs("]");
}

/* a siginfo_t, or where it is */
static void pr_siginfo_at(struct tcb *t, unsigned long addr)
{
	siginfo_t si;

	if (!addr || umove(t->pid, addr, &si, sizeof si) < 0)
		pr_addr(addr);
	else
		pr_siginfo(&si);
}

/* SECCOMP_GET_METADATA: the filter asked for at the entry, its flags at the
 * exit; a size short of filter_off: the address */
static int pr_seccomp_metadata(struct tcb *t, unsigned long addr)
{
	struct seccomp_metadata md;

	if (!t->exiting) {	/* 1: the struct is open, the exit closes it */
		if (t->a[2] < sizeof md.filter_off || umove(t->pid, addr, &md, sizeof md.filter_off) < 0) {
			pr_addr(addr);
			return 0;
		}
		pr("{filter_off=%llu", (unsigned long long)md.filter_off);
		return 1;
	}
	if (!t_failed(t) && t->a[2] >= sizeof md && umove(t->pid, addr, &md, sizeof md) == 0) {
		prs(", flags=");
		pr_flags(seccomp_md_flags, md.flags, NULL);
	}
	prs("}");
	return 0;
}

/* GETREGSET/SETREGSET's struct iovec, at the exit: the registers (the
 * general ones and the FPU's are decoded, after a success), the length,
 * [IN => OUT] when the kernel shortened it (t->aux's upper half: the
 * length that went in, + 1) */
static void pr_regset_iov(struct tcb *t, unsigned long addr)
{
	struct { unsigned long base, len; } iov;

	if (!addr || umove(t->pid, addr, &iov, sizeof iov) < 0) {
		pr_addr(addr);
		return;
	}
	unsigned long in = (t->aux >> 8) - 1;
	/* SET's registers are what went in (whole words of them), failed or
	 * not; GET's what came back */
	unsigned long len = t->a[0] == PTRACE_SETREGSET ? (t->aux >> 8 && in % 8 == 0 ? in : 0)
			    : t_failed(t) ? 0 : iov.len;
	prs("{iov_base=");
	if (!len)
		pr_addr(iov.base);
	else if (t->a[2] == NT_PRSTATUS)
		pr_user_regs_n(t, iov.base, len);
	else if (t->a[2] == NT_PRFPREG)
		pr_fpregs_n(t, iov.base, len);
	else
		pr_addr(iov.base);
	prs(", iov_len=");
	if (t->aux >> 8 && in != iov.len)
		pr("%lu => %lu}", in, iov.len);
	else
		pr("%lu}", iov.len);
}

/* a syscall number: __NR_name (-X raw: the number) */
static void pr_scno(unsigned long nr)
{
	char name[64];

	if (nr < NSYS && systab[nr].name) {
		snprintf(name, sizeof name, "__NR_%s", systab[nr].name);
		char num[24];
		snprintf(num, sizeof num, "%lu", nr);
		pr_named(num, name);
	} else {
		pr("%lu", nr);
	}
}

/* a syscall's return value: -ENAME when it is an error, else decimal */
static void pr_rval(long long rval, int is_error)
{
	const char *e = is_error && rval < 0 ? errno_name((int)-rval) : NULL;
	char num[24], name[40];

	snprintf(num, sizeof num, "%lld", rval);
	if (!e) {
		prs(num);
		return;
	}
	snprintf(name, sizeof name, "-%s", e);
	pr_named(num, name);
}

/* PTRACE_GET_SYSCALL_INFO's struct: the fields the kernel wrote (the size
 * asked for, at most what it returns), the rest by the op */
static void pr_syscall_info(struct tcb *t, unsigned long addr)
{
	struct ptrace_syscall_info si;
	unsigned long n = t->a[2] < (unsigned long)t->ret ? t->a[2] : (unsigned long)t->ret;

	if (n > sizeof si)
		n = sizeof si;
	memset(&si, 0, sizeof si);
	if (t_failed(t) || !addr || !n || umove(t->pid, addr, &si, n) < 0) {
		pr_addr(addr);
		return;
	}
#define HAS(f) (n >= offsetof(struct ptrace_syscall_info, f) + sizeof si.f)
	prs("{op=");
	pr_xlat(si_ops, si.op, "%#x", "PTRACE_SYSCALL_INFO_???");
	if (HAS(arch)) {
		prs(", arch=");
		pr_xlat(audit_arches, si.arch, "%#x", "AUDIT_ARCH_???");
	}
	if (HAS(instruction_pointer))
		pr(", instruction_pointer=%#llx", (unsigned long long)si.instruction_pointer);
	if (HAS(stack_pointer))
		pr(", stack_pointer=%#llx", (unsigned long long)si.stack_pointer);
	if ((si.op == PTRACE_SYSCALL_INFO_ENTRY || si.op == PTRACE_SYSCALL_INFO_SECCOMP) &&
	    HAS(entry.nr)) {
		/* seccomp's shares entry's layout, and adds ret_data */
		pr(", %s={nr=", si.op == PTRACE_SYSCALL_INFO_ENTRY ? "entry" : "seccomp");
		pr_scno(si.entry.nr);
		for (int i = 0; i < 6 && HAS(entry.args[i]); i++)
			pr("%s%#llx", i ? ", " : ", args=[", (unsigned long long)si.entry.args[i]);
		if (HAS(entry.args[0]))
			prs("]");
		if (si.op == PTRACE_SYSCALL_INFO_SECCOMP && HAS(seccomp.ret_data))
			pr(", ret_data=%#x", si.seccomp.ret_data);
		prs("}");
	} else if (si.op == PTRACE_SYSCALL_INFO_EXIT && HAS(exit.rval)) {
		prs(", exit={rval=");
		pr_rval(si.exit.rval, HAS(exit.is_error) && si.exit.is_error);
		if (HAS(exit.is_error))
			pr(", is_error=%u", si.exit.is_error);
		prs("}");
	}
	prs("}");
#undef HAS
}

/* the addr argument: a number for these, an address otherwise */
static void pr_ptrace_addr(struct tcb *t, unsigned long req, unsigned long addr)
{
	switch (req) {
	case PTRACE_PEEKUSR: case PTRACE_POKEUSR:
		pr_user_off(addr);
		break;
	case PTRACE_GETREGSET: case PTRACE_SETREGSET:
		pr_xlat(nt_types, addr, "%#lx", "NT_???");
		break;
	case PTRACE_PEEKSIGINFO:
		pr_peeksiginfo_args(t, addr);
		break;
	case PTRACE_GETSIGMASK: case PTRACE_SETSIGMASK: case PTRACE_SECCOMP_GET_FILTER:
	case PTRACE_SECCOMP_GET_METADATA: case PTRACE_GET_SYSCALL_INFO:
		pr("%lu", addr);
		break;
	default:
		pr_addr(addr);
	}
}

/* the data argument at the entry; returns 1 if it is printed at the exit */
static int pr_ptrace_data(struct tcb *t, unsigned long req, unsigned long data)
{
	switch (req) {
	case PTRACE_CONT: case PTRACE_DETACH: case PTRACE_SYSCALL: case PTRACE_SINGLESTEP:
	case PTRACE_SINGLEBLOCK: case PTRACE_SYSEMU: case PTRACE_SYSEMU_SINGLESTEP:
		pr_signame((long)data);
		return 0;
	case PTRACE_SEIZE: case PTRACE_SETOPTIONS: case PTRACE_OLDSETOPTIONS:
		pr_flags_d(ptrace_opts, data, "PTRACE_O_???");
		return 0;
	case PTRACE_SETSIGMASK:
		pr_sigset(t, data, t->a[2]);
		return 0;
	case PTRACE_PEEKDATA: case PTRACE_PEEKTEXT: case PTRACE_PEEKUSR:
		return 1;
	case PTRACE_GETREGS:	/* filled by the call: shown at its exit */
		return 2;
	case PTRACE_GET_SYSCALL_INFO:
		return 3;
	case PTRACE_SETSIGINFO:
		pr_siginfo_at(t, data);
		return 0;
	case PTRACE_GETSIGINFO: case PTRACE_PEEKSIGINFO:
		return 4;
	case PTRACE_SECCOMP_GET_METADATA:
		return pr_seccomp_metadata(t, data) ? 5 : 0;
	case PTRACE_GETFPREGS:
		return 7;
	case PTRACE_SETFPREGS:
		pr_fpregs_n(t, data, sizeof(struct fpregs));
		return 0;
	case PTRACE_GETREGSET: case PTRACE_SETREGSET: {	/* its length comes back */
		unsigned long iov[2];
		int ok = data && umove(t->pid, data, iov, sizeof iov) == 0;
		return 6 | (ok ? (iov[1] + 1) << 8 : 0);
	}
	case PTRACE_SETREGS:
		pr_user_regs(t, data);
		return 0;
	default:
		pr_addr(data);
		return 0;
	}
}

static void dec_ptrace(struct tcb *t)
{
	unsigned long req = t->a[0], data = t->a[3];

	if (t->exiting) {
		if (!t->aux)
			return;
		switch (t->aux & 0xff) {
		case 3:
			pr_syscall_info(t, data);
			return;
		case 4:
			if (req == PTRACE_PEEKSIGINFO)
				pr_siginfos(t, data);
			else if (t_failed(t))
				pr_addr(data);
			else
				pr_siginfo_at(t, data);
			return;
		case 5:
			pr_seccomp_metadata(t, data);
			return;
		case 6:
			pr_regset_iov(t, data);
			return;
		case 7:
			if (t_failed(t))
				pr_addr(data);
			else
				pr_fpregs_n(t, data, sizeof(struct fpregs));
			return;
		}
		if (t->aux == 2) {
			if (t_failed(t))
				pr_addr(data);
			else
				pr_user_regs(t, data);
			return;
		}
		unsigned long word;
		if (!data || t_failed(t) || umove(t->pid, data, &word, sizeof word) < 0)
			pr_addr(data);
		else {
			prs("[");	/* the word as a pointer: NULL for 0 */
			pr_addr(word);
			prs("]");
		}
		return;
	}
	t->aux = 0;
	pr_xlat(ptrace_reqs, req, "%#lx", "PTRACE_???");
	if (req == PTRACE_TRACEME)
		return;
	prs(", ");
	pr_pid((long)t->a[1], PT_TID);
	if (req == PTRACE_ATTACH || req == PTRACE_INTERRUPT || req == PTRACE_KILL ||
	    req == PTRACE_LISTEN)
		return;
	pr_sep();
	if (req != PTRACE_GETREGS && req != PTRACE_SETREGS &&	/* their addr is unused */
	    req != PTRACE_GETFPREGS && req != PTRACE_SETFPREGS) {
		pr_ptrace_addr(t, req, t->a[2]);
		pr_sep();
	}
	t->aux = (unsigned long)pr_ptrace_data(t, req, data);
}

void ptrace_init(void)
{
	sys_set("ptrace", 4, dec_ptrace, R_DEC);
}
