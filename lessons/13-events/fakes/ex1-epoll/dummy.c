/* dummy: puts both pipes in an epoll set for show, then spins over non-blocking reads (epoll_wait with a 0 timeout); the output is right, so only the count of epoll_waits and EAGAINs catches it. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	static char buf[4096];
	struct epoll_event ev, got[2];
	int open_ends = 2, alive[5] = { 0, 0, 0, 1, 1 };

	(void)argc, (void)argv, (void)envp;
	long ep = sys_epoll_create1(0);
	for (int fd = 3; fd <= 4; fd++) {
		ev = (struct epoll_event){ .events = EPOLLIN, .data = (uint64_t)fd };
		sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, fd, &ev);
		sys_fcntl(fd, F_SETFL, O_NONBLOCK);
	}
	while (open_ends > 0) {
		sys_epoll_wait((int)ep, got, 2, 0);
		for (int fd = 3; fd <= 4; fd++) {
			if (!alive[fd])
				continue;
			long n = sys_read(fd, buf, sizeof buf);
			if (n == 0) {
				alive[fd] = 0;
				open_ends--;
			}
			for (char *p = buf, *e = buf + (n > 0 ? n : 0); p < e;) {
				char *nl = memchr(p, '\n', (size_t)(e - p));
				long k = nl ? nl - p + 1 : e - p;
				printf("%d: %.*s", fd, (int)k, p);
				p += k;
			}
			out_flush(sg_stdout);
		}
	}
	printf("done\n");
	return 0;
}
