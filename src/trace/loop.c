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
 *
 * Cost: a stop is one wait4, one PTRACE_GET_SYSCALL_INFO and one resume
 * (PTRACE_SYSCALL or PTRACE_CONT); the decoders read memory only for the
 * arguments they print (process_vm_readv). With a seccomp filter
 * (seccomp.c) the calls not selected do not stop at all:
 *
 *   PTRACE_CONT ... PTRACE_EVENT_SECCOMP stop (the entry: print it)
 *   PTRACE_SYSCALL ... syscall-exit stop (print the result), PTRACE_CONT ...
 *
 * Processes: with -f (or when a filter makes the tracee's children need a
 * tracer) PTRACE_O_TRACEFORK/VFORK/CLONE attach every new child and thread
 * by the kernel itself, before it runs. One struct tcb per traced pid.
 */
#include "trace.h"
#include <linux/audit.h>
#include <linux/ptrace.h>
#include <asm/unistd.h>

/* <sys/user.h>'s struct, which UAPI does not export: PTRACE_GETREGS
 * fills these 27 words in this order (arch/x86/include/asm/user_64.h). */
struct user_regs_struct {
	unsigned long r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8;
	unsigned long rax, rcx, rdx, rsi, rdi, orig_rax, rip, cs, eflags;
	unsigned long rsp, ss, fs_base, gs_base, ds, es, fs, gs;
};

static struct tcb **tab;	/* the traced processes */
static int ntab, captab;
static struct rusage ru;	/* -c: the tracee's CPU times at the last stop */
int no_sysinfo;			/* PTRACE_GET_SYSCALL_INFO refused: use PTRACE_GETREGS */
static int hide = 1;		/* until the first execve has returned */
static int nr_execve, nr_seccomp, nr_exit, nr_exit_group, nr_prctl;
static int first_pid;		/* the program trace started: its status is ours */
static int seccomp_wanted_, seccomp_on;	/* filter asked for; installed */
/* The program installed a filter of its own: its ERRNO/KILL verdicts win over
 * our TRACE, so from then on every call stops (PTRACE_SYSCALL), and a TRACE
 * of its own (told apart by the data our filter returns) gets what it gets
 * untraced: ENOSYS, the call skipped. */
static int prog_filter;
int opt_intr;			/* -I: 1..4 (0: not given) */
int started_child;		/* trace started PROG: -I 2 sends it the signal */
struct stats stats;
unsigned char raw_set[NSYS];	/* -e raw=SET */

#define WIFEXITED(s)	(((s) & 0x7f) == 0)
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WIFSIGNALED(s)	(((s) & 0x7f) != 0 && ((s) & 0x7f) != 0x7f)
#define WTERMSIG(s)	((s) & 0x7f)
#define WCOREDUMP(s)	((s) & 0x80)
#define WSTOPSIG(s)	(((s) >> 8) & 0xff)

static long ptrace4(int req, int pid, void *addr, void *data)
{
	stats.ptrace++;
	return sys_ptrace(req, pid, addr, data);
}

static struct tcb *tcb_find(int pid)
{
	for (int i = 0; i < ntab; i++)
		if (tab[i]->pid == pid)
			return tab[i];
	return NULL;
}

static struct tcb *tcb_new(int pid, int silent)
{
	if (ntab == captab) {
		captab = captab ? 2 * captab : 16;
		tab = realloc(tab, (size_t)captab * sizeof *tab);
		if (!tab)
			error(1, ENOMEM, "process table");
	}
	struct tcb *t = calloc(1, sizeof *t);
	if (!t)
		error(1, ENOMEM, "process table");
	t->pid = pid;
	t->silent = silent;
	t->nr32 = -1;
	if (opt_decode_pids & DP_COMM)	/* -Y: the name in the prefix, until an execve */
		pid_comm_load(pid, t->comm, sizeof t->comm);
	tab[ntab++] = t;
	if (!silent)
		nprocs++;
	return t;
}

static int nheld;		/* tracees held by delay_enter=/delay_exit= */

static void tcb_drop(struct tcb *t)
{
	if (t->hold_until)
		nheld--;
	for (int i = 0; i < ntab; i++)
		if (tab[i] == t) {	/* keep the order: -p detaches in attach order */
			memmove(&tab[i], &tab[i + 1], (size_t)(ntab - i - 1) * sizeof *tab);
			ntab--;
			break;
		}
	if (line_owner == t)
		line_owner = NULL;
	if (!t->silent)
		nprocs--;
	ff_close(t);
	free(t->lb.buf);
	free(t->inj_count);
	free(t->stk);
	free(t);
}

