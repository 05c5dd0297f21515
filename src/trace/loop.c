/* src/trace/loop.c — starting the tracee and the stop loop.
 *
 *   trace                                   child
 *   -----                                   -----
 *   clone(SIGCHLD) = fork ---------------->  kill(self, SIGSTOP)   stops here
 *   wait4(WSTOPPED) sees the stop  <-------
 *   PTRACE_SEIZE with the options: TRACESYSGOOD (syscall stops report
 *       SIGTRAP|0x80), EXITKILL (if trace dies, so does the tracee),
 *       TRACEEXEC (a clean exec event, no stray SIGTRAP)
 *   kill(child, SIGCONT) ----------------->  execve(path, argv, envp)
 *   loop: wait4 -> syscall-entry stop, syscall-exit stop, signal stop,
 *         event stop, exit -- print, then PTRACE_SYSCALL again
 *
 * PTRACE_SEIZE (rather than PTRACE_TRACEME) makes job control work: when
 * the tracee is stopped by SIGSTOP or ^Z, the kernel says so with a
 * PTRACE_EVENT_STOP, and PTRACE_LISTEN leaves it stopped until a SIGCONT,
 * as it would be without a tracer.
 *
 * Each syscall stop is read with PTRACE_GET_SYSCALL_INFO (Linux 5.3+): it
 * says whether this is the entry or the exit. Without it, the registers
 * (PTRACE_GETREGS) are read and entry/exit alternate.
 */
#include "trace.h"
#include <linux/ptrace.h>

/* <sys/user.h>'s struct, which UAPI does not export: PTRACE_GETREGS
 * fills these 27 words in this order (arch/x86/include/asm/user_64.h). */
struct user_regs_struct {
	unsigned long r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8;
	unsigned long rax, rcx, rdx, rsi, rdi, orig_rax, rip, cs, eflags;
	unsigned long rsp, ss, fs_base, gs_base, ds, es, fs, gs;
};

static struct tcb tracee;
int no_sysinfo;			/* PTRACE_GET_SYSCALL_INFO refused: use PTRACE_GETREGS */
static int hide = 1;		/* until the first execve has returned */
static int nr_execve;

#define WIFEXITED(s)	(((s) & 0x7f) == 0)
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WIFSIGNALED(s)	(((s) & 0x7f) != 0 && ((s) & 0x7f) != 0x7f)
#define WTERMSIG(s)	((s) & 0x7f)
#define WCOREDUMP(s)	((s) & 0x80)
#define WSTOPSIG(s)	(((s) >> 8) & 0xff)

static void flush_if_terminal(void)
{
	/* strace's messages on stderr appear before the tracee's own output */
	if (tout->fd == 2)
		out_flush(tout);
}

/* A call without a decoder: its arguments in hex, as strace's printargs */
static void print_args_raw(struct tcb *t, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			pr_sep();
		pr_hex(t->a[i]);
	}
}

static void syscall_entry(struct tcb *t)
{
	const struct sysent *s = t->nr >= 0 && t->nr < NSYS ? &systab[t->nr] : NULL;

	int nr_ok = s && s->name;
	/* Before the first exec returns only the execve itself is shown; numbers
	 * without a name cannot be filtered, so strace always shows them. */
	t->shown = (nr_ok ? trace_set[t->nr] : 1) && (!hide || t->nr == nr_execve);
	t->exiting = 0;
	t->rtext = NULL;
	t->rfmt = nr_ok ? s->rfmt : R_DEC;
	if (!t->shown)
		return;
	line_begin();
	if (nr_ok) {
		pr("%s(", s->name);
		if (s->dec)
			s->dec(t);
		else
			print_args_raw(t, s->nargs);
	} else {
		pr("syscall_%#lx(", (unsigned long)t->nr);
		print_args_raw(t, 6);
	}
	flush_if_terminal();
}

