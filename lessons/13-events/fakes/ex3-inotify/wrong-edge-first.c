/* wrong-edge-first: ends at the first event, whatever its name; the decoys created before NAME must catch it. */
#include "sg.h"
#include <linux/inotify.h>

int main(int argc, char **argv, char **envp)
{
	static char buf[4096];

	(void)argc, (void)envp;
	long in = sys_inotify_init1(0);
	sys_inotify_add_watch((int)in, argv[1], IN_CREATE | IN_MOVED_TO);
	printf("ready\n");
	out_flush(sg_stdout);
	sys_read((int)in, buf, sizeof buf);
	printf("%s appeared\n", argv[2]);
	return 0;
}