static void flush_if_terminal(void)
{
	/* strace's messages on stderr appear before the tracee's own output;
	 * -I 1: a signal may end trace at any moment, with what it printed
	 * written (strace writes each line as it ends) */
	if (tout->fd == 2 || opt_intr == 1)
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

/* -z, -Z, -e status=: whether a line is printed depends on how its call
 * ends, so the whole line is held in the process's own buffer until then
 * (and no "<unfinished ...>" is ever needed). */
static struct out *held_saved;

static void held_begin(struct tcb *t)
{
	if (opt_status == ST_ALL)
		return;
	if (!t->lb.buf) {
		t->lb.cap = 1 << 18;
		t->lb.buf = malloc(t->lb.cap);
		if (!t->lb.buf)
			error(1, ENOMEM, "line buffer");
	}
	t->lb.fd = -1;
	t->lb.len = 0;
	held_saved = tout;
	tout = &t->lb;
}

/* back into t's held line at its exit; 0 if lines are not held */
static int held_resume(struct tcb *t)
{
	if (opt_status == ST_ALL)
		return 0;
	held_saved = tout;
	tout = &t->lb;
	line_set_col(t->col);
	return 1;
}

/* the output is the real one again; returns 1 if a line is held */
static int held_end(struct tcb *t)
{
	if (opt_status == ST_ALL)
		return 0;
	t->col = line_col();
	tout = held_saved;
	line_owner = NULL;
	return 1;
}

static void emit(struct tcb *t, int how)
{
	if (ff_base)
		ff_switch(t);
	if (opt_status & how)
		out_write(tout, t->lb.buf, t->lb.len);
	t->lb.len = 0;
}

static void syscall_entry(struct tcb *t)
{
	const struct sysent *s = t->nr >= 0 && t->nr < NSYS ? &systab[t->nr] : NULL;
	const char *name = call_name(t);

	int nr_ok = name != NULL;
	/* strace -d says so for a number it has no call for, shown or not */
	if (!nr_ok && opt_debug)
		out_printf(sg_stderr, "%s: pid %d invalid syscall %#lx\n", sg_progname, t->pid,
			   (unsigned long)t->nr);
	/* Before the first exec returns only the execve itself is shown; numbers
	 * without a name cannot be filtered, so strace always shows them. */
	t->shown = !t->silent && (nr_ok ? (t->nr32 >= 0 ? trace_set32[t->nr32] : trace_set[t->nr]) : 1) &&
		   (!hide || t->pid != first_pid || t->nr == nr_execve);
	if (t->shown && opt_paths && !(nr_ok && path_match(t)))
		t->shown = 0;	/* -P: it accesses none of the paths */
	t->exiting = 0;
	t->cut = 0;
	t->rtext = NULL;
	t->rtext_err = 0;
	t->rfmt = s && s->name ? (raw_set[t->nr] ? R_HEX : s->rfmt) : R_DEC;	/* -e raw=: in hex */
	if (!t->shown)
		return;
	cur_pid = t->pid;
	cur_tcb = t;
	stats.shown++;
	if (opt_count) {
		t->cstart = count_clock(&ru);
		if (opt_count == 1)
			return;		/* -c: the table only */
	}
	if (opt_dur)
		t->etime = mono_ns();
	held_begin(t);
	if (opt_regs)
		regs_entry(t);
	line_start(t);
	if (nr_ok) {
		pr("%s(", name);
		if (!s)		/* a 32-bit call not decoded */
			print_args_raw(t, pers32_nargs(t));
		else if (s->dec && !raw_set[t->nr]) {
			cur_abbrev = abbrev(t);
			cur_verbose = verbose(t);
			s->dec(t);
			cur_verbose = 1;
		}
		else
			print_args_raw(t, s->nargs);
	} else if (t->nr == NR_UNREADABLE) {
		prs("?\?\?(");	/* (split: "??(" is a trigraph) */
	} else {
		pr("syscall_%#lx(", (unsigned long)t->nr);
		print_args_raw(t, 6);
	}
	line_owner = t;
	t->col = line_col();
	if (opt_stack && (!hide || t->pid != first_pid))
		stack_entry(t);	/* execve's, exit's: before they are gone */
	/* exit and exit_group never return (unless a fault takes their place):
	 * strace ends their line at once */
	int gone = (t->nr == nr_exit || t->nr == nr_exit_group) && !inject_replaces(t);
	if (opt_status != ST_ALL && t->shown == 1 && !gone) {
		held_end(t);		/* the line stays held until the exit stop */
		return;
	}
	if (gone) {
		line_end_unfinished();
		line_owner = NULL;
		t->shown = 2;
		if (opt_explain)
			explain_after(t, 0);
	}
	if (held_end(t) && t->shown == 2)
		emit(t, ST_UNFINISHED);
	flush_if_terminal();
}

/* "<... NAME resumed>" when another process's line came in between */
static void resumed(struct tcb *t)
{
	if (ff_base) {		/* -ff: back into t's own file, where nothing came between */
		ff_switch(t);
		line_set_col(t->col);
		return;
	}
	if (line_owner == t)
		return;
	line_start(t);
	if (call_name(t))
		pr("<... %s resumed>", call_name(t));
	else if (t->nr == NR_UNREADABLE)
		prs("<... ??? resumed>");
	else
		pr("<... syscall_%#lx resumed>", (unsigned long)t->nr);
}

static void syscall_exit(struct tcb *t)
{
	const struct sysent *s = t->nr >= 0 && t->nr < NSYS ? &systab[t->nr] : NULL;

	if (t->shown != 1)
		return;
	cur_pid = t->pid;
	cur_tcb = t;
	if (opt_count) {
		count_call(t, count_clock(&ru) - t->cstart);
		if (opt_count == 1)
			return;
	}
	if (!held_resume(t))
		resumed(t);
	t->exiting = 1;
	if (s && s->name && s->dec && !raw_set[t->nr]) {
		cur_abbrev = abbrev(t);
		cur_verbose = verbose(t);
		s->dec(t);
		cur_verbose = 1;
	}
	line_end_call(t);
	line_owner = NULL;
	dump_io(t);
	if (opt_stack)
		stack_after(t);
	if (opt_regs)
		regs_exit(t);
	if (opt_explain)
		explain_after(t, 1);
	if (held_end(t))
		emit(t, t_failed(t) ? ST_FAILED : ST_SUCCESSFUL);
	flush_if_terminal();
}

/* -d: two of strace's debug lines, each once: the options trace seizes
 * with, and whether PTRACE_GET_SYSCALL_INFO answered */
static void debug_options(unsigned long o)
{
	static int said;
	if (opt_debug && !said++) {
		out_printf(sg_stderr, "%s: ptrace_setoptions = %#lx\n", sg_progname, o);
		out_flush(sg_stderr);
	}
}

static void debug_sysinfo(int works)
{
	static int said;
	if (opt_debug && !said++) {
		out_printf(sg_stderr, "%s: PTRACE_GET_SYSCALL_INFO %s\n", sg_progname,
			   works ? "works" : "does not work");
		out_flush(sg_stderr);
	}
}

/* Read one syscall stop into t; returns 1 entry, 2 exit, 0 neither, -1
 * the tracee is gone (SIGKILLed since it stopped). */
static int read_stop(struct tcb *t)
{
	if (!no_sysinfo) {
		struct ptrace_syscall_info si;
		long n = ptrace4(PTRACE_GET_SYSCALL_INFO, t->pid, (void *)sizeof si, &si);
		if (n > 0) {
			debug_sysinfo(1);
			/* a seccomp stop is an entry: nr and args in the same place */
			if (si.op == PTRACE_SYSCALL_INFO_ENTRY || si.op == PTRACE_SYSCALL_INFO_SECCOMP) {
				t->nr = (long)si.entry.nr;
				t->is32 = si.arch == AUDIT_ARCH_I386;
				for (int i = 0; i < 6; i++)
					t->a[i] = si.entry.args[i];
				t->sp = si.stack_pointer;
				t->ip = si.instruction_pointer;
				return 1;
			}
			if (si.op == PTRACE_SYSCALL_INFO_EXIT) {
				t->ret = si.exit.rval;
				return 2;
			}
			return 0;
		}
		if (n == -ESRCH)	/* killed since it stopped: not a kernel without it */
			return -1;
		no_sysinfo = 1;
	}
	debug_sysinfo(0);	/* (TRACE_FALLBACK=1 too) */
	struct user_regs_struct r;
	long e = ptrace4(PTRACE_GETREGS, t->pid, NULL, &r);
	if (e < 0)
		return e == -ESRCH ? -1 : 0;
	if (!t->insyscall) {
		t->nr = (long)r.orig_rax;
		t->is32 = 0;		/* PTRACE_GETREGS cannot tell the doors apart */
		t->a[0] = r.rdi;
		t->a[1] = r.rsi;
		t->a[2] = r.rdx;
		t->a[3] = r.r10;	/* not rcx: syscall clobbers it with the return address */
		t->a[4] = r.r8;
		t->a[5] = r.r9;
		t->sp = r.rsp;
		t->ip = r.rip;
		return 1;
	}
	t->ret = (long)r.rax;
	return 2;
}

/* -c alone, one process, no filter: nothing is printed at the entry, so
 * the entry stop needs no request at all, and one PTRACE_GETREGS at the
 * exit gives both the number (orig_rax) and the result (rax): 5 tracer
 * syscalls per call instead of 6. Entry and exit stops alternate here as
 * they do in the PTRACE_GETREGS fallback. */
static int lazy_count;

static void lazy_count_stop(struct tcb *t)
{
	struct user_regs_struct r;

	if (!t->insyscall) {
		t->insyscall = 1;
		t->cstart = count_clock(&ru);
		return;
	}
	t->insyscall = 0;
	if (ptrace4(PTRACE_GETREGS, t->pid, NULL, &r) < 0)
		return;
	t->nr = (long)r.orig_rax;
	t->ret = (long)r.rax;
	int named = t->nr >= 0 && t->nr < NSYS && systab[t->nr].name;
	if (named && trace_set[t->nr] && (!hide || t->nr == nr_execve)) {
		stats.shown++;
		count_call(t, count_clock(&ru) - t->cstart);
	}
	if (hide && t->nr == nr_execve && (!t_failed(t) || !trace_set[nr_execve]))
		hide = 0;
}

/* seccomp(SECCOMP_SET_MODE_FILTER) or prctl(PR_SET_SECCOMP, 2) succeeded in
 * the traced program (not trace's own, before the exec) */
static void note_prog_filter(struct tcb *t)
{
	if (t_failed(t) || (hide && t->pid == first_pid))
		return;
	if ((t->nr == nr_seccomp && t->a[0] == 1) ||
	    (t->nr == nr_prctl && t->a[0] == 22 && t->a[1] == 2)) {
		prog_filter = 1;
		seccomp_on = 0;
	}
}

int opt_detach_exec;		/* -b execve */
static int just_detached;	/* the tcb of this stop is gone: no resume */

static void detach_msg(struct tcb *t);

/* -b execve: t is at a syscall stop, so PTRACE_DETACH works at once */
static void detach_stopped(struct tcb *t)
{
	ptrace4(PTRACE_DETACH, t->pid, NULL, NULL);
	detach_msg(t);
	just_detached = 1;
}

/* strace lets go of its standard input and output once PROG has them (a
 * pipe into or out of PROG then ends with PROG, not with the tracer): both
 * become /dev/null, the output only when the trace is not written there */
static void std_fds_release(void)
{
	long fd = sys_openat(AT_FDCWD, "/dev/null", O_RDWR | O_CLOEXEC, 0);

	if (fd < 0)
		return;
	if (!opt_step)		/* --step reads its answers from standard input */
		sys_dup3((int)fd, 0, 0);
	if (tout->fd != 1 && (!out_main || out_main->fd != 1))
		sys_dup3((int)fd, 1, 0);
	if (fd > 1)
		sys_close((int)fd);
}

static void on_syscall_stop(struct tcb *t)
{
	if (lazy_count) {
		lazy_count_stop(t);
		return;
	}
	/* the exit of a call nothing shows or needs: no request at all (strace
	 * skips get_regs there too), 3 tracer syscalls for it instead of 4 */
	if (t->insyscall && t->skip_exit) {
		t->insyscall = 0;
		t->skip_exit = 0;
		t->prev_nr = t->nr;
		return;
	}
	int k = read_stop(t);

	if (k < 0 && !t->insyscall) {
		/* an entry whose number is lost: strace shows "???(", and
		 * "<... ??? resumed>) = ?" at the death that follows */
		t->insyscall = 1;
		t->skip_exit = 0;
		t->nr = NR_UNREADABLE;
		syscall_entry(t);
	} else if (k == 1) {
		t->insyscall = 1;
		if (pers_entry(t) && !t->silent && !(hide && t->pid == first_pid) &&
		    opt_count != 1) {
			pers_line(t);
			flush_if_terminal();
		}
		/* -e inject=: PROG's own calls, not the child's before its exec
		 * nor that exec (strace's tracing starts after it); --step asks
		 * at that exec too */
		int own = !hide || t->pid != first_pid;
		if (own)	/* poke_enter= writes before the line shows the memory */
			inject_begin(t);
		syscall_entry(t);
		if (own)
			inject_entry(t);
		if (opt_step && (own || t->nr == nr_execve))
			step_ask(t);
		t->skip_exit = !t->shown && !t->tamper && !opt_stack && t->nr != nr_execve &&
			       t->nr != nr_seccomp && t->nr != nr_prctl;
	} else if (k == 2) {
		t->insyscall = 0;
		if (opt_stack)
			stack_maps(t);
		if (t->tamper)
			inject_exit(t);
		syscall_exit(t);
		if (t->nr == nr_seccomp || t->nr == nr_prctl)
			note_prog_filter(t);
		if (t->nr == nr_prctl)
			pid_comm_after_prctl(t);
		t->prev_nr = t->nr;	/* strace names even a restarted restart this way */
		if (hide && t->pid == first_pid) {
			/* the child's own seccomp(2) before its exec: did the filter go in? */
			if (t->nr == nr_seccomp && t->ret == 0)
				seccomp_on = 1;
			/* A failed first exec leaves the log hidden: the child then
			 * reports "trace: exec: ..." and exits, as strace's does -
			 * unless execve is not traced: then strace 6.1 shows what
			 * follows (its exit_group(1)) */
			if (t->nr == nr_execve && (!t_failed(t) || !trace_set[nr_execve]))
				hide = 0;
		}
	}
}

/* PTRACE_EVENT_SECCOMP: the filter stopped a selected call at its entry
 * (ours, or the program's own TRACE verdict: this tracer asked for seccomp
 * stops, so that call runs, as under strace --seccomp-bpf). Under
 * PTRACE_SYSCALL the entry stop came first: nothing more to do. */
static void on_seccomp_stop(struct tcb *t)
{
	if (t->silent || t->insyscall)
		return;
	on_syscall_stop(t);
}

/* A signal is about to be delivered: print it, return it to pass on. */
static int on_signal_stop(struct tcb *t, int sig)
{
	siginfo_t si;

	if (hide && t->pid == first_pid)
		return 0;	/* the SIGCONT that started the child: not its business */
	if (opt_count == 1 || t->silent)
		return sig;	/* passed on, not shown */
	if (!signal_shown(sig))
		return sig;	/* -e signal= leaves it out */
	if (ptrace4(PTRACE_GETSIGINFO, t->pid, NULL, &si) < 0)
		return sig;
	if (opt_iflag)		/* where the signal found it: rip */
		ptrace4(PTRACE_PEEKUSR, t->pid, (void *)(16 * 8), &t->ip);
	line_start(t);
	prs("--- ");
	pr_signame_full(sig);
	prs(" ");
	pr_siginfo(&si);
	prs(" ---\n");
	if (opt_stack)
		stack_after(t);
	flush_if_terminal();
	return sig;
}

/* PTRACE_EVENT_STOP: a group-stop (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU) or
 * the trap that follows it. Returns 1 when the tracee is to stay stopped. */
static int on_event_stop(struct tcb *t, int sig)
{
	if (sig != SIGSTOP && sig != SIGTSTP && sig != SIGTTIN && sig != SIGTTOU)
		return 0;
	if (hide && t->pid == first_pid)
		return 0;	/* the child's own stop before exec: resume it */
	if (opt_count == 1 || t->silent)
		return 1;
	line_start(t);
	pr("--- stopped by %s ---\n", sig_name(sig));
	flush_if_terminal();
	return 1;
}

/* Run on to the next stop we need: under a filter, outside a call, the
 * next seccomp stop (PTRACE_CONT); else the next syscall stop. */
static void resume(struct tcb *t, int sig)
{
	int cont = seccomp_on && !t->insyscall;
	ptrace4(cont ? PTRACE_CONT : PTRACE_SYSCALL, t->pid, NULL, (void *)(long)sig);
}

/* The child: stop until the parent has seized it, then exec. */
struct runas run_as;

static __attribute__((noreturn)) void exec_prog(char *path, char **argv);

static __attribute__((noreturn)) void child(char *path, char **argv)
{
	sys_kill((int)sys_getpid(), SIGSTOP);
	exec_prog(path, argv);
}

/* What PROG's process does once traced: -u's ids, the filter, the exec */
static __attribute__((noreturn)) void exec_prog(char *path, char **argv)
{
	if (run_as.set) {	/* -u USER: groups first, the uid last (it drops the right) */
		sys_syscall6(__NR_setgroups, run_as.ngroups, (long)run_as.groups, 0, 0, 0, 0);
		sys_syscall6(__NR_setresgid, run_as.gid, run_as.gid, run_as.gid, 0, 0, 0);
		sys_syscall6(__NR_setresuid, run_as.uid, run_as.uid, run_as.uid, 0, 0, 0);
	}
	if (seccomp_wanted_)
		seccomp_install();	/* on failure every call stops, as without */
	long r = sys_execve(path, argv, sg_environ);
	out_printf(sg_stderr, "%s: exec: %s\n", sg_progname, strerror((int)-r));
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

static int decodes_at_exit(struct tcb *t);

/* The call t is in will never return (t died, or a thread's execve took it
 * away): its line ends "= ?", after " <unfinished ...>" when its decoder
 * had more to print at the exit, as strace's; a held line is published if
 * -e status= asks for unfinished calls. */
static void end_never_returned(struct tcb *t)
{
	if (!held_resume(t))
		resumed(t);
	if (decodes_at_exit(t))
		prs(" <unfinished ...>");
	line_end_unfinished();
	line_owner = NULL;
	if (held_end(t))
		emit(t, ST_UNFINISHED);
}

/* t has exited or was killed: its last lines. */
static void on_exit(struct tcb *t, int status)
{
	t->noip = 1;
	if (opt_count != 1 && !t->silent) {
		if (t->insyscall && t->shown == 1)
			end_never_returned(t);
		/* -qq and -e quiet=exit hide the exits, not the deaths (strace 6.1) */
		if (WIFEXITED(status) && !(opt_quiet & Q_EXIT)) {
			line_start(t);
			pr("+++ exited with %d +++\n", WEXITSTATUS(status));
		} else if (!WIFEXITED(status) && signal_shown(WTERMSIG(status))) {
			/* -e signal= chooses the deaths shown too (strace 6.1) */
			line_start(t);
			pr("+++ killed by %s %s+++\n",
			   sig_name(WTERMSIG(status)) ? sig_name(WTERMSIG(status)) : "?",
			   WCOREDUMP(status) ? "(core dumped) " : "");
		}
		if (opt_stack)
			stack_gone(t);
		flush_if_terminal();
	}
	tcb_drop(t);
}

/* A new process or thread, attached by the kernel (fork, vfork, clone). */
static struct tcb *on_new(int pid)
{
	return tcb_new(pid, !opt_follow);
}

/* Would t's decoder print more at the exit? A call that never returns
 * (the leader's, gone with a thread's execve) ends " <unfinished ...>) = ?"
 * under strace only then: its decoder had not finished at the entry. The
 * decoder is asked, as at a failed exit, into a line thrown away. */
static int decodes_at_exit(struct tcb *t)
{
	const struct sysent *s = t->nr >= 0 && t->nr < NSYS ? &systab[t->nr] : NULL;
	if (!s || !s->name || !s->dec || raw_set[t->nr])
		return 0;
	static char buf[1 << 16];
	struct out scratch = { .fd = -1, .err = -EBADF, .len = 0, .cap = sizeof buf, .buf = buf };
	struct out *real = tout;
	int col = line_col();
	long ret = t->ret;
	int exiting = t->exiting;
	tout = &scratch;
	t->ret = -EINTR;
	t->exiting = 1;
	s->dec(t);
	t->exiting = exiting;
	t->ret = ret;
	tout = real;
	line_set_col(col);
	return scratch.len > 0;
}

/* A pid trace does not know reported. A stop: a new child reporting before
 * its parent's fork event (followed, or silently traced for a seccomp filter)
 * or, neither, a clone(CLONE_PTRACE) the program made itself, which strace
 * lets go. An exit: a child trace inherited or, as a pid namespace's init,
 * adopted; strace ignores it, saying so unless -e quiet=exit (-qq), and says
 * nothing of -b execve's PROG, let go at its execve. */
static struct tcb *on_unknown(int pid, int status)
{
	if ((status & 0xff) == 0x7f) {	/* WIFSTOPPED */
		if (opt_follow || seccomp_wanted_)
			return on_new(pid);
		ptrace4(PTRACE_DETACH, pid, NULL, NULL);
		if (!(opt_quiet & Q_ATTACH))
			out_printf(sg_stderr, "%s: Detached unknown pid %d\n", sg_progname, pid);
	} else if (!(opt_quiet & Q_EXIT) && !(opt_detach_exec && pid == first_pid)) {
		flush_if_terminal();
		out_printf(sg_stderr, "%s: Exit of unknown pid %u ignored\n", sg_progname, (unsigned)pid);
	}
	out_flush(sg_stderr);
	return NULL;
}

/* Its first stop: strace says so on stderr (-o or not) at this moment. */
static void on_first_stop(struct tcb *t)
{
	t->started = 1;
	if (!t->silent && !(opt_quiet & Q_ATTACH)) {
		flush_if_terminal();
		out_printf(sg_stderr, "%s: Process %d attached\n", sg_progname, t->pid);
		out_flush(sg_stderr);
	}
}

/* -I 2: a signal that ends trace detaches first (strace: SIGINT SIGTERM SIGHUP
 * SIGQUIT SIGPIPE); the handler only notes it, wait4 returns EINTR. */
static volatile int interrupted;
static void on_interrupt(int sig)
{
	interrupted = sig;
	/* If the signal came just before the loop's wait4, that wait4 would
	 * block until some tracee stops by itself: make them all stop now. */
	for (int i = 0; i < ntab; i++)
		sys_ptrace(PTRACE_INTERRUPT, tab[i]->pid, NULL, NULL);
}

/* strace's -I: what SIGINT SIGTERM SIGHUP SIGQUIT SIGPIPE do to trace.
 *   1  nothing special: they kill trace (and, by PTRACE_O_EXITKILL, PROG)
 *   2  trace detaches (PROG, which trace started, gets the signal first),
 *      then dies of it: the default, but with -o FILE PROG
 *   3  ignored: the trace goes on to PROG's end (the default for -o FILE PROG)
 *   4  ignored, and SIGTSTP too (^Z stops PROG, not trace) */
static void intr_policy(int mode)
{
	static const int ends[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE };
	for (int i = 0; i < 5; i++)
		sig_action(ends[i], mode == 1 ? SIG_DFL : mode == 2 ? on_interrupt : SIG_IGN, 0);
	if (mode == 4)
		sig_action(SIGTSTP, SIG_IGN, 0);
}

static int stop_loop(void);

static int attach_all(const int *pids, int n);

/* -D, -DD, -DDD (--daemonize=grandchild|pgroup|session): trace's own
 * process becomes PROG, so that PROG is its caller's child (getppid, exit
 * status, job control as without trace), and the tracer is a grandchild
 * that the middle process leaves orphaned, in a new process group (2) or
 * session (3). A pipe orders it: PROG's process blocks reading it until
 * the tracer has seized it and set it going with syscall stops; a byte
 * says so, nothing (the tracer gone) makes it give up. What runs before
 * the execve is hidden, as for the child trace starts without -D.
 * The tracer prints "Process N attached" (unless quiet, as with -o FILE),
 * the trace, and -c's table, then exits; PROG's status is the caller's. */
int opt_daemon;

static __attribute__((noreturn)) void daemon_tracer(int prog, int fd, unsigned long o)
{
	int status;

	if (opt_daemon == 2)
		sys_setpgid(0, 0);
	else if (opt_daemon == 3)
		sys_setsid();
	debug_options(o);
	long r = sys_ptrace(PTRACE_SEIZE, prog, NULL, (void *)o);
	if (r < 0) {
		out_printf(sg_stderr, "%s: attach: ptrace(PTRACE_SEIZE, %d): %s\n", sg_progname, prog,
			   strerror((int)-r));
		exit(1);
	}
	first_pid = prog;
	struct tcb *t = tcb_new(prog, 0);
	ptrace4(PTRACE_INTERRUPT, prog, NULL, NULL);
	if (sys_wait4(prog, &status, __WALL, NULL) < 0)
		exit(1);
	on_first_stop(t);
	resume(t, 0);
	char go = 1;
	sys_write(fd, &go, 1);
	sys_close(fd);
	stop_loop();
	exit(0);	/* PROG's status went to its own parent */
}

static __attribute__((noreturn)) void daemon_run(char *path, char **argv, unsigned long o)
{
	int fds[2], prog = (int)sys_getpid();
	char go = 0;

	if (sys_pipe2(fds, O_CLOEXEC) < 0)
		error(1, ENOMEM, "pipe");
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid < 0)
		error(1, (int)-pid, "fork");
	if (pid == 0) {
		/* the middle process: fork the tracer, and leave it to init */
		if (sys_clone(SIGCHLD, NULL, NULL, NULL, 0) != 0)
			sys_exit_group(0);
		sys_close(fds[0]);
		daemon_tracer(prog, fds[1], o);
	}
	sys_close(fds[1]);
	sys_wait4((int)pid, NULL, 0, NULL);
	if (sys_read(fds[0], &go, 1) != 1)
		exit(1);	/* the tracer said why */
	exec_prog(path, argv);
}

int trace_run(char *path, char **argv, const int *pids, int npids)
{
	int status;

	nr_execve = sys_lookup("execve");
	nr_seccomp = sys_lookup("seccomp");
	nr_prctl = sys_lookup("prctl");
	nr_exit = sys_lookup("exit");
	nr_exit_group = sys_lookup("exit_group");
	/* qemu-user has no ptrace for its guest: ask once, before forking.
	 * On a real kernel PTRACE_PEEKUSR of a process we do not trace is
	 * ESRCH; qemu answers ENOSYS. */
	long probe = sys_ptrace(PTRACE_PEEKUSR, (int)sys_getpid(), NULL, NULL);
	if (probe == -ENOSYS)
		return qemu_auto(path, argv, npids);	/* qemu.c: the gdbstub instead */
	seccomp_wanted_ = opt_seccomp && seccomp_wanted();
	lazy_count = opt_count == 1 && !opt_follow && !opt_paths && !seccomp_wanted_ && !npids && !inject_active;
	if (opt_daemon) {
		unsigned long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;
		if (opt_follow || seccomp_wanted_)
			o |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
		if (seccomp_wanted_)
			o |= PTRACE_O_TRACESECCOMP;
		daemon_run(path, argv, o);
	}
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid < 0)
		error(1, (int)-pid, "fork");
	if (pid == 0)
		child(path, argv);
	first_pid = (int)pid;
	started_child = 1;
	std_fds_release();
	intr_policy(opt_intr);
	if (sys_wait4(first_pid, &status, WSTOPPED | __WALL, NULL) < 0 || (status & 0xff) != 0x7f)
		return -1;
	unsigned long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;
	/* If trace dies, PROG dies too -- but with -I 1 ("anywhere"), where a
	 * signal is meant to end trace alone, PROG runs on untraced, as under strace */
	if (opt_intr != 1)
		o |= PTRACE_O_EXITKILL;
	/* children inherit a filter: they need a tracer, -f or not */
	if (opt_follow || seccomp_wanted_)
		o |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	if (seccomp_wanted_)
		o |= PTRACE_O_TRACESECCOMP;
	debug_options(o);
	long r = sys_ptrace(PTRACE_SEIZE, first_pid, NULL, (void *)o);
	if (r < 0) {	/* already traced, a seccomp filter, a security module... */
		out_printf(sg_stderr, "%s: attach: ptrace(PTRACE_SEIZE, %d): %s\n", sg_progname, first_pid,
			   strerror((int)-r));
		sys_kill(first_pid, SIGKILL);
		sys_wait4(first_pid, &status, __WALL, NULL);
		return -1;
	}
	tcb_new(first_pid, 0)->started = 1;
	sys_kill(first_pid, SIGCONT);
	if (npids && attach_all(pids, npids) < 0) {	/* -p too: strace traces both */
		sys_kill(first_pid, SIGKILL);
		return -1;
	}
	return stop_loop();
}

