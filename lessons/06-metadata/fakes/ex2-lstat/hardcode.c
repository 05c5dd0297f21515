/* Fake (hardcode): the sizes the old fixed test's files had ("abc": 3, the
 * link "file": 4, "dir": 3), whatever the files hold; sizes and link targets
 * are random each run, so the grader must reject this. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct stat st;
	int i = 1, status = 0, flags = AT_SYMLINK_NOFOLLOW;

	if (i < argc && strcmp(argv[i], "-L") == 0) {
		flags = 0;
		i++;
	}
	for (; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, flags);
		if (r < 0) {
			error(0, (int)-r, "cannot stat '%s'", argv[i]);
			status = 1;
			continue;
		}
		switch (st.st_mode & S_IFMT) {
		case S_IFREG: printf(st.st_size ? "regular file 3\n" : "regular empty file 0\n"); break;
		case S_IFDIR: printf("directory %ld\n", (long)st.st_size); break;
		case S_IFLNK: printf("symbolic link %d\n", !strcmp(argv[i], "dlink") ? 3 : 4); break;
		case S_IFIFO: printf("fifo 0\n"); break;
		case S_IFSOCK: printf("socket 0\n"); break;
		case S_IFCHR: printf("character special file 0\n"); break;
		default: printf("block special file 0\n");
		}
	}
	return status;
}
