/* echod — an echo server on the loopback interface, for many clients at once
 *
 * Usage: echod [OPTION]... [PORT]
 *
 * Listen on 127.0.0.1:PORT and send every client back each byte it sends,
 * until the client closes its side; then close the connection. Without
 * PORT, or with 0, the kernel chooses a free port. Once listening, echod
 * prints the port on a line of its own on stdout and flushes it, so that a
 * script can read it from a fifo or a file while echod runs.
 *
 *   -b, --backlog=N  the listen(2) backlog: how many finished handshakes
 *                    the kernel keeps until echod accepts them (default 512)
 *   -v, --verbose    at exit, print on stderr the connections accepted and
 *                    the bytes received and sent:
 *                      echod: 300 connections, 123456 bytes in, 123456 out
 *   --help           show this help and exit
 *   --version        show the version and exit
 *
 * One thread, one epoll loop, non-blocking sockets. A client whose data
 * cannot all be written at once (the socket's send buffer is full) keeps
 * the rest in its own buffer, and echod stops reading from it until that is
 * sent: nothing is lost, and a client that never reads cannot make echod
 * hold more than 64 KiB for it.
 *
 * When accept4 fails with EMFILE or ENFILE (no descriptor left), echod says
 * so on stderr ("echod: accept4: Too many open files: N clients connected;
 * new ones wait") and stops watching the listening socket until a client
 * leaves, then says "echod: accepting again". Meanwhile new clients wait in
 * the kernel's backlog: echod neither spins on the error nor drops them.
 * With no client connected there is none to wait for: echod exits with
 * "echod: accept4: Too many open files" and status 1.
 *
 * SIGTERM, SIGINT and SIGHUP end echod cleanly (exit status 0): they are
 * read from a signalfd in the same loop, never from a handler. SIGPIPE is
 * not used: writes are sendto(MSG_NOSIGNAL), so a client that goes away
 * gives EPIPE, and only that client is closed.
 *
 * Errors are GNU-style: "echod: 70000: invalid port number" (exit 1 with
 * "Try 'echod --help'"), "echod: bind 127.0.0.1:80: Permission denied".
 */
#include "sg.h"
#include "net.h"
#include "echod.help.h"
#include <linux/eventpoll.h>
#include <linux/signalfd.h>

#define BUF_SIZE 65536

static __attribute__((noreturn)) void usage(void)
{
	tool_try_help(1);
}

struct client {
	int fd;
	size_t off, len;	/* bytes buf[off..len) are still to be sent back */
	char buf[BUF_SIZE];
};

static int epfd, lfd, sfd;
static struct client **clients;	/* indexed by descriptor */
static size_t nclients_max;
static unsigned long nconn, nlive, bytes_in, bytes_out;
static bool paused;		/* the listening socket is out of the epoll set (EMFILE) */

static void die(const char *what, long r)
{
	error(1, (int)-r, "%s", what);
}

static void watch(int op, int fd, unsigned events)
{
	struct epoll_event ev = { .events = events, .data = (uint64_t)fd };
	long r = sys_epoll_ctl(epfd, op, fd, &ev);

	if (r < 0)
		die("epoll_ctl", r);
}

static void drop(struct client *c)
{
	sys_close(c->fd);	/* closing also takes it out of the epoll set */
	clients[c->fd] = NULL;
	free(c);
	nlive--;
	if (paused) {
		/* a descriptor is free again: the waiting clients can come in */
		paused = false;
		watch(EPOLL_CTL_ADD, lfd, EPOLLIN);
		error(0, 0, "accepting again");
	}
}

/* Send what is buffered. Returns false when the client is gone. While data
 * is left over, watch for EPOLLOUT instead of EPOLLIN (back-pressure). */
static bool flush(struct client *c)
{
	while (c->off < c->len) {
		long w = sys_sendto(c->fd, c->buf + c->off, c->len - c->off, MSG_NOSIGNAL, NULL, 0);
		if (w == -EINTR)
			continue;
		if (w == -EAGAIN) {
			watch(EPOLL_CTL_MOD, c->fd, EPOLLOUT);
			return true;
		}
		if (w < 0)
			return false;
		c->off += (size_t)w;
		bytes_out += (unsigned long)w;
	}
	c->off = c->len = 0;
	return true;
}

static void on_client(struct client *c, unsigned events)
{
	if (c->len) {		/* waiting for room to send: EPOLLOUT */
		if (!flush(c))
			drop(c);
		else if (!c->len)
			watch(EPOLL_CTL_MOD, c->fd, EPOLLIN);
		return;
	}
	for (;;) {
		long r = sys_read(c->fd, c->buf, sizeof c->buf);
		if (r == -EINTR)
			continue;
		if (r == -EAGAIN)
			return;
		if (r <= 0) {	/* end of stream, or a reset */
			drop(c);
			return;
		}
		bytes_in += (unsigned long)r;
		c->len = (size_t)r;
		if (!flush(c)) {
			drop(c);
			return;
		}
		if (c->len)	/* the rest goes when EPOLLOUT says so */
			return;
	}
	(void)events;
}

