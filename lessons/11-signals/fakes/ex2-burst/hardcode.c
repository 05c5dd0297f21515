/* hardcode: prints the answer the rules predict (1 for a standard signal, N for a real-time one) without sending a single signal; the grader counts the kills in strace. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t sig = 0, n = 0;

	parse_u64(argv[1], 10, &sig);
	parse_u64(argv[2], 10, &n);
	printf("%lu sent, %lu caught\n", (unsigned long)n, (unsigned long)(sig < 32 && n ? 1 : n));
	return 0;
}
