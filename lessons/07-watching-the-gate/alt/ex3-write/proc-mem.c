/* Another answer: the string read with pread64 from /proc/PID/mem at the address
 * in rsi (the file opened at each write) instead of process_vm_readv. */
#include "tracer.h"



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
	char path[40];
	unsigned char buf[32];
	long got = -1;

	if (r->orig_rax != 1) {
		print_call_raw(r);
		return;
	}
	size_t want = r->rdx < sizeof buf ? r->rdx : sizeof buf;
	snprintf(path, sizeof path, "/proc/%d/mem", pid);
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0);
	if (fd >= 0) {
		got = sys_pread64((int)fd, buf, want, (off_t)r->rsi);
		sys_close((int)fd);
	}
	out_printf(T_out, "write(%d, ", (int)r->rdi);
	if (got < 0) {
		out_printf(T_out, "%#lx", r->rsi);
	} else {
		quote(buf, (size_t)got);
		if (r->rdx > (unsigned long)got)
			out_str(T_out, "...");
	}
	out_printf(T_out, ", %lu", r->rdx);
}
