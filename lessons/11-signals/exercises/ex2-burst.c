/* Exercise 2: how many of a burst of signals arrive?
 *
 *   ex2-burst SIG N      SIG 1..64 (not 9 or 19), N >= 0
 *
 * Install a handler for SIG that counts (sig_action() is fine here), block
 * SIG with rt_sigprocmask, send it to yourself N times with kill(2), unblock
 * it, and print
 *     N sent, C caught
 * where C is how many times the handler ran. Think before you run it: what
 * C do you expect for SIGUSR1 (10)? For SIGRTMIN+2 (34)? For N = 0?
 *
 * The grader checks your output against what the kernel must do, and counts
 * in strace: N kills, C deliveries ("--- SIGxxx"), C rt_sigreturns, and no
 * delivery before the last kill.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	/* TODO */
	printf("0 sent, 0 caught\n");
	return 0;
}
