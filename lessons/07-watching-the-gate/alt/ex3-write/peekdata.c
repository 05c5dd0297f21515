/* Another answer: the string copied out of the tracee a word at a time with
 * PTRACE_PEEKDATA (the raw call stores the word at *data), then quoted. */
#include <linux/ptrace.h>
#include "tracer.h"

static void put(unsigned char c, int octal_next)
{
	switch (c) {
	case '\n': out_str(T_out, "\\n"); return;
	case '\t': out_str(T_out, "\\t"); return;
	case '\r': out_str(T_out, "\\r"); return;
	case '\v': out_str(T_out, "\\v"); return;
	case '\f': out_str(T_out, "\\f"); return;
	case '"': out_str(T_out, "\\\""); return;
	case '\\': out_str(T_out, "\\\\"); return;
	}
	if (c >= ' ' && c <= '~')
		out_char(T_out, (char)c);
	else
		out_printf(T_out, octal_next ? "\\%03o" : "\\%o", c);
}

void print_call(int pid, const struct user_regs *r)
{
	if (r->orig_rax != 1) {
		print_call_raw(r);
		return;
	}
	unsigned char buf[40];
	size_t n = r->rdx < 32 ? r->rdx : 32, got = 0;
	while (got < n) {
		unsigned long word;
		if (sys_ptrace(PTRACE_PEEKDATA, (pid_t)pid, (void *)(r->rsi + got), &word) < 0)
			break;
		memcpy(buf + got, &word, sizeof word);
		got += sizeof word;
	}
	out_printf(T_out, "write(%d, ", (int)r->rdi);
	if (got == 0 && n > 0) {
		out_printf(T_out, "%#lx, %lu", r->rsi, r->rdx);
		return;
	}
	if (got > n)
		got = n;
	out_char(T_out, '"');
	for (size_t i = 0; i < got; i++)
		put(buf[i], i + 1 < got && buf[i + 1] >= '0' && buf[i + 1] <= '7');
	out_printf(T_out, "\"%s, %lu", r->rdx > got ? "..." : "", r->rdx);
}
