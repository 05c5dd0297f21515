/* Another right answer: a non-blocking inotify descriptor waited on with
 * epoll, every event watched (IN_ALL_EVENTS), and the records walked byte by
 * byte (little-endian fields at offsets 0, 4, 8, 12; the name at 16). */
#include "sg.h"
#include <linux/inotify.h>

static uint32_t le32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

int main(int argc, char **argv, char **envp)
{
	static unsigned char buf[8192];
	struct epoll_event ev = { .events = EPOLLIN }, got;

	(void)argc, (void)envp;
	long in = sys_inotify_init1(IN_NONBLOCK);
	if (sys_inotify_add_watch((int)in, argv[1], IN_ALL_EVENTS) < 0)
		return 1;
	long ep = sys_epoll_create1(0);
	sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, (int)in, &ev);
	sys_write(1, "ready\n", 6);
	for (;;) {
		if (sys_epoll_wait((int)ep, &got, 1, -1) < 1)
			continue;
		long n;
		while ((n = sys_read((int)in, buf, sizeof buf)) > 0)
			for (long off = 0; off + 16 <= n; off += 16 + le32(buf + off + 12)) {
				uint32_t mask = le32(buf + off + 4), len = le32(buf + off + 12);
				if ((mask & (IN_CREATE | IN_MOVED_TO)) && len && strcmp((char *)buf + off + 16, argv[2]) == 0) {
					printf("%s appeared\n", argv[2]);
					return 0;
				}
			}
	}
}
