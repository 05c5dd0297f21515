/* parent-writes: the parent adds the numbers and writes the total to the eventfd itself, then reads it back; the children write zeros. The counter did no counting, so a parent's write is refused. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t v, sum = 0, zero = 0;
	int st;

	(void)envp;
	long efd = sys_eventfd2(0, O_NONBLOCK);
	for (int i = 1; i < argc; i++) {
		parse_u64(argv[i], 10, &v);
		sum += v;
		if (sys_fork() == 0)
			sys_exit_group(sys_write((int)efd, &zero, 8) != 8);
		sys_wait4(-1, &st, 0, NULL);
	}
	sys_write((int)efd, &sum, 8);
	sys_read((int)efd, &sum, 8);
	printf("sum %lu\n", (unsigned long)sum);
	return 0;
}
