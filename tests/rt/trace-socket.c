/* tests/rt/trace-socket.c — socket calls with edge-case lengths for bin/trace
 * to decode as strace 6.1 does (tests/trace-socket.bats). Objects that end
 * a page (tail()) make every byte past their length unreadable:
 *   trace-socket addr     getsockname, recvfrom, recvmsg with a name length
 *                         shorter than the address the kernel has
 *                         ({sa_family=AF_UNIX}, [2 => N]); MSG_TRUNC;
 *                         connect's AF_INET, AF_IPX, AF_X25, AF_AX25
 *   trace-socket opts     setsockopt/getsockopt: int options and others
 *                         with short and long lengths, linger, SO_ERROR,
 *                         icmp_filter, ip_mreq, ipv6_mreq, group_req,
 *                         packet_mreq, tpacket_req, SO_TXREHASH, SOL_NETLINK
 *   trace-socket cmsg     sendmsg's control messages: SCM_RIGHTS, the
 *                         timestamps whole and cut short, IP_* ones, unknown
 *                         types, a buffer too short for a header, a walk
 *                         that stops short
 *   trace-socket mmsg     sendmmsg/recvmmsg on a pair (for -e write=/read=),
 *                         and a vector that runs into an unreadable page
 *   trace-socket fams     connect's addresses of the newer families
 *                         (src/trace/sockaddr.c): AF_RXRPC and its transport,
 *                         AF_IEEE802154, AF_ALG, AF_NFC, AF_VSOCK, AF_QIPCRTR,
 *                         AF_XDP, AF_MCTP, whole and a byte short;
 *                         AF_BLUETOOTH at each length; AF_CAN, AF_TIPC,
 *                         AF_PPPOX (sa_data: strace decodes none of them)
 * Run from a scratch directory: "addr" binds sockets there.
 */
#include "sg.h"
#include "net.h"
#include <linux/in6.h>
#include <linux/if_packet.h>
#include <linux/time_types.h>

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define SOL_IP 0
#define SOL_RAW 255		/* the kernel's include/linux/socket.h */
#define SOL_PACKET 263
#define SOL_NETLINK 270
#define SOL_TCP 6
#define ICMP_FILTER 1		/* <linux/icmp.h> needs libc's headers */
#define SCM_RIGHTS 1
#define MSG_TRUNC 0x20
#define MSG_DONTWAIT 0x40

struct msghdr {			/* libc's, as the kernel reads it */
	void *name;
	int namelen;
	void *iov;
	unsigned long iovlen;
	void *control;
	unsigned long controllen;
	int flags;
};
struct mmsghdr {
	struct msghdr hdr;
	unsigned len;
};
struct cmsghdr {
	unsigned long len;
	int level, type;
};

static unsigned char *page;	/* a page of ours, followed by one nobody can read */

/* n bytes that end where the readable memory ends */
static void *tail(unsigned long n)
{
	return page + 4096 - n;
}

