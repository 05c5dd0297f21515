/* exec: lets a shell send the burst with its kill builtin and count with trap; the exercise is the process's own mask and handler, so a second execve is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char script[300];

	snprintf(script, sizeof script,
		 "c=0; trap 'c=$((c+1))' %s; i=0; while [ $i -lt %s ]; do kill -%s $$; i=$((i+1)); done; echo \"%s sent, $c caught\"",
		 argv[1], argv[2], argv[1], argv[2]);
	char *av[] = { "bash", "-c", script, NULL };
	sys_execve("/bin/bash", av, envp);
	return 127;
}
