/* Another answer: "rwxrwxrwx" masked bit by bit in a loop, the special bits
 * applied afterwards by rewriting the three x places; the type letter from a
 * 16-entry table indexed by the type bits (S_IFMT >> 12). */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	static const char types[] = "?pc?d?b?-?l?s???";
	struct stat st;

	for (int i = 1; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, AT_SYMLINK_NOFOLLOW);
		if (r < 0)
			error(1, (int)-r, "cannot stat '%s'", argv[i]);
		char s[11] = "-rwxrwxrwx";
		s[0] = types[(st.st_mode >> 12) & 15];
		for (int b = 0; b < 9; b++)
			if (!(st.st_mode & (0400u >> b)))
				s[1 + b] = '-';
		static const unsigned special[3] = { 04000, 02000, 01000 };
		for (int k = 0; k < 3; k++)
			if (st.st_mode & special[k])
				s[3 + 3 * k] = s[3 + 3 * k] == 'x' ? "sst"[k] : "SST"[k];
		printf("%s %s\n", s, argv[i]);
	}
	return 0;
}