/* --step's q: every traced process dies; the loop reports it as usual */
void trace_kill_all(void)
{
	for (int i = 0; i < ntab; i++)
		sys_kill(tab[i]->pid, SIGKILL);
}


/* Detach from t, which may be running: PTRACE_DETACH needs a stopped
 * tracee, so stop it with PTRACE_INTERRUPT and take the stop first
 * (a signal it was about to get is handed back to it). */
static void detach_msg(struct tcb *t);
static void detach_end(struct tcb *t);

static int next_stop_of(struct tcb *t);

static void detach(struct tcb *t)
{
	int status, sig = 0;

	/* already stopped: held (delay_enter=), or its stop taken by the loop
	 * and not handled yet; a PTRACE_INTERRUPT would bring no new stop */
	if (t->hold_until) {
		t->hold_until = 0;
		nheld--;	/* let go with what its resume would have delivered */
		ptrace4(PTRACE_DETACH, t->pid, NULL, (void *)(long)t->hold_sig);
	} else if ((status = next_stop_of(t)) != -1) {
		if (WIFEXITED(status) || WIFSIGNALED(status))
			goto gone;
		int s2 = WSTOPSIG(status), event = status >> 16;
		if (!event && s2 != (SIGTRAP | 0x80) && s2 != SIGTRAP)
			sig = s2;
		ptrace4(PTRACE_DETACH, t->pid, NULL, (void *)(long)sig);
	} else if (ptrace4(PTRACE_INTERRUPT, t->pid, NULL, NULL) == 0) {
		for (;;) {
			long w = sys_wait4(t->pid, &status, __WALL, NULL);
			if (w == -EINTR)
				continue;
			if (w < 0 || WIFEXITED(status) || WIFSIGNALED(status))
				goto gone;
			int s2 = WSTOPSIG(status), event = status >> 16;
			if (!event && s2 != (SIGTRAP | 0x80) && s2 != SIGTRAP)
				sig = s2;	/* a signal-delivery-stop: deliver it */
			break;
		}
		ptrace4(PTRACE_DETACH, t->pid, NULL, (void *)(long)sig);
	}
	detach_msg(t);
	return;
gone:
	detach_end(t);
}

