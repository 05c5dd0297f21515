/* wrong-edge: prefixes each read, not each line; right while every read holds one line, wrong when several lines arrive at once (the burst case). */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	static char buf[4096];
	struct epoll_event ev, got[2];
	int open_ends = 2;

	(void)argc, (void)argv, (void)envp;
	long ep = sys_epoll_create1(EPOLL_CLOEXEC);
	for (int fd = 3; fd <= 4; fd++) {
		ev = (struct epoll_event){ .events = EPOLLIN, .data = (uint64_t)fd };
		sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, fd, &ev);
	}
	while (open_ends > 0) {
		long n = sys_epoll_wait((int)ep, got, 2, -1);
		for (long i = 0; i < n; i++) {
			int fd = (int)got[i].data;
			long r = sys_read(fd, buf, sizeof buf);
			if (r > 0) {
				printf("%d: %.*s", fd, (int)r, buf);
				out_flush(sg_stdout);
			} else {
				sys_epoll_ctl((int)ep, EPOLL_CTL_DEL, fd, NULL);
				open_ends--;
			}
		}
	}
	printf("done\n");
	return 0;
}
