/* Exercise 2: count with eventfd (reference solution).
 *
 *   ex2-eventfd [N]...       each N in 0..18446744073709551614
 *
 * Make one eventfd, then fork one child per N: the child adds its N to the
 * counter (a write of 8 bytes) and exits. The parent waits for every child,
 * reads the counter once, and prints "sum S". The children's writes do the
 * adding: the parent never adds the numbers itself. No arguments, or only
 * zeros: the counter stays 0, and a read of a zero counter would block.
 * The numbers' sum is below 2^64 - 1.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t v, sum = 0;
	int st;

	(void)envp;
	/* non-blocking: a zero counter answers EAGAIN instead of sleeping forever */
	long efd = sys_eventfd2(0, O_NONBLOCK | O_CLOEXEC);
	if (efd < 0)
		error(1, (int)-efd, "eventfd2");
	for (int i = 1; i < argc; i++) {
		if (parse_u64(argv[i], 10, &v) || v == UINT64_MAX)
			error(1, 0, "%s: invalid number", argv[i]);
		long pid = sys_fork();
		if (pid < 0)
			error(1, (int)-pid, "fork");
		if (pid == 0)
			sys_exit_group(sys_write((int)efd, &v, 8) == 8 ? 0 : 1);
	}
	for (int i = 1; i < argc; i++)
		if (sys_wait4(-1, &st, 0, NULL) < 0 || st != 0)
			error(1, 0, "a child could not add its number");
	long r = sys_read((int)efd, &sum, 8);
	if (r != 8 && r != -EAGAIN)
		error(1, (int)-r, "read");
	printf("sum %lu\n", (unsigned long)(r == 8 ? sum : 0));
	return 0;
}
