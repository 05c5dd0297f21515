/* lessons/14-sockets/sockets.c — sockets on one machine, five ways.
 *
 *   1. byte order: struct sockaddr_in byte by byte; htons by hand
 *   2. a TCP connection on loopback inside one process: socket, setsockopt
 *      (SO_REUSEADDR), bind to port 0, listen, getsockname (the port the
 *      kernel chose), connect, accept4, getpeername; read/write against
 *      sendto/recvfrom; shutdown(SHUT_WR) as end of stream
 *   3. an echo server for three clients at once: one epoll loop
 *   4. a UNIX domain socket: a name in the file system (S_IFSOCK), and one
 *      in the abstract namespace (no file)
 *   5. socketpair: two connected ends without any name
 *
 * Everything happens in one process, so that one strace shows both ends.
 * Ports are the kernel's choice and differ from run to run.
 */
#include "sg.h"
#include "net.h"
#include <linux/eventpoll.h>

static void check(const char *what, long r)
{
	if (sys_failed(r))
		error(1, (int)-r, "%s", what);
}

static void hexbytes(const void *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		printf("%s%02x", i ? " " : "", ((const unsigned char *)p)[i]);
}

/* --- 1. byte order --------------------------------------------------------- */

static void part1(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = sg_htons(8080),
				 .sin_addr = { SG_LOOPBACK } };

	printf("1. struct sockaddr_in for 127.0.0.1:8080, %zu bytes\n", sizeof a);
	printf("  htons(8080) = %#x: 8080 is 0x1f90, and the network wants the high byte first\n",
	       sg_htons(8080));
	printf("  bytes: ");
	hexbytes(&a, sizeof a);
	printf("\n");
	printf("         family 02 00 (little-endian, AF_INET = 2) | port 1f 90 (big-endian) |\n");
	printf("         address 7f 00 00 01 | 8 bytes of zero padding (sin_zero)\n");
}

/* --- 2. one TCP connection, both ends -------------------------------------- */

