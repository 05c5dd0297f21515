/* src/trace/ptrace.c — ptrace(2): the request by name, then only the
 * arguments the request uses, each in its kind (a pid, an address, a
 * signal, option flags, the word a PEEK read). Requests from <linux/ptrace.h>
 * and the x86 ones from <asm/ptrace-abi.h>. */
#include "trace.h"
#include <linux/ptrace.h>
#include <asm/ptrace-abi.h>

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

/* the addr argument: a number for these, an address otherwise */
static void pr_ptrace_addr(unsigned long req, unsigned long addr)
{
	switch (req) {
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
		unsigned long word;
		if (!data || t_failed(t) || umove(t->pid, data, &word, sizeof word) < 0)
			pr_addr(data);
		else
			pr("[%#lx]", word);
		return;
	}
	t->aux = 0;
	pr_xlat(ptrace_reqs, req, "%#lx", "PTRACE_???");
	if (req == PTRACE_TRACEME)
		return;
	prs(", ");
	pr_pid((long)t->a[1], PT_TID);
	if (req == PTRACE_ATTACH || req == PTRACE_INTERRUPT || req == PTRACE_KILL)
		return;
	pr_sep();
	pr_ptrace_addr(req, t->a[2]);
	pr_sep();
	t->aux = (unsigned long)pr_ptrace_data(t, req, data);
}

void ptrace_init(void)
{
	sys_set("ptrace", 4, dec_ptrace, R_DEC);
}
