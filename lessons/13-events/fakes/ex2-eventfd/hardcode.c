/* hardcode: answers the fixed inputs from a table and does the eventfd work for those only; the random input must reject it. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t v, got = 0;
	int st;
	const char *answer = "sum 0\n";

	(void)envp;
	long efd = sys_eventfd2(0, O_NONBLOCK);
	for (int i = 1; i < argc; i++) {
		parse_u64(argv[i], 10, &v);
		if (sys_fork() == 0)
			sys_exit_group(sys_write((int)efd, &v, 8) != 8);
	}
	for (int i = 1; i < argc; i++)
		sys_wait4(-1, &st, 0, NULL);
	sys_read((int)efd, &got, 8);
	if (argc == 4)
		answer = "sum 6\n";
	else if (argc == 2 && argv[1][0] == '1')
		answer = "sum 18446744073709551614\n";
	else if (argc == 2)
		answer = "sum 7\n";
	printf("%s", answer);
	return 0;
}
