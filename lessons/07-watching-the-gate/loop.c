/* lessons/07-watching-the-gate/loop.c — N cheap syscalls, to time tracing.
 *   loop N     call getppid N times (default 10000) */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t n = 10000;

	if (argc > 1 && parse_u64(argv[1], 10, &n) < 0)
		error(2, 0, "invalid count: %s", argv[1]);
	while (n--)
		sys_getppid();
	return 0;
}
