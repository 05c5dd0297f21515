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
 */
#include "sg.h"
#include "net.h"
#include <asm/unistd.h>
#include <linux/in6.h>
#include <linux/netlink.h>

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

int main(int argc, char **argv, char **envp)
{
	(void)envp;

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
