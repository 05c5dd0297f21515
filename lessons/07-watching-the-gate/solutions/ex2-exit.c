/* Exercise 2, solution: the low 7 bits say which signal killed it (0: none);
 * bit 7 says a core file was written. */
#include "tracer.h"

void print_end(int wstatus)
{
	if ((wstatus & 0x7f) == 0)
		out_printf(T_out, "+++ exited with %d +++\n", (wstatus >> 8) & 0xff);
	else
		out_printf(T_out, "+++ killed by %s%s +++\n", sig_name(wstatus & 0x7f),
			   wstatus & 0x80 ? " (core dumped)" : "");
	out_flush(T_out);
}
