/* tests/rt/trace-fds.c — descriptors of every kind -yy decodes, for
 * tests/trace-fds.bats (bin/trace -yy and --decode-fds=SET against strace
 * 6.1): TCP over IPv4 and IPv6 (unbound, listening, both ends of a
 * connection), UDP bound then connected (strace keeps what it saw first),
 * UNIX stream and datagram sockets (socketpairs, a named listener and its
 * connection, an abstract name, an unnamed one), netlink sockets (bound and
 * not), a packet socket (root only: strace has no query for it), /dev/null,
 * pidfds (of itself, of a child gone). Each descriptor passes through
 * write or close so that its decoration is printed. Run in a scratch
 * directory: it binds "s.sock" and "a<\"b" there and removes them, and
 * the abstract name "trace-fds-TAG" (TAG unique to the run: both tracers
 * see the same name).
 *
 *   trace-fds [TAG]
 *   trace-fds addrs   only the socket addresses of odd shapes: sockaddr_ll,
 *                     link-local sockaddr_in6 and its scope id, cut ones,
 *                     sockaddr_nl with nl_pad, AF_PACKET's protocols
 */
#include "sg.h"
#include "net.h"
#include <asm/unistd.h>
#include <linux/in6.h>
#include <linux/netlink.h>
#include <linux/if_packet.h>
#include <linux/if_ether.h>

#define AF_INET6	10
#define AF_NETLINK	16
#define AF_PACKET	17
#define SOCK_RAW	3
#define SOCK_SEQPACKET	5

static void sin4(struct sockaddr_in *a, unsigned port)
{
	memset(a, 0, sizeof *a);
	a->sin_family = AF_INET;
	a->sin_port = sg_htons((uint16_t)port);
	a->sin_addr.s_addr = SG_LOOPBACK;
}

/* a listener on 127.0.0.1 (or ::1), a connection to it, its accepted end */
static void tcp(int v6)
{
	struct sockaddr_in6 b6;
	struct sockaddr_in b4;
	void *addr = v6 ? (void *)&b6 : (void *)&b4;
	int len = v6 ? (int)sizeof b6 : (int)sizeof b4;

	memset(&b6, 0, sizeof b6);
	b6.sin6_family = AF_INET6;
	b6.sin6_addr.s6_addr[15] = 1;	/* ::1 */
	sin4(&b4, 0);
	int fam = v6 ? AF_INET6 : AF_INET;
	int s = (int)sys_socket(fam, SOCK_STREAM, 0);
	sys_bind(s, addr, len);
	sys_listen(s, 4);
	sys_getsockname(s, addr, &len);
	int c = (int)sys_socket(fam, SOCK_STREAM, 0);
	sys_connect(c, addr, len);
	int a = (int)sys_accept4(s, NULL, NULL, 0);
	sys_write(c, "hi", 2);
	sys_close(a);
	sys_close(c);
	sys_close(s);
}

/* bound (printed, so kept), then connected: strace still says bound */
static void udp(void)
{
	struct sockaddr_in a, b;
	int len = sizeof b;

	sin4(&a, 0);
	int u = (int)sys_socket(AF_INET, SOCK_DGRAM, 0);
	int v = (int)sys_socket(AF_INET, SOCK_DGRAM, 0);
	sys_bind(u, &a, sizeof a);
	sys_bind(v, &a, sizeof a);
	sys_getsockname(v, &b, &len);
	sys_write(u, "", 0);
	sys_connect(u, &b, sizeof b);
	sys_write(u, "x", 1);
	sys_close(u);
	sys_close(v);
}

static void pair(int type)
{
	int sv[2];

	sys_socketpair(AF_UNIX, type, 0, sv);
	sys_write(sv[0], "x", 1);
	sys_close(sv[0]);
	sys_close(sv[1]);
}

static int un(struct sockaddr_un *a, const char *name, size_t n)
{
	memset(a, 0, sizeof *a);
	a->sun_family = AF_UNIX;
	memcpy(a->sun_path, name, n);
	return (int)(offsetof(struct sockaddr_un, sun_path) + n);
}

static void unix_named(const char *name, size_t n)
{
	struct sockaddr_un a;
	int len = un(&a, name, n);

	int s = (int)sys_socket(AF_UNIX, SOCK_STREAM, 0);
	sys_bind(s, &a, len);
	sys_listen(s, 4);
	int c = (int)sys_socket(AF_UNIX, SOCK_STREAM, 0);
	sys_connect(c, &a, len);
	int x = (int)sys_accept4(s, NULL, NULL, 0);
	sys_write(c, "x", 1);
	sys_write(x, "y", 1);
	sys_close(x);
	sys_close(c);
	sys_close(s);
	if (name[0])
		sys_unlinkat(AT_FDCWD, name, 0);
}

/* an abstract datagram socket, and an unnamed one sending to it */
static void unix_dgram(const char *tag)
{
	struct sockaddr_un a;
	char name[64];
	int n = snprintf(name, sizeof name, "%ctrace-fds-%s", 0, tag);
	int len = un(&a, name, (size_t)n);

	int d = (int)sys_socket(AF_UNIX, SOCK_DGRAM, 0);
	sys_bind(d, &a, len);
	int e = (int)sys_socket(AF_UNIX, SOCK_DGRAM, 0);
	sys_write(e, "", 0);
	sys_connect(e, &a, len);
	sys_write(e, "z", 1);
	sys_write(d, "", 0);
	sys_close(e);
	sys_close(d);
}

