/* wrong-edge-prefix: compares only strlen(NAME) bytes of each name, so NAME.tmp (or NAME-) counts as NAME; the prefix decoys must catch it. */
#include "sg.h"
#include <linux/inotify.h>

int main(int argc, char **argv, char **envp)
{
	static char buf[4096] __attribute__((aligned(8)));
	size_t k = strlen(argv[2]);

	(void)argc, (void)envp;
	long in = sys_inotify_init1(0);
	sys_inotify_add_watch((int)in, argv[1], IN_CREATE | IN_MOVED_TO);
	printf("ready\n");
	out_flush(sg_stdout);
	for (;;) {
		long n = sys_read((int)in, buf, sizeof buf);
		for (long off = 0; off < n;) {
			struct inotify_event *e = (struct inotify_event *)(buf + off);
			if (e->len && memcmp(e->name, argv[2], k) == 0) {
				printf("%s appeared\n", argv[2]);
				return 0;
			}
			off += (long)sizeof *e + e->len;
		}
	}
}