/* "Process N detached", then t's open call cut, and t forgotten */
static void detach_msg(struct tcb *t)
{
	if (!(opt_quiet & Q_ATTACH)) {
		flush_if_terminal();
		out_printf(sg_stderr, "%s: Process %d detached\n", sg_progname, t->pid);
		out_flush(sg_stderr);
	}
	detach_end(t);
}

static void detach_end(struct tcb *t)
{
	if (line_owner == t && opt_count != 1) {
		prs(" <detached ...>\n");
		line_owner = NULL;
		flush_if_terminal();
	} else if (t->insyscall && t->shown == 1 && opt_status != ST_ALL && opt_count != 1) {
		held_resume(t);
		prs(" <detached ...>\n");
		if (held_end(t))
			emit(t, ST_DETACHED);
		flush_if_terminal();
	}
	tcb_drop(t);
}

/* Seize pid (and with -f its threads, from /proc/PID/task) and stop it with
 * PTRACE_INTERRUPT: its first stop is a PTRACE_EVENT_STOP. No
 * PTRACE_O_EXITKILL: a process we attached to outlives trace. */
static int attach_one(int pid, int quiet_fail)
{
	unsigned long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;
	if (opt_follow)
		o |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	debug_options(o);
	long r = ptrace4(PTRACE_SEIZE, pid, NULL, (void *)o);
	if (r < 0) {
		if (!quiet_fail)
			out_printf(sg_stderr, "%s: attach: ptrace(PTRACE_SEIZE, %d): %s\n", sg_progname, pid,
				   strerror((int)-r));
		return -1;
	}
	ptrace4(PTRACE_INTERRUPT, pid, NULL, NULL);
	tcb_new(pid, 0)->started = 1;	/* its notice is printed here, not at the stop */
	return 0;
}

