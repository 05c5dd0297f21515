/* exec: hands the waiting to inotifywait in a shell loop; the exercise is the inotify calls and records, so a second execve is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char s[600];

	(void)argc;
	snprintf(s, sizeof s, "echo ready; inotifywait -q -m -e create,moved_to --format %%f '%s' | "
		 "while read -r f; do [ \"$f\" = '%s' ] && { echo \"$f appeared\"; exit 0; }; done", argv[1], argv[2]);
	char *av[] = { "sh", "-c", s, NULL };
	sys_execve("/bin/sh", av, envp);
	return 127;
}
