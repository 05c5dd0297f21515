/* Exercise 2: a server that serves two clients at once.
 *
 *   ex2-two PORT
 *
 * Listen on 127.0.0.1:PORT (set SO_REUSEADDR before bind). Accept two
 * clients and send back to each every byte it sends, as soon as it comes;
 * when both clients have closed their connection, exit 0.
 *
 * The two clients talk in turns that the grader chooses: the second client
 * may speak while the first says nothing. A server that waits for one
 * client (accept, then a blocking read) while the other talks hangs. Use
 * poll(2) or epoll (lesson 13) to wait for both at once, or a process per
 * client (fork) — not another program.
 */
#include "sg.h"
#include "net.h"
#include <linux/eventpoll.h>

static void check(const char *what, long r)
{
	if (r < 0)
		error(1, (int)-r, "%s", what);
}

int main(int argc, char **argv, char **envp)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr = { SG_LOOPBACK } };
	struct epoll_event ev, evs[4];
	uint64_t port = 0;
	int one = 1, accepted = 0, open = 0;
	char buf[4096];

	(void)envp;
	if (argc != 2 || parse_u64(argv[1], 10, &port) || port > 65535)
		error(2, 0, "usage: ex2-two PORT");
	a.sin_port = sg_htons((uint16_t)port);
	long lfd = sys_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	check("socket", lfd);
	check("setsockopt", sys_setsockopt((int)lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	check("bind", sys_bind((int)lfd, &a, sizeof a));
	check("listen", sys_listen((int)lfd, 2));
	long ep = sys_epoll_create1(EPOLL_CLOEXEC);
	check("epoll_create1", ep);
	ev = (struct epoll_event){ .events = EPOLLIN, .data = (uint64_t)lfd };
	check("epoll_ctl", sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, (int)lfd, &ev));
	while (accepted < 2 || open > 0) {
		long k = sys_epoll_wait((int)ep, evs, 4, -1);
		if (k == -EINTR)
			continue;
		check("epoll_wait", k);
		for (long i = 0; i < k; i++) {
			int fd = (int)evs[i].data;
			if (fd == lfd) {
				long c = sys_accept4((int)lfd, NULL, NULL, SOCK_CLOEXEC);
				check("accept4", c);
				ev = (struct epoll_event){ .events = EPOLLIN, .data = (uint64_t)c };
				check("epoll_ctl", sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, (int)c, &ev));
				if (++accepted == 2)	/* no third client */
					check("epoll_ctl", sys_epoll_ctl((int)ep, EPOLL_CTL_DEL, (int)lfd, NULL));
				open++;
				continue;
			}
			/* one read: epoll said it will not block */
			long n = sys_read(fd, buf, sizeof buf);
			if (n <= 0) {
				sys_close(fd);
				open--;
				continue;
			}
			for (long off = 0; off < n;) {
				long w = sys_write(fd, buf + off, (size_t)(n - off));
				check("write", w);
				off += w;
			}
		}
	}
	return 0;
}
