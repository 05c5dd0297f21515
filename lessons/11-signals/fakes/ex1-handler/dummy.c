/* dummy: installs a proper handler for show, but blocks the signal and takes it from a signalfd in main; no handler ever runs, which the grader sees (no delivery, no rt_sigreturn). */
#include "sg.h"
#include <linux/signalfd.h>

void my_restorer(void);
__asm__(".text\n.globl my_restorer\nmy_restorer:\n\tmov $15, %eax\n\tsyscall\n");

static void handler(int sig)
{
}

int main(int argc, char **argv, char **envp)
{
	uint64_t sig = 0;
	struct signalfd_siginfo ssi;
	char msg[16];

	parse_u64(argv[1], 10, &sig);
	struct sigaction sa = { .sa_handler = handler, .sa_flags = SA_RESTORER, .sa_restorer = my_restorer };
	sys_rt_sigaction((int)sig, &sa, NULL, 8);
	sigset_t set = 1UL << (sig - 1);
	sys_rt_sigprocmask(SIG_BLOCK, &set, NULL, 8);
	int fd = (int)sys_signalfd4(-1, &set, 8, 0);
	sys_write(1, "ready\n", 6);
	sys_read(fd, &ssi, sizeof ssi);
	int n = snprintf(msg, sizeof msg, "caught %u\n", ssi.ssi_signo);
	sys_write(1, msg, (size_t)n);
	sys_write(1, "done\n", 5);
	return 0;
}
