/* tests/rt/trace-getppid.c — N getppid calls in a loop, then exit(0):
 * the cheapest syscall there is, so that a tracer's cost per stop is all
 * bench/trace measures. Also opens /dev/null once, so that a filtered
 * trace (-e trace=openat) has one line to print.
 *
 *   trace-getppid [N]      (default 1000000)
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t n = 1000000;

	(void)envp;

	if (argc > 1 && parse_u64(argv[1], 10, &n) < 0) {
		out_str(sg_stderr, "trace-getppid: bad count\n");
		return 2;
	}
	long fd = sys_openat(AT_FDCWD, "/dev/null", O_RDONLY, 0);
	if (fd >= 0)
		sys_close((int)fd);
	for (uint64_t i = 0; i < n; i++)
		sys_getppid();
	return 0;
}