/* getdents64's records: u64 d_ino, s64 d_off, u16 d_reclen (the whole
 * record: the way to the next), u8 d_type, then the name (see src/ls.c) */
struct dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	uint16_t d_reclen;
	uint8_t d_type;
	char d_name[];
};

/* the other threads of pid; returns how many were attached */
static int attach_threads(int pid)
{
	char path[64], buf[4096];
	int k = 0;

	snprintf(path, sizeof path, "/proc/%d/task", pid);
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	if (fd < 0)
		return 0;
	long n;
	while ((n = sys_getdents64((int)fd, buf, sizeof buf)) > 0) {
		for (long off = 0; off < n;) {
			struct dirent64 *d = (struct dirent64 *)(buf + off);
			uint64_t tid;
			if (parse_u64(d->d_name, 10, &tid) == 0 && (int)tid != pid &&
			    !tcb_find((int)tid) && attach_one((int)tid, 1) == 0)
				k++;
			off += d->d_reclen;
		}
	}
	sys_close((int)fd);
	return k;
}

/* -p PID...: seize each, with its threads under -f */
static int attach_all(const int *pids, int n)
{
	for (int i = 0; i < n; i++) {
		if (tcb_find(pids[i]))
			continue;
		if (attach_one(pids[i], 0) < 0) {
			while (ntab > 0)	/* let go of those already seized */
				detach(tab[0]);
			return -1;
		}
		int k = opt_follow ? attach_threads(pids[i]) : 0;
		if (!(opt_quiet & Q_ATTACH)) {
			if (k)
				out_printf(sg_stderr, "%s: Process %d attached with %d threads\n", sg_progname,
					   pids[i], k + 1);
			else
				out_printf(sg_stderr, "%s: Process %d attached\n", sg_progname, pids[i]);
			out_flush(sg_stderr);
		}
	}
	return 0;
}

