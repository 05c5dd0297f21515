/* exec: asks another program to do the access (gdb-like helpers, a shell); the exercise is the handler in this process, so a second execve is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *av[] = { "sh", "-c", "echo no fault; exit 1", NULL };
	sys_execve("/bin/sh", av, envp);
	return 127;
}
