/* Exercise 2, solution: readlinkat gives the length; add the '\0' ourselves. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char exe[4096];

	printf("argv[0]: %s\n", argv[0]);
	long n = sys_readlinkat(AT_FDCWD, "/proc/self/exe", exe, sizeof exe - 1);
	if (n < 0)
		error(1, (int)-n, "/proc/self/exe");
	exe[n] = '\0';
	printf("exe: %s\n", exe);
	return 0;
}