/* connect(-1, ...): addresses of other families, whole and cut short */
static void families(void)
{
	unsigned char *sa = page + 4096 - 96;
	static const unsigned char in[16] = { 2, 0, 0, 80, 127, 0, 0, 1 };
	memcpy(sa, in, sizeof in);
	S(__NR_connect, -1, sa, 16, 0, 0, 0);
	S(__NR_connect, -1, sa, 12, 0, 0, 0);		/* short: sa_data */
	static const unsigned char ipx[16] = { 4, 0, 0x30, 0x39, 0xfa, 0xce, 0xfe, 0xed,
		'A', 'B', 'C', 'D', 'E', 'F', 0xff, 0x42 };
	memcpy(sa, ipx, sizeof ipx);
	S(__NR_connect, -1, sa, 16, 0, 0, 0);
	memset(sa, 0, 96);
	sa[0] = 9;					/* AF_X25 */
	memcpy(sa + 2, "0123456789abcdef", 16);
	S(__NR_connect, -1, sa, 18, 0, 0, 0);
	sa[12] = 0;
	S(__NR_connect, -1, sa, 18, 0, 0, 0);
	/* AF_AX25: a call, then 8 digipeaters: valid, empty, odd ones */
	static const unsigned char ax[16 + 8 * 7] = {
		3, 0, 'N' << 1, '0' << 1, 'C' << 1, 'A' << 1, 'L' << 1, 'L' << 1, 5 << 1, 0, 0, 0, 8, 0, 0, 0,
		'D' << 1, 'I' << 1, 'G' << 1, 0x40, 0x40, 0x40, 3 << 1,
		0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0,
		0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 4,
		'l' << 1, 'o' << 1, 'w' << 1, 0x40, 0x40, 0x40, 2,
		'*' << 1, '/' << 1, 'X' << 1, 0x40, 0x40, 0x40, 2,
		'O' << 1, 'D' << 1, 'D' << 1 | 1, 0x40, 0x40, 0x40, 2,
		1 << 1, 'A' << 1, 0x40, 0x40, 0x40, 0x40, 2,
		'S' << 1, 'S' << 1, 0x40, 0x40, 0x40, 0x40, 0x60,
	};
	memcpy(sa, ax, sizeof ax);
	S(__NR_connect, -1, sa, 16, 0, 0, 0);
	S(__NR_connect, -1, sa, 38, 0, 0, 0);
	S(__NR_connect, -1, sa, 72, 0, 0, 0);
	sa[12] = 9;
	S(__NR_connect, -1, sa, 79, 0, 0, 0);
	sa[12] = 0;
	S(__NR_connect, -1, sa, 16, 0, 0, 0);
	memset(sa, 0, 16);
	sa[0] = 0x77;					/* no family of that number */
	S(__NR_connect, -1, sa, 8, 0, 0, 0);
}

static void addr(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "trace-socket.server" };
	struct sockaddr_un b = { .sun_family = AF_UNIX, .sun_path = "trace-socket.client" };
	sys_unlinkat(AT_FDCWD, a.sun_path, 0);	/* an earlier run's */
	sys_unlinkat(AT_FDCWD, b.sun_path, 0);
	int s = (int)sys_socket(AF_UNIX, SOCK_DGRAM, 0);
	int c = (int)sys_socket(AF_UNIX, SOCK_DGRAM, 0);
	sys_bind(s, &a, sizeof a);
	sys_bind(c, &b, sizeof b);

	int *len = tail(sizeof *len);
	*len = 2;
	S(__NR_getsockname, s, tail(4 + 2), len, 0, 0, 0);
	*len = 16;
	S(__NR_getsockname, s, page + 4096 - 4 - 16, len, 0, 0, 0);
	*len = 110;
	S(__NR_getsockname, s, page, len, 0, 0, 0);

	char buf[4];
	for (int i = 0; i < 3; i++)
		sys_sendto(c, "AB", 2, 0, &a, sizeof a);
	int *rlen = (int *)(page + 2048);
	*rlen = 2;
	S(__NR_recvfrom, s, buf, 1, MSG_TRUNC | MSG_DONTWAIT, page + 1024, rlen);
	*rlen = 16;
	S(__NR_recvfrom, s, buf, 1, MSG_DONTWAIT, page + 1024, rlen);

	struct msghdr *m = (struct msghdr *)(page + 3000);
	struct { void *base; unsigned long len; } iov = { buf, sizeof buf };
	*m = (struct msghdr){ .name = page + 1024, .namelen = 2, .iov = &iov, .iovlen = 1 };
	S(__NR_recvmsg, s, m, MSG_DONTWAIT, 0, 0, 0);
	S(__NR_recvmsg, s, m, MSG_DONTWAIT, 0, 0, 0);	/* nothing left: EAGAIN */
	S(__NR_recvfrom, s, 0, 1, MSG_DONTWAIT, 0, 0);	/* NULL buffer, failed */
	sys_close(c);
	sys_close(s);
	sys_unlinkat(AT_FDCWD, a.sun_path, 0);
	sys_unlinkat(AT_FDCWD, b.sun_path, 0);
	families();
}

