/* Another answer: readlinkat into a buffer that doubles until the target
 * fits (readlinkat fills it entirely when it may be cut short), written with
 * sys_write. */
#include "sg.h"

static char buf[65536];

int main(int argc, char **argv, char **envp)
{
	size_t cap = 16;
	long n;

	while ((n = sys_readlinkat(AT_FDCWD, "/proc/self/exe", buf, cap)) == (long)cap && cap < sizeof buf)
		cap *= 2;
	if (n < 0)
		error(1, (int)-n, "/proc/self/exe");
	sys_write(1, "argv[0]: ", 9);
	sys_write(1, argv[0], strlen(argv[0]));
	sys_write(1, "\nexe: ", 6);
	sys_write(1, buf, (size_t)n);
	sys_write(1, "\n", 1);
	return 0;
}
