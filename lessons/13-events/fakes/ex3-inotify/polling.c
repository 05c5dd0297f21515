/* polling: watches for show, then looks for NAME every 10 ms with newfstatat; right output, but the directory is polled instead of waited on, so the stat calls are refused. */
#include "sg.h"
#include <linux/inotify.h>

int main(int argc, char **argv, char **envp)
{
	char path[4096];
	struct stat st;
	struct timespec t = { 0, 10000000 };

	(void)argc, (void)envp;
	long in = sys_inotify_init1(0);
	sys_inotify_add_watch((int)in, argv[1], IN_CREATE);
	printf("ready\n");
	out_flush(sg_stdout);
	snprintf(path, sizeof path, "%s/%s", argv[1], argv[2]);
	while (sys_newfstatat(AT_FDCWD, path, &st, 0) != 0)
		sys_nanosleep(&t, NULL);
	printf("%s appeared\n", argv[2]);
	return 0;
}
