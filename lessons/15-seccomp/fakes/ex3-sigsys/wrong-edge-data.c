/* wrong-edge-data: takes the data from si_code instead of si_errno -- si_code is always SYS_SECCOMP (1), so only data 1 comes out right */
#include "sg.h"
#include "sysclass.h"

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	printf("SIGSYS: %s (nr %d) at 0x%lx, arch AUDIT_ARCH_X86_64, data %d\n", sys_name(si->si_syscall),
	       si->si_syscall, (unsigned long)si->si_call_addr, si->si_code == 1 ? 0 : si->si_code);
}

void catch_sigsys(void)
{
	sig_action(SIGSYS, (__sighandler_t)(void *)on_sigsys, SA_SIGINFO);
}
