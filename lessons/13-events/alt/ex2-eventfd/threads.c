/* Another right answer: raw threads (clone with CLONE_VM, sg_clone_thread)
 * instead of processes, a blocking eventfd, and poll with a 0 timeout to
 * tell an empty counter before reading it. */
#include "sg.h"
#include <linux/futex.h>

#define STACK 16384
static int tids[64];

static int adder(void *arg)
{
	return sys_write(3, arg, 8) == 8 ? 0 : 1;	/* the eventfd is 3 */
}

int main(int argc, char **argv, char **envp)
{
	static uint64_t vals[64];
	static char stacks[64][STACK] __attribute__((aligned(16)));
	uint64_t sum = 0;

	(void)envp;
	long efd = sys_eventfd2(0, 0);
	if (efd != 3)
		error(1, 0, "expected the eventfd to be descriptor 3");
	for (int i = 1; i < argc && i < 64; i++) {
		if (parse_u64(argv[i], 10, &vals[i]))
			error(1, 0, "%s: invalid number", argv[i]);
		sg_clone_thread(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
				CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID,
				stacks[i] + STACK, &tids[i], &tids[i], 0, adder, &vals[i]);
	}
	for (int i = 1; i < argc && i < 64; i++) {
		int t;
		while ((t = __atomic_load_n(&tids[i], __ATOMIC_ACQUIRE)) != 0)
			sys_futex((uint32_t *)&tids[i], FUTEX_WAIT, (uint32_t)t, NULL, NULL, 0);
	}
	struct pollfd p = { .fd = 3, .events = POLLIN };
	if (sys_poll(&p, 1, 0) == 1)
		sys_read(3, &sum, 8);
	printf("sum %lu\n", (unsigned long)sum);
	return 0;
}
