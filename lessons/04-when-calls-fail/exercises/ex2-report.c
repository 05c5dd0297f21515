/* Exercise 2: say what went wrong, the way GNU tools do.
 *
 *   ex2-report FILE...    open each FILE (read-only) and close it again
 *
 * For each FILE that cannot be opened, print to stderr exactly what GNU cat
 * would, with this program's name:
 *     ex2-report: nope: No such file or directory
 * then go on with the next FILE. Exit 1 if any failed, else 0.
 * err.h has what you need: strerror(e) is glibc's text for errno e, and
 * error(0, e, "%s", name) prints the whole line without exiting.
 * The grader compares your stderr with GNU cat's on the same names, and
 * also fails an open on purpose (strace -e inject=openat:error=EMFILE).
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	for (int i = 1; i < argc; i++) {
		long fd = sys_openat(AT_FDCWD, argv[i], O_RDONLY, 0);
		if (fd < 0) {
			printf("error opening %s\n", argv[i]);	/* TODO */
			continue;
		}
		sys_close((int)fd);
	}
	return 0;
}
