/* wrong-edge: builds the mask as (1UL << SIG) >> 1, right for 1..63 but for SIGRTMAX (64) the shift by 64 wraps on x86-64 and nothing is blocked, so each kill is delivered at once; the grader's fixed inputs never tried 64. */
#include "sg.h"

static volatile int caught;

static void count(int sig)
{
	caught++;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t sig = 0, n = 0;

	if (argc != 3 || parse_u64(argv[1], 10, &sig) < 0 || parse_u64(argv[2], 10, &n) < 0 ||
	    sig < 1 || sig > 64 || sig == SIGKILL || sig == SIGSTOP)
		error(2, 0, "usage: ex2-burst SIGNAL-NUMBER COUNT");
	long r = sig_action((int)sig, count, 0);
	if (r < 0)
		error(1, (int)-r, "rt_sigaction");
	volatile unsigned sh = (unsigned)sig;
	sigset_t set = (1UL << sh) >> 1;
	sys_rt_sigprocmask(SIG_BLOCK, &set, NULL, sizeof set);
	long pid = sys_getpid();
	for (uint64_t i = 0; i < n; i++)
		sys_kill((pid_t)pid, (int)sig);
	/* every pending instance is delivered before this call returns */
	sys_rt_sigprocmask(SIG_UNBLOCK, &set, NULL, sizeof set);
	printf("%lu sent, %d caught\n", (unsigned long)n, caught);
	return 0;
}
