/* wrong-edge-write: takes the address from si_addr but the reason from the access asked (a write is SEGV_ACCERR, a read SEGV_MAPERR), which is wrong for a write where nothing is mapped; the grader tried that only when its random coin said "w". */
#include "sg.h"

static int writing;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	const char *why = writing ? "SEGV_ACCERR" : "SEGV_MAPERR";

	printf("SIGSEGV at 0x%lx: %s\n", (unsigned long)si->si_addr, why);
	exit(0);	/* returning would run the faulting instruction again */
}

int main(int argc, char **argv, char **envp)
{
	uint64_t addr = 0;

	if (argc != 3 || (strcmp(argv[1], "r") != 0 && strcmp(argv[1], "w") != 0) ||
	    parse_u64(argv[2], 0, &addr) < 0)
		error(2, 0, "usage: ex3-segv r|w ADDRESS");
	long r = sig_action(SIGSEGV, (__sighandler_t)(void *)on_segv, SA_SIGINFO);
	if (r < 0)
		error(1, (int)-r, "rt_sigaction");
	volatile char *p = (volatile char *)addr;
	writing = argv[1][0] == 'w';
	if (argv[1][0] == 'r')
		(void)*p;
	else
		*p = 0;
	printf("no fault\n");
	return 1;
}
