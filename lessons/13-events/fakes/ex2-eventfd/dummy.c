/* dummy: makes an eventfd and forks the children for show, but the parent adds the numbers itself; no child writes its number, so the trace must reject it. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t v, sum = 0;
	int st;

	(void)envp;
	sys_eventfd2(0, O_NONBLOCK);
	for (int i = 1; i < argc; i++) {
		parse_u64(argv[i], 10, &v);
		sum += v;
		if (sys_fork() == 0)
			sys_exit_group(0);
		sys_wait4(-1, &st, 0, NULL);
	}
	printf("sum %lu\n", (unsigned long)sum);
	return 0;
}
