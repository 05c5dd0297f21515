/* Fake (wrong-edge): right for the file types of the old fixed test, but names
 * every device "weird file" (it never met one); the grader's fixture has real
 * character and block devices. */
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
		const char *t = S_ISREG(st.st_mode) ? (st.st_size ? "regular file" : "regular empty file") :
				S_ISDIR(st.st_mode) ? "directory" : S_ISLNK(st.st_mode) ? "symbolic link" :
				S_ISFIFO(st.st_mode) ? "fifo" : S_ISSOCK(st.st_mode) ? "socket" :
				!strcmp(argv[i], "/dev/null") ? "character special file" : "weird file";
		printf("%s %ld\n", t, (long)st.st_size);
	}
	return status;
}
