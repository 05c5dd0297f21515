/* exec: runs strace on itself to find the call, instead of reading the siginfo */
#include "sg.h"

void catch_sigsys(void)
{
	char *argv[] = { "strace", "-e", "trace=none", "/bin/true", NULL };
	sys_execve("/usr/bin/strace", argv, NULL);
}
