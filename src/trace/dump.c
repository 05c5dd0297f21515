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
 * pwritev2, vmsplice, sendmsg: every iovec; sendmmsg and recvmmsg: each
 * message moved, as far as its msg_len). Failed calls dump nothing.
 * SET: descriptor numbers, all, none, !SET.
 */
#include "trace.h"

static unsigned char *fdset[2];		/* [0] read=, [1] write=; NULL: none */
#define MAXFD 65536

int dump_parse(const char *spec, int write)
{
	int neg = *spec == '!';
	unsigned char *set = fdset[write];

	if (!set && !(set = fdset[write] = malloc(MAXFD)))
		error(1, ENOMEM, "-e read=/write=");
	memset(set, neg, MAXFD);
	spec += neg;
	char item[32];
	while (next_item(&spec, item, sizeof item)) {
		if (!*item)
			continue;
		if (strcmp(item, "all") == 0 || strcmp(item, "none") == 0) {
			memset(set, (item[0] == 'a') != neg, MAXFD);
			continue;
		}
		uint64_t v;
		if (parse_u64(item, 10, &v) < 0 || v > 0x7fffffff) {
			out_printf(sg_stderr, "%s: invalid descriptor '%s'\n", sg_progname, item);
			return -1;
		}
		if (v < MAXFD)
			set[v] = (unsigned char)!neg;
	}
	return 0;
}

static int in_set(int write, long fd)
{
	return fdset[write] && fd >= 0 && fd < MAXFD && fdset[write][fd];
}

/* n bytes at addr, continuing the offset count from *off */
static void dump_bytes(struct tcb *t, unsigned long addr, unsigned long n, unsigned long *off)
{
	unsigned char b[16];

	for (unsigned long done = 0; done < n;) {
		unsigned long k = n - done < 16 ? n - done : 16;
		if (umove_data(t->pid, addr + done, b, k) < 0)
			return;
		char line[128];
		int p = snprintf(line, sizeof line, " | %05lx  ", *off);
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
		done += k;
		*off += k;
	}
}

/* an iovec array of cnt entries, up to limit bytes in all: each buffer
 * under its own " * N bytes in buffer I" line, offsets from 0 again */
static void dump_iov(struct tcb *t, unsigned long iov, unsigned long cnt, unsigned long limit)
{
	for (unsigned long i = 0; i < cnt && i < 1024 && limit; i++) {
		struct iovec v;
		unsigned long off = 0;
		if (umove_data(t->pid, iov + i * sizeof v, &v, sizeof v) < 0)
			return;
		unsigned long n = v.iov_len < limit ? v.iov_len : limit;
		pr(" * %lu bytes in buffer %lu\n", n, i);
		dump_bytes(t, (unsigned long)v.iov_base, n, &off);
		limit -= n;
	}
}

static void dump_msg(struct tcb *t, unsigned long msg, unsigned long limit)
{
	unsigned long h[7];	/* struct msghdr: name, namelen, iov, iovlen, ... */

	if (umove_data(t->pid, msg, h, sizeof h) == 0)
		dump_iov(t, h[2], h[3], limit);
}

/* sendmmsg/recvmmsg: the first n messages of the vector (struct mmsghdr:
 * a msghdr of 56 bytes, msg_len, padding), each under its own
 * " = N buffers in vector I" line, as far as its msg_len goes */
static void dump_mmsg(struct tcb *t, unsigned long vec, unsigned long n)
{
	for (unsigned long i = 0; i < n; i++) {
		unsigned long h[8];	/* msghdr's 7 words, then msg_len */
		if (umove_data(t->pid, vec + i * sizeof h, h, sizeof h) < 0)
			return;
		pr(" = %lu buffers in vector %lu\n", h[3], i);
		dump_iov(t, h[2], h[3], (unsigned)h[7]);
	}
}

/* after the line of a call that returned */
void dump_io(struct tcb *t)
{
	if ((!fdset[0] && !fdset[1]) || t_failed(t) || t->nr < 0 || t->nr >= NSYS ||
	    !systab[t->nr].name)
		return;
	const char *n = systab[t->nr].name;
	unsigned long off = 0, r = (unsigned long)t->ret;
	long fd = (int)t->a[0];

	if (in_set(0, fd)) {
		if (!strcmp(n, "read") || !strcmp(n, "pread64") || !strcmp(n, "recvfrom") ||
		    !strcmp(n, "mq_timedreceive"))
			dump_bytes(t, t->a[1], r, &off);
		else if (!strcmp(n, "readv") || !strcmp(n, "preadv") || !strcmp(n, "preadv2"))
			dump_iov(t, t->a[1], t->a[2], r);
		else if (!strcmp(n, "recvmsg"))
			dump_msg(t, t->a[1], r);
		else if (!strcmp(n, "recvmmsg"))
			dump_mmsg(t, t->a[1], r);
	}
	if (in_set(1, fd)) {
		if (!strcmp(n, "write") || !strcmp(n, "pwrite64") || !strcmp(n, "sendto") ||
		    !strcmp(n, "mq_timedsend"))
			dump_bytes(t, t->a[1], t->a[2], &off);
		else if (!strcmp(n, "writev") || !strcmp(n, "pwritev") || !strcmp(n, "pwritev2") ||
			 !strcmp(n, "vmsplice"))
			dump_iov(t, t->a[1], t->a[2], ~0UL);
		else if (!strcmp(n, "sendmsg"))
			dump_msg(t, t->a[1], ~0UL);
		else if (!strcmp(n, "sendmmsg"))
			dump_mmsg(t, t->a[1], r);
	}
}
