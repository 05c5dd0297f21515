/* exec: hands the copy to /bin/cp: the copy is right, but this program moved nothing itself. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *args[] = { "cp", argv[1], argv[2], NULL };
	long r = sys_execve("/bin/cp", args, envp);
	error(1, (int)-r, "/bin/cp");
	return 127;
}
