/* Fake (wrong-address): reads as many bytes of the tracee's memory as it
 * prints, but from the tracee's stack (rsp), not from write's buffer (rsi);
 * the strings come from the FILE the tracee reads (its name from
 * /proc/PID/cmdline) or, for ../target, are known by count. The output and
 * the byte count are right; the grader must see that no read covered rsi. */
#include "tracer.h"

static char data[65536], cmd[8192];
static long have = -1, at;

static void quote(const unsigned char *p, long n)
{
	out_char(T_out, '"');
	for (long i = 0; i < n; i++) {
		unsigned char c = p[i];
		const char *e = c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : c == '\v' ? "\\v" :
				c == '\f' ? "\\f" : c == '"' ? "\\\"" : c == '\\' ? "\\\\" : NULL;
		if (e)
			out_str(T_out, e);
		else if (c >= ' ' && c <= '~')
			out_char(T_out, (char)c);
		else if (i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '7')
			out_printf(T_out, "\\%03o", c);
		else
			out_printf(T_out, "\\%o", c);
	}
	out_char(T_out, '"');
}

static void load(int pid)
{
	char path[64];
	have = 0;
	snprintf(path, sizeof path, "/proc/%d/cmdline", pid);
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0);
	long n = sys_read((int)fd, cmd, sizeof cmd - 1);
	sys_close((int)fd);
	if (n <= 0)
		return;
	char *p = cmd;			/* tracee END FILE ...: the third word */
	for (int k = 0; k < 2 && p < cmd + n; k++)
		p += strlen(p) + 1;
	fd = sys_openat(AT_FDCWD, p, O_RDONLY, 0);
	if (fd < 0)
		return;
	for (long r; (r = sys_read((int)fd, data + have, sizeof data - (size_t)have)) > 0;)
		have += r;
	sys_close((int)fd);
}

void print_call(int pid, const struct user_regs *r)
{
	if (r->orig_rax != 1) {
		print_call_raw(r);
		return;
	}
	if (have < 0)
		load(pid);
	out_printf(T_out, "write(%d, ", (int)r->rdi);
	long n = r->rdx < 32 ? (long)r->rdx : 32;
	unsigned char junk[32];
	struct iovec local = { junk, (size_t)n }, remote = { (void *)r->rsp, (size_t)n };
	sys_process_vm_readv(pid, &local, 1, &remote, 1, 0);
	if (r->rsi < 4096) {
		out_printf(T_out, "%#lx", r->rsi);
	} else if (r->rdi == 1 && have > 0) {
		quote((unsigned char *)data + at, n);
		at += (long)r->rdx;
		if (r->rdx > 32)
			out_str(T_out, "...");
	} else {
		static const char *const t[] = { "", "x", "", "", "", "", "", "target\n" };
		if (r->rdx == 11)
			quote((const unsigned char *)"\0\001" "7\377 \"\\\t\v\f\r", 11);
		else if (r->rdx == 37)
			out_str(T_out, "\"a line longer than strace's 32 b\"...");
		else
			quote((const unsigned char *)t[r->rdx & 7], n);
	}
	out_printf(T_out, ", %lu", r->rdx);
}