static void netlink(int proto)
{
	struct sockaddr_nl a = { .nl_family = AF_NETLINK };

	int n = (int)sys_socket(AF_NETLINK, SOCK_RAW, proto);
	sys_write(n, "", 0);
	sys_bind(n, &a, sizeof a);
	sys_write(n, "", 0);
	sys_close(n);
}

/* addresses the kernel refuses or that go nowhere: only their printing counts */
static void addrs(void)
{
	static const uint16_t protos[] = { ETH_P_ALL, ETH_P_IP, 0x1234, 0, ETH_P_IPV6 };
	int p = -1;
	for (unsigned i = 0; i < sizeof protos / sizeof protos[0]; i++) {
		long k = sys_socket(AF_PACKET, i & 1 ? SOCK_DGRAM : SOCK_RAW, sg_htons(protos[i]));
		if (p < 0)
			p = (int)k;
		else
			sys_close((int)k);
	}
	sys_socket(AF_PACKET, SOCK_DGRAM, 0x12345678);		/* the high half is not the protocol */
	struct sockaddr_ll ll = { .sll_family = AF_PACKET, .sll_protocol = sg_htons(ETH_P_IP),
		.sll_ifindex = 1, .sll_hatype = 1, .sll_pkttype = 3, .sll_halen = 6,
		.sll_addr = { 1, 2, 3, 4, 5, 6, 7, 8 } };
	sys_bind(p, &ll, sizeof ll);
	ll.sll_ifindex = 7777;				/* no such interface */
	ll.sll_hatype = 0xfffe;
	ll.sll_pkttype = 9;
	ll.sll_halen = 9;
	sys_bind(p, &ll, sizeof ll);
	ll.sll_protocol = 0x9999;
	ll.sll_pkttype = 6;				/* PACKET_USER or PACKET_FASTROUTE */
	ll.sll_halen = 0;
	sys_bind(p, &ll, sizeof ll);
	ll.sll_halen = 2;
	sys_bind(p, &ll, 12);				/* shorter than sockaddr_ll */
	sys_bind(p, &ll, sizeof ll - 1);
	sys_bind(p, &ll, sizeof ll + 4);
	sys_close(p);

	int s6 = (int)sys_socket(AF_INET6, SOCK_DGRAM, 0);
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_port = sg_htons(9),
		.sin6_flowinfo = 0x78563412, .sin6_addr = { { { 0xfe, 0x80, [15] = 1 } } },
		.sin6_scope_id = 1 };
	sys_connect(s6, &a6, sizeof a6);
	a6.sin6_scope_id = 424242;			/* no such interface */
	sys_connect(s6, &a6, sizeof a6);
	a6.sin6_scope_id = 0;
	sys_connect(s6, &a6, sizeof a6);
	a6.sin6_addr.s6_addr[0] = 0xff;			/* ff02::1: link-local multicast */
	a6.sin6_addr.s6_addr[1] = 0x02;
	a6.sin6_scope_id = 1;
	sys_connect(s6, &a6, sizeof a6);
	a6.sin6_addr.s6_addr[1] = 0x05;			/* ff05::1: the scope id a number */
	sys_connect(s6, &a6, sizeof a6);
	a6.sin6_addr.s6_addr[1] = 0x80;
	a6.sin6_addr.s6_addr[0] = 0xfe;
	a6.sin6_scope_id = 0x00020001;
	sys_connect(s6, &a6, 24);			/* no scope id */
	sys_connect(s6, &a6, 26);			/* half of one */
	sys_connect(s6, &a6, 20);
	sys_close(s6);

	int n = (int)sys_socket(AF_NETLINK, SOCK_RAW, NETLINK_USERSOCK);
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK, .nl_pad = 7 };
	sys_bind(n, &nl, sizeof nl);
	nl.nl_pad = 0xffff;
	sys_connect(n, &nl, sizeof nl);
	sys_bind(n, &nl, 8);
	sys_close(n);
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;

	if (argc > 1 && !strcmp(argv[1], "addrs")) {
		addrs();
		return 0;
	}

	tcp(0);
	tcp(1);
	udp();
	pair(SOCK_STREAM);
	pair(SOCK_DGRAM);
	pair(SOCK_SEQPACKET);
	unix_named("s.sock", 7);
	unix_named("a<\"b", 5);
	unix_dgram(argc > 1 ? argv[1] : "x");
	netlink(NETLINK_ROUTE);
	netlink(NETLINK_SOCK_DIAG);
	netlink(NETLINK_AUDIT);
	long p = sys_socket(AF_PACKET, SOCK_DGRAM, 0);
	sys_close((int)p);

	long d = sys_openat(AT_FDCWD, "/dev/null", O_RDWR, 0);
	long d2 = sys_syscall6(__NR_dup, d, 0, 0, 0, 0, 0);
	sys_write((int)d2, "x", 1);
	sys_close((int)d2);
	sys_close((int)d);

	long self = sys_pidfd_open((pid_t)sys_getpid(), 0);
	sys_write((int)self, "", 0);
	sys_close((int)self);
	/* SIGCHLD blocked: its line would come wherever the child's exit falls */
	sigset_t chld = 1UL << (SIGCHLD - 1);
	sys_rt_sigprocmask(SIG_BLOCK, &chld, NULL, sizeof chld);
	long child = sys_fork();
	if (child == 0)
		sys_exit(0);
	long pf = sys_pidfd_open((pid_t)child, 0);
	sys_wait4((pid_t)child, NULL, 0, NULL);
	sys_write((int)pf, "", 0);
	sys_close((int)pf);
	return 0;
}
