/* src/trace/gdbremote.c — the client side of the GDB remote serial protocol.
 *
 * What travels on the socket:
 *
 *   $PAYLOAD#CS    a packet; CS is two hex digits, the sum of the payload's
 *                  bytes mod 256
 *   +  -           the receiver's ack of a packet, or its request to send
 *                  it again (bad checksum); none after QStartNoAckMode
 *   X*N            in a reply: X, then N-29 more copies of X (run-length)
 *   }X             in a reply: the byte X^0x20 ($ # } * escaped)
 *
 * Each request has one reply, except a resume (vCont;c, c), whose reply is
 * the stop packet that comes when the program next stops: T05..., W00...
 *
 * Every read waits at most g->timeout ms (poll): a stub that falls silent,
 * sends half a packet or closes the socket ends with an error message in
 * g->err, never with a hang. The one wait without a limit is gr_wait_stop's
 * (timeout -1): how long a program runs before its next system call is the
 * program's business; the socket closing (QEMU died) still ends it.
 */
#include "trace.h"

#define MSG_NOSIGNAL 0x4000	/* <sys/socket.h>'s: EPIPE, not SIGPIPE, if the stub is gone */

static int fail(struct gdbr *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct gdbr *g, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(g->err, sizeof g->err, fmt, ap);
	va_end(ap);
	return -1;
}

/* One byte from the socket, waiting at most timeout ms (-1: no limit). */
static int getbyte(struct gdbr *g, int timeout)
{
	if (g->inpos == g->inlen) {
		struct pollfd p = { g->fd, POLLIN, 0 };
		long r;
		while ((r = sys_poll(&p, 1, timeout)) == -EINTR)
			;
		if (r == 0)
			return fail(g, "no reply within %d ms", timeout);
		if (r < 0)
			return fail(g, "poll: %s", strerror((int)-r));
		long n = sys_read(g->fd, g->in, sizeof g->in);
		if (n == 0) {
			g->eof = 1;
			return fail(g, "the connection was closed");
		}
		if (n < 0)
			return fail(g, "read: %s", strerror((int)-n));
		g->inlen = (size_t)n;
		g->inpos = 0;
	}
	return g->in[g->inpos++];
}

