/* wrong-edge-once: SA_RESETHAND -- the first SIGSYS is caught, the second kills the program */
#include "sg.h"
#include "sysclass.h"

static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	printf("SIGSYS: %s (nr %d) at 0x%lx, arch AUDIT_ARCH_X86_64, data %d\n", sys_name(si->si_syscall),
	       si->si_syscall, (unsigned long)si->si_call_addr, si->si_errno);
	out_flush(sg_stdout);
}

void catch_sigsys(void)
{
	sig_action(SIGSYS, (__sighandler_t)(void *)on_sigsys, SA_SIGINFO | SA_RESETHAND);
}
