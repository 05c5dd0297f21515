/* wrong-edge: a blocking eventfd read even when every number was 0 (or there were none): right on non-zero sums, but with nothing added the read sleeps forever. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t v, sum = 0;
	int st;

	(void)envp;
	long efd = sys_eventfd2(0, 0);
	for (int i = 1; i < argc; i++) {
		parse_u64(argv[i], 10, &v);
		if (sys_fork() == 0)
			sys_exit_group(sys_write((int)efd, &v, 8) != 8);
	}
	for (int i = 1; i < argc; i++)
		sys_wait4(-1, &st, 0, NULL);
	sys_read((int)efd, &sum, 8);
	printf("sum %lu\n", (unsigned long)sum);
	return 0;
}
