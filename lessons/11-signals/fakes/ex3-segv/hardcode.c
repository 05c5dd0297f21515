/* hardcode: echoes the address from argv and guesses the reason without touching memory; strace shows no SIGSEGV, and a readable address is not a fault. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t a = 0;

	parse_u64(argv[2], 0, &a);
	printf("SIGSEGV at 0x%lx: %s\n", (unsigned long)a, argv[1][0] == 'w' && a ? "SEGV_ACCERR" : "SEGV_MAPERR");
	return 0;
}
