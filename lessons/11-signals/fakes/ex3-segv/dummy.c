/* dummy: a real fault, but always at address 0, then the asked address printed; the fault strace reports is not at the address asked for. */
#include "sg.h"

static const char *want;
static const char *why;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	printf("SIGSEGV at %s: %s\n", want, why);
	exit(0);
}

int main(int argc, char **argv, char **envp)
{
	uint64_t a = 0;

	parse_u64(argv[2], 0, &a);
	char *buf = malloc(32);
	snprintf(buf, 32, "0x%lx", (unsigned long)a);
	want = buf;
	why = argv[1][0] == 'w' && a ? "SEGV_ACCERR" : "SEGV_MAPERR";
	sig_action(SIGSEGV, (__sighandler_t)(void *)on_segv, SA_SIGINFO);
	*(volatile char *)(uintptr_t)sys_getpid() = 0;	/* a low address: never mapped */
	return 1;
}
