/* lessons/07-watching-the-gate/tracer.c — the core of a system call tracer.
 *
 * Included by minitrace.c (and the exercise drivers), which supply the three
 * reports that the exercises improve (tracer.h):
 *     print_call(pid, regs)    at a syscall's entry: "name(args"
 *     print_result(rax)        at its exit, after ") "
 *     print_end(wstatus)       when the traced process is gone
 *
 * How ptrace tracing goes (man 2 ptrace):
 *
 *   tracer (this)                          tracee (the child)
 *   clone ------------------------------>  ptrace(PTRACE_TRACEME)
 *                                          kill(self, SIGSTOP)    stops here
 *   wait4 sees the SIGSTOP  <-------------
 *   ptrace(SETOPTIONS, TRACESYSGOOD)
 *   loop:
 *     ptrace(PTRACE_SYSCALL, sig) ------>  runs until it enters or leaves
 *                                          a syscall, then stops again
 *     wait4: status says why it stopped
 *       SIGTRAP|0x80: a syscall-stop; entry and exit alternate
 *         entry: orig_rax = number, rdi rsi rdx r10 r8 r9 = arguments
 *         exit:  rax = result (or -errno)
 *       another signal: pass it on with the next PTRACE_SYSCALL
 *       exited / killed: done
 *
 * Every stop is two context switches and a few more syscalls in the tracer:
 * that is the cost of tracing (see ./run).
 */
#include <linux/ptrace.h>
#include "tracer.h"

/* syscall names by number, generated from <asm/unistd.h> */
static const char *const sysname[] = {
#include "sysnames.h"
};

/* The tracer's report goes to stderr through its own buffer, flushed per line. */
static char tbuf[4096];
static struct out trace_out = { .fd = 2, .cap = sizeof tbuf, .buf = tbuf };
struct out *const T_out = &trace_out;
#define T T_out

const char *name_of(unsigned long nr)
{
	static char unknown[32];

	if (nr < sizeof sysname / sizeof sysname[0] && sysname[nr])
		return sysname[nr];
	snprintf(unknown, sizeof unknown, "syscall_%lu", nr);
	return unknown;
}

void print_call_raw(const struct user_regs *r)
{
	out_printf(T, "%s(%#lx, %#lx, %#lx", name_of(r->orig_rax), r->rdi, r->rsi, r->rdx);
}

int main(int argc, char **argv, char **envp)
{
	struct user_regs r;
	int st, in_syscall = 0;

	if (argc < 2)
		error(2, 0, "usage: %s PROGRAM [ARG]...", argv[0]);
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);	/* fork */
	if (pid < 0)
		error(1, (int)-pid, "fork");
	if (pid == 0) {
		long t = sys_ptrace(PTRACE_TRACEME, 0, NULL, NULL);
		if (t < 0)	/* qemu-user, or a seccomp policy: no ptrace here */
			error(126, (int)-t, "ptrace(PTRACE_TRACEME)");
		sys_kill((pid_t)sys_getpid(), SIGSTOP);	/* wait for the tracer */
		long e = sys_execve(argv[1], argv + 1, envp);
		error(127, (int)-e, "cannot run %s", argv[1]);
	}
	sys_wait4((pid_t)pid, &st, 0, NULL);		/* the SIGSTOP */
	if (!WIFSTOPPED(st))				/* the child gave up */
		return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
	sys_ptrace(PTRACE_SETOPTIONS, (pid_t)pid, NULL,
		   (void *)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL));

	int sig = 0;
	for (;;) {
		sys_ptrace(PTRACE_SYSCALL, (pid_t)pid, NULL, (void *)(long)sig);
		sig = 0;
		if (sys_wait4((pid_t)pid, &st, 0, NULL) < 0)
			break;
		if (WIFEXITED(st) || WIFSIGNALED(st)) {
			if (in_syscall)		/* exit_group: no result, ever */
				out_str(T, ") = ?\n");
			out_flush(T);
			print_end(st);
			/* end as the tracee did, as strace does */
			return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
		}
		int stopsig = WSTOPSIG(st);
		if (stopsig == (SIGTRAP | 0x80)) {	/* a syscall-stop */
			sys_ptrace(PTRACE_GETREGS, (pid_t)pid, NULL, &r);
			if (!in_syscall) {
				print_call((int)pid, &r);
			} else {
				out_str(T, ") ");
				print_result((long)r.rax);
				out_char(T, '\n');
				out_flush(T);
			}
			in_syscall = !in_syscall;
		} else if (stopsig == SIGTRAP) {
			;			/* the SIGTRAP every execve sends a tracee: swallow it */
		} else {
			out_printf(T, "--- %s ---\n", sig_name(stopsig) ? sig_name(stopsig) : "signal");
			out_flush(T);
			sig = stopsig;		/* deliver it when the tracee resumes */
		}
	}
	return 1;
}
