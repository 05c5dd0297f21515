/* tests/host/opt.c — the oracle for tests/rt/opt.c: glibc's getopt_long. */
#include <getopt.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	static const struct option longs[] = {
		{ "help", 0, 0, 'h' }, { "width", 1, 0, 'w' }, { "color", 2, 0, 'c' },
		{ "colour", 2, 0, 'c' }, { "verbose", 0, 0, 'v' }, { "version", 0, 0, 'V' }, { 0 }
	};
	int c;

	const char *shorts = argv[1];

	argv[1] = argv[0];	/* glibc names argv[0] of the vector in its messages */
	argc--, argv++;
	while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		if (c == '?')
			printf("error\n");
		else
			printf("opt %c arg %s\n", c, optarg ? optarg : "(none)");
		fflush(stdout);
	}
	for (int i = optind; i < argc; i++)
		printf("operand %s\n", argv[i]);
	return 0;
}
