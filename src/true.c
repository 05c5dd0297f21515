/* true — do nothing, successfully
 *
 * Usage: true [ignored command line arguments]
 *    or: true OPTION
 *
 * Exit with status 0.
 *
 *   --help     show this help and exit
 *   --version  show the version and exit
 *
 * Like GNU true, --help and --version count only as the sole argument;
 * everything else is ignored. Under strace: execve, then exit_group(0).
 */
#include "sg.h"
#include "true.help.h"

int main(int argc, char **argv, char **envp)
{
	if (argc == 2 && strcmp(argv[1], "--help") == 0)
		tool_help(help_text);
	if (argc == 2 && strcmp(argv[1], "--version") == 0)
		tool_version("true");
	return 0;
}
