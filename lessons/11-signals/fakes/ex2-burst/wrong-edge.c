/* wrong-edge: builds the mask in an int, so for signals above 32 the shift wraps and another signal is blocked; each real-time kill is then delivered at once, before the unblock, which the grader sees. */
#include "sg.h"

static volatile int caught;
static void count(int sig) { caught++; }

int main(int argc, char **argv, char **envp)
{
	uint64_t sig = 0, n = 0;

	parse_u64(argv[1], 10, &sig);
	parse_u64(argv[2], 10, &n);
	sig_action((int)sig, count, 0);
	volatile unsigned shift = (unsigned)(sig - 1);
	unsigned bit32 = 1u << (shift & 31);	/* what x86's shl does with a 32-bit register */
	sigset_t set = bit32;
	sys_rt_sigprocmask(SIG_BLOCK, &set, NULL, 8);
	for (uint64_t i = 0; i < n; i++)
		sys_kill((pid_t)sys_getpid(), (int)sig);
	sys_rt_sigprocmask(SIG_UNBLOCK, &set, NULL, 8);
	printf("%lu sent, %d caught\n", (unsigned long)n, caught);
	return 0;
}
