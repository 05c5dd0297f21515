/* Exercise 1: one loop, two pipes (reference solution).
 *
 *   ex1-epoll            descriptors 3 and 4 are the read ends of two pipes
 *
 * Lines arrive on either pipe at any time, each written whole by one write
 * (at most 200 bytes), sometimes several at once. Print each line as it
 * comes, prefixed by its descriptor ("3: text"), in the order they arrive;
 * when both pipes have ended (read returns 0), print "done" and exit 0.
 * Wait with epoll: one epoll_wait for both, never a read that blocks on one
 * pipe while the other has a line, and no poll/select.
 */
#include "sg.h"

/* one read's worth: print every line in it with its descriptor's prefix */
static void lines(int fd, const char *p, long n)
{
	while (n > 0) {
		const char *nl = memchr(p, '\n', (size_t)n);
		long k = nl ? nl - p + 1 : n;
		printf("%d: %.*s%s", fd, (int)k, p, nl ? "" : "\n");
		p += k;
		n -= k;
	}
}

int main(int argc, char **argv, char **envp)
{
	struct epoll_event ev, got[2];
	static char buf[4096];
	int open_ends = 2;

	(void)argc, (void)argv, (void)envp;
	long ep = sys_epoll_create1(EPOLL_CLOEXEC);
	if (ep < 0)
		error(1, (int)-ep, "epoll_create1");
	for (int fd = 3; fd <= 4; fd++) {
		ev = (struct epoll_event){ .events = EPOLLIN, .data = (uint64_t)fd };
		long r = sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, fd, &ev);
		if (r < 0)
			error(1, (int)-r, "epoll_ctl %d", fd);
	}
	while (open_ends > 0) {
		long n = sys_epoll_wait((int)ep, got, 2, -1);
		if (n == -EINTR)
			continue;
		if (n < 0)
			error(1, (int)-n, "epoll_wait");
		for (long i = 0; i < n; i++) {
			int fd = (int)got[i].data;
			/* level-triggered: one read each time; what is left wakes us again */
			long r = sys_read(fd, buf, sizeof buf);
			if (r > 0) {
				lines(fd, buf, r);
				out_flush(sg_stdout);
			} else if (r == 0 || r != -EINTR) {
				sys_epoll_ctl((int)ep, EPOLL_CTL_DEL, fd, NULL);
				sys_close(fd);
				open_ends--;
			}
		}
	}
	printf("done\n");
	return 0;
}
