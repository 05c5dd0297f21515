/* Exercise 1, solution: a type letter, then 9 permission letters with the
 * special bits folded into the x positions. */
#include "sg.h"

static char type_letter(unsigned m)
{
	switch (m & S_IFMT) {
	case S_IFDIR: return 'd';
	case S_IFLNK: return 'l';
	case S_IFIFO: return 'p';
	case S_IFSOCK: return 's';
	case S_IFCHR: return 'c';
	case S_IFBLK: return 'b';
	default: return '-';
	}
}

/* x is set? special is set? -> the letter for an x position */
static char xbit(unsigned m, unsigned x, unsigned special, char on, char off)
{
	if (m & special)
		return (m & x) ? on : off;
	return (m & x) ? 'x' : '-';
}

int main(int argc, char **argv, char **envp)
{
	struct stat st;

	for (int i = 1; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, AT_SYMLINK_NOFOLLOW);
		if (r < 0)
			error(1, (int)-r, "cannot stat '%s'", argv[i]);
		unsigned m = st.st_mode;
		char s[11] = {
			type_letter(m),
			m & S_IRUSR ? 'r' : '-', m & S_IWUSR ? 'w' : '-', xbit(m, S_IXUSR, S_ISUID, 's', 'S'),
			m & S_IRGRP ? 'r' : '-', m & S_IWGRP ? 'w' : '-', xbit(m, S_IXGRP, S_ISGID, 's', 'S'),
			m & S_IROTH ? 'r' : '-', m & S_IWOTH ? 'w' : '-', xbit(m, S_IXOTH, S_ISVTX, 't', 'T'),
			'\0'
		};
		printf("%s %s\n", s, argv[i]);
	}
	return 0;
}
