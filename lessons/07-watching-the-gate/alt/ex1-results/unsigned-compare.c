/* Another answer: the error range as one unsigned comparison (the kernel's
 * IS_ERR_VALUE), the words written one by one. */
#include "tracer.h"

void print_result(long rax)
{
	if ((unsigned long)rax >= (unsigned long)-4095) {
		int e = (int)-rax;
		const char *name = errno_name(e);
		out_str(T_out, "= -1 ");
		if (name)
			out_str(T_out, name);
		else
			out_printf(T_out, "%d", e);
		out_str(T_out, " (");
		out_str(T_out, strerror(e));
		out_char(T_out, ')');
		return;
	}
	out_printf(T_out, "= %ld", rax);
}