static void getopt(int fd, int level, int name, unsigned char *val, int in)
{
	int *len = tail(sizeof *len);
	*len = in;
	S(__NR_getsockopt, fd, level, name, val, len, 0);
}

static void opts(void)
{
	int sv[2];
	sys_socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	int s = sv[0];
	unsigned char *v = page + 1024;	/* 4 readable bytes and more */
	unsigned char *v4 = tail(4 + 4) ;	/* 4 readable bytes before len */

	/* an int option (SO_DEBUG), another (SO_TYPE): whole, long, short, none */
	getopt(s, SOL_SOCKET, SO_DEBUG, v, 4);
	getopt(s, SOL_SOCKET, SO_DEBUG, v, 5);
	getopt(s, SOL_SOCKET, SO_DEBUG, v, 3);
	getopt(s, SOL_SOCKET, SO_DEBUG, NULL, 0);
	getopt(s, SOL_SOCKET, SO_TYPE, v, 5);
	getopt(s, SOL_SOCKET, SO_TYPE, v, 3);
	getopt(s, SOL_SOCKET, SO_RCVTIMEO_OLD, v, 16);
	getopt(s, SOL_SOCKET, SO_DEBUG, v, -1);		/* EINVAL: [-1] */
	*(int *)v4 = 1;
	S(__NR_setsockopt, s, SOL_SOCKET, SO_DEBUG, v4, 4, 0);
	S(__NR_setsockopt, s, SOL_SOCKET, SO_DEBUG, v4, 5, 0);
	S(__NR_setsockopt, s, SOL_SOCKET, SO_DEBUG, v4, 3, 0);
	S(__NR_setsockopt, s, SOL_SOCKET, SO_DEBUG, v4, -1, 0);
	S(__NR_setsockopt, s, SOL_SOCKET, SO_TYPE, v4, 3, 0);
	S(__NR_setsockopt, s, SOL_SOCKET, SO_TYPE, v, 5, 0);
	S(__NR_setsockopt, -1, SOL_SOCKET, SO_TXREHASH, v4, 4, 0);
	*(int *)v4 = 7;
	S(__NR_setsockopt, -1, SOL_SOCKET, SO_TXREHASH, v4, 4, 0);

	/* struct linger: set whole (8, 9), short; get cut at each field */
	int *lg = (int *)tail(8);
	lg[0] = -15, lg[1] = -42;
	S(__NR_setsockopt, s, SOL_SOCKET, SO_LINGER, lg, 8, 0);
	S(__NR_setsockopt, s, SOL_SOCKET, SO_LINGER, lg, 4, 0);
	lg[0] = 1, lg[1] = 5;
	S(__NR_setsockopt, s, SOL_SOCKET, SO_LINGER, lg, 8, 0);
	getopt(s, SOL_SOCKET, SO_LINGER, v, 3);
	getopt(s, SOL_SOCKET, SO_LINGER, v, 4);
	getopt(s, SOL_SOCKET, SO_LINGER, v, 7);
	getopt(s, SOL_SOCKET, SO_LINGER, v, 9);
	getopt(s, SOL_SOCKET, SO_LINGER, v, 0);

	getopt(s, SOL_SOCKET, SO_ERROR, v, 4);
	getopt(s, SOL_SOCKET, SO_ERROR, v, 2);

	/* protocol structs, on no socket: only their printing matters */
	unsigned *f = (unsigned *)tail(4);
	unsigned masks[] = { 0, ~0u, 1 | 1 << 3 | 1 << 8 | 1 << 20, ~(1u << 11 | 1u << 30) };
	for (unsigned i = 0; i < 4; i++) {
		*f = masks[i];
		S(__NR_setsockopt, -1, SOL_RAW, ICMP_FILTER, f, 4, 0);
	}
	S(__NR_setsockopt, -1, SOL_RAW, ICMP_FILTER, f, 2, 0);
	getopt(-1, SOL_RAW, ICMP_FILTER, v, 4);

	unsigned char *mr = tail(8);
	memcpy(mr, "\xe0\x00\x00\x03\x7f\x00\x00\x01", 8);
	S(__NR_setsockopt, -1, SOL_IP, IP_ADD_MEMBERSHIP, mr, 8, 0);
	S(__NR_setsockopt, -1, SOL_IP, IP_DROP_MEMBERSHIP, mr, 7, 0);
	S(__NR_setsockopt, -1, SOL_IP, IP_ADD_MEMBERSHIP, mr, 0x7fffffff, 0);
	struct ipv6_mreq *m6 = tail(sizeof *m6);
	memset(m6, 0, sizeof *m6);
	m6->ipv6mr_multiaddr.s6_addr[0] = 0xff;
	m6->ipv6mr_multiaddr.s6_addr[1] = 2;
	m6->ipv6mr_multiaddr.s6_addr[15] = 1;
	m6->ipv6mr_ifindex = 1;
	S(__NR_setsockopt, -1, IPPROTO_IPV6, IPV6_ADD_MEMBERSHIP, m6, sizeof *m6, 0);
	S(__NR_setsockopt, -1, IPPROTO_IPV6, IPV6_JOIN_ANYCAST, m6, sizeof *m6 - 1, 0);
	unsigned char *gr = tail(136);
	memset(gr, 0, 136);
	gr[0] = 1;
	struct sockaddr_in *gin = (struct sockaddr_in *)(gr + 8);
	gin->sin_family = AF_INET;
	gin->sin_port = sg_htons(1234);
	memcpy(&gin->sin_addr, "\xe0\x00\x00\x05", 4);
	S(__NR_setsockopt, -1, SOL_IP, MCAST_JOIN_GROUP, gr, 136, 0);
	S(__NR_setsockopt, -1, SOL_IP, MCAST_LEAVE_GROUP, gr, 135, 0);
	S(__NR_setsockopt, -1, SOL_IP, MCAST_JOIN_GROUP, gr + 1, 136, 0);

	struct packet_mreq *pm = tail(sizeof *pm);
	memset(pm, 0xff, sizeof *pm);
	pm->mr_ifindex = 1;
	pm->mr_type = PACKET_MR_PROMISC;
	pm->mr_alen = 6;
	S(__NR_setsockopt, -1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, pm, sizeof *pm, 0);
	pm->mr_type = 9;
	pm->mr_alen = 10;
	S(__NR_setsockopt, -1, SOL_PACKET, PACKET_DROP_MEMBERSHIP, pm, sizeof *pm, 0);
	S(__NR_setsockopt, -1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, pm, sizeof *pm + 1, 0);
	struct tpacket_req *tr = tail(sizeof *tr);
	*tr = (struct tpacket_req){ 4096, 2, 2048, 4 };
	S(__NR_setsockopt, -1, SOL_PACKET, PACKET_RX_RING, tr, sizeof *tr, 0);
	S(__NR_setsockopt, -1, SOL_PACKET, PACKET_TX_RING, tr, sizeof *tr + 1, 0);
	S(__NR_setsockopt, -1, SOL_PACKET, 0x7e, 0, 0, 0);
	getopt(-1, SOL_PACKET, PACKET_STATISTICS, v, 12);
	S(__NR_setsockopt, -1, SOL_NETLINK, 1, v4, 4, 0);
	S(__NR_setsockopt, -1, SOL_NETLINK, 1, v4, 3, 0);
	sys_close(sv[0]);
	sys_close(sv[1]);
}

