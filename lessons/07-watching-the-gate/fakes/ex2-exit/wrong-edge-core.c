/* Fake (wrong-edge): names the signal but drops the core-dump flag (bit 7),
 * so a SIGSEGV that wrote a core file is "killed by SIGSEGV" where strace
 * says "(core dumped)"; the grader must try such a status. */
#include "tracer.h"

void print_end(int wstatus)
{
	if (WIFEXITED(wstatus))
		out_printf(T_out, "+++ exited with %d +++\n", WEXITSTATUS(wstatus));
	else
		out_printf(T_out, "+++ killed by %s +++\n", sig_name(WTERMSIG(wstatus)));
	out_flush(T_out);
}
