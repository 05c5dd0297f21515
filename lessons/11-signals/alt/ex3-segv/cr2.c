/* Another right answer: the address from the saved registers instead of the
 * siginfo — the ucontext's cr2 holds the page-fault address the CPU reported
 * and err its error code (bit 0: the page was present, so access denied). */
#include "sg.h"
#include <asm/sigcontext.h>
#include <asm/ucontext.h>

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
	struct ucontext *uc = ucv;
	char line[64];
	int n = snprintf(line, sizeof line, "SIGSEGV at 0x%lx: %s\n", (unsigned long)uc->uc_mcontext.cr2,
			 uc->uc_mcontext.err & 1 ? "SEGV_ACCERR" : "SEGV_MAPERR");
	sys_write(1, line, (size_t)n);
	sys_exit_group(0);
}

int main(int argc, char **argv, char **envp)
{
	uint64_t addr = 0;
	int write;

	if (argc != 3 || parse_u64(argv[2], 16, &addr) < 0)
		return 2;
	write = argv[1][0] == 'w';
	sig_action(SIGSEGV, (__sighandler_t)(void *)on_segv, SA_SIGINFO | SA_NODEFER);
	if (write)
		__asm__ volatile("movb $0, (%0)" : : "r"(addr) : "memory");
	else
		__asm__ volatile("movb (%0), %%al" : : "r"(addr) : "rax", "memory");
	sys_write(1, "no fault\n", 9);
	return 1;
}
