/* hardcode: prints what the fixed alternating schedule produces without reading a pipe; the other schedules (and the trace) must reject it. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct timespec t = { 0, 900000000 };

	(void)argc, (void)argv, (void)envp;
	sys_epoll_create1(0);
	sys_nanosleep(&t, NULL);
	printf("3: a1\n4: b1\n3: a2\n4: b2\n4: b3\ndone\n");
	return 0;
}
