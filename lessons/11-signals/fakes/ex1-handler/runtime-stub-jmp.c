/* runtime-stub-jmp: its "own" restorer is one jmp to the runtime's sg_restore_rt, so sa_restorer is not sg_restore_rt's address but the runtime does the return; the exercise is writing the two instructions, so a binary that links sg_restore_rt is refused. */
#include "sg.h"

void my_restorer(void);
__asm__(".text\n"
	".globl my_restorer\n"
	"my_restorer:\n"
	"	jmp sg_restore_rt\n");

static void handler(int sig)
{
	char msg[] = "caught NN\n";
	size_t n = sizeof msg - 1;

	if (sig < 10) {	/* one digit: close the gap */
		msg[7] = (char)('0' + sig);
		msg[8] = '\n';
		n--;
	} else {
		msg[7] = (char)('0' + sig / 10);
		msg[8] = (char)('0' + sig % 10);
	}
	sys_write(1, msg, n);
}

int main(int argc, char **argv, char **envp)
{
	struct sigaction sa;
	uint64_t sig = 0;

	if (argc != 2 || parse_u64(argv[1], 10, &sig) < 0 || sig < 1 || sig > 31)
		error(2, 0, "usage: ex1-handler SIGNAL-NUMBER (1..31)");
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sa.sa_flags = SA_RESTORER;
	sa.sa_restorer = my_restorer;
	long r = sys_rt_sigaction((int)sig, &sa, NULL, sizeof sa.sa_mask);
	if (r < 0)
		error(1, (int)-r, "rt_sigaction");
	sys_write(1, "ready\n", 6);
	sys_pause();		/* returns -EINTR after the handler has run */
	sys_write(1, "done\n", 5);
	return 0;
}
