/* exec: runs GNU cat under this program's name, so its lines read "ex2-report: ...": the errors are cat's, not this program's. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	long r = sys_execve("/bin/cat", argv, envp);
	error(1, (int)-r, "/bin/cat");
	return 127;
}
