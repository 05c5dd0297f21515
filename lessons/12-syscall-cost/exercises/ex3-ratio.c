/* Exercise 3: the same call, through the kernel and around it.
 *
 *   ex3-ratio N      read CLOCK_MONOTONIC N times with the real syscall
 *                    (sys_clock_gettime), then N times through the vDSO
 *                    (vdso_sym("__vdso_clock_gettime") is allowed here), and print
 *                    "syscall X ns, vdso Y ns"   (ns per call, 0 when N is 0)
 *
 * Time both loops with the vDSO's clock, so that the only clock_gettime
 * syscalls are the N of the first loop. The grader counts them in strace,
 * makes each one slow (strace -e inject=clock_gettime:delay_exit=...), and
 * expects X to show the delay and Y not to.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	/* TODO */
	printf("syscall 0 ns, vdso 0 ns\n");
	return 0;
}
