/* Fake (wrong-edge): every signal death is SIGTERM — all the old check's
 * killed program ever got. The grader must try SIGKILL, SIGSEGV and others. */
#include "tracer.h"

void print_end(int wstatus)
{
	if (WIFEXITED(wstatus))
		out_printf(T_out, "+++ exited with %d +++\n", WEXITSTATUS(wstatus));
	else
		out_str(T_out, "+++ killed by SIGTERM +++\n");
	out_flush(T_out);
}
