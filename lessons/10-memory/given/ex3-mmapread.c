/* given/ex3-mmapread.c — the driver for exercise 3 (do not edit).
 *
 * Usage: ex3-mmapread FILE...
 * Prints your count_lines(FILE) for each FILE, as "N FILE", or the error
 * ("ex3-mmapread: FILE: No such file or directory") for a negative result.
 */
#include "sg.h"

long count_lines(const char *path);

int main(int argc, char **argv, char **envp)
{
	int st = 0;

	(void)envp;
	for (int i = 1; i < argc; i++) {
		long n = count_lines(argv[i]);
		if (n < 0) {
			error(0, (int)-n, "%s", argv[i]);
			st = 1;
		} else
			printf("%ld %s\n", n, argv[i]);
	}
	return st;
}
