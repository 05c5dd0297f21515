/* Exercise 2: say how the tracee ended, the way strace does.
 *
 * given/ex2-exit.c is minitrace (tracer.c); you write print_end(), called
 * once with the status wait4 returned when the tracee is gone. strace's last
 * line is one of
 *     +++ exited with 3 +++
 *     +++ killed by SIGTERM +++
 *     +++ killed by SIGSEGV (core dumped) +++    when the kernel wrote a core file
 * tracer.h defines WIFEXITED, WEXITSTATUS, WTERMSIG (and draws the bits; the
 * core-dump flag is bit 7, 0x80); sig.h has sig_name(). Write to T_out and
 * flush it (out_flush).
 * The grader compares your last line with strace's for programs that exit
 * with 0 and a random status and die by SIGKILL, SIGSEGV and a random fatal
 * signal, and calls print_end directly with such statuses, core flag too.
 */
#include "tracer.h"

void print_end(int wstatus)
{
	(void)wstatus;		/* TODO */
}
