/* exec: hands the job to the shell's trap builtin; the exercise is about installing a handler yourself, so the grader refuses a second execve. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char script[200];

	snprintf(script, sizeof script,
		 "trap 'echo caught %s; echo done; exit 0' %s; echo ready; while :; do sleep 0.05; done",
		 argv[1], argv[1]);
	char *av[] = { "sh", "-c", script, NULL };
	sys_execve("/bin/sh", av, envp);
	return 127;
}