/* a control buffer of len bytes ending the page, its first header set */
static struct cmsghdr *control(unsigned long len, unsigned long clen, int level, int type)
{
	struct cmsghdr *c = (struct cmsghdr *)(page + 4096 - ((len + 7) & ~7UL));
	struct cmsghdr h = { clen, level, type };
	memset(c, 0, len);
	memcpy(c, &h, len < sizeof h ? len : sizeof h);	/* as much as fits */
	return c;
}

static void sendctl(struct cmsghdr *c, unsigned long len)
{
	struct msghdr m = { .control = c, .controllen = len };
	S(__NR_sendmsg, -1, &m, 0, 0, 0, 0);
}

static void cmsg(void)
{
	struct cmsghdr *c = control(32, 28, SOL_SOCKET, SCM_RIGHTS);
	int fds[3] = { 1, 99, -1 };	/* -y: the same path in both runs */
	memcpy(c + 1, fds, sizeof fds);
	sendctl(c, 32);
	c = control(24, 19, SOL_SOCKET, SCM_RIGHTS);	/* less than an int of data */
	sendctl(c, 24);
	c = control(8, 8, SOL_SOCKET, SCM_RIGHTS);	/* no room for a header */
	sendctl(c, 8);
	c = control(17, 4, SOL_SOCKET, SCM_RIGHTS);	/* a length below the header's */
	sendctl(c, 17);
	c = control(40, 20, SOL_SOCKET, SCM_RIGHTS);	/* two, the second cut */
	((int *)(c + 1))[0] = 1;
	*(struct cmsghdr *)((char *)c + 24) = (struct cmsghdr){ 100, SOL_SOCKET, SCM_RIGHTS };
	sendctl(c, 40);

	struct __kernel_sock_timeval tv = { 1234567890, 123456 };
	c = control(32, 32, SOL_SOCKET, SO_TIMESTAMP_NEW);
	memcpy(c + 1, &tv, sizeof tv);
	sendctl(c, 32);
	c = control(32, 24, SOL_SOCKET, SO_TIMESTAMPNS_OLD);	/* cut short: ??? */
	sendctl(c, 32);
	c = control(64, 64, SOL_SOCKET, SO_TIMESTAMPING_OLD);
	for (int i = 0; i < 6; i++)
		((long *)(c + 1))[i] = i * 1000 + 7;
	sendctl(c, 64);

	c = control(20, 20, SOL_IP, IP_TTL);
	*(int *)(c + 1) = 64;
	sendctl(c, 20);
	c = control(24, 22, SOL_IP, IP_RETOPTS);
	memcpy(c + 1, "\x01\x00\x83\x07\x00\x11", 6);
	sendctl(c, 24);
	c = control(28, 28, SOL_IP, IP_PKTINFO);
	memcpy(c + 1, "\x01\x00\x00\x00\x7f\x00\x00\x01\x0a\x00\x00\x02", 12);
	sendctl(c, 28);
	c = control(32, 32, SOL_IP, IP_ORIGDSTADDR);
	struct sockaddr_in *in = (struct sockaddr_in *)(c + 1);
	in->sin_family = AF_INET;
	in->sin_port = sg_htons(80);
	in->sin_addr.s_addr = SG_LOOPBACK;
	sendctl(c, 32);
	c = control(24, 20, SOL_IP, 0x7e);		/* unknown types: no data */
	sendctl(c, 24);
	c = control(24, 20, SOL_TCP, 5);
	sendctl(c, 24);
	c = control(24, 20, 0x1234, 5);
	sendctl(c, 24);
}

