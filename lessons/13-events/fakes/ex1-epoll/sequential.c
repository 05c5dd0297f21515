/* sequential: reads descriptor 3 to its end, then 4, with blocking reads and no waiting on both; lines that arrive on 4 first come out late, so the order check must reject it. */
#include "sg.h"

static void drain(int fd)
{
	static char buf[4096];
	long n;

	while ((n = sys_read(fd, buf, sizeof buf)) > 0) {
		for (char *p = buf, *e = buf + n; p < e;) {
			char *nl = memchr(p, '\n', (size_t)(e - p));
			long k = nl ? nl - p + 1 : e - p;
			printf("%d: %.*s", fd, (int)k, p);
			p += k;
		}
		out_flush(sg_stdout);
	}
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	sys_epoll_create1(0);	/* for show */
	drain(3);
	drain(4);
	printf("done\n");
	return 0;
}