static void syscall_exit(struct tcb *t)
{
	const struct sysent *s = t->nr >= 0 && t->nr < NSYS ? &systab[t->nr] : NULL;

	if (!t->shown)
		return;
	t->exiting = 1;
	if (s && s->name && s->dec)
		s->dec(t);
	line_end_call(t);
	flush_if_terminal();
}

/* Read one syscall stop into t; returns 1 entry, 2 exit, 0 neither. */
static int read_stop(struct tcb *t)
{
	if (!no_sysinfo) {
		struct ptrace_syscall_info si;
		long n = sys_ptrace(PTRACE_GET_SYSCALL_INFO, t->pid, (void *)sizeof si, &si);
		if (n > 0) {
			if (si.op == PTRACE_SYSCALL_INFO_ENTRY) {
				t->nr = (long)si.entry.nr;
				for (int i = 0; i < 6; i++)
					t->a[i] = si.entry.args[i];
				t->sp = si.stack_pointer;
				return 1;
			}
			if (si.op == PTRACE_SYSCALL_INFO_EXIT) {
				t->ret = si.exit.rval;
				return 2;
			}
			return 0;
		}
		no_sysinfo = 1;
	}
	struct user_regs_struct r;
	if (sys_ptrace(PTRACE_GETREGS, t->pid, NULL, &r) < 0)
		return 0;
	if (!t->insyscall) {
		t->nr = (long)r.orig_rax;
		t->a[0] = r.rdi;
		t->a[1] = r.rsi;
		t->a[2] = r.rdx;
		t->a[3] = r.r10;	/* not rcx: syscall clobbers it with the return address */
		t->a[4] = r.r8;
		t->a[5] = r.r9;
		t->sp = r.rsp;
		return 1;
	}
	t->ret = (long)r.rax;
	return 2;
}

static void on_syscall_stop(struct tcb *t)
{
	int k = read_stop(t);

	if (k == 1) {
		t->insyscall = 1;
		syscall_entry(t);
	} else if (k == 2) {
		t->insyscall = 0;
		syscall_exit(t);
		t->prev_nr = t->nr;	/* strace names even a restarted restart this way */
		/* A failed first exec leaves the log hidden: the child then
		 * reports "trace: exec: ..." and exits, as strace's does. */
		if (hide && t->nr == nr_execve && !t_failed(t))
			hide = 0;
	}
}

/* A signal is about to be delivered: print it, return it to pass on. */
static int on_signal_stop(struct tcb *t, int sig)
{
	siginfo_t si;

	if (hide)
		return 0;	/* the SIGCONT that started the child: not its business */
	if (sys_ptrace(PTRACE_GETSIGINFO, t->pid, NULL, &si) < 0)
		return sig;
	line_begin();
	pr("--- %s ", sig_name(sig) ? sig_name(sig) : "?");
	pr_siginfo(&si);
	prs(" ---\n");
	flush_if_terminal();
	return sig;
}

/* PTRACE_EVENT_STOP: a group-stop (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU) or
 * the trap that follows it. Returns 1 when the tracee is to stay stopped. */
static int on_event_stop(struct tcb *t, int sig)
{
	if (sig != SIGSTOP && sig != SIGTSTP && sig != SIGTTIN && sig != SIGTTOU)
		return 0;
	if (hide)
		return 0;	/* the child's own stop before exec: resume it */
	line_begin();
	pr("--- stopped by %s ---\n", sig_name(sig));
	flush_if_terminal();
	return 1;
}

static void resume(int pid, int sig)
{
	sys_ptrace(PTRACE_SYSCALL, pid, NULL, (void *)(long)sig);
}

/* The child: stop until the parent has seized it, then exec. */
static __attribute__((noreturn)) void child(char *path, char **argv)
{
	sys_kill((int)sys_getpid(), SIGSTOP);
	long r = sys_execve(path, argv, sg_environ);
	out_printf(sg_stderr, "trace: exec: %s\n", strerror((int)-r));
	out_flush(sg_stderr);
	sys_exit_group(1);
}