static void mmsg(void)
{
	int sv[2];
	sys_socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	static char a[] = "012", b[] = "34567", d[] = "89abc";
	struct { void *base; unsigned long len; } iov[3] = { { a, 3 }, { b, 5 }, { d, 5 } };
	struct mmsghdr mm[2] = {
		{ .hdr = { .iov = iov, .iovlen = 2 } }, { .hdr = { .iov = iov + 2, .iovlen = 1 } }
	};
	S(__NR_sendmmsg, sv[1], mm, 2, 0, 0, 0);
	static char r1[8], r2[8];
	struct { void *base; unsigned long len; } riov[2] = { { r1, 8 }, { r2, 8 } };
	struct mmsghdr rm[2] = {
		{ .hdr = { .iov = riov, .iovlen = 1 } }, { .hdr = { .iov = riov + 1, .iovlen = 1 } }
	};
	S(__NR_recvmmsg, sv[0], rm, 2, MSG_DONTWAIT, 0, 0);
	/* the second element lies past the readable page */
	struct mmsghdr *t = (struct mmsghdr *)(page + 4096 - sizeof *t);
	*t = mm[1];
	S(__NR_sendmmsg, -1, t, 2, 0, 0, 0);
	sys_close(sv[0]);
	sys_close(sv[1]);
}

