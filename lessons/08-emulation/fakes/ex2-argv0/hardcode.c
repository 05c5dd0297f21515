/* Fake (hardcode): "argv[0]: fake", the name the old check always chose; the
 * grader's argv[0] is random each run. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	char exe[4096];
	long n = sys_readlinkat(AT_FDCWD, "/proc/self/exe", exe, sizeof exe - 1);
	exe[n < 0 ? 0 : n] = '\0';
	printf("argv[0]: fake\nexe: %s\n", exe);
	return 0;
}