/* Die the way the tracee died, so that our parent sees the same status. */
static __attribute__((noreturn)) void reraise(int sig)
{
	sigset_t set = 1UL << (sig - 1);

	out_flush(tout);
	sig_action(sig, SIG_DFL, 0);
	sys_rt_sigprocmask(SIG_UNBLOCK, &set, NULL, sizeof set);
	sys_kill((int)sys_getpid(), sig);
	exit(128 + sig);
}

int trace_run(char *path, char **argv)
{
	struct tcb *t = &tracee;
	int status;

	nr_execve = sys_lookup("execve");
	/* qemu-user has no ptrace for its guest: ask once, before forking.
	 * On a real kernel PTRACE_PEEKUSR of a process we do not trace is
	 * ESRCH; qemu answers ENOSYS. */
	long probe = sys_ptrace(PTRACE_PEEKUSR, (int)sys_getpid(), NULL, NULL);
	if (probe == -ENOSYS) {
		out_printf(sg_stderr, "trace: ptrace is not available here (%s): "
			   "qemu-user does not implement it for its guest\n", strerror(ENOSYS));
		return -1;
	}
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid < 0)
		error(1, (int)-pid, "fork");
	if (pid == 0)
		child(path, argv);
	t->pid = (int)pid;
	/* A ^C or ^\ on the terminal reaches the tracee too (same process group):
	 * like a shell waiting for its child, trace lets the tracee take it and
	 * then reports how it ended, instead of dying first. */
	sig_action(SIGINT, SIG_IGN, 0);
	sig_action(SIGQUIT, SIG_IGN, 0);
	if (sys_wait4(t->pid, &status, WSTOPPED | __WALL, NULL) < 0 || (status & 0xff) != 0x7f)
		return -1;
	long r = sys_ptrace(PTRACE_SEIZE, t->pid, NULL,
			    (void *)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL | PTRACE_O_TRACEEXEC));
	if (r < 0) {	/* already traced, a seccomp filter, a security module... */
		out_printf(sg_stderr, "trace: attach: ptrace(PTRACE_SEIZE, %d): %s\n", t->pid,
			   strerror((int)-r));
		sys_kill(t->pid, SIGKILL);
		sys_wait4(t->pid, &status, __WALL, NULL);
		return -1;
	}
	sys_kill(t->pid, SIGCONT);

	for (;;) {
		long w = sys_wait4(t->pid, &status, __WALL, NULL);
		if (w == -EINTR)
			continue;
		if (w < 0)
			error(1, (int)-w, "wait4");
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			if (t->insyscall && t->shown)
				line_end_unfinished();
			line_begin();
			if (WIFEXITED(status)) {
				if (opt_quiet < 2)
					pr("+++ exited with %d +++\n", WEXITSTATUS(status));
				out_flush(tout);
				return WEXITSTATUS(status);
			}
			int sig = WTERMSIG(status);
			if (opt_quiet < 2)
				pr("+++ killed by %s %s+++\n", sig_name(sig) ? sig_name(sig) : "?",
				   WCOREDUMP(status) ? "(core dumped) " : "");
			reraise(sig);
		}
		int sig = WSTOPSIG(status);
		int event = status >> 16;
		if (sig == (SIGTRAP | 0x80)) {
			on_syscall_stop(t);
			resume(t->pid, 0);
		} else if (event == PTRACE_EVENT_STOP) {
			if (on_event_stop(t, sig))
				sys_ptrace(PTRACE_LISTEN, t->pid, NULL, NULL);
			else
				resume(t->pid, 0);
		} else if (event) {
			resume(t->pid, 0);	/* PTRACE_EVENT_EXEC: the exit stop follows */
		} else {
			resume(t->pid, on_signal_stop(t, sig));
		}
	}
}
