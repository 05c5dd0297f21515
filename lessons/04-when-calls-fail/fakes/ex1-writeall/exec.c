/* exec: hands the line to /bin/echo, which finishes its short writes itself: this program wrote nothing. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *args[] = { "echo", "hello, world", NULL };
	long r = sys_execve("/bin/echo", args, envp);
	error(1, (int)-r, "/bin/echo");
	return 127;
}
