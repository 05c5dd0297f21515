/* Fake (proc-maps): takes the path from the first line of /proc/self/maps (the
 * file mapped at the program's start; qemu fakes that file too) instead of
 * reading the /proc/self/exe link the exercise is about; the grader must ask
 * for the readlink and refuse reading other /proc files. */
#include "sg.h"

static char buf[8192];

int main(int argc, char **argv, char **envp)
{
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