int trace_attach(const int *pids, int n)
{
	if (sys_ptrace(PTRACE_PEEKUSR, (int)sys_getpid(), NULL, NULL) == -ENOSYS) {
		out_printf(sg_stderr, "%s: ptrace is not available here (%s): "
			   "qemu-user does not implement it for its guest\n", sg_progname, strerror(ENOSYS));
		return -1;
	}
	nr_execve = sys_lookup("execve");
	nr_exit = sys_lookup("exit");
	nr_exit_group = sys_lookup("exit_group");
	hide = 0;
	first_pid = -1;
	intr_policy(opt_intr);	/* on_interrupt has no SA_RESTART: wait4 returns */
	if (attach_all(pids, n) < 0)
		return -1;
	return stop_loop();
}

/* -e inject=...:delay_enter=/delay_exit=: a tracee held at its stop for a
 * time, while the others run on (strace arms a timer too). wait4 cannot
 * wait with a timeout: an interval timer's SIGALRM (no SA_RESTART)
 * interrupts it; ticking every 10 ms while anything is held, so that a
 * tick that comes just before wait4 is no lost wake-up. */
static void on_alarm(int sig) { (void)sig; }
static void release_held(void);

static void held_timer(uint64_t ns)
{
	struct itimerval it = { { 0, ns ? 10000 : 0 }, { (long)(ns / 1000000000u),
						     (long)(ns % 1000000000u / 1000u) } };
	if (ns && !it.it_value.tv_sec && !it.it_value.tv_usec)
		it.it_value.tv_usec = 1;
	sys_setitimer(ITIMER_REAL, &it, NULL);
}

