/* every-signal: installs its handler for every signal 1..31 but 9 and 19 (the ones that cannot be caught), whatever argv says; the signal asked is caught by its handler, which says which it got, so this is right: extra handlers are no fault. */
#include "sg.h"

/* reached by the handler's `ret`, with rsp at the frame's ucontext: it must
 * not touch the stack, only ask the kernel to restore what it saved */
void my_restorer(void);
__asm__(".text\n"
	".globl my_restorer\n"
	"my_restorer:\n"
	"	mov $15, %eax\n"	/* __NR_rt_sigreturn */
	"	syscall\n");

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
	for (int k = 1; k <= 31; k++)
		if (k != SIGKILL && k != SIGSTOP)
			sys_rt_sigaction(k, &sa, NULL, sizeof sa.sa_mask);
	sys_write(1, "ready\n", 6);
	sys_pause();		/* returns -EINTR after the handler has run */
	sys_write(1, "done\n", 5);
	return 0;
}
