/* Fake (wrong-edge): draws s and t for the special bits only when x is set
 * too (never S or T), and knows no device types; right on every file whose
 * special bits come with x, so the grader must try the others and devices. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct stat st;

	for (int i = 1; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, AT_SYMLINK_NOFOLLOW);
		if (r < 0)
			error(1, (int)-r, "cannot stat '%s'", argv[i]);
		unsigned m = st.st_mode;
		char t = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISFIFO(m) ? 'p' : S_ISSOCK(m) ? 's' : '-';
		printf("%c%c%c%c%c%c%c%c%c%c %s\n", t,
		       m & 0400 ? 'r' : '-', m & 0200 ? 'w' : '-', m & 04000 ? 's' : m & 0100 ? 'x' : '-',
		       m & 040 ? 'r' : '-', m & 020 ? 'w' : '-', m & 02000 ? 's' : m & 010 ? 'x' : '-',
		       m & 04 ? 'r' : '-', m & 02 ? 'w' : '-', m & 01000 ? 't' : m & 01 ? 'x' : '-', argv[i]);
	}
	return 0;
}