static void resume_or_hold(struct tcb *t, int sig)
{
	if (!t->hold_ns) {
		resume(t, sig);
		return;
	}
	static int armed;
	if (!armed++)
		sig_action(SIGALRM, on_alarm, 0);
	t->hold_until = mono_ns() + t->hold_ns;
	t->hold_ns = 0;
	t->hold_sig = sig;
	nheld++;
	release_held();
}

/* resume the held tracees whose time has come; the timer for the next */
static void release_held(void)
{
	uint64_t now = mono_ns(), next = 0;

	for (int i = 0; i < ntab; i++) {
		struct tcb *t = tab[i];
		if (!t->hold_until)
			continue;
		if (t->hold_until <= now) {
			t->hold_until = 0;
			nheld--;
			resume(t, t->hold_sig);
		} else if (!next || t->hold_until < next)
			next = t->hold_until;
	}
	held_timer(nheld ? next - now : 0);
}

/* The stops waiting to be handled. wait4(-1) reports the newest tracee
 * first (the kernel puts each new tracee at the head of its tracer's
 * list), so a thread that stops again as soon as it is resumed would be
 * reported every time, and the others, stopped, would wait for ever
 * (strace's looping_threads). As strace does, every stop already there
 * is taken (WNOHANG) after the one waited for, and they are handled in
 * turn before the next wait -- not after every wait, as strace, but after
 * every 8th: a stop then waits at most 8 others, and a shell running one
 * busy child (the usual case) pays 1 wait4 in 8 stops for it, not 1 in 1.
 * With one tracee nothing can starve. */
#define NPENDING 1024
static struct { int pid, status; } pending[NPENDING];
static struct rusage pending_ru[NPENDING];	/* -c: each stop's CPU times */
static int npending, pending_at;
static unsigned waits_undrained;

static long next_stop(int *status)
{
	struct rusage *rup = opt_count && !opt_wall ? pending_ru : NULL;

	if (pending_at == npending) {
		pending_at = npending = 0;
		long w = sys_wait4(-1, &pending[0].status, __WALL, rup);
		stats.wait++;
		if (w < 0)
			return w;
		pending[npending++].pid = (int)w;
		if (ntab > 1 && ++waits_undrained >= 8) {
			waits_undrained = 0;
			while (npending < NPENDING) {
				w = sys_wait4(-1, &pending[npending].status, __WALL | WNOHANG,
					      rup ? rup + npending : NULL);
				stats.wait++;
				if (w <= 0)
					break;
				pending[npending++].pid = (int)w;
			}
		}
	}
	if (rup)
		ru = rup[pending_at];
	*status = pending[pending_at].status;
	return pending[pending_at++].pid;	/* 0: taken by detach() (next_stop_of) */
}

/* t's stop already taken from the kernel and not yet handled: its status
 * (the entry is dropped), or -1 */
static int next_stop_of(struct tcb *t)
{
	for (int i = pending_at; i < npending; i++)
		if (pending[i].pid == t->pid) {
			pending[i].pid = 0;
			return pending[i].status;
		}
	return -1;
}

