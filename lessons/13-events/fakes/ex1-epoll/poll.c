/* poll: waits on both pipes with poll(2) instead of epoll; the output is right, but the exercise is epoll, so a poll call is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	static char buf[4096];
	struct pollfd p[2] = { { .fd = 3, .events = POLLIN }, { .fd = 4, .events = POLLIN } };
	int open_ends = 2;

	(void)argc, (void)argv, (void)envp;
	while (open_ends > 0) {
		sys_poll(p, 2, -1);
		for (int i = 0; i < 2; i++) {
			if (!p[i].revents)
				continue;
			long n = sys_read(p[i].fd, buf, sizeof buf);
			if (n <= 0) {
				p[i].fd = -1;
				open_ends--;
				continue;
			}
			for (char *q = buf, *e = buf + n; q < e;) {
				char *nl = memchr(q, '\n', (size_t)(e - q));
				long k = nl ? nl - q + 1 : e - q;
				printf("%d: %.*s", i + 3, (int)k, q);
				q += k;
			}
			out_flush(sg_stdout);
		}
	}
	printf("done\n");
	return 0;
}