static int put(struct gdbr *g, const void *p, size_t n)
{
	const char *s = p;

	while (n) {
		long r = sys_sendto(g->fd, s, n, MSG_NOSIGNAL, NULL, 0);
		if (r == -EINTR)
			continue;
		if (r < 0)
			return fail(g, "write: %s", strerror((int)-r));
		s += r;
		n -= (size_t)r;
	}
	return 0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* $payload#CS into frame (GR_MAX + 4 bytes); its length, 0 if too long */
static size_t framed(struct gdbr *g, char *frame, const char *payload)
{
	size_t n = strlen(payload);
	unsigned sum = 0;

	if (n > GR_MAX) {
		fail(g, "packet too long to send");
		return 0;
	}
	frame[0] = '$';
	for (size_t i = 0; i < n; i++)
		sum += (unsigned char)payload[i];
	memcpy(frame + 1, payload, n);
	snprintf(frame + 1 + n, 4, "#%02x", sum & 0xff);
	return n + 4;
}

/* The ack of the last reply, held back (see gr_recv), goes first in the
 * same write: frame[0] is kept free for it. Returns where the bytes to
 * write start. */
static char *with_ack(struct gdbr *g, char *frame, size_t *n)
{
	if (!g->ackdue)
		return frame + 1;
	g->ackdue = 0;
	frame[0] = '+';
	++*n;
	return frame;
}

/* Send one packet; unless acks are off, wait for its '+' (a '-' asks for it
 * again: three tries). */
int gr_send(struct gdbr *g, const char *payload)
{
	static char frame[GR_MAX + 9];
	size_t n = framed(g, frame + 1, payload);

	if (!n)
		return -1;
	for (int tries = 0; tries < 3; tries++) {
		size_t k = n;
		char *p = with_ack(g, frame, &k);
		if (put(g, p, k) < 0)
			return -1;
		if (g->noack)
			return 0;
		int c = getbyte(g, g->timeout);
		if (c < 0) {
			char why[sizeof g->err];
			strlcpy(why, g->err, sizeof why);
			return fail(g, "no ack for '%.20s': %s", payload, why);
		}
		if (c == '+')
			return 0;
		if (c != '-')
			return fail(g, "expected an ack for '%.20s', got %s0x%02x", payload,
				    c == '$' ? "a packet: " : "", c);
	}
	return fail(g, "the stub refused '%.20s' three times", payload);
}

/* The held-back ack, now: the stub waits for it before it reads on, so
 * before any wait for a reply to a request already sent (gr_send2's
 * second). */
int gr_ack(struct gdbr *g)
{
	if (!g->ackdue)
		return 0;
	g->ackdue = 0;
	return put(g, "+", 1);
}

/* Two requests in one write; the caller reads their replies in turn
 * (gr_recv). A round trip fewer: the stub handles the bytes of both in
 * order. b may resume the program (its reply is then the next stop), a may
 * not. With acks, gr_ack must follow the reply to a; and the stub's '+' for each comes before its reply, where
 * gr_recv passes over it; a '-' (a checksum the stub got wrong, never on
 * a socket) would go unanswered, and the reply's wait would end it. */
int gr_send2(struct gdbr *g, const char *a, const char *b)
{
	static char frame[2 * (GR_MAX + 8) + 1];
	size_t n, m;

	if (!(n = framed(g, frame + 1, a)) || !(m = framed(g, frame + 1 + n, b)))
		return -1;
	n += m;
	char *p = with_ack(g, frame, &n);
	return put(g, p, n);
}

/* The stub stopped inside a packet: never a normal end. */
static int truncated(struct gdbr *g)
{
	char why[sizeof g->err];

	strlcpy(why, g->err, sizeof why);
	g->eof = 0;
	return fail(g, "truncated packet: %s", why);
}

/* Receive one packet into g->pkt (decoded, NUL-terminated; g->len bytes). */
int gr_recv(struct gdbr *g, int timeout)
{
	static char raw[GR_MAX];

	for (int tries = 0; tries < 3; tries++) {
		int c;
		size_t n = 0;
		unsigned sum = 0;

		/* stray acks before the packet are harmless; anything else is not */
		while ((c = getbyte(g, timeout)) != '$') {
			if (c < 0)
				return -1;
			if (c != '+' && c != '-')
				return fail(g, "unexpected byte 0x%02x where a packet should start", c);
		}
		/* within a packet the stub is sending: its bytes come at once */
		while ((c = getbyte(g, g->timeout)) != '#') {
			if (c < 0)
				return truncated(g);
			if (c == '$')
				return fail(g, "a packet started inside another");
			if (n == sizeof raw)
				return fail(g, "packet longer than %d bytes", GR_MAX);
			raw[n++] = (char)c;
			sum += (unsigned)c;
		}
		int h = getbyte(g, g->timeout), l = h < 0 ? -1 : getbyte(g, g->timeout);
		if (l < 0)
			return truncated(g);
		if (hexval(h) < 0 || hexval(l) < 0)
			return fail(g, "malformed checksum '%c%c'", h, l);
		if ((unsigned)(hexval(h) << 4 | hexval(l)) != (sum & 0xff)) {
			if (g->noack)
				return fail(g, "bad checksum");
			if (put(g, "-", 1) < 0)
				return -1;
			continue;
		}
		/* The stub waits for this '+' before it reads anything more, so
		 * it can go with the next request, in the same write: a wakeup
		 * of the stub fewer per request. Not after console output (O...,
		 * the program goes on only after it) or the end (W, X: QEMU
		 * exits only after it). A failed ack is not this packet's fault:
		 * the next request will find the connection gone. */
		if (!g->noack) {
			if (n == 0 || raw[0] == 'W' || raw[0] == 'X' ||
			    (raw[0] == 'O' && !(n == 2 && raw[1] == 'K')))
				put(g, "+", 1);
			else
				g->ackdue = 1;
		}
		/* decode escapes and run lengths */
		g->len = 0;
		for (size_t i = 0; i < n; i++) {
			c = (unsigned char)raw[i];
			if (c == '}') {
				if (++i == n)
					return fail(g, "malformed packet: '}' at its end");
				c = raw[i] ^ 0x20;
			} else if (c == '*') {
				if (++i == n || !g->len)
					return fail(g, "malformed run length");
				int k = (unsigned char)raw[i] - 29;
				if (k < 0 || g->len + (size_t)k > GR_MAX)
					return fail(g, "malformed run length");
				memset(g->pkt + g->len, g->pkt[g->len - 1], (size_t)k);
				g->len += (size_t)k;
				continue;
			}
			if (g->len == GR_MAX)
				return fail(g, "packet longer than %d bytes", GR_MAX);
			g->pkt[g->len++] = (char)c;
		}
		g->pkt[g->len] = 0;
		return 0;
	}
	return fail(g, "bad checksum three times");
}

/* A request and its reply. */
int gr_cmd(struct gdbr *g, const char *payload)
{
	if (gr_send(g, payload) < 0 || gr_recv(g, g->timeout) < 0)
		return -1;
	return 0;
}

/* A request whose reply must be OK. */
int gr_ok(struct gdbr *g, const char *payload)
{
	if (gr_cmd(g, payload) < 0)
		return -1;
	if (strcmp(g->pkt, "OK") != 0)
		return fail(g, "'%.20s': expected OK, got '%.40s'", payload, g->pkt);
	return 0;
}

/* Little-endian hex (how g and p show registers) to a number. */
int gr_hex_le(const char *s, size_t nbytes, unsigned long *v)
{
	*v = 0;
	for (size_t i = 0; i < nbytes; i++) {
		int h = hexval(s[2 * i]), l = h < 0 ? -1 : hexval(s[2 * i + 1]);
		if (l < 0)
			return -1;
		*v |= (unsigned long)(h << 4 | l) << (8 * i);
	}
	return 0;
}

/* Plain hex (thread ids, syscall numbers, exit codes) up to a delimiter. */
int gr_hex(const char *s, const char **end, unsigned long *v)
{
	const char *p = s;

	*v = 0;
	for (; hexval(*p) >= 0; p++) {
		if (p - s == 16)
			return -1;
		*v = *v << 4 | (unsigned long)hexval(*p);
	}
	if (end)
		*end = p;
	return p == s ? -1 : 0;
}

/* m ADDR,LEN: up to len bytes of the program's memory; replies are split
 * to fit the stub's packet size. 0, or -1 if any byte is unreadable (E14:
 * EFAULT); a reply that is neither stops the trace. */
int gr_read_mem(struct gdbr *g, unsigned long addr, void *buf, size_t len)
{
	unsigned char *out = buf;
	char req[48];

	while (len) {
		size_t n = len < g->maxread ? len : g->maxread;
		snprintf(req, sizeof req, "m%lx,%zx", addr, n);
		if (gr_cmd(g, req) < 0)
			return -2;
		if (g->pkt[0] == 'E' && g->len == 3)
			return -1;
		if (g->len != 2 * n)
			return fail(g, "'%s': a reply of %zu hex digits", req, g->len), -2;
		for (size_t i = 0; i < n; i++) {
			int h = hexval(g->pkt[2 * i]), l = h < 0 ? -1 : hexval(g->pkt[2 * i + 1]);
			if (l < 0)
				return fail(g, "'%s': a reply that is not hex", req), -2;
			out[i] = (unsigned char)(h << 4 | l);
		}
		out += n;
		addr += n;
		len -= n;
	}
	return 0;
}