/* The stop loop: until no traced process is left (or a signal ends -p). */
static int stop_loop(void)
{
	int status = 0, final = -1;

	/* Until no child is left (ECHILD), not until no tracee is: a child
	 * whose parent exits before its first stop is seen, and the exits of
	 * children trace inherited or adopted (as a namespace's init) come
	 * after the last tracee's, as strace 6.1 waits for them. */
	for (;;) {
		if (out_main && out_main->err)
			out_check();
		/* -o '|CMD': CMD reads until the pipe is closed, after the loop
		 * (the -c table may still go down it); ECHILD would never come */
		if (out_pipe_pid && ntab == 0)
			break;
		if (interrupted) {
			/* strace hands the signal to the program it started, then lets go */
			struct tcb *c = started_child ? tcb_find(first_pid) : NULL;
			if (c) {
				sys_kill(c->pid, SIGCONT);
				sys_kill(c->pid, interrupted);
			}
			while (ntab > 0)
				detach(tab[0]);
			break;
		}
		if (nheld)
			release_held();
		long w = next_stop(&status);
		umove_cache_drop();
		if (w == -EINTR || w == 0)
			continue;
		if (w == -ECHILD)
			break;
		if (w < 0)
			error(1, (int)-w, "wait4");
		if (w == out_pipe_pid) {	/* -o '|CMD' ended early: not a tracee */
			out_pipe_pid = 0;
			continue;
		}
		struct tcb *t = tcb_find((int)w);
		if (!t && !(t = on_unknown((int)w, status)))
			continue;
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			if (t->pid == first_pid)
				final = status;
			on_exit(t, status);
			continue;
		}
		stats.stops++;
		int sig = WSTOPSIG(status);
		int event = status >> 16;
		just_detached = 0;
		if (sig == (SIGTRAP | 0x80)) {
			on_syscall_stop(t);
			if (!just_detached)
				resume_or_hold(t, tamper_signal(t));
		} else if (event == PTRACE_EVENT_SECCOMP) {
			on_seccomp_stop(t);
			if (!just_detached)
				resume_or_hold(t, tamper_signal(t));
		} else if (event == PTRACE_EVENT_STOP) {
			if (!t->started) {	/* a new child's first stop */
				on_first_stop(t);
				resume(t, 0);
			} else if (on_event_stop(t, sig))
				ptrace4(PTRACE_LISTEN, t->pid, NULL, NULL);
			else
				resume(t, 0);
		} else if (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK ||
			   event == PTRACE_EVENT_CLONE) {
			unsigned long child_pid = 0;
			ptrace4(PTRACE_GETEVENTMSG, t->pid, NULL, &child_pid);
			if (child_pid && !tcb_find((int)child_pid))
				on_new((int)child_pid);
			resume(t, 0);
		} else if (event == PTRACE_EVENT_EXEC) {
			/* A thread other than the leader exec'd: the kernel gave it the
			 * leader's pid, and its own tid is gone without an exit report. */
			unsigned long old = 0;
			ptrace4(PTRACE_GETEVENTMSG, t->pid, NULL, &old);
			struct tcb *o = old && (int)old != t->pid ? tcb_find((int)old) : NULL;
			if (o) {
				/* strace's words:
				 *   OLD execve("/bin/true", ... <pid changed to PID ...>
				 *   PID +++ superseded by execve in pid OLD +++
				 *   PID <... execve resumed>) = 0               */
				if (!o->silent && opt_count != 1) {
					/* the leader's own call is gone: it ends, never
					 * returning (strace 6.1), on its open line or as
					 *   LEADER <... nanosleep resumed> <unfinished ...>) = ?  */
					if (t->insyscall && t->shown == 1 && !ff_base) {
						end_never_returned(t);
					} else if (line_owner == t) {
						prs(" <unfinished ...>\n");
						line_owner = NULL;
					}
					if (line_owner == o) {
						pr(" <pid changed to %d ...>\n", t->pid);
						line_owner = NULL;
					}
					if (!(opt_quiet & Q_SUPERSEDED)) {
						line_start(t);
						pr("+++ superseded by execve in pid %d +++\n", o->pid);
					}
				}
				/* the leader's tcb carries on the exec'ing thread's call */
				struct out lb = t->lb;
				t->lb = o->lb;
				o->lb = lb;
				t->insyscall = o->insyscall;
				t->skip_exit = o->skip_exit;
				t->nr = o->nr;
				t->rfmt = o->rfmt;	/* not the leader's: exit's "= ?" */
				t->rtext = o->rtext;
				t->rtext_err = o->rtext_err;
				memcpy(t->a, o->a, sizeof t->a);
				t->shown = o->shown;
				t->etime = o->etime;
				t->cstart = o->cstart;
				t->col = o->col;
				tcb_drop(o);
			}
			if (opt_decode_pids & DP_COMM)	/* -Y: the program's name now */
				pid_comm_load(t->pid, t->comm, sizeof t->comm);
			/* -b execve: let go of a process at its exec event (as strace;
			 * not at the exec that starts PROG): its execve line is cut
			 * " <detached ...>" if nothing came between */
			if (opt_detach_exec && !(hide && t->pid == first_pid)) {
				if (t->pid == first_pid)	/* its end is not ours: 0, as strace */
					final = 0;
				detach_stopped(t);
				continue;
			}
			resume(t, 0);	/* the execve's exit stop follows */
		} else if (event) {
			resume(t, 0);
		} else {
			resume(t, on_signal_stop(t, sig));
		}
	}
	out_flush(tout);
	out_check();
	out_main = NULL;	/* strace says nothing of a -c table it could not write */
	if (opt_count)
		count_report();
	if (opt_stats)
		stats_report();
	out_flush(tout);
	if (interrupted)
		reraise(interrupted);	/* as strace: 130 for a ^C */
	if (first_pid < 0)
		return 0;		/* -p: the processes ended on their own */
	if (final < 0)
		return -1;
	if (WIFSIGNALED(final))
		reraise(WTERMSIG(final));
	return WEXITSTATUS(final);
}

/* --qemu (qemu.c) has no ptrace and no wait4: its loop reads QEMU's gdbstub
 * and hands each stop here, to the same printing as the loop above. */
struct tcb *loop_ext_begin(int pid)
{
	nr_execve = sys_lookup("execve");
	nr_exit = sys_lookup("exit");
	nr_exit_group = sys_lookup("exit_group");
	hide = 0;		/* QEMU loads the program itself: no execve to wait for */
	first_pid = pid;
	struct tcb *t = tcb_new(pid, 0);
	t->started = 1;
	return t;
}

void loop_ext_entry(struct tcb *t)
{
	t->insyscall = 1;
	syscall_entry(t);
}

void loop_ext_exit(struct tcb *t)
{
	t->insyscall = 0;
	syscall_exit(t);
	t->prev_nr = t->nr;
}

/* si NULL: the stub could not say more than the signal's number */
void loop_ext_signal(struct tcb *t, int sig, const siginfo_t *si)
{
	if (opt_count == 1)
		return;
	line_start(t);
	prs("--- ");
	pr_signame_full(sig);	/* SIGRT_1 too, as the ptrace loop names it */
	prs(" ");
	if (si) {
		pr_siginfo(si);
	} else {
		prs("{si_signo=");
		pr_signame_full(sig);
		prs("}");
	}
	prs(" ---\n");
	flush_if_terminal();
}

int loop_ext_end(struct tcb *t, int status)
{
	on_exit(t, status);
	if (opt_count)
		count_report();
	if (opt_stats)
		stats_report();
	out_flush(tout);
	if (WIFSIGNALED(status))
		reraise(WTERMSIG(status));
	return WEXITSTATUS(status);
}
