/* Exercise 3: catch SIGSEGV and say where the fault was, and why.
 *
 *   ex3-segv r ADDR      read one byte at ADDR (hex: 0x...)
 *   ex3-segv w ADDR      write one byte there
 *
 * Install a SIGSEGV handler with SA_SIGINFO, then touch ADDR. The handler
 * prints
 *     SIGSEGV at 0xADDR: SEGV_MAPERR      (nothing mapped there)
 *     SIGSEGV at 0xADDR: SEGV_ACCERR      (mapped, but not for that access)
 * from the siginfo the kernel passed (si_addr, si_code; "0x%lx" so that
 * address 0 is 0x0), and exits 0 (returning would fault again). If the
 * access does not fault, print "no fault" and exit 1.
 *
 * The grader tries address 0, a write into your own code, a read of your
 * own code, and a random address; strace must show
 * "--- SIGSEGV {si_signo=SIGSEGV, si_code=..., si_addr=...} ---" to match.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	/* TODO */
	printf("no fault\n");
	return 1;
}
