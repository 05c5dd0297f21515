/* Exercise 1: a signal handler with nothing between you and the kernel.
 *
 *   ex1-handler SIG      SIG a number, 1..31 (not 9 or 19)
 *
 * 1. Fill in the kernel's struct sigaction (<asm/signal.h>, see README):
 *    sa_handler, sa_flags with SA_RESTORER, sa_restorer, sa_mask; and call
 *    sys_rt_sigaction(SIG, &sa, NULL, 8) yourself. Not the runtime's
 *    sig_action(), and not its trampoline sg_restore_rt: write your own
 *    restorer, the two instructions that call rt_sigreturn (15), as a
 *    top-level __asm__ block in this file (or in ex1-handler.asm beside it).
 * 2. Write "ready\n" to standard output, then wait (pause(2) is simplest).
 * 3. The handler itself writes "caught SIG\n" ("caught 10\n") with write(2).
 * 4. When the handler has returned, main writes "done\n" and exits 0.
 *
 * The grader waits for "ready", sends SIG from outside (10, 15, and one at
 * random), and checks in strace: your rt_sigaction with SA_RESTORER and a
 * restorer that is not sg_restore_rt; "--- SIGxxx" then your handler's write
 * then rt_sigreturn then "done".
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	/* TODO: install the handler */
	sys_write(1, "ready\n", 6);
	sys_pause();
	sys_write(1, "done\n", 5);
	return 0;
}
