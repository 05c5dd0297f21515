/* Fake (wrong-edge): takes the path from AT_EXECFN (the path given to execve)
 * made absolute with the working directory — right when run by its real
 * path, wrong through a symbolic link; the grader runs it through one. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char cwd[4096];
	const char *fn = (const char *)getauxval(AT_EXECFN);

	printf("argv[0]: %s\n", argv[0]);
	if (fn[0] == '/') {
		printf("exe: %s\n", fn);
	} else {
		long n = sys_getcwd(cwd, sizeof cwd);
		printf("exe: %s/%s\n", n > 0 ? cwd : "", fn[0] == '.' && fn[1] == '/' ? fn + 2 : fn);
	}
	return 0;
}
