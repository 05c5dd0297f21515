/* Another answer: statx(2) instead of newfstatat, AT_SYMLINK_NOFOLLOW unless
 * -L, and a table of %F names indexed by the type bits. */
#include "sg.h"

static const char *const names[16] = {
	[1] = "fifo", [2] = "character special file", [4] = "directory",
	[6] = "block special file", [8] = "regular file", [10] = "symbolic link", [12] = "socket",
};

int main(int argc, char **argv, char **envp)
{
	struct statx sx;
	int i = 1, status = 0, follow = 0;

	if (i < argc && !strcmp(argv[i], "-L")) {
		follow = 1;
		i++;
	}
	for (; i < argc; i++) {
		long r = sys_statx(AT_FDCWD, argv[i], follow ? 0 : AT_SYMLINK_NOFOLLOW,
				   STATX_TYPE | STATX_SIZE, &sx);
		if (r < 0) {
			error(0, (int)-r, "cannot stat '%s'", argv[i]);
			status = 1;
			continue;
		}
		const char *t = names[(sx.stx_mode >> 12) & 15];
		if ((sx.stx_mode & S_IFMT) == S_IFREG && sx.stx_size == 0)
			t = "regular empty file";
		printf("%s %llu\n", t ? t : "weird file", (unsigned long long)sx.stx_size);
	}
	return status;
}
