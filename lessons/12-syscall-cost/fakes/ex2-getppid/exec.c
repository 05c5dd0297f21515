/* exec: hands the measurement to a shell loop; the exercise is the loop of syscalls in this process, so a second execve is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *av[] = { "sh", "-c", "echo \"$1 calls, 100 ns per call\"", "sh", argv[1], NULL };
	sys_execve("/bin/sh", av, envp);
	return 127;
}
