/* Fake (exec): prints argv[0], then lets readlink(1) resolve its parent's
 * /proc/PID/exe — right natively; the grader must refuse the fork and exec. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char path[64];
	int st;

	printf("argv[0]: %s\nexe: ", argv[0]);
	out_flush(sg_stdout);
	snprintf(path, sizeof path, "/proc/%ld/exe", sys_getpid());
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid == 0) {
		char *rl[] = { "readlink", path, NULL };
		sys_execve("/usr/bin/readlink", rl, envp);
		sys_exit(1);
	}
	sys_wait4((pid_t)pid, &st, 0, NULL);
	return 0;
}