/* connect(-1, sa, len) with len bytes of src copied to the page's end */
static void conn_tail(const void *src, unsigned long len)
{
	void *sa = tail(len);
	memcpy(sa, src, len);
	S(__NR_connect, -1, sa, len, 0, 0, 0);
}

static void put16(unsigned char *b, unsigned v) { b[0] = (unsigned char)v; b[1] = (unsigned char)(v >> 8); }
static void put32(unsigned char *b, unsigned v) { put16(b, v & 0xffff); put16(b + 2, v >> 16); }

/* AF_RXRPC (33): service, transport type and length, then the transport
 * union (family at 8): AF_INET and AF_INET6 whole, cut and with a scope id,
 * other families' bytes, a length past the union, one byte short of it */
static void rxrpc(void)
{
	static const unsigned services[] = { 0, 1, 2, 52, 2500, 2501, 2502, 2503, 0xffff };
	static const unsigned types[] = { 1, 2, 5, 6, 7, 10, 11, 0x8000 };
	static const struct { unsigned fam, len; } tr[] = {
		{ 2, 0 }, { 2, 2 }, { 2, 3 }, { 2, 15 }, { 2, 16 }, { 2, 28 }, { 2, 999 },
		{ 10, 4 }, { 10, 23 }, { 10, 24 }, { 10, 25 }, { 10, 28 }, { 10, 29 },
		{ 0, 0 }, { 1, 1 }, { 1, 30 }, { 33, 28 }, { 44, 12 }, { 0x1234, 2 },
	};
	unsigned char b[40];
	for (unsigned i = 0; i < sizeof tr / sizeof tr[0]; i++) {
		for (unsigned k = 0; k < sizeof b; k++)
			b[k] = (unsigned char)(0x41 + k);
		put16(b, 33);
		put16(b + 2, services[i % 9]);
		put16(b + 4, types[i % 8]);
		put16(b + 6, tr[i].len);
		put16(b + 8, tr[i].fam);
		if (i == 11) {			/* fe80::/10: the scope id by name */
			memset(b + 16, 0, 16);
			b[16] = 0xfe, b[17] = 0x80;
			put32(b + 32, 1);
		}
		conn_tail(b, 36);
	}
	conn_tail(b, 35);			/* short: sa_data */
	S(__NR_bind, -1, tail(36), 36, 0, 0, 0);
	S(__NR_connect, -1, tail(36), 37, 0, 0, 0);	/* one byte past the page */
}

/* AF_IEEE802154 (36): each address type, the named pan ids and short
 * addresses; 19 bytes: sa_data */
static void ieee802154(void)
{
	static const unsigned types[] = { 0, 1, 2, 3, 4, 0x80000002 };
	static const unsigned vals[] = { 0, 0xfffe, 0xffff, 0x1234, 0xfffd, 1 };
	unsigned char b[20];
	for (unsigned i = 0; i < 6; i++) {
		for (unsigned k = 0; k < sizeof b; k++)
			b[k] = (unsigned char)(0x80 + k * 3);
		put16(b, 36);
		put32(b + 4, types[i]);
		put16(b + 8, vals[i]);
		put16(b + 10, vals[5 - i]);
		conn_tail(b, 20);
	}
	b[4] = 2, b[5] = b[6] = b[7] = 0;
	put16(b + 10, 0xffff);
	conn_tail(b, 20);
	conn_tail(b, 19);
}

/* AF_ALG (38): type and name strings that fill their fields or not, names
 * cut by the length at each byte count, the one named flag */
