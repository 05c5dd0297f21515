/* wrong-edge-batch: looks at the first record of each read only; right while events come one per read, wrong when NAME follows a decoy in the same read. */
#include "sg.h"
#include <linux/inotify.h>

int main(int argc, char **argv, char **envp)
{
	static char buf[4096] __attribute__((aligned(8)));

	(void)argc, (void)envp;
	long in = sys_inotify_init1(0);
	sys_inotify_add_watch((int)in, argv[1], IN_CREATE | IN_MOVED_TO);
	printf("ready\n");
	out_flush(sg_stdout);
	for (;;) {
		long n = sys_read((int)in, buf, sizeof buf);
		struct inotify_event *e = (struct inotify_event *)buf;
		if (n > 0 && e->len && strcmp(e->name, argv[2]) == 0) {
			printf("%s appeared\n", argv[2]);
			return 0;
		}
	}
}
