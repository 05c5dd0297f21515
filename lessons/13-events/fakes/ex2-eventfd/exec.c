/* exec: lets the shell add the numbers with $((...)); the exercise is the kernel's counter, so a second execve is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *av[64] = { "sh", "-c", "s=0; for n; do s=$((s + n)); done; echo sum $s", "sh" };

	for (int i = 1; i < argc && i < 60; i++)
		av[i + 3] = argv[i];
	sys_execve("/bin/sh", av, envp);
	return 127;
}
