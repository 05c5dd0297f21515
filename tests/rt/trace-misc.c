/* tests/rt/trace-misc.c — assorted decoders strace 6.1 prints in its own
 * way: time(2)'s stored value with its date, times(2)'s clock ticks, wait
 * statuses (stopped, continued, exited) with the rusage filled only for a
 * reaped child, waitid's rusage left as the program set it (-1: tv_usec is
 * unsigned), listxattr with size 0, futex ops no name covers (FUTEX_WAKE |
 * FUTEX_CLOCK_REALTIME is "0x101 / * FUTEX_??? * /"), clone's CLONE_PIDFD,
 * HID requests with a length, calls that cannot fail (for -e inject=
 * retval=) and a number no call has (for -d). Every call fails harmlessly
 * or changes nothing. tests/trace-misc.bats traces it with strace and
 * bin/trace and compares the lines.
 */
#include "sg.h"
#include <linux/futex.h>

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define BAD ((long)0xbadc0ded)		/* an address nothing is mapped at */

static void times_calls(void)
{
	long v = 0;
	unsigned long tms[4];

	S(__NR_time, &v, 0, 0, 0, 0, 0);
	S(__NR_time, 0, 0, 0, 0, 0, 0);
	S(__NR_time, BAD, 0, 0, 0, 0, 0);
	/* some CPU time first, for ticks to show */
	for (volatile unsigned long i = 0; i < 100000000UL; i++)
		;
	S(__NR_times, tms, 0, 0, 0, 0, 0);
}

/* a child that stops itself, is continued, and exits 3 (the sleep is
 * the child's: trace-vs-strace does not show it, the child is not followed) */
static void waits(void)
{
	int st;
	struct rusage ru;
	unsigned char fill[sizeof(struct rusage)];
	siginfo_t si;

	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid == 0) {
		/* continued, it lingers so that the parent sees it so
		 * before it exits */
		struct timespec ts = { 0, 300000000 };
		sys_kill((pid_t)sys_getpid(), SIGSTOP);
		sys_nanosleep(&ts, NULL);
		sys_exit_group(3);
	}
	memset(fill, 0xff, sizeof fill);
	memcpy(&ru, fill, sizeof ru);
	sys_wait4((pid_t)pid, &st, WUNTRACED, &ru);		/* stopped */
	memcpy(&ru, fill, sizeof ru);
	S(__NR_waitid, P_ALL, 0, &si, WNOHANG | WEXITED, &ru, 0);	/* nothing: ru as set */
	memcpy(&ru, fill, sizeof ru);
	sys_wait4((pid_t)pid, &st, WNOHANG, &ru);		/* 0: ru not shown */
	sys_kill((pid_t)pid, SIGCONT);
	sys_wait4((pid_t)pid, &st, WCONTINUED, &ru);		/* continued */
	sys_wait4((pid_t)pid, &st, 0, &ru);			/* exited 3 */
	sys_wait4((pid_t)pid, &st, 0, &ru);			/* ECHILD */
}

static void misc(void)
{
	uint32_t word = 0;
	int fd = -1;

	S(__NR_listxattr, ".", BAD, 0, 0, 0, 0);
	S(__NR_flistxattr, -1, BAD, 0, 0, 0, 0);
	S(__NR_futex, &word, FUTEX_WAKE, -5, 0, 0, 0);
	S(__NR_futex, &word, FUTEX_WAKE | FUTEX_CLOCK_REALTIME, -5, 0, 0, 0);
	S(__NR_futex, &word, FUTEX_FD | FUTEX_PRIVATE_FLAG, 3, 0, 0, 0);
	S(__NR_futex, &word, FUTEX_FD | FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME, 3, 0, 0, 0);
	S(__NR_futex, &word, FUTEX_LOCK_PI2 | FUTEX_CLOCK_REALTIME, 0, 0, 0, 0);
	S(__NR_futex, &word, FUTEX_WAKE_BITSET | FUTEX_CLOCK_REALTIME, -3, 0, 0, -1);
	/* hiddev/hidraw requests with a length, read-only and read-write */
	for (unsigned nr = 3; nr < 0x13; nr++) {
		S(__NR_ioctl, -1, _IOC(_IOC_READ, 'H', nr, 8), BAD, 0, 0, 0);
		S(__NR_ioctl, -1, _IOC(_IOC_READ | _IOC_WRITE, 'H', nr, 16), BAD, 0, 0, 0);
	}
	/* the pidfd the kernel stores at parent_tid */
	long pid = sys_clone(CLONE_PIDFD | SIGCHLD, NULL, &fd, NULL, 0);
	if (pid == 0)
		sys_exit_group(0);
	sys_wait4((pid_t)pid, NULL, 0, NULL);
	if (fd >= 0)
		sys_close(fd);
}

/* for -e inject=...:retval=: calls that cannot fail, and one that can */
static void never_fail(void)
{
	sys_syscall6(__NR_getuid, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_getpgrp, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_sched_yield, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_umask, 022, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_getcwd, BAD, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_alarm, 0, 0, 0, 0, 0, 0);
}

int main(int argc, char **argv, char **envp)
{
	(void)argc;
	(void)argv;
	(void)envp;
	/* SIGCHLD blocked: its delivery would cut a wait4 short (= ?
	 * ERESTARTSYS) in one run and not the next */
	unsigned long chld = 1UL << (SIGCHLD - 1);
	sys_rt_sigprocmask(SIG_BLOCK, &chld, NULL, sizeof chld);
	times_calls();
	waits();
	misc();
	never_fail();
	sys_syscall6(1000, 1, 2, 3, 4, 5, 6);	/* no call has this number */
	return 0;
}
