/* src/trace/dump.c — -e read=SET and -e write=SET: hex dumps of the data.
 *
 * After the line of a call that read from (or wrote to) a descriptor in
 * SET, strace prints every byte moved, 16 to a line:
 *
 *    | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  hello world, thi |
 *
 * (offset, the bytes in hex with a gap after eight, then as characters,
 * '.' for those outside 0x20..0x7e; vectors buffer by buffer). Reads dump what the call returned
 * (read, pread64, recvfrom, mq_timedreceive; readv, preadv, preadv2 up to
 * the result; recvmsg's iovecs), writes what the program handed over
 * (write, pwrite64, sendto, mq_timedsend: the count; writev, pwritev,
 * pwritev2, vmsplice, sendmsg: every iovec), failed or not; a failed read
 * dumps nothing. sendmmsg and recvmmsg: the messages the result counts.
 * SET: descriptor numbers, all, none, !SET.
 */
#include "trace.h"

static unsigned char *fdset[2];		/* [0] read=, [1] write=; NULL: none */
#define MAXFD 65536

int dump_parse(const char *spec, int write)
{
	const char *whole = spec;
	int neg = set_negated(&spec);
	unsigned char *set = fdset[write];

	if (!set && !(set = fdset[write] = malloc(MAXFD)))
		error(1, ENOMEM, "-e read=/write=");
	memset(set, neg, MAXFD);
	/* strace: "all" and "none" only as the whole set; otherwise numbers,
	 * empty items passed over, but a set with no number at all is bad
	 * (and named whole, '!' included) */
	if (strcmp(spec, "all") == 0 || strcmp(spec, "none") == 0) {
		memset(set, (spec[0] == 'a') != neg, MAXFD);
		return 0;
	}
	char item[32];
	int any = 0;
	while (next_item(&spec, item, sizeof item)) {
		if (!*item)
			continue;
		uint64_t v;
		if (parse_u64(item, 10, &v) < 0 || v > 0x7fffffff) {
			out_printf(sg_stderr, "%s: invalid descriptor '%s'\n", sg_progname, item);
			return -1;
		}
		if (v < MAXFD)
			set[v] = (unsigned char)!neg;
		any = 1;
	}
	if (!any) {
		out_printf(sg_stderr, "%s: invalid descriptor '%s'\n", sg_progname, whole);
		return -1;
	}
	return 0;
}

static int in_set(int write, long fd)
{
	return fdset[write] && fd >= 0 && fd < MAXFD && fdset[write][fd];
}

/* One line: the offset in width hex digits, 16 bytes (fewer on the last) */
static void dump_line(const unsigned char *b, unsigned long k, unsigned long off, int width)
{
	char line[128];
	int p = snprintf(line, sizeof line, " | %0*lx  ", width, off);
	for (unsigned long i = 0; i < 16; i++) {
		if (i < k)
			p += snprintf(line + p, 8, "%02x ", b[i]);
		else
			p += snprintf(line + p, 8, "   ");
		if (i == 7)
			line[p++] = ' ';
	}
	line[p++] = ' ';
	for (unsigned long i = 0; i < 16; i++)
		line[p++] = i >= k ? ' ' : b[i] >= 0x20 && b[i] < 0x7f ? (char)b[i] : '.';
	line[p++] = ' ';
	line[p++] = '|';
	line[p++] = '\n';
	pr_mem(line, (size_t)p);
}

/* The offsets are at least 5 hex digits wide, more when the last line's
 * needs them (a buffer past 1 MiB: 6) */
static int offset_width(unsigned long n)
{
	int w = 5;
	for (unsigned long last = n ? n - 1 : 0; last >> (4 * w); w++)
		;
	return w;
}

/* n bytes at addr. strace copies them 64 KiB at a time: a piece past the
 * first that cannot be read ends the dump with a line saying so (the first
 * ends it silently) */
