/* tests/rt/trace-signals.c — signals and endings for bin/trace to show.
 *
 *   trace-signals segv         write through a null pointer: killed by SIGSEGV
 *   trace-signals term         kill(self, SIGTERM) with the default action
 *   trace-signals interrupt    pause() cut short by a child's SIGUSR1, then
 *                              wait4 for that child (SIGCHLD follows)
 *   trace-signals sigkill      a child kills us with SIGKILL inside pause()
 *   trace-signals exec PROG    execve(PROG, [PROG, "from", "exec"])
 *   trace-signals exit N       exit_group(N)
 *   trace-signals restart      nanosleep cut by SIGCHLD: the kernel resumes it
 *                              with restart_syscall
 *   trace-signals stop         kill(self, SIGSTOP); a child sends SIGCONT
 */
#include "sg.h"

static void on_usr1(int sig) { (void)sig; }

static void child_then(int sig, long ns_before, long ns_after)
{
	long parent = sys_getpid();
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid == 0) {
		struct timespec a = { 0, ns_before }, b = { 0, ns_after };
		sys_nanosleep(&a, NULL);
		sys_kill((int)parent, sig);
		sys_nanosleep(&b, NULL);
		sys_exit_group(0);
	}
}

int main(int argc, char **argv, char **envp)
{
	const char *mode = argc > 1 ? argv[1] : "";

	if (strcmp(mode, "segv") == 0) {
		volatile long bad = 16;	/* through a variable: the compiler cannot see it */
		*(volatile int *)bad = 1;
	} else if (strcmp(mode, "term") == 0) {
		sys_kill((int)sys_getpid(), SIGTERM);
	} else if (strcmp(mode, "interrupt") == 0) {
		sig_action(SIGUSR1, on_usr1, 0);
		child_then(SIGUSR1, 50000000, 100000000);
		sys_pause();
		int st;
		sys_wait4(-1, &st, 0, NULL);
	} else if (strcmp(mode, "sigkill") == 0) {
		child_then(SIGKILL, 50000000, 0);
		sys_pause();
	} else if (strcmp(mode, "exec") == 0 && argc > 2) {
		char *args[] = { argv[2], "from", "exec", NULL };
		long r = sys_execve(argv[2], args, envp);
		return (int)-r;
	} else if (strcmp(mode, "restart") == 0) {
		long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
		if (pid == 0) {
			struct timespec a = { 0, 20000000 };
			sys_nanosleep(&a, NULL);
			sys_exit_group(0);
		}
		struct timespec b = { 0, 200000000 };
		sys_nanosleep(&b, NULL);
		int st;
		sys_wait4((int)pid, &st, 0, NULL);
	} else if (strcmp(mode, "stop") == 0) {
		/* SIGCHLD blocked until the child is reaped, to come at a known place */
		sigset_t chld = 1UL << (SIGCHLD - 1);
		sys_rt_sigprocmask(SIG_BLOCK, &chld, NULL, sizeof chld);
		child_then(SIGCONT, 100000000, 0);
		sys_kill((int)sys_getpid(), SIGSTOP);
		sys_write(1, "continued\n", 10);
		int st;
		sys_wait4(-1, &st, 0, NULL);
		sys_rt_sigprocmask(SIG_UNBLOCK, &chld, NULL, sizeof chld);
	} else if (strcmp(mode, "exit") == 0 && argc > 2) {
		sys_exit_group(argv[2][0] - '0');
	}
	return 0;
}
