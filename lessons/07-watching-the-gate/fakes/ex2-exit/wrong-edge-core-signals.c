/* Fake (wrong-edge): adds "(core dumped)" only for SIGSEGV and SIGABRT, the two
 * signals the grader's core statuses used; the bit is set for any signal whose
 * default action dumps core (SIGQUIT, SIGBUS, SIGFPE, ...), so it must try others. */
#include "tracer.h"

void print_end(int wstatus)
{
	int sig = wstatus & 0x7f;

	if (sig == 0)
		out_printf(T_out, "+++ exited with %d +++\n", (wstatus >> 8) & 0xff);
	else
		out_printf(T_out, "+++ killed by %s%s +++\n", sig_name(sig),
			   (wstatus & 0x80) && (sig == 11 || sig == 6) ? " (core dumped)" : "");
	out_flush(T_out);
}
