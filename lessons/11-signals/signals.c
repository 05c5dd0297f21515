/* lessons/11-signals/signals.c — the kernel calling a program back, six ways.
 *
 *   1. a handler: rt_sigaction with SA_RESTORER, the frame the kernel pushes,
 *      and the return through sg_restore_rt (asm/restore.asm) = rt_sigreturn
 *   2. a mask: a blocked signal stays pending; three kills of SIGUSR2 make one
 *      delivery, three of a real-time signal make three
 *   3. SIGCHLD: a child's exit, told to the parent as a signal
 *   4. EINTR or not: a read interrupted by SIGALRM, without and with SA_RESTART
 *   5. sigaltstack: a stack overflow caught on a second stack (in a child)
 *   6. signalfd: a timer's signal read from a descriptor, no handler at all
 *
 * Output goes through printf's buffer; handlers print with it too, which is
 * safe here only because every signal arrives while main is in a syscall,
 * never in the middle of printf (a real program would use write(2) alone).
 */
#include "sg.h"
#include <asm/sigcontext.h>
#include <asm/ucontext.h>
#include <linux/signalfd.h>

#define SETSIZE sizeof(sigset_t)	/* rt_sig*'s last argument: 8 bytes, 64 signals */

static void die(const char *what, long r)
{
	error(1, (int)-r, "%s", what);
}

static void check(const char *what, long r)
{
	if (sys_failed(r))
		die(what, r);
}

/* install with SA_SIGINFO: the handler gets (sig, siginfo, ucontext) */
static void on(int sig, void (*fn)(int, siginfo_t *, void *), unsigned long flags)
{
	check("rt_sigaction", sig_action(sig, (__sighandler_t)(void *)fn, flags | SA_SIGINFO));
}

static sigset_t bit(int sig)
{
	return 1UL << (sig - 1);
}

static void mask(int how, int sig)
{
	sigset_t s = bit(sig);

	check("rt_sigprocmask", sys_rt_sigprocmask(how, &s, NULL, SETSIZE));
}

/* --- 1. a handler and its frame ------------------------------------------ */

static void show_frame(int sig, siginfo_t *si, void *ucv)
{
	struct ucontext *uc = ucv;
	void **rsp = (void **)uc - 1;	/* on entry rsp points at the return address */

	printf("  handler(%d, %p, %p) runs; signal %s, si_code %d (SI_TKILL), si_pid = getpid: %s\n",
	       sig, (void *)si, ucv, sig_name(si->si_signo), si->si_code,
	       si->si_pid == sys_getpid() ? "yes" : "no");
	printf("  it will return to %p: sg_restore_rt is %p, %s\n", *rsp, (void *)sg_restore_rt,
	       *rsp == (void *)sg_restore_rt ? "the same" : "NOT the same");
	printf("  the frame: return address at rsp, ucontext at rsp+%ld, siginfo at rsp+%ld\n",
	       (long)((char *)uc - (char *)rsp), (long)((char *)si - (char *)rsp));
	printf("  saved rip: sys_tgkill+%ld, just after its syscall instruction\n",
	       (long)(uc->uc_mcontext.rip - (unsigned long)sys_tgkill));
	printf("  saved rsp %#lx; the frame sits %ld bytes below it (red zone, frame, FPU state)\n",
	       (unsigned long)uc->uc_mcontext.rsp, (long)(uc->uc_mcontext.rsp - (unsigned long)rsp));
}

static void part1(void)
{
	printf("1. rt_sigaction(SIGUSR1, {handler, SA_SIGINFO|SA_RESTORER, sg_restore_rt}), then tgkill\n");
	on(SIGUSR1, show_frame, 0);
	out_flush(sg_stdout);
	check("tgkill", sys_tgkill(sys_getpid(), sys_gettid(), SIGUSR1));
	printf("  back in main after rt_sigreturn\n");
}

/* --- 2. masks and pending signals ----------------------------------------- */

static int delivered;

static void count(int sig, siginfo_t *si, void *uc)
{
	delivered++;
}

static void burst(int sig, const char *name)
{
	sigset_t pend = 0;

	on(sig, count, 0);
	mask(SIG_BLOCK, sig);
	for (int i = 0; i < 3; i++)
		check("kill", sys_kill(sys_getpid(), sig));
	check("rt_sigpending", sys_rt_sigpending(&pend, SETSIZE));
	delivered = 0;
	mask(SIG_UNBLOCK, sig);
	printf("  %-10s blocked, 3 kills: pending %s; unblocked: %d deliver%s\n", name,
	       pend & bit(sig) ? "yes" : "no", delivered, delivered == 1 ? "y" : "ies");
}