static void on_listen(void)
{
	for (;;) {
		long fd = sys_accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd == -EAGAIN || fd == -ECONNABORTED || fd == -EINTR) {
			if (fd == -EAGAIN)
				return;
			continue;
		}
		if (fd == -EMFILE || fd == -ENFILE || fd == -ENOBUFS || fd == -ENOMEM) {
			/* Level-triggered epoll would report the same waiting
			 * connection again at once: stop watching until a client
			 * leaves, or the loop would spin on this error. */
			if (nlive == 0)
				die("accept4", fd);	/* no client could ever free one */
			error(0, 0, "accept4: %s: %lu clients connected; new ones wait", strerror((int)-fd), nlive);
			watch(EPOLL_CTL_DEL, lfd, 0);
			paused = true;
			return;
		}
		if (fd < 0)
			die("accept4", fd);
		struct client *c = (size_t)fd < nclients_max ? malloc(sizeof *c) : NULL;
		if (!c) {
			error(0, ENOMEM, "client on descriptor %ld", fd);
			sys_close((int)fd);
			continue;
		}
		c->fd = (int)fd;
		c->off = c->len = 0;
		clients[fd] = c;
		nconn++;
		nlive++;
		watch(EPOLL_CTL_ADD, (int)fd, EPOLLIN);
	}
}

static int open_listener(unsigned port, int backlog)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = sg_htons((uint16_t)port),
				 .sin_addr = { SG_LOOPBACK } };
	int one = 1, len = sizeof a;
	long fd = sys_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	long r;

	if (fd < 0)
		die("socket", fd);
	/* a port left in TIME_WAIT by a previous run can be bound again at once */
	if ((r = sys_setsockopt((int)fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one)) < 0)
		die("setsockopt", r);
	if ((r = sys_bind((int)fd, &a, sizeof a)) < 0)
		error(1, (int)-r, "bind 127.0.0.1:%u", port);
	if ((r = sys_listen((int)fd, backlog)) < 0)
		die("listen", r);
	/* with port 0 the kernel chose one: ask which */
	if ((r = sys_getsockname((int)fd, &a, &len)) < 0)
		die("getsockname", r);
	printf("%u\n", sg_ntohs(a.sin_port));
	out_flush(sg_stdout);
	return (int)fd;
}

static int open_signals(void)
{
	sigset_t set = 1UL << (SIGTERM - 1) | 1UL << (SIGINT - 1) | 1UL << (SIGHUP - 1);
	long r = sys_rt_sigprocmask(SIG_BLOCK, &set, NULL, sizeof set);

	if (r < 0)
		die("rt_sigprocmask", r);
	r = sys_signalfd4(-1, &set, sizeof set, O_NONBLOCK | O_CLOEXEC);
	if (r < 0)
		die("signalfd", r);
	return (int)r;
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		{ "backlog", 1, 'b' }, { "verbose", 0, 'v' },
		{ "help", 0, 'h' }, { "version", 0, 'V' }, { 0 }
	};
	static struct epoll_event evs[256];
	uint64_t port = 0, backlog = 512;
	bool verbose = false;
	struct opt o;
	struct rlimit64 lim;
	char **ops;
	int c, n;

	opt_init(&o, argc, argv, "b:v", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'b':
			if (parse_u64(o.arg, 10, &backlog) || backlog < 1 || backlog > 65535) {
				error(0, 0, "%s: invalid backlog", o.arg);
				usage();
			}
			break;
		case 'v': verbose = true; break;
		case 'h': tool_help(help_text);
		case 'V': tool_version("echod");
		default: usage();
		}
	}
	ops = opt_operands(&o, &n);
	if (n > 1) {
		error(0, 0, "extra operand '%s'", ops[1]);
		usage();
	}
	if (n == 1 && (parse_u64(ops[0], 10, &port) || port > 65535)) {
		error(0, 0, "%s: invalid port number", ops[0]);
		usage();
	}
	/* one slot per possible descriptor: the soft limit, at most 1M */
	nclients_max = 1024;
	if (sys_prlimit64(0, RLIMIT_NOFILE, NULL, &lim) == 0)
		nclients_max = lim.rlim_cur < (1u << 20) ? (size_t)lim.rlim_cur : (1u << 20);
	clients = calloc(nclients_max, sizeof *clients);
	if (!clients)
		die("descriptor table", -ENOMEM);
	if (sig_action(SIGPIPE, SIG_IGN, 0) < 0)	/* belt and braces beside MSG_NOSIGNAL */
		die("rt_sigaction", -EINVAL);

	long r = sys_epoll_create1(EPOLL_CLOEXEC);
	if (r < 0)
		die("epoll_create1", r);
	epfd = (int)r;
	sfd = open_signals();
	lfd = open_listener((unsigned)port, (int)backlog);
	watch(EPOLL_CTL_ADD, sfd, EPOLLIN);
	watch(EPOLL_CTL_ADD, lfd, EPOLLIN);

	for (;;) {
		long k = sys_epoll_wait(epfd, evs, (int)(sizeof evs / sizeof evs[0]), -1);
		if (k == -EINTR)
			continue;
		if (k < 0)
			die("epoll_wait", k);
		for (long i = 0; i < k; i++) {
			int fd = (int)evs[i].data;
			if (fd == sfd)
				goto out;
			if (fd == lfd)
				on_listen();
			else if (clients[fd])
				on_client(clients[fd], evs[i].events);
		}
	}
out:
	(void)envp;
	if (verbose)
		error(0, 0, "%lu connections, %lu bytes in, %lu out", nconn, bytes_in, bytes_out);
	return 0;
}
