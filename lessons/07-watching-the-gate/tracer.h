/* lessons/07-watching-the-gate/tracer.h — what tracer.c shares with the reports it calls. */
#ifndef LESSON_TRACER_H
#define LESSON_TRACER_H
#include "sg.h"

/* The registers PTRACE_GETREGS copies out, in the kernel's order
 * (struct user_regs_struct, arch/x86/include/asm/user_64.h). */
struct user_regs {
	unsigned long r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8;
	unsigned long rax, rcx, rdx, rsi, rdi, orig_rax;
	unsigned long rip, cs, eflags, rsp, ss, fs_base, gs_base, ds, es, fs, gs;
};

/* What wait4 stores in *wstatus (libc's <sys/wait.h> macros, written out):
 *
 *   bits 15..8      bits 7..0
 *   exit status     0x00            exited:  WIFEXITED, WEXITSTATUS
 *   0               signal (+0x80   killed:  WIFSIGNALED, WTERMSIG
 *                    if core dumped)
 *   stop signal     0x7f            stopped: WIFSTOPPED, WSTOPSIG
 */
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WTERMSIG(s)	((s) & 0x7f)
#define WSTOPSIG(s)	WEXITSTATUS(s)
#define WIFEXITED(s)	(WTERMSIG(s) == 0)
#define WIFSTOPPED(s)	(((s) & 0xff) == 0x7f)
#define WIFSIGNALED(s)	(!WIFEXITED(s) && !WIFSTOPPED(s))

/* The tracer's output (stderr, flushed at each line's end by tracer.c). */
extern struct out *const T_out;

/* "write" for 1; "syscall_N" for a number the headers do not name. */
const char *name_of(unsigned long nr);

/* The first three argument registers in hex: "write(0x1, 0x400fe0, 0x7". */
void print_call_raw(const struct user_regs *r);

/* The reports, supplied by minitrace.c or an exercise. */
void print_call(int pid, const struct user_regs *r);	/* "name(args" */
void print_result(long rax);				/* "= 7" */
void print_end(int wstatus);				/* "+++ exited with 0 +++\n" */

#endif
