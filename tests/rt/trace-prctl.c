/* tests/rt/trace-prctl.c — the prctl family's edges, for
 * tests/trace-prctl.bats to trace with strace 6.1 and bin/trace and compare:
 * prctl's options with values no name covers, ints with a high half, the
 * task name at and past its 15 bytes, PR_SET_VMA's name, PR_SCHED_CORE's
 * pid types; arch_prctl's codes and xfeatures; personality's domain and
 * flags; seccomp's operations and (with -v) a classic BPF filter, whole and
 * cut by an unmapped page; a socket's SO_ATTACH_FILTER and SO_GET_FILTER;
 * ptrace's requests on a process not traced (siginfos, regsets, PEEKSIGINFO,
 * seccomp metadata, PTRACE_GET_SYSCALL_INFO). Every call
 * fails harmlessly or changes only this process (its name, personality,
 * its own socket's filter). Run under -e inject=prctl:retval=N, the GET
 * options' results are decoded from N.
 */
#include "sg.h"
#include "net.h"
#include <asm/socket.h>
#include <linux/prctl.h>
#include <linux/filter.h>
#include <linux/bpf.h>
#include <linux/seccomp.h>
#include <linux/personality.h>
#include <linux/ptrace.h>
#include <asm/prctl.h>
#include <asm/signal.h>

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define BAD ((long)0xbadc0ded)		/* an address nothing is mapped at */
#define HI(v) (0x7e0000000000L | (v))	/* an int argument with a high half */
#define PRCTL(op, a, b, c, d) S(__NR_prctl, op, a, b, c, d, 0)

static char *page;	/* two pages, the second unmapped: page + 4096 faults */

