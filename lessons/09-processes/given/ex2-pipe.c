/* given/ex2-pipe.c — the driver for exercise 2 (do not edit).
 *
 * Usage: ex2-pipe LEFT... '|' RIGHT...   (full paths: /usr/bin/seq 5 '|' /usr/bin/wc -l)
 * Splits its arguments at the '|' and calls your pipeline(); exits with
 * what it returned, as a shell would with $?.
 */
#include "sg.h"

int pipeline(char *const left[], char *const right[]);

int main(int argc, char **argv, char **envp)
{
	int bar = 0;

	(void)envp;
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "|") == 0)
			bar = i;
	if (bar <= 1 || bar == argc - 1) {
		error(0, 0, "usage: ex2-pipe LEFT... '|' RIGHT...");
		return 2;
	}
	argv[bar] = NULL;
	int st = pipeline(argv + 1, argv + bar + 1);
	if (st < 0) {
		error(0, -st, "pipeline");
		return 2;
	}
	return st;
}
