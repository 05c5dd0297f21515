/* false — do nothing, unsuccessfully
 *
 * Usage: false [ignored command line arguments]
 *    or: false OPTION
 *
 * Exit with status 1.
 *
 *   --help     show this help and exit (still with status 1, as GNU false)
 *   --version  show the version and exit (status 1)
 */
#include "sg.h"
#include "false.help.h"

int main(int argc, char **argv, char **envp)
{
	if (argc == 2 && strcmp(argv[1], "--help") == 0) {
		out_str(sg_stdout, help_text);
		return 1;
	}
	if (argc == 2 && strcmp(argv[1], "--version") == 0) {
		out_printf(sg_stdout, "false (sysgate) %s\n", SG_VERSION);
		return 1;
	}
	return 1;
}
