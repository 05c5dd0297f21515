/* wrong-edge: reports the address right but always says SEGV_MAPERR, which is wrong for a write to a page that is mapped read-only (SEGV_ACCERR). */
#include "sg.h"

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	printf("SIGSEGV at 0x%lx: SEGV_MAPERR\n", (unsigned long)si->si_addr);
	exit(0);
}

int main(int argc, char **argv, char **envp)
{
	uint64_t a = 0;

	parse_u64(argv[2], 0, &a);
	sig_action(SIGSEGV, (__sighandler_t)(void *)on_segv, SA_SIGINFO);
	if (argv[1][0] == 'r')
		(void)*(volatile char *)a;
	else
		*(volatile char *)a = 0;
	printf("no fault\n");
	return 1;
}
