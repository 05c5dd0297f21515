/* wrong-edge-signed: prints the counter as a signed number; right below 2^63, wrong for the largest count an eventfd holds (18446744073709551614). */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t v, sum = 0;
	int st;

	(void)envp;
	long efd = sys_eventfd2(0, O_NONBLOCK);
	for (int i = 1; i < argc; i++) {
		parse_u64(argv[i], 10, &v);
		if (sys_fork() == 0)
			sys_exit_group(sys_write((int)efd, &v, 8) != 8);
	}
	for (int i = 1; i < argc; i++)
		sys_wait4(-1, &st, 0, NULL);
	sys_read((int)efd, &sum, 8);
	printf("sum %ld\n", (long)sum);
	return 0;
}
