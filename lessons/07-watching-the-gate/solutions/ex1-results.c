/* Exercise 1, solution: -4095..-1 becomes "-1 NAME (text)", as strace shows it. */
#include "tracer.h"

void print_result(long rax)
{
	if (sys_failed(rax))
		out_printf(T_out, "= -1 %s (%s)", errno_name((int)-rax), strerror((int)-rax));
	else
		out_printf(T_out, "= %ld", rax);
}
