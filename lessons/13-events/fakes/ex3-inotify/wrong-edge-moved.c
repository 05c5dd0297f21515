/* wrong-edge-moved: watches IN_CREATE only, so a NAME moved in from elsewhere (IN_MOVED_TO) is never seen; the grader's mv case must catch it. */
#include "sg.h"
#include <linux/inotify.h>

int main(int argc, char **argv, char **envp)
{
	static char buf[4096] __attribute__((aligned(8)));

	(void)argc, (void)envp;
	long in = sys_inotify_init1(0);
	sys_inotify_add_watch((int)in, argv[1], IN_CREATE);
	printf("ready\n");
	out_flush(sg_stdout);
	for (;;) {
		long n = sys_read((int)in, buf, sizeof buf);
		for (long off = 0; off < n;) {
			struct inotify_event *e = (struct inotify_event *)(buf + off);
			if (e->len && strcmp(e->name, argv[2]) == 0) {
				printf("%s appeared\n", argv[2]);
				return 0;
			}
			off += (long)sizeof *e + e->len;
		}
	}
}
