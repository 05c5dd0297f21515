/* Fake (dummy): reads the /proc/self/exe link for the trace to show, then prints
 * the path from /proc/self/maps instead; the grader must refuse the /proc open. */
#include "sg.h"

static char buf[8192];

int main(int argc, char **argv, char **envp)
{
	char dummy[4096];
	sys_readlinkat(AT_FDCWD, "/proc/self/exe", dummy, sizeof dummy);
	printf("argv[0]: %s\n", argv[0]);
	long fd = sys_openat(AT_FDCWD, "/proc/self/maps", O_RDONLY, 0);
	long n = fd < 0 ? -1 : sys_read((int)fd, buf, sizeof buf - 1);
	if (n <= 0)
		error(1, 0, "cannot read /proc/self/maps");
	buf[n] = 0;
	char *end = strchr(buf, '\n'), *p = strchr(buf, '/');
	if (!end || !p || p > end)
		error(1, 0, "no path on the first line");
	*end = 0;
	printf("exe: %s\n", p);
	return 0;
}
