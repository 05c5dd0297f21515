/* Another right answer: edge-triggered (EPOLLET), non-blocking pipes read
 * until EAGAIN after each wake-up, lines carried over between reads, and
 * epoll_pwait with no mask. */
#include "sg.h"

static char carry[2][512];
static int carried[2];

static void feed(int fd, const char *p, long n)
{
	int i = fd - 3;

	for (long k = 0; k < n; k++) {
		if (carried[i] < (int)sizeof carry[i])
			carry[i][carried[i]++] = p[k];
		if (p[k] == '\n') {
			printf("%d: %.*s", fd, carried[i], carry[i]);
			carried[i] = 0;
		}
	}
}

int main(int argc, char **argv, char **envp)
{
	static char buf[64];	/* small on purpose: a line takes several reads */
	struct epoll_event ev, got[4];
	int open_ends = 2;

	(void)argc, (void)argv, (void)envp;
	long ep = sys_epoll_create1(0);
	for (int fd = 3; fd <= 4; fd++) {
		sys_fcntl(fd, F_SETFL, O_NONBLOCK);
		ev = (struct epoll_event){ .events = EPOLLIN | EPOLLRDHUP | EPOLLET, .data = (uint64_t)fd };
		sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, fd, &ev);
	}
	while (open_ends > 0) {
		long n = sys_epoll_pwait((int)ep, got, 4, -1, NULL, sizeof(sigset_t));
		for (long i = 0; i < n; i++) {
			int fd = (int)got[i].data;
			long r;
			while ((r = sys_read(fd, buf, sizeof buf)) > 0)
				feed(fd, buf, r);
			out_flush(sg_stdout);
			if (r == 0) {
				sys_close(fd);	/* closing drops it from the set */
				open_ends--;
			}
		}
	}
	printf("done\n");
	return 0;
}
