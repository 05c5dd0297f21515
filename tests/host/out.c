/* tests/host/out.c — the oracle for tests/rt/out.c, through stdio. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	static char big[100000];
	unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 0;

	for (unsigned long i = 0; i < n; i++)
		printf("line %lu of %lu: %08lx\n", i, n, i * 2654435761u);
	memset(big, 'z', sizeof big);
	fwrite(big, 1, sizeof big, stdout);
	fputs("\nend\n", stdout);
	return 0;
}
