/* Another right answer: SA_SIGINFO handler, tgkill to this thread instead of
 * kill, and the old mask put back with SIG_SETMASK instead of SIG_UNBLOCK. */
#include "sg.h"

static volatile unsigned long count;

static void on_signal(int sig, siginfo_t *si, void *uc)
{
	count++;
}

int main(int argc, char **argv, char **envp)
{
	int64_t sig, n;

	if (argc != 3 || parse_i64(argv[1], 0, &sig) || parse_i64(argv[2], 0, &n))
		return 2;
	sig_action((int)sig, (__sighandler_t)(void *)on_signal, SA_SIGINFO);
	sigset_t block = (sigset_t)1 << (sig - 1), old;
	sys_rt_sigprocmask(SIG_BLOCK, &block, &old, sizeof old);
	int pid = (int)sys_getpid(), tid = (int)sys_gettid();
	for (int64_t i = n; i > 0; i--)
		sys_tgkill(pid, tid, (int)sig);
	sys_rt_sigprocmask(SIG_SETMASK, &old, NULL, sizeof old);
	printf("%ld sent, %lu caught\n", (long)n, count);
	return 0;
}
