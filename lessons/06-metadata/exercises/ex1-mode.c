/* Exercise 1: st_mode as ls -l draws it.
 *
 *   ex1-mode PATH...   for each PATH (not following symbolic links), print
 *                      the 10-letter mode and the name: "-rw-r--r-- PATH"
 *
 * Exactly `stat -c '%A %n' PATH...`:
 *   letter 1: the type: - regular, d directory, l link, p FIFO, s socket,
 *             c character device, b block device
 *   then rwx for owner, group, others; and the three special bits:
 *     set-user-ID (04000)  owner's x becomes s, or S if x is not set
 *     set-group-ID (02000) group's x becomes s, or S
 *     sticky (01000)       others' x becomes t, or T
 * The starter prints the mode in octal.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct stat st;

	for (int i = 1; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, AT_SYMLINK_NOFOLLOW);
		if (r < 0)
			error(1, (int)-r, "cannot stat '%s'", argv[i]);
		printf("%o %s\n", st.st_mode, argv[i]);	/* TODO */
	}
	return 0;
}