static void alg(void)
{
	unsigned char b[88];
	memset(b, 0, sizeof b);
	put16(b, 38);
	conn_tail(b, 88);
	memcpy(b + 2, "skcipher", 8);
	put32(b + 16, 0x1000);
	put32(b + 20, 0x1001);
	memcpy(b + 24, "cbc(aes)", 8);
	conn_tail(b, 24);			/* no name at all: sa_data */
	for (unsigned n = 25; n <= 34; n++)
		conn_tail(b, n);
	conn_tail(b, 88);
	memcpy(b + 2, "0123456789abc", 13);	/* 13 characters and the NUL */
	put32(b + 16, 0xfffff000);
	put32(b + 20, 0x2000);
	memset(b + 24, 'n', 63);
	conn_tail(b, 88);
	memcpy(b + 2, "0123456789abcd", 14);	/* no NUL */
	b[87] = 'N';
	conn_tail(b, 88);
	void *sa = tail(88);
	S(__NR_connect, -1, sa, 128, 0, 0, 0);	/* past the page */
	sa = page + 4096 - 200;
	memcpy(sa, b, sizeof b);
	S(__NR_connect, -1, sa, 128, 0, 0, 0);	/* more than the struct */
	S(__NR_bind, -1, sa, 88, 0, 0, 0);
	((unsigned char *)sa)[88] = 'X';		/* a 65th byte, no NUL */
	S(__NR_connect, -1, sa, 89, 0, 0, 0);
	S(__NR_connect, -1, sa, 90, 0, 0, 0);
	S(__NR_connect, -1, sa, 128, 0, 0, 0);
}

/* AF_NFC (39): sockaddr_nfc, lengths between it and sockaddr_nfc_llcp,
 * then llcp's with service names of each length */
static void nfc(void)
{
	unsigned char b[96];
	for (unsigned k = 0; k < sizeof b; k++)
		b[k] = (unsigned char)(0x60 + k);
	put16(b, 39);
	conn_tail(b, 15);
	for (unsigned p = 0; p < 9; p++) {
		put32(b + 4, p == 3 ? 1 : p * 0x1000);
		put32(b + 8, p);
		put32(b + 12, p);
		conn_tail(b, 16);
	}
	conn_tail(b, 17);
	conn_tail(b, 88);
	conn_tail(b, 95);
	static const unsigned long lens[] = { 0, 1, 5, 62, 63, 64, ~0UL, 3 };
	for (unsigned i = 0; i < 8; i++) {
		b[16] = (unsigned char)(i == 1 ? 1 : i == 2 ? 0xff : i == 3 ? 0 : i > 4 ? i - 2 : 2);
		b[17] = (unsigned char)(i == 4 ? 1 : 0xff - i);
		memcpy(b + 88, &lens[i], 8);
		conn_tail(b, 96);
	}
}

/* AF_VSOCK (40): each named cid and port, flags, the reserved and zero
 * bytes set and not */
static void vsock(void)
{
	static const unsigned cids[] = { 0, 1, 2, 3, 0xffffffff, 0x12345678 };
	unsigned char b[16];
	for (unsigned i = 0; i < 6; i++) {
		memset(b, 0, sizeof b);
		put16(b, 40);
		put16(b + 2, i == 2 ? 0xbeef : 0);
		put32(b + 4, cids[5 - i]);
		put32(b + 8, cids[i]);
		b[12] = (unsigned char)(i * 0x41);
		if (i > 3)
			b[13 + i - 4] = 0x7f;
		conn_tail(b, 16);
	}
	conn_tail(b, 15);
}

/* AF_QIPCRTR (42): the named node and port, and others */
static void qrtr(void)
{
	static const unsigned v[] = { 0, 0xffffffff, 0xfffffffe, 7 };
	unsigned char b[12];
	for (unsigned i = 0; i < 4; i++) {
		memset(b, 0, sizeof b);
		put16(b, 42);
		put16(b + 2, i == 3 ? 0xabcd : 0);	/* the padding */
		put32(b + 4, v[i]);
		put32(b + 8, v[3 - i]);
		conn_tail(b, 12);
	}
	conn_tail(b, 11);
}

/* AF_XDP (44): flags, the interface, a shared umem's descriptor (-y: its
 * path) and the field without XDP_SHARED_UMEM */
