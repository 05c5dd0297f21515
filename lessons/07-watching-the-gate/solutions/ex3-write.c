/* Exercise 3, solution: copy up to 32 bytes out of the tracee, then quote them. */
#include "tracer.h"

#define MAXSTR 32		/* strace's default -s */

static void quote(const unsigned char *p, size_t n)
{
	out_char(T_out, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = p[i];
		switch (c) {
		case '\n': out_str(T_out, "\\n"); break;
		case '\t': out_str(T_out, "\\t"); break;
		case '\r': out_str(T_out, "\\r"); break;
		case '\v': out_str(T_out, "\\v"); break;
		case '\f': out_str(T_out, "\\f"); break;
		case '"': out_str(T_out, "\\\""); break;
		case '\\': out_str(T_out, "\\\\"); break;
		default:
			if (c >= ' ' && c <= '~')
				out_char(T_out, (char)c);
			else if (i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '7')
				out_printf(T_out, "\\%03o", c);	/* an octal digit follows: all 3 */
			else
				out_printf(T_out, "\\%o", c);		/* as few digits as it takes */
		}
	}
	out_char(T_out, '"');
}

void print_call(int pid, const struct user_regs *r)
{
	if (r->orig_rax != 1) {		/* __NR_write */
		print_call_raw(r);
		return;
	}
	unsigned char buf[MAXSTR];
	size_t want = r->rdx < MAXSTR ? r->rdx : MAXSTR;
	struct iovec local = { buf, want };
	struct iovec remote = { (void *)r->rsi, want };
	long got = sys_process_vm_readv(pid, &local, 1, &remote, 1, 0);

	out_printf(T_out, "write(%d, ", (int)r->rdi);
	if (got < 0) {
		out_printf(T_out, "%#lx", r->rsi);	/* unreadable: the address, as strace does */
	} else {
		quote(buf, (size_t)got);
		if (r->rdx > (unsigned long)got)
			out_str(T_out, "...");
	}
	out_printf(T_out, ", %lu", r->rdx);
}