#define DUMP_CHUNK 65536
static void dump_bytes(struct tcb *t, unsigned long addr, unsigned long n)
{
	static unsigned char buf[DUMP_CHUNK];
	const int width = offset_width(n);

	for (unsigned long done = 0; done < n;) {
		unsigned long c = n - done < DUMP_CHUNK ? n - done : DUMP_CHUNK;
		if (umove_data(t->pid, addr + done, buf, c) < 0) {
			if (done)
				pr(" | <Cannot fetch %lu byte%s from pid %d @%#lx>\n", c,
				   c == 1 ? "" : "s", t->pid, addr + done);
			return;
		}
		for (unsigned long i = 0; i < c; i += 16)
			dump_line(buf + i, c - i < 16 ? c - i : 16, done + i, width);
		done += c;
	}
}

/* an iovec array of cnt entries, up to limit bytes in all: each buffer
 * under its own " * N bytes in buffer I" line, offsets from 0 again. strace
 * reads the whole array first: if any of it is unreadable, nothing */
static void dump_iov(struct tcb *t, unsigned long iov, unsigned long cnt, unsigned long limit)
{
	struct iovec v;

	if (cnt > 1024 * 1024)	/* more than trace will read through */
		return;
	for (unsigned long i = 0; i < cnt; i++)
		if (umove_data(t->pid, iov + i * sizeof v, &v, sizeof v) < 0)
			return;
	for (unsigned long i = 0; i < cnt && limit; i++) {
		umove_data(t->pid, iov + i * sizeof v, &v, sizeof v);
		unsigned long n = v.iov_len < limit ? v.iov_len : limit;
		pr(" * %lu bytes in buffer %lu\n", n, i);
		dump_bytes(t, (unsigned long)v.iov_base, n);
		limit -= n;
	}
}

static void dump_msg(struct tcb *t, unsigned long msg, unsigned long limit)
{
	unsigned long h[7];	/* struct msghdr: name, namelen, iov, iovlen, ... */

	if (umove_data(t->pid, msg, h, sizeof h) == 0)
		dump_iov(t, h[2], h[3], limit);
}

/* sendmmsg, recvmmsg: the first n (the result) messages, each under
 * " = N buffers in vector I", up to the msg_len the kernel wrote */
static void dump_mmsg(struct tcb *t, unsigned long vec, long n)
{
	unsigned long h[8];	/* struct mmsghdr: msghdr's 7 words, msg_len */

	for (long i = 0; i < n; i++) {
		if (umove_data(t->pid, vec + (unsigned long)i * sizeof h, h, sizeof h) < 0)
			return;
		pr(" = %lu buffers in vector %ld\n", h[3], i);
		dump_iov(t, h[2], h[3], (unsigned)h[7]);
	}
}

/* after the line of a call that returned: what was written, even by a call
 * that failed; what was read, by one that did not */
void dump_io(struct tcb *t)
{
	if ((!fdset[0] && !fdset[1]) || t->nr < 0 || t->nr >= NSYS || !systab[t->nr].name)
		return;
	const char *n = systab[t->nr].name;
	unsigned long r = (unsigned long)t->ret;
	long fd = (int)t->a[0];

	if (in_set(1, fd)) {
		if (!strcmp(n, "write") || !strcmp(n, "pwrite64") || !strcmp(n, "sendto") ||
		    !strcmp(n, "mq_timedsend"))
			dump_bytes(t, t->a[1], t->a[2]);
		else if (!strcmp(n, "writev") || !strcmp(n, "pwritev") || !strcmp(n, "pwritev2") ||
			 !strcmp(n, "vmsplice"))
			dump_iov(t, t->a[1], t->a[2], ~0UL);
		else if (!strcmp(n, "sendmsg"))
			dump_msg(t, t->a[1], ~0UL);
		else if (!strcmp(n, "sendmmsg") && !t_failed(t))
			dump_mmsg(t, t->a[1], t->ret);
	}
	if (t_failed(t) || !in_set(0, fd))
		return;
	if (!strcmp(n, "read") || !strcmp(n, "pread64") || !strcmp(n, "recvfrom") ||
	    !strcmp(n, "mq_timedreceive"))
		dump_bytes(t, t->a[1], r);
	else if (!strcmp(n, "readv") || !strcmp(n, "preadv") || !strcmp(n, "preadv2"))
		dump_iov(t, t->a[1], t->a[2], r);
	else if (!strcmp(n, "recvmsg"))
		dump_msg(t, t->a[1], r);
	else if (!strcmp(n, "recvmmsg"))
		dump_mmsg(t, t->a[1], t->ret);
}
