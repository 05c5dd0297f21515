/* Fake (exec): lets a shell count with ls twice; the grader must refuse the execve. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex3-rewind DIR");
	char *sh[] = { "sh", "-c", "ls -a -U \"$0\" | wc -l; ls -a -U \"$0\" | wc -l", argv[1], NULL };
	sys_execve("/bin/sh", sh, envp);
	return 1;
}
