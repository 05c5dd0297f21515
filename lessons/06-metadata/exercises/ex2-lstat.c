/* Exercise 2: stat or lstat — the link, or what it points to?
 *
 *   ex2-lstat [-L] PATH...   print "TYPE SIZE" for each PATH, exactly as
 *                            `stat -c '%F %s'` does (`stat -L -c ...` with -L)
 *
 * Without -L, describe the name itself: a symbolic link is "symbolic link"
 * and its size is the length of the target's name. With -L, follow links.
 * %F names: "regular file", "regular empty file" (size 0), "directory",
 * "symbolic link", "fifo", "socket", "character special file", "block special file".
 * A dangling link with -L: print stat's error line to stderr,
 *   ex2-lstat: cannot stat 'PATH': No such file or directory
 * and go on; exit 1 at the end.
 * newfstatat(dirfd, path, &st, flags): flags AT_SYMLINK_NOFOLLOW is lstat.
 * The starter always follows links and ignores -L.
 */
#include "sg.h"

static const char *type_name(const struct stat *st)
{
	switch (st->st_mode & S_IFMT) {
	case S_IFREG: return st->st_size == 0 ? "regular empty file" : "regular file";
	case S_IFDIR: return "directory";
	case S_IFLNK: return "symbolic link";
	case S_IFIFO: return "fifo";
	case S_IFSOCK: return "socket";
	case S_IFCHR: return "character special file";
	case S_IFBLK: return "block special file";
	default: return "weird file";
	}
}

int main(int argc, char **argv, char **envp)
{
	struct stat st;
	int i = 1, status = 0;

	if (i < argc && strcmp(argv[i], "-L") == 0)
		i++;				/* TODO: remember it */
	for (; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, 0);	/* TODO */
		if (r < 0) {
			error(0, (int)-r, "cannot stat '%s'", argv[i]);
			status = 1;
			continue;
		}
		printf("%s %ld\n", type_name(&st), (long)st.st_size);
	}
	return status;
}
