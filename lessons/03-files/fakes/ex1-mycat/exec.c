/* exec: hands the file to /bin/cat: the bytes come out right, but this program read nothing itself. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char *args[] = { "cat", argv[1], NULL };
	long r = sys_execve("/bin/cat", args, envp);
	error(1, (int)-r, "/bin/cat");
	return 127;
}
