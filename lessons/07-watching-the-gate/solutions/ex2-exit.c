/* Exercise 2, solution: the low 7 bits say which signal killed it (0: none). */
#include "../tracer.h"

void print_end(int wstatus)
{
	if ((wstatus & 0x7f) == 0)
		out_printf(T_out, "+++ exited with %d +++\n", (wstatus >> 8) & 0xff);
	else
		out_printf(T_out, "+++ killed by %s +++\n", sig_name(wstatus & 0x7f));
	out_flush(T_out);
}
