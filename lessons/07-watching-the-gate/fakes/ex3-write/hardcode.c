/* Fake (hardcode): the strings ../target writes, keyed on the byte count
 * (7, 1, 11, 37), without reading the tracee at all; the grader's tracee
 * writes random bytes, so it must reject this. */
#include "tracer.h"

void print_call(int pid, const struct user_regs *r)
{
	(void)pid;
	if (r->orig_rax != 1) {
		print_call_raw(r);
		return;
	}
	const char *s = r->rdx == 7 ? "\"target\\n\"" : r->rdx == 1 ? "\"x\"" :
			r->rdx == 11 ? "\"\\0\\0017\\377 \\\"\\\\\\t\\v\\f\\r\"" :
			r->rdx == 37 ? "\"a line longer than strace's 32 b\"..." : "\"\"";
	out_printf(T_out, "write(%d, %s, %lu", (int)r->rdi, s, r->rdx);
}