static void part2(void)
{
	printf("2. a blocked signal waits; a standard one is one bit, a real-time one a queue\n");
	burst(SIGUSR2, "SIGUSR2");
	burst(SIGRTMIN + 1, "SIGRTMIN+1");
}

/* --- 3. SIGCHLD ------------------------------------------------------------ */

static void on_child(int sig, siginfo_t *si, void *uc)
{
	printf("  SIGCHLD: si_code %d (CLD_EXITED), si_pid is the child: %s, si_status %d\n",
	       si->si_code, si->si_pid > 0 ? "yes" : "no", si->si_status);
}

static void part3(void)
{
	int st;
	sigset_t none = 0;

	printf("3. a child exits with status 7; the parent hears SIGCHLD\n");
	on(SIGCHLD, on_child, 0);
	/* blocked before the fork and waited for with rt_sigsuspend, so that
	 * the signal cannot arrive between the check and the wait */
	mask(SIG_BLOCK, SIGCHLD);
	out_flush(sg_stdout);
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	check("clone", pid);
	if (pid == 0)
		sys_exit_group(7);
	sys_rt_sigsuspend(&none, SETSIZE);	/* returns -EINTR once the handler ran */
	mask(SIG_UNBLOCK, SIGCHLD);
	check("wait4", sys_wait4((pid_t)pid, &st, 0, NULL));
	printf("  wait4 reaped it: exit status %d\n", (st >> 8) & 0xff);
	check("rt_sigaction", sig_action(SIGCHLD, SIG_DFL, 0));
}

/* --- 4. EINTR against SA_RESTART --------------------------------------------- */

static int pipefd[2];

static void on_alarm(int sig, siginfo_t *si, void *uc)
{
	/* give the interrupted read something to find if it is restarted */
	sys_write(pipefd[1], "x", 1);
}

/* A child that sends SIGALRM once the parent sleeps (state S in
 * /proc/PID/stat), that is, once it is blocked in its read: a timer could
 * fire too early on a busy machine, before the read has begun. */
static long alarm_when_blocked(void)
{
	long ppid = sys_getpid();
	char path[64], buf[512];

	out_flush(sg_stdout);
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	check("clone", pid);
	if (pid)
		return pid;
	snprintf(path, sizeof path, "/proc/%ld/stat", ppid);
	for (int i = 0; i < 5000; i++) {	/* 5 s at most */
		int fd = (int)sys_openat(AT_FDCWD, path, O_RDONLY, 0);
		long n = fd < 0 ? 0 : sys_read(fd, buf, sizeof buf - 1);
		sys_close(fd);
		buf[n > 0 ? n : 0] = 0;
		/* "PID (NAME) S ...": the state follows the last ')' */
		char *p = NULL;
		for (char *q = buf; *q; q++)
			if (*q == ')')
				p = q;
		if (p && p[1] == ' ' && p[2] == 'S') {
			sys_kill((pid_t)ppid, SIGALRM);
			sys_exit_group(0);
		}
		struct timespec ms = { 0, 1000000 };
		sys_nanosleep(&ms, NULL);
	}
	sys_exit_group(1);
}

static void interrupted_read(unsigned long flags, const char *name)
{
	char c;
	int st;

	on(SIGALRM, on_alarm, flags);
	long child = alarm_when_blocked();
	long r = sys_read(pipefd[0], &c, 1);
	if (r < 0) {
		printf("  %-11s read returned %ld (-%s): the program must retry\n", name, r, errno_name((int)-r));
		sys_read(pipefd[0], &c, 1);	/* the byte the handler wrote */
	} else {
		printf("  %-11s read returned %ld: the kernel restarted it, the program never saw EINTR\n",
		       name, r);
	}
	check("wait4", sys_wait4((pid_t)child, &st, 0, NULL));
}

static void part4(void)
{
	printf("4. read from an empty pipe; SIGALRM from a child once the read sleeps\n");
	check("pipe2", sys_pipe2(pipefd, O_CLOEXEC));
	/* the children's SIGCHLD waits until the end, instead of arriving
	 * at a random point of the story (qemu-user refuses a clone whose
	 * exit signal is 0, which would have sent none) */
	mask(SIG_BLOCK, SIGCHLD);
	interrupted_read(0, "flags 0:");
	interrupted_read(SA_RESTART, "SA_RESTART:");
	mask(SIG_UNBLOCK, SIGCHLD);
	sys_close(pipefd[0]);
	sys_close(pipefd[1]);
}

