/* Exercise 3, a solution: the trapped call, from the siginfo. */
#include "sg.h"
#include "sysclass.h"
#include <linux/audit.h>

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	const char *name = sys_name(si->si_syscall);
	char arch[24];

	if (si->si_arch == AUDIT_ARCH_X86_64)
		snprintf(arch, sizeof arch, "AUDIT_ARCH_X86_64");
	else if (si->si_arch == AUDIT_ARCH_I386)
		snprintf(arch, sizeof arch, "AUDIT_ARCH_I386");
	else
		snprintf(arch, sizeof arch, "0x%x", si->si_arch);
	printf("SIGSYS: %s (nr %d) at 0x%lx, arch %s, data %d\n", name ? name : "?", si->si_syscall,
	       (unsigned long)si->si_call_addr, arch, si->si_errno);
}

void catch_sigsys(void)
{
	sig_action(SIGSYS, (__sighandler_t)(void *)on_sigsys, SA_SIGINFO);
}
