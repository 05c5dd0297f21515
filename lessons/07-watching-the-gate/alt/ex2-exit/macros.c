/* Another answer: tracer.h's macros, the pieces written one at a time, the
 * core flag tested as WCOREDUMP would. */
#include "tracer.h"

void print_end(int wstatus)
{
	if (WIFEXITED(wstatus)) {
		out_printf(T_out, "+++ exited with %d +++\n", WEXITSTATUS(wstatus));
	} else if (WIFSIGNALED(wstatus)) {
		out_str(T_out, "+++ killed by ");
		out_str(T_out, sig_name(WTERMSIG(wstatus)));
		if (wstatus & 0x80)
			out_str(T_out, " (core dumped)");
		out_str(T_out, " +++\n");
	}
	out_flush(T_out);
}
