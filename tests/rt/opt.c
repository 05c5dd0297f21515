/* tests/rt/opt.c — our option parser on the command line it is given, with
 * optstring argv[1] and long options help, width=, color[=],
 * verbose. Prints one line per option and then the operands.
 * tests/host/opt.c does the same with glibc's getopt_long: same output wanted. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		{ "help", 0, 'h' }, { "width", 1, 'w' }, { "color", 2, 'c' },
		{ "colour", 2, 'c' }, { "verbose", 0, 'v' }, { "version", 0, 'V' }, { 0 }
	};
	struct opt o;
	int c, n;

	opt_init(&o, argc - 1, argv + 1, argv[1], longs);
	while ((c = opt_next(&o)) != -1) {
		if (c == '?')
			out_str(sg_stdout, "error\n");
		else
			out_printf(sg_stdout, "opt %c arg %s\n", c, o.arg ? o.arg : "(none)");
	}
	char **ops = opt_operands(&o, &n);
	for (int i = 0; i < n; i++)
		out_printf(sg_stdout, "operand %s\n", ops[i]);
	out_flush(sg_stdout);
	return 0;
}
