/* Another right answer: poll(2) over the listening socket and the clients instead of epoll, and accept (4) with flags 0. */
#include "sg.h"
#include "net.h"

int main(int argc, char **argv, char **envp)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr = { SG_LOOPBACK } };
	struct pollfd p[3];
	uint64_t port = 0;
	int one = 1, n = 1, accepted = 0;
	char buf[1024];

	(void)envp;
	if (argc != 2 || parse_u64(argv[1], 10, &port) || port > 65535)
		error(2, 0, "usage: ex2-two PORT");
	a.sin_port = sg_htons((uint16_t)port);
	p[0].fd = (int)sys_socket(AF_INET, SOCK_STREAM, 0);
	p[0].events = POLLIN;
	sys_setsockopt(p[0].fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (sys_bind(p[0].fd, &a, sizeof a) < 0 || sys_listen(p[0].fd, 2) < 0)
		error(1, 0, "cannot listen");
	while (accepted < 2 || n > 1) {
		/* the listening socket leaves the set once both came */
		int first = accepted < 2 ? 0 : 1;
		if (sys_poll(p + first, (unsigned long)(n - first), -1) < 0)
			continue;
		if (first == 0 && p[0].revents & POLLIN) {
			p[n].fd = (int)sys_accept4(p[0].fd, NULL, NULL, 0);
			p[n].events = POLLIN;
			p[n].revents = 0;
			n++;
			accepted++;
		}
		for (int i = 1; i < n; i++) {
			if (!(p[i].revents & (POLLIN | POLLHUP)))
				continue;
			long r = sys_read(p[i].fd, buf, sizeof buf);
			if (r > 0) {
				sys_write(p[i].fd, buf, (size_t)r);
				continue;
			}
			sys_close(p[i].fd);
			p[i] = p[--n];
			i--;
		}
	}
	return 0;
}