static void prctl_options(void)
{
	PRCTL(PR_SET_UNALIGN, 3, 0, 0, 0);
	PRCTL(PR_SET_UNALIGN, 0xff00, 0, 0, 0);
	PRCTL(PR_GET_UNALIGN, BAD, 0, 0, 0);
	PRCTL(PR_SET_TSC, HI(0xfacebeef), 0, 0, 0);
	PRCTL(PR_SET_TSC, HI(PR_TSC_SIGSEGV) & 0xffffffffL, 0, 0, 0);
	PRCTL(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 13, 0, 0);
	PRCTL(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 0xff, 0, 0);
	PRCTL(PR_CAP_AMBIENT, 0xff, 0xaaaa, 0xbbbb, 0xcccc);
	PRCTL(PR_SET_SPECULATION_CTRL, 7, 2, 0, 0);		/* no such feature */
	PRCTL(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);	/* ERANGE */
	PRCTL(PR_GET_SPECULATION_CTRL, 7, 0, 0, 0);
	PRCTL(PR_SET_PTRACER, 0x7ffffff0, 0, 0, 0);		/* no such process */
	PRCTL(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, -1, 0, 0);
	PRCTL(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0, 1, "a name");
	PRCTL(PR_SET_VMA, PR_SET_VMA_ANON_NAME, page + 1, 2, page + 4096);
	PRCTL(PR_SET_VMA, 5, 1, 2, 3);
	PRCTL(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 7, 0);
	PRCTL(PR_SCHED_CORE, HI(PR_SCHED_CORE_CREATE), -1, HI(2), BAD);
	PRCTL(PR_PAC_SET_ENABLED_KEYS, 0x1f, 0x7ffffff0, 0, 1);
	PRCTL(PR_SET_SECCOMP, SECCOMP_MODE_DISABLED, 1, 2, 3);	/* EINVAL: modes by name, */
	PRCTL(PR_SET_SECCOMP, 3, 1, 2, 3);			/* an unknown one in hex */
	PRCTL(PR_SET_SECCOMP, -1L, 1, 2, 3);
	PRCTL(PR_SET_TAGGED_ADDR_CTRL, 0x57ae57f4, 1, 2, 3);
	PRCTL(PR_SET_TAGGED_ADDR_CTRL, -1L, 0, 0, 0);
	PRCTL(PR_SVE_SET_VL, 0xfacefeed, 0, 0, 0);
	PRCTL(PR_SME_SET_VL, 0x10000, 0, 0, 0);
	PRCTL(PR_SET_SECUREBITS, 0x100, 0, 0, 0);
	/* the results the GET options are decoded from (see -e inject=) */
	PRCTL(PR_GET_SECUREBITS, 0, 0, 0, 0);
	PRCTL(PR_GET_FP_MODE, 0, 0, 0, 0);
	PRCTL(PR_MCE_KILL_GET, 0, 0, 0, 0);
	PRCTL(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	PRCTL(PR_PAC_GET_ENABLED_KEYS, 0, 0, 0, 0);
	PRCTL(PR_SVE_GET_VL, 0, 0, 0, 0);
	PRCTL(PR_SME_GET_VL, 0, 0, 0, 0);
	PRCTL(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
}

/* the task name: 15 bytes at most, "..." when no NUL ends them */
static void task_name(void)
{
	char *end = page + 4096;

	memcpy(end - 20, "0123456789abcdefghij", 20);
	PRCTL(PR_SET_NAME, end - 16, 0, 0, 0);	/* 16 bytes, then the fault */
	PRCTL(PR_SET_NAME, end - 15, 0, 0, 0);
	PRCTL(PR_SET_NAME, end - 14, 0, 0, 0);	/* 14 bytes: the fault first */
	memcpy(end - 16, "short\0", 6);
	PRCTL(PR_SET_NAME, end - 16, 0, 0, 0);
	PRCTL(PR_GET_NAME, end - 16, 0, 0, 0);
	PRCTL(PR_SET_NAME, "trace-prctl", 0, 0, 0);
}

static void arch_prctls(void)
{
	unsigned long *mask = (unsigned long *)(page + 4096 - 8);

	S(__NR_arch_prctl, ARCH_GET_CPUID, 0xdeadc0de, 0, 0, 0, 0);
	S(__NR_arch_prctl, ARCH_GET_XCOMP_SUPP, mask, 0, 0, 0, 0);
	S(__NR_arch_prctl, ARCH_GET_XCOMP_PERM, 0, 0, 0, 0, 0);
	S(__NR_arch_prctl, ARCH_GET_XCOMP_GUEST_PERM, mask + 1, 0, 0, 0, 0);
	S(__NR_arch_prctl, ARCH_REQ_XCOMP_PERM, 0xdeadface, 0, 0, 0, 0);
	S(__NR_arch_prctl, ARCH_REQ_XCOMP_GUEST_PERM, 8, 0, 0, 0, 0);
	S(__NR_arch_prctl, ARCH_GET_FS, 0, 0, 0, 0, 0);
	S(__NR_arch_prctl, 0x1005, 0, 0, 0, 0, 0);
}

static void personalities(void)
{
	long saved = S(__NR_personality, 0xffffffff, 0, 0, 0, 0, 0);

	S(__NR_personality, PER_BSD | SHORT_INODE | 0x10000, 0, 0, 0, 0, 0);
	S(__NR_personality, 0x1f | STICKY_TIMEOUTS, 0, 0, 0, 0, 0);
	S(__NR_personality, saved, 0, 0, 0, 0, 0);
}

static struct sock_filter prog[] = {
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, 39, 0, 1),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, (unsigned)SKF_NET_OFF + 9),
	BPF_STMT(BPF_LD | BPF_H | BPF_IND, (unsigned)SKF_AD_OFF + SKF_AD_PROTOCOL),
	BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
	BPF_STMT(BPF_ALU | BPF_X | BPF_AND, 0),
	BPF_STMT(BPF_JMP | BPF_JA, 0),
	BPF_STMT(BPF_MISC | BPF_TXA, 0),
	BPF_STMT(BPF_ST, 3),
	BPF_STMT(BPF_RET | BPF_K, 0x60005),
	BPF_STMT(BPF_RET | BPF_A, 0),
};

static void seccomps(void)
{
	unsigned act = SECCOMP_RET_LOG;
	struct sock_fprog fp = { sizeof prog / sizeof *prog, prog };
	struct sock_filter *cut = (struct sock_filter *)(page + 4096) - 2;

	S(__NR_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act, 0, 0, 0);
	S(__NR_seccomp, SECCOMP_GET_ACTION_AVAIL, 0xcafef00d, 0, 0, 0, 0);
	S(__NR_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, page, 0, 0, 0);
	S(__NR_seccomp, SECCOMP_GET_NOTIF_SIZES, 1, page, 0, 0, 0);
	S(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0xffffffc0, BAD, 0, 0, 0);
	/* an invalid filter (EINVAL, its jump goes past the end) and the others
	 * fault: nothing is installed */
	S(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0x40, &fp, 0, 0, 0);
	memcpy(cut, prog, 2 * sizeof *prog);
	fp.filter = cut;
	fp.len = 3;
	S(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp, 0, 0, 0);
	fp.len = 0;
	S(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp, 0, 0, 0);
	PRCTL(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, BAD, 0, 0);
}

/* a UDP socket's filter: attached, read back whole, asked with room for
 * none (the kernel says how many), with a struct of the wrong size */
