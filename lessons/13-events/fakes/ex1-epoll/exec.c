/* exec: hands both pipes to a shell that reads them with two background cats; the exercise is one process's epoll loop, so a second execve is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *av[] = { "sh", "-c", "sed 's/^/3: /' <&3 & sed 's/^/4: /' <&4 & wait; echo done", NULL };

	(void)argc, (void)argv;
	sys_execve("/bin/sh", av, envp);
	return 127;
}
