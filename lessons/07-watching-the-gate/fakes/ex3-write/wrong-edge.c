/* Fake (wrong-edge): right escapes, but "..." whenever count >= 32 — a write
 * of exactly 32 bytes is shown whole by strace; the grader must try one. */
#include "tracer.h"

void print_call(int pid, const struct user_regs *r)
{
	if (r->orig_rax != 1) {
		print_call_raw(r);
		return;
	}
	unsigned char b[32];
	size_t want = r->rdx < 32 ? r->rdx : 32;
	struct iovec l = { b, want }, rem = { (void *)r->rsi, want };
	long got = sys_process_vm_readv(pid, &l, 1, &rem, 1, 0);
	out_printf(T_out, "write(%d, ", (int)r->rdi);
	if (got < 0) {
		out_printf(T_out, "%#lx, %lu", r->rsi, r->rdx);
		return;
	}
	out_char(T_out, '"');
	for (long i = 0; i < got; i++) {
		unsigned char c = b[i];
		const char *e = c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : c == '\v' ? "\\v" :
				c == '\f' ? "\\f" : c == '"' ? "\\\"" : c == '\\' ? "\\\\" : NULL;
		if (e)
			out_str(T_out, e);
		else if (c >= ' ' && c <= '~')
			out_char(T_out, (char)c);
		else if (i + 1 < got && b[i + 1] >= '0' && b[i + 1] <= '7')
			out_printf(T_out, "\\%03o", c);
		else
			out_printf(T_out, "\\%o", c);
	}
	out_printf(T_out, "\"%s, %lu", r->rdx >= 32 ? "..." : "", r->rdx);
}