static void socket_filter(void)
{
	static struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_B | BPF_ABS, (unsigned)SKF_LL_OFF + 4),
		BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
		BPF_JUMP(BPF_JMP | BPF_K | BPF_JGE, 100, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, 0xffffffff),
		BPF_STMT(BPF_RET | BPF_K, 0),
	};
	struct sock_fprog fp = { sizeof f / sizeof *f, f };
	struct sock_filter back[8];
	int len;
	long fd = sys_socket(AF_INET, SOCK_DGRAM, 0);

	if (fd < 0)
		return;
	S(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof fp, 0);
	S(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof fp - 4, 0);
	len = 0;
	S(__NR_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, back, &len, 0);
	len = 8;
	S(__NR_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, back, &len, 0);
	len = 2;
	S(__NR_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, back, &len, 0);
	/* a program the kernel refuses (EINVAL): an area offset outside
	 * BPF_LD|BPF_ABS stays hex; codes only eBPF defines keep their names */
	static struct sock_filter odd[] = {
		BPF_STMT(BPF_LD | BPF_B | BPF_IND, (unsigned)SKF_AD_OFF + SKF_AD_PKTTYPE),
		BPF_STMT(BPF_LDX | BPF_B | BPF_ABS, (unsigned)SKF_LL_OFF + 1),
		BPF_JUMP(BPF_JMP | BPF_K | BPF_JNE, 1, 0, 1),
		BPF_STMT(BPF_ALU | BPF_K | BPF_MOV, 3),
		BPF_STMT(BPF_LD | BPF_DW | BPF_ABS, 3),
		BPF_STMT(BPF_RET | BPF_K, 0),
	};
	struct sock_fprog ofp = { sizeof odd / sizeof *odd, odd };
	S(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &ofp, sizeof ofp, 0);
	sys_close((int)fd);
}

/* ptrace's requests on pid 1, which is not our tracee (ESRCH): what goes in
 * is printed all the same: siginfos, a regset, a PEEKSIGINFO request, a
 * seccomp filter's metadata */
static void ptrace_requests(void)
{
	siginfo_t si;
	struct { void *base; unsigned long len; } iov = { page, 24 };
	struct { unsigned long long off; unsigned flags; int nr; } psi = { 5, 1, 2 };
	unsigned long long md = 3;
	static const int codes[][3] = {	/* signal, code, errno */
		{ SIGIO, 1, 2 }, { SIGTRAP, 5, 0 }, { SIGTRAP, 7, 0 }, { SIGBUS, 4, -2 },
		{ SIGSEGV, 3, 0 }, { SIGSEGV, 4, 0 }, { SIGSEGV, 9, 0 }, { SIGSEGV, -5, 0 },
		{ SIGPROF, (int)0xbadc0ded, 0 }, { SIGSYS, 1, 0 },
	};

	for (unsigned i = 0; i < sizeof codes / sizeof *codes; i++) {
		memset(&si, 0x5a, sizeof si);
		si.si_signo = codes[i][0];
		si.si_code = codes[i][1];
		si.si_errno = codes[i][2];
		S(__NR_ptrace, PTRACE_SETSIGINFO, 1, 0, &si, 0, 0);
	}
	memset(page, 0, 512);
	S(__NR_ptrace, PTRACE_SETREGSET, 1, 1, &iov, 0, 0);	/* NT_PRSTATUS */
	iov.len = 40;
	S(__NR_ptrace, PTRACE_SETREGSET, 1, 2, &iov, 0, 0);	/* NT_PRFPREG */
	iov.len = 17;
	S(__NR_ptrace, PTRACE_SETREGSET, 1, 2, &iov, 0, 0);
	S(__NR_ptrace, PTRACE_GETREGSET, 1, 0x202, &iov, 0, 0);
	S(__NR_ptrace, PTRACE_SETFPREGS, 1, 0, page, 0, 0);
	S(__NR_ptrace, PTRACE_PEEKSIGINFO, 1, &psi, page, 0, 0);
	S(__NR_ptrace, PTRACE_SECCOMP_GET_METADATA, 1, 16, &md, 0, 0);
	S(__NR_ptrace, PTRACE_SECCOMP_GET_METADATA, 1, 7, &md, 0, 0);
	S(__NR_ptrace, PTRACE_LISTEN, 1, 0, 0, 0, 0);
	S(__NR_ptrace, PTRACE_GET_SYSCALL_INFO, 1, 88, page, 0, 0);
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	long p = sys_mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p < 0)
		return 1;
	page = (char *)p;
	sys_munmap(page + 4096, 4096);
	prctl_options();
	task_name();
	arch_prctls();
	personalities();
	seccomps();
	socket_filter();
	ptrace_requests();
	return 0;
}