/* --- 5. a stack overflow, caught on another stack --------------------------- */

static char *stack_top, *alt_lo, *alt_hi;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	char here;
	/* the handler's own locals tell which stack it runs on */
	printf("  SIGSEGV at %p, %ld KiB below where the stack started\n",
	       si->si_addr, (long)(stack_top - (char *)si->si_addr) / 1024);
	printf("  the handler's locals are on the alternate stack (the mmap'd 64 KiB): %s\n",
	       &here >= alt_lo && &here < alt_hi ? "yes" : "no");
	exit(0);	/* returning would fault again: the stack is still full */
}

static volatile long never = -1;	/* volatile: the compiler cannot prove the recursion endless */

static long deeper(long n)
{
	volatile char pad[512];	/* each level eats half a KiB of stack */

	if (n == never)
		return 0;
	pad[0] = (char)n;
	return deeper(n + 1) + pad[0];	/* not a tail call: the frame must stay */
}

static void overflow(bool altstack)
{
	int st;

	out_flush(sg_stdout);
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	check("clone", pid);
	if (pid == 0) {
		char top;
		struct rlimit64 lim;
		stack_top = &top;
		/* an unlimited stack (ulimit -s unlimited) would grow until
		 * memory runs out: cap it at the usual 8 MiB */
		if (sys_prlimit64(0, RLIMIT_STACK, NULL, &lim) == 0 && lim.rlim_cur > 8u << 20) {
			lim.rlim_cur = 8u << 20;
			sys_prlimit64(0, RLIMIT_STACK, &lim, NULL);
		}
		if (altstack) {
			stack_t ss = { .ss_size = 64 * 1024 };
			long p = sys_mmap(NULL, ss.ss_size, PROT_READ | PROT_WRITE,
					  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			check("mmap", p);
			ss.ss_sp = (void *)p;
			alt_lo = ss.ss_sp;
			alt_hi = alt_lo + ss.ss_size;
			check("sigaltstack", sys_sigaltstack(&ss, NULL));
		}
		on(SIGSEGV, on_segv, altstack ? SA_ONSTACK : 0);
		deeper(0);
	}
	check("wait4", sys_wait4((pid_t)pid, &st, 0, NULL));
	if ((st & 0x7f) != 0)
		printf("  %s: the child was killed by %s: no room for the frame, so the handler never ran\n",
		       altstack ? "with sigaltstack" : "without sigaltstack", sig_name(st & 0x7f));
	else
		printf("  the child exited with status %d\n", (st >> 8) & 0xff);
}

static void part5(void)
{
	printf("5. infinite recursion in a child, a SIGSEGV handler without and with sigaltstack\n");
	overflow(false);
	overflow(true);
}

/* --- 6. signalfd ----------------------------------------------------------------- */

static void part6(void)
{
	struct signalfd_siginfo ssi;
	struct itimerval t = { .it_value = { .tv_sec = 0, .tv_usec = 10000 } };
	sigset_t s = bit(SIGALRM);

	/* a timer's signal, not a kill: sent by the kernel, so the record
	 * holds no pid and reads the same in every run */
	printf("6. SIGALRM blocked, a timer set, and the signal read from a signalfd instead\n");
	mask(SIG_BLOCK, SIGALRM);
	long fd = sys_signalfd4(-1, &s, SETSIZE, SFD_CLOEXEC);
	check("signalfd4", fd);
	check("setitimer", sys_setitimer(ITIMER_REAL, &t, NULL));
	long r = sys_read((int)fd, &ssi, sizeof ssi);	/* blocks until the timer fires */
	check("read", r);
	printf("  read %ld bytes: ssi_signo %u (%s), ssi_code %d (SI_KERNEL), ssi_pid %u: no handler ran\n", r,
	       ssi.ssi_signo, sig_name((int)ssi.ssi_signo), ssi.ssi_code, ssi.ssi_pid);
	sys_close((int)fd);
}

int main(int argc, char **argv, char **envp)
{
	part1();
	part2();
	part3();
	part4();
	part5();
	part6();
	return 0;
}
