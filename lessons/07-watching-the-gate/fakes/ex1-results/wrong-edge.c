/* Fake (wrong-edge): every negative rax is an error. Right for every call
 * ../target makes; wrong for results below -4095 (values, not errors), which
 * the grader must try. */
#include "tracer.h"

void print_result(long rax)
{
	if (rax < 0)
		out_printf(T_out, "= -1 %s (%s)", errno_name((int)-rax), strerror((int)-rax));
	else
		out_printf(T_out, "= %ld", rax);
}
