/* src/trace/sockdiag.c — -yy, --decode-fds=socket: what a socket is connected
 * to, as strace 6.1 prints it between the brackets of 3<...>:
 *
 *   TCP:[127.0.0.1:8080]                    bound or listening
 *   TCP:[127.0.0.1:41234->127.0.0.1:8080]   connected (TCPv6: [::1]:8080)
 *   UNIX-STREAM:[12345->12346,"/path"]      its inode, its peer's, its name
 *   UNIX:[12345,@"abstract"]                (UNIX: datagram and seqpacket)
 *   NETLINK:[ROUTE:1234]                    the netlink protocol, the port id
 *   TCP:[12345]                             the kernel does not list it (yet)
 *   socket:[12345]                          a protocol strace has no query for
 *
 * The protocol's name is the kernel's (the "system.sockprotoname" attribute
 * of /proc/PID/fd/N); the endpoints come from NETLINK_SOCK_DIAG: inet_diag
 * dumps every socket of a family and protocol, unix_diag answers for one
 * inode, netlink_diag dumps all. strace has no query for packet sockets.
 *
 * Like strace, what was found is kept per inode (1,024 slots by inode) and
 * printed again from there without asking, even after a connect changed
 * it: a UDP socket printed once bound stays "UDP:[127.0.0.1:5353]".
 * Only what the kernel listed is kept; the fallbacks are asked again.
 */
#include "trace.h"
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>
#include <linux/unix_diag.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include "net.h"

#define AF_INET6	10
#define AF_NETLINK	16
#define SOCK_RAW	3
#define MSG_DONTWAIT	0x40

enum { Q_UNIX, Q_INET, Q_NETLINK };

/* the kernel's protocol names strace knows, what to ask for each */
static const struct proto {
	const char *name;
	unsigned char query, family, protocol;
} protos[] = {
	{ "UNIX", Q_UNIX, 1, 0 },		{ "UNIX-STREAM", Q_UNIX, 1, 0 },
	{ "TCP", Q_INET, 2, IPPROTO_TCP },	{ "UDP", Q_INET, 2, IPPROTO_UDP },
	{ "UDPLITE", Q_INET, 2, IPPROTO_UDPLITE }, { "DCCP", Q_INET, 2, IPPROTO_DCCP },
	{ "SCTP", Q_INET, 2, IPPROTO_SCTP },	{ "L2TP/IP", Q_INET, 2, IPPROTO_L2TP },
	{ "PING", Q_INET, 2, IPPROTO_ICMP },	{ "RAW", Q_INET, 2, IPPROTO_RAW },
	{ "TCPv6", Q_INET, AF_INET6, IPPROTO_TCP }, { "UDPv6", Q_INET, AF_INET6, IPPROTO_UDP },
	{ "UDPLITEv6", Q_INET, AF_INET6, IPPROTO_UDPLITE },
	{ "DCCPv6", Q_INET, AF_INET6, IPPROTO_DCCP }, { "SCTPv6", Q_INET, AF_INET6, IPPROTO_SCTP },
	{ "L2TP/IPv6", Q_INET, AF_INET6, IPPROTO_L2TP },
	{ "PINGv6", Q_INET, AF_INET6, IPPROTO_ICMP }, { "RAWv6", Q_INET, AF_INET6, IPPROTO_RAW },
	{ "NETLINK", Q_NETLINK, AF_NETLINK, 0 },
};
#define NPROTOS (sizeof protos / sizeof protos[0])

/* the cache: slot inode % 1024, the details found for that inode */
static struct {
	unsigned long inode;
	char *details;
} cache[1024];

static const char *cached(unsigned long inode)
{
	return cache[inode & 1023].inode == inode ? cache[inode & 1023].details : NULL;
}

static int keep(unsigned long inode, const char *details, size_t n)
{
	char *copy = malloc(n + 1);
	if (!copy)
		return -1;
	memcpy(copy, details, n + 1);
	free(cache[inode & 1023].details);
	cache[inode & 1023].inode = inode;
	cache[inode & 1023].details = copy;
	return 1;
}

/* inet_ntop's text for an IPv6 address: the first longest run of two or more
 * zero groups as "::", an IPv4-mapped or -compatible tail as a.b.c.d */
