/* Exercise 3: which call was that?
 *
 * Write catch_sigsys(): install a handler for SIGSYS (with SA_SIGINFO) that,
 * each time a seccomp filter's SECCOMP_RET_TRAP stops a call, prints one line
 *
 *     SIGSYS: NAME (nr N) at 0xADDR, arch AUDIT_ARCH_X86_64, data D
 *
 * from the siginfo the kernel filled in: N is si_syscall and NAME its name
 * (sys_name(N) from "sysclass.h", the runtime's table), ADDR is si_call_addr ("0x%lx"), the arch is si_arch
 * (AUDIT_ARCH_X86_64 for 0xc000003e, AUDIT_ARCH_I386 for 0x40000003, else
 * "0x%x"), D is the filter's data, which the kernel puts in si_errno.
 * Then return from the handler: the driver goes on to its next call.
 *
 * The driver (given/ex3-sigsys.c) traps calls it picks at random and does
 * not tell you which: only the siginfo knows. printf's buffer is fine here
 * (the signal arrives only inside the driver's syscall).
 */
#include "sg.h"
#include "sysclass.h"

void catch_sigsys(void)
{
	/* TODO */
}
