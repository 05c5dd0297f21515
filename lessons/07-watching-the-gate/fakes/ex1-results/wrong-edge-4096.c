/* Fake (wrong-edge): r < 0 && r != -4096 — the edge of the error range
 * patched by one value; -5000 or LONG_MIN is still called an error, and the
 * grader must try them. */
#include "tracer.h"

void print_result(long rax)
{
	if (rax < 0 && rax != -4096)
		out_printf(T_out, "= -1 %s (%s)", errno_name((int)-rax), strerror((int)-rax));
	else
		out_printf(T_out, "= %ld", rax);
}