static int listener(struct sockaddr_in *a)
{
	int one = 1, len = sizeof *a;
	long fd = sys_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	check("socket", fd);
	check("setsockopt", sys_setsockopt((int)fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	*a = (struct sockaddr_in){ .sin_family = AF_INET, .sin_port = 0, .sin_addr = { SG_LOOPBACK } };
	check("bind", sys_bind((int)fd, a, sizeof *a));
	check("listen", sys_listen((int)fd, 16));
	check("getsockname", sys_getsockname((int)fd, a, &len));
	return (int)fd;
}

static int dial(const struct sockaddr_in *a)
{
	long fd = sys_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

	check("socket", fd);
	check("connect", sys_connect((int)fd, a, sizeof *a));
	return (int)fd;
}

static void part2(void)
{
	struct sockaddr_in srv, peer, me;
	int len = sizeof peer, mlen = sizeof me;
	char buf[64];
	long n;

	printf("2. TCP on loopback: the server and the client in one process\n");
	int lfd = listener(&srv);
	unsigned port = sg_ntohs(srv.sin_port);
	printf("  bind to port 0, then getsockname: the kernel chose port %u (> 1023: %s)\n",
	       port, port > 1023 ? "yes" : "no");
	/* connect returns once the kernel has done the handshake: the
	 * connection waits in the listen backlog until accept4 takes it */
	int cfd = dial(&srv);
	long afd = sys_accept4(lfd, &peer, &len, SOCK_CLOEXEC);
	check("accept4", afd);
	check("getsockname", sys_getsockname(cfd, &me, &mlen));
	printf("  connect returned before accept4: the handshake is the kernel's work\n");
	printf("  accept4 says the peer is port %u; the client's getsockname says %u: %s\n",
	       sg_ntohs(peer.sin_port), sg_ntohs(me.sin_port),
	       peer.sin_port == me.sin_port ? "the same" : "DIFFERENT");
	len = sizeof peer;
	check("getpeername", sys_getpeername(cfd, &peer, &len));
	printf("  the client's getpeername: port %u, the listening port: %s\n",
	       sg_ntohs(peer.sin_port), peer.sin_port == srv.sin_port ? "yes" : "no");
	printf("  three descriptors: listening %d, client %d, accepted %ld\n", lfd, cfd, afd);

	/* write on a socket is sendto with no flags and no address */
	check("write", sys_write(cfd, "hello\n", 6));
	n = sys_read((int)afd, buf, sizeof buf);
	check("read", n);
	printf("  client write(\"hello\\n\") -> server read: %ld bytes\n", n);
	check("sendto", sys_sendto((int)afd, "HELLO\n", 6, 0, NULL, 0));
	n = sys_recvfrom(cfd, buf, sizeof buf, 0, NULL, NULL);
	check("recvfrom", n);
	printf("  server sendto(\"HELLO\\n\", flags 0, no address) -> client recvfrom: %ld bytes\n", n);

	/* the client has no more to say, but still listens */
	check("shutdown", sys_shutdown(cfd, SHUT_WR));
	n = sys_read((int)afd, buf, sizeof buf);
	printf("  client shutdown(SHUT_WR) -> server read returns %ld: end of stream\n", n);
	check("write", sys_write((int)afd, "bye\n", 4));
	sys_close((int)afd);
	n = sys_read(cfd, buf, sizeof buf);
	long m = sys_read(cfd, buf + (n > 0 ? n : 0), 16);
	printf("  the client can still read: %ld bytes (\"bye\\n\"), then %ld once the server closed\n", n, m);
	/* write(2) here would raise SIGPIPE and kill the process; MSG_NOSIGNAL
	 * leaves only the error */
	n = sys_sendto(cfd, "x", 1, MSG_NOSIGNAL, NULL, 0);
	printf("  sending after shutdown(SHUT_WR), MSG_NOSIGNAL: %ld (-%s), no SIGPIPE\n", n,
	       n < 0 ? errno_name((int)-n) : "?");
	sys_close(cfd);
	sys_close(lfd);
}

/* --- 3. an echo server for three clients at once ----------------------------- */

static void part3(void)
{
	struct sockaddr_in srv;
	struct epoll_event ev, evs[8];
	int lfd = listener(&srv), c[3], served = 0, echoed = 0, got = 0;
	long ep = sys_epoll_create1(EPOLL_CLOEXEC);
	char buf[64];

	printf("3. one epoll loop serves three clients\n");
	check("epoll_create1", ep);
	ev = (struct epoll_event){ .events = EPOLLIN, .data = (uint64_t)lfd };
	check("epoll_ctl", sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, lfd, &ev));
	for (int i = 0; i < 3; i++) {
		c[i] = dial(&srv);
		buf[0] = (char)('a' + i);
		check("write", sys_write(c[i], buf, 1));
	}
	/* the accepted sockets join the set; the loop runs until the server
	 * has accepted the three and sent each letter back */
	while (served < 3 || echoed < 3) {
		long k = sys_epoll_wait((int)ep, evs, 8, 5000);
		check("epoll_wait", k);
		if (k == 0)
			error(1, 0, "epoll_wait: nothing in 5 s");
		for (long i = 0; i < k; i++) {
			int fd = (int)evs[i].data;
			if (fd == lfd) {
				long a = sys_accept4(lfd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
				check("accept4", a);
				ev = (struct epoll_event){ .events = EPOLLIN, .data = (uint64_t)a };
				check("epoll_ctl", sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, (int)a, &ev));
				served++;
			} else {
				long n = sys_read(fd, buf, sizeof buf);
				if (n > 0) {
					check("write", sys_write(fd, buf, (size_t)n));
					echoed++;
				}
			}
		}
	}
	/* each client reads its own letter back */
	for (int i = 0; i < 3; i++)
		if (sys_read(c[i], buf, 1) == 1 && buf[0] == 'a' + i)
			got++;
	printf("  %d connections accepted, %d letters echoed, %d came back to the right client\n",
	       served, echoed, got);
	for (int i = 0; i < 3; i++)
		sys_close(c[i]);
	sys_close((int)ep);
	sys_close(lfd);
}

/* --- 4. UNIX domain sockets -------------------------------------------------- */

static void unix_pair(struct sockaddr_un *a, int alen, const char *what)
{
	long s = sys_socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	long c = sys_socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	char buf[16];

	check("socket", s);
	check("socket", c);
	check("bind", sys_bind((int)s, a, alen));
	check("listen", sys_listen((int)s, 4));
	if (a->sun_path[0]) {
		struct stat st;
		check("stat", sys_newfstatat(AT_FDCWD, a->sun_path, &st, AT_SYMLINK_NOFOLLOW));
		printf("  bind made %s: a file of type %s\n", a->sun_path,
		       (st.st_mode & S_IFMT) == S_IFSOCK ? "socket (S_IFSOCK, 's' in ls -l)" : "OTHER");
	} else {
		printf("  %s: no file is made (strace shows the name as @%s)\n", what, a->sun_path + 1);
	}
	check("connect", sys_connect((int)c, a, alen));
	long d = sys_accept4((int)s, NULL, NULL, SOCK_CLOEXEC);
	check("accept4", d);
	check("write", sys_write((int)c, "ping", 4));
	long n = sys_read((int)d, buf, sizeof buf);
	printf("  connect, accept4, write \"ping\": the server read %ld bytes\n", n);
	sys_close((int)d);
	sys_close((int)c);
	sys_close((int)s);
}

static void part4(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	static const char path[] = "sockets-demo.sock";
	static const char abstract[] = "\0sysgate-lesson-14";

	printf("4. UNIX domain sockets: a name in the file system, or none at all\n");
	memcpy(a.sun_path, path, sizeof path);
	sys_unlinkat(AT_FDCWD, path, 0);	/* a name left over would make bind EADDRINUSE */
	/* the length counts the family and the name with its NUL */
	unix_pair(&a, (int)(2 + sizeof path), "path");
	check("unlink", sys_unlinkat(AT_FDCWD, path, 0));
	printf("  the name stays after close: unlink removes it\n");
	memset(a.sun_path, 0, sizeof a.sun_path);
	/* abstract: a leading NUL, and the length says where the name ends */
	memcpy(a.sun_path, abstract, sizeof abstract - 1);
	unix_pair(&a, (int)(2 + sizeof abstract - 1), "abstract name");
}

/* --- 5. socketpair ---------------------------------------------------------- */

static void part5(void)
{
	int sv[2];
	char buf[8];

	printf("5. socketpair: two connected ends, no name, no listen, no accept\n");
	check("socketpair", sys_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
	check("write", sys_write(sv[0], "to1", 3));
	check("write", sys_write(sv[1], "to0", 3));
	long a = sys_read(sv[1], buf, sizeof buf);
	long b = sys_read(sv[0], buf + 4, sizeof buf - 4);
	printf("  descriptors %d and %d; each end reads what the other wrote: %ld and %ld bytes\n",
	       sv[0], sv[1], a, b);
	printf("  (a pipe carries bytes one way; a socketpair both ways)\n");
	sys_close(sv[0]);
	sys_close(sv[1]);
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	part1();
	part2();
	part3();
	part4();
	part5();
	return 0;
}
