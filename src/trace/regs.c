/* src/trace/regs.c — --regs: the registers as the kernel's syscall entry
 * saw them, on comment lines around each call's line:
 *
 *   # rax=257 rdi=0xffffff9c rsi=0x7ffd5e1c2f40 rdx=0x80000 r10=0 r8=0 r9=0
 *   openat(AT_FDCWD, "/nope", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
 *   # rax=-2 (-ENOENT)
 *
 * The x86-64 convention (lessons 01-02): the number in rax (the kernel keeps
 * it in orig_rax, since rax is overwritten by the result), the arguments in
 * rdi rsi rdx r10 r8 r9 (r10, not rcx: the syscall instruction puts the
 * return address in rcx), the result in rax, -errno for a failure. All six
 * argument registers are shown, whatever the call takes; they are the
 * values PTRACE_GET_SYSCALL_INFO (or PTRACE_GETREGS) read at the entry stop.
 * The result is in decimal, or in hex from 2^32 up (an address).
 */
#include "trace.h"

int opt_regs;

void regs_entry(struct tcb *t)
{
	comment_start(t);
	pr("rax=%ld rdi=%#lx rsi=%#lx rdx=%#lx r10=%#lx r8=%#lx r9=%#lx\n", t->nr, t->a[0], t->a[1],
	   t->a[2], t->a[3], t->a[4], t->a[5]);
}

void regs_exit(struct tcb *t)
{
	long r = t->ret;

	comment_start(t);
	if (t_failed(t)) {
		const char *n = errno_name((int)-r) ? errno_name((int)-r) : restart_name(-r);
		if (n)
			pr("rax=%ld (-%s)\n", r, n);
		else
			pr("rax=%ld\n", r);
	} else if ((unsigned long)r >> 32)
		pr("rax=%#lx\n", (unsigned long)r);
	else
		pr("rax=%ld\n", r);
}
