/* tests/rt/out.c — the buffered writer: N lines through out_printf, mixed
 * with a write larger than the buffer. tests/host/out.c prints the same
 * bytes with stdio; tests/runtime.bats compares them and counts write(2)s. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	static char big[100000];
	uint64_t n = 0;

	if (argc > 1)
		parse_u64(argv[1], 10, &n);
	for (uint64_t i = 0; i < n; i++)
		out_printf(sg_stdout, "line %lu of %lu: %08lx\n", i, n, i * 2654435761u);
	memset(big, 'z', sizeof big);
	out_write(sg_stdout, big, sizeof big);
	out_str(sg_stdout, "\nend\n");
	return 0;
}
