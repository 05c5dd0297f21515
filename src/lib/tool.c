/* src/lib/tool.c — the lines every GNU-like tool prints the same way. */
#include "sg.h"

void tool_help(const char *text)
{
	out_str(sg_stdout, text);
	exit(0);
}

void tool_version(const char *name)
{
	out_printf(sg_stdout, "%s (sysgate) %s\n", name, SG_VERSION);
	exit(0);
}

void tool_try_help(int status)
{
	out_printf(sg_stderr, "Try '%s --help' for more information.\n", sg_progname);
	exit(status);
}
