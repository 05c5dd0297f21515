/* Fake (exec): lets a shell look for qemu among the processes; the grader
 * must refuse any call but write and exit. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *sh[] = { "sh", "-c", "grep -q qemu /proc/$PPID/cmdline /proc/self/maps 2>/dev/null && echo emulated || echo native", NULL };
	sys_execve("/bin/sh", sh, envp);
	return 1;
}
