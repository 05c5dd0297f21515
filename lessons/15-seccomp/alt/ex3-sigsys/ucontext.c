/* alt: the address from the saved registers (rip, just after the syscall
 * instruction, which is si_call_addr), the number from si_syscall; installed
 * with the raw rt_sigaction and the runtime's restorer; its own arch names */
#include "sg.h"
#include "sysclass.h"
#include <asm/sigcontext.h>
#include <asm/ucontext.h>

static void on_sigsys(int sig, siginfo_t *si, void *ctx)
{
	struct ucontext *uc = ctx;
	const char *name = sys_name(si->si_syscall);

	printf("SIGSYS: %s (nr %d) at %#lx, arch ", name, si->si_syscall, (unsigned long)uc->uc_mcontext.rip);
	if (si->si_arch == 0xc000003e)
		printf("AUDIT_ARCH_X86_64");
	else if (si->si_arch == 0x40000003)
		printf("AUDIT_ARCH_I386");
	else
		printf("%#x", si->si_arch);
	printf(", data %d\n", si->si_errno);
}

void catch_sigsys(void)
{
	struct sigaction sa = { 0 };

	sa.sa_handler = (__sighandler_t)(void *)on_sigsys;
	sa.sa_flags = SA_SIGINFO | SA_RESTORER;
	sa.sa_restorer = sg_restore_rt;
	sys_rt_sigaction(SIGSYS, &sa, NULL, sizeof(sigset_t));
}