static void xdp(void)
{
	static const unsigned flags[] = { 0, 1, 2, 0xf, 0x10, 0x8009, 4 };
	unsigned char b[16];
	for (unsigned i = 0; i < 7; i++) {
		memset(b, 0, sizeof b);
		put16(b, 44);
		put16(b + 2, flags[i]);
		put32(b + 4, i & 1);
		put32(b + 8, i * 1000);
		put32(b + 12, i == 6 ? 0 : i == 4 ? 0xffffffff : i);
		conn_tail(b, 16);
	}
	conn_tail(b, 15);
}

/* AF_MCTP (45): the named network and addresses, padding set and not */
static void mctp(void)
{
	unsigned char b[12];
	for (unsigned i = 0; i < 4; i++) {
		memset(b, 0, sizeof b);
		put16(b, 45);
		put16(b + 2, i == 1 ? 0x55 : 0);
		put32(b + 4, i == 2 ? 0 : i * 0x10001);
		b[8] = (unsigned char)(i == 0 ? 0 : i == 1 ? 0xff : i * 9);
		b[9] = (unsigned char)i;
		b[10] = (unsigned char)(i * 4);
		b[11] = (unsigned char)(i == 3 ? 0x99 : 0);
		conn_tail(b, 12);
	}
	conn_tail(b, 11);
}

/* AF_BLUETOOTH (31): each length from 2 to 20 (hci, sco, rc, l2 are told
 * apart by it); hci's named devices and channels, l2's psm, cid and
 * address type around their named values */
static void bluetooth(void)
{
	unsigned char b[20];
	for (unsigned n = 2; n <= 20; n++) {
		for (unsigned k = 0; k < sizeof b; k++)
			b[k] = (unsigned char)(0x10 + k * 7);
		put16(b, 31);
		conn_tail(b, n);
	}
	for (unsigned i = 0; i < 7; i++) {
		put16(b + 2, i == 6 ? 0xffff : i);
		put16(b + 4, i);
		conn_tail(b, 6);
	}
	static const unsigned psms[] = { 0, 1, 3, 0x19, 0x1f, 0x27, 0x1001, 0x1000, 0xffff, 0x80,
		0x21, 0x23, 0x7f, 0x81, 0xff, 0x100, 0x1002, 0x10ff, 0x1100, 0xfffe };
	static const unsigned cids[] = { 0, 1, 2, 3, 4, 5, 6, 7, 0x40, 0x3f,
		8, 0x41, 0x7f, 0x80, 0xfffe, 0xffff, 0x100, 0x1000, 0x39, 0x3e };
	for (unsigned i = 0; i < 20; i++) {
		put16(b + 2, psms[i]);
		put16(b + 10, cids[i]);
		b[12] = (unsigned char)(i < 4 ? i : 0x80);
		conn_tail(b, 14);
	}
}

/* AF_CAN (29), AF_TIPC (30), AF_PPPOX (24): at the lengths of their structs */
static void others(void)
{
	static const unsigned char fam[] = { 29, 29, 30, 24, 24 };
	static const unsigned char len[] = { 16, 24, 16, 30, 38 };
	unsigned char b[40];
	for (unsigned i = 0; i < sizeof fam; i++) {
		for (unsigned k = 0; k < sizeof b; k++)
			b[k] = (unsigned char)(0x10 + k);
		put16(b, fam[i]);
		conn_tail(b, len[i]);
	}
}

/* the families strace decodes past the ones net.c prints */
static void fams(void)
{
	rxrpc();
	ieee802154();
	alg();
	nfc();
	vsock();
	qrtr();
	xdp();
	mctp();
	bluetooth();
	others();
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	long m = sys_mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m < 0 || argc < 2)
		return 2;
	page = (unsigned char *)m;
	sys_mprotect(page + 4096, 4096, PROT_NONE);
	if (!strcmp(argv[1], "addr"))
		addr();
	else if (!strcmp(argv[1], "opts"))
		opts();
	else if (!strcmp(argv[1], "cmsg"))
		cmsg();
	else if (!strcmp(argv[1], "mmsg"))
		mmsg();
	else if (!strcmp(argv[1], "fams"))
		fams();
	else
		return 2;
	return 0;
}