void pr_in6(const unsigned char *a)
{
	unsigned w[8];
	int best = -1, blen = 0;

	for (int i = 0; i < 8; i++)
		w[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
	for (int i = 0, run = 0; i < 8; i++) {
		run = w[i] ? 0 : run + 1;
		if (run > blen) {
			blen = run;
			best = i - run + 1;
		}
	}
	if (blen < 2)
		best = -1;
	for (int i = 0; i < 8; i++) {
		if (best >= 0 && i >= best && i < best + blen) {
			if (i == best)
				prs(":");
			continue;
		}
		if (i)
			prs(":");
		if (i == 6 && best == 0 && (blen == 6 || (blen == 5 && w[5] == 0xffff))) {
			pr("%u.%u.%u.%u", a[12], a[13], a[14], a[15]);
			return;
		}
		pr("%x", w[i]);
	}
	if (best >= 0 && best + blen == 8)
		prs(":");
}

static void pr_inet_end(int family, const void *addr, unsigned port)
{
	const unsigned char *a = addr;

	if (family == AF_INET6) {
		prs("[");
		pr_in6(a);
		prs("]");
	} else
		pr("%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
	pr(":%u", port);
}

/* NAME:[SRC:PORT] or NAME:[SRC:PORT->DST:PORT]: 1 found (kept), 0 another
 * socket, -1 a reply that cannot be read */
static int inet_parse(const void *data, int len, unsigned long inode, const struct proto *p)
{
	const struct inet_diag_msg *m = data;
	static const unsigned char zero[16];
	char buf[256];

	if (len < (int)NLMSG_LENGTH(sizeof *m))
		return -1;
	if (m->idiag_inode != inode)
		return 0;
	if (m->idiag_family != 2 && m->idiag_family != AF_INET6)
		return -1;
	unsigned alen = m->idiag_family == 2 ? 4 : 16;
	pr_capture_begin(buf, sizeof buf);
	pr("%s:[", p->name);
	pr_inet_end(m->idiag_family, m->id.idiag_src, sg_ntohs(m->id.idiag_sport));
	if (m->id.idiag_dport || memcmp(m->id.idiag_dst, zero, alen)) {
		prs("->");
		pr_inet_end(m->idiag_family, m->id.idiag_dst, sg_ntohs(m->id.idiag_dport));
	}
	prs("]");
	return keep(inode, buf, pr_capture_end());
}

/* NAME:[INODE->PEER,"path"] (->PEER, ,"path" when there is one; "@..." for an
 * abstract name); neither: -1, as strace, which then prints NAME:[INODE] */
static int unix_parse(const void *data, int len, unsigned long inode, const struct proto *p)
{
	const struct unix_diag_msg *m = data;
	int rest = len - (int)NLMSG_LENGTH(sizeof *m);
	unsigned peer = 0;
	const unsigned char *name = NULL;
	size_t nlen = 0;
	char buf[1024];

	if (rest < 0)
		return -1;
	if (m->udiag_ino != inode)
		return 0;
	if (m->udiag_family != 1)
		return -1;
	for (const struct rtattr *a = (const void *)(m + 1); RTA_OK(a, rest); a = RTA_NEXT(a, rest)) {
		if (a->rta_type == UNIX_DIAG_NAME && !name) {
			name = RTA_DATA(a);
			nlen = RTA_PAYLOAD(a) > 108 ? 108 : RTA_PAYLOAD(a);
		} else if (a->rta_type == UNIX_DIAG_PEER && RTA_PAYLOAD(a) >= 4)
			memcpy(&peer, RTA_DATA(a), 4);
	}
	if (!peer && !nlen)
		return -1;
	pr_capture_begin(buf, sizeof buf);
	pr("%s:[%lu", p->name, inode);
	if (peer)
		pr("->%u", peer);
	if (nlen && name[0] == 0) {
		prs(",@");
		quote_bytes(name + 1, nlen - 1, QUOTE_0_TERM);
	} else if (nlen) {
		prs(",");
		quote_bytes(name, nlen, QUOTE_0_TERM);
	}
	prs("]");
	return keep(inode, buf, pr_capture_end());
}

/* NAME:[ROUTE:PORTID], or NAME:[PROTOCOL] for a protocol without a name */
static int netlink_parse(const void *data, int len, unsigned long inode, const struct proto *p)
{
	const struct netlink_diag_msg *m = data;
	char buf[128];

	if (len < (int)NLMSG_LENGTH(sizeof *m))
		return -1;
	if (m->ndiag_ino != inode)
		return 0;
	if (m->ndiag_family != AF_NETLINK)
		return -1;
	const char *name = xlat_name(netlink_protos, m->ndiag_protocol);
	pr_capture_begin(buf, sizeof buf);
	if (name)
		pr("%s:[%s:%u]", p->name, name + strlen("NETLINK_"), m->ndiag_portid);
	else
		pr("%s:[%u]", p->name, m->ndiag_protocol);
	return keep(inode, buf, pr_capture_end());
}

/* the request for p: unix_diag asks for the one inode, the others dump */
static int send_query(int nl, const struct proto *p, unsigned long inode)
{
	struct {
		struct nlmsghdr h;
		union {
			struct inet_diag_req_v2 inet;
			struct unix_diag_req ux;
			struct netlink_diag_req netlink;
		} r;
	} q;
	size_t size = NLMSG_LENGTH(p->query == Q_INET ? sizeof q.r.inet :
				   p->query == Q_UNIX ? sizeof q.r.ux : sizeof q.r.netlink);

	memset(&q, 0, sizeof q);
	q.h.nlmsg_len = (unsigned)size;
	q.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	q.h.nlmsg_flags = NLM_F_REQUEST | (p->query == Q_UNIX ? 0 : NLM_F_DUMP);
	if (p->query == Q_INET) {
		q.r.inet.sdiag_family = p->family;
		q.r.inet.sdiag_protocol = p->protocol;
		q.r.inet.idiag_states = ~0U;
	} else if (p->query == Q_UNIX) {
		q.r.ux.sdiag_family = 1;
		q.r.ux.udiag_ino = (unsigned)inode;
		q.r.ux.udiag_states = ~0U;
		q.r.ux.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER;
		q.r.ux.udiag_cookie[0] = q.r.ux.udiag_cookie[1] = ~0U;
	} else {
		q.r.netlink.sdiag_family = AF_NETLINK;
		q.r.netlink.sdiag_protocol = NDIAG_PROTO_ALL;
	}
	struct sockaddr_nl to = { .nl_family = AF_NETLINK };
	long r;
	do
		r = sys_sendto(nl, &q, size, 0, &to, sizeof to);
	while (r == -EINTR);
	return r < 0 ? -1 : 0;
}

/* NLMSG_OK without its int/unsigned comparison (clang's -Wsign-compare):
 * a whole header, and a message that fits in the len bytes left */
static int nl_ok(const struct nlmsghdr *h, long len)
{
	return len >= (long)sizeof *h && h->nlmsg_len >= sizeof *h && h->nlmsg_len <= (unsigned long)len;
}

/* read the replies until one is about inode: 1 found, else 0 (the dump's
 * end, an error reply, or a reply that cannot be read) */
static int receive(int nl, unsigned long inode, const struct proto *p)
{
	static long buf[8192 / sizeof(long)];
	int flags = 0;

	for (;;) {
		long n = sys_recvfrom(nl, buf, sizeof buf, flags, NULL, NULL);
		if (n == -EINTR)
			continue;
		if (n < 0)
			return 0;
		const struct nlmsghdr *h = (const void *)buf;
		if (!nl_ok(h, n))
			return 0;
		for (; nl_ok(h, n); n -= NLMSG_ALIGN(h->nlmsg_len),
				    h = (const void *)((const char *)h + NLMSG_ALIGN(h->nlmsg_len))) {
			if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY)
				return 0;
			int r = p->query == Q_INET ? inet_parse(NLMSG_DATA(h), (int)h->nlmsg_len, inode, p) :
				p->query == Q_UNIX ? unix_parse(NLMSG_DATA(h), (int)h->nlmsg_len, inode, p) :
				netlink_parse(NLMSG_DATA(h), (int)h->nlmsg_len, inode, p);
			if (r)
				return r > 0;
		}
		flags = MSG_DONTWAIT;
	}
}

/* ask the kernel about inode as protocol p, or (p NULL: a name strace does
 * not know) as each protocol in turn; what was found is in the cache */
static const char *lookup(unsigned long inode, const struct proto *p)
{
	long nl = sys_socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	const char *found = NULL;

	if (nl < 0)
		return NULL;
	for (size_t i = 0; i < NPROTOS && !found; i++) {
		const struct proto *q = p ? p : &protos[i];
		if (send_query((int)nl, q, inode) == 0 && receive((int)nl, inode, q))
			found = cached(inode);
		if (p)
			break;
	}
	sys_close((int)nl);
	return found;
}

/* the kernel's name for the socket's protocol: an entry of protos, or NULL */
static const struct proto *sock_proto(int pid, int fd)
{
	char path[64], name[64];

	snprintf(path, sizeof path, "/proc/%d/fd/%d", proc_pid(pid), fd);
	long n = sys_getxattr(path, "system.sockprotoname", name, sizeof name - 1);
	if (n <= 0)
		return NULL;
	name[n] = 0;
	for (size_t i = 0; i < NPROTOS; i++)
		if (strcmp(protos[i].name, name) == 0)
			return &protos[i];
	return NULL;
}

void pr_socket_details(int pid, int fd, unsigned long inode)
{
	const char *d = cached(inode);
	const struct proto *p = NULL;

	if (!d) {
		p = sock_proto(pid, fd);
		d = lookup(inode, p);
	}
	if (d)
		prs(d);
	else if (p)
		pr("%s:[%lu]", p->name, inode);
	else
		pr("socket:[%lu]", inode);
}
