/* exec: lets readelf or date answer; the exercise is the lookup in this process, so a second execve is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *av[] = { "date", "+%s.%N", NULL };
	sys_execve("/bin/date", av, envp);
	return 127;
}
