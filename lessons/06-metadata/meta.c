/* lessons/06-metadata/meta.c — the inode's fields, as the kernel hands them over.
 *
 *   meta PATH...    for each PATH: newfstatat without and with
 *                   AT_SYMLINK_NOFOLLOW (stat vs lstat), then statx for
 *                   the birth time the older call cannot return
 *
 * Everything is printed raw: mode in octal, times as seconds since
 * 1970-01-01 00:00:00 UTC plus nanoseconds. Turning them into
 * "-rw-r--r--" and "2026-11-22 21:07" is user space's job (ls, stat; and
 * this lesson's exercises).
 */
#include "sg.h"

static const char *type_name(unsigned mode)
{
	switch (mode & S_IFMT) {
	case S_IFREG: return "S_IFREG, a regular file";
	case S_IFDIR: return "S_IFDIR, a directory";
	case S_IFLNK: return "S_IFLNK, a symbolic link";
	case S_IFIFO: return "S_IFIFO, a FIFO";
	case S_IFSOCK: return "S_IFSOCK, a socket";
	case S_IFCHR: return "S_IFCHR, a character device";
	case S_IFBLK: return "S_IFBLK, a block device";
	default: return "unknown";
	}
}

static void show_stat(const char *call, const struct stat *st)
{
	printf("  %s:\n", call);
	printf("    st_mode  %07o   (type %07o: %s; permissions %04o)\n",
	       st->st_mode, st->st_mode & S_IFMT, type_name(st->st_mode), st->st_mode & 07777);
	printf("    st_ino   %lu   st_nlink %lu   st_uid %u   st_gid %u\n",
	       (unsigned long)st->st_ino, (unsigned long)st->st_nlink, st->st_uid, st->st_gid);
	printf("    st_size  %ld   st_blocks %ld (512-byte units)\n",
	       (long)st->st_size, (long)st->st_blocks);
	printf("    st_mtime %ld.%09ld   st_ctime %ld.%09ld\n",
	       (long)st->st_mtime, (long)st->st_mtime_nsec,
	       (long)st->st_ctime, (long)st->st_ctime_nsec);
}

int main(int argc, char **argv, char **envp)
{
	struct stat st;
	struct statx sx;
	int status = 0;

	for (int i = 1; i < argc; i++) {
		const char *p = argv[i];
		printf("%s\n", p);
		long r = sys_newfstatat(AT_FDCWD, p, &st, 0);
		if (r < 0) {
			printf("  stat: %s\n", strerror((int)-r));
			status = 1;
		} else {
			show_stat("stat (follows symbolic links)", &st);
		}
		r = sys_newfstatat(AT_FDCWD, p, &st, AT_SYMLINK_NOFOLLOW);
		if (r < 0) {
			error(0, (int)-r, "%s", p);
			status = 1;
			continue;
		}
		show_stat("lstat (the name itself)", &st);
		if (S_ISLNK(st.st_mode)) {
			char target[4096];
			long n = sys_readlinkat(AT_FDCWD, p, target, sizeof target - 1);
			if (n >= 0) {
				target[n] = '\0';
				printf("    a symbolic link: %ld bytes, \"%s\"\n", n, target);
			}
		}
		r = sys_statx(AT_FDCWD, p, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS | STATX_BTIME, &sx);
		if (r < 0)
			printf("  statx: %s\n", strerror((int)-r));
		else if (sx.stx_mask & STATX_BTIME)
			printf("  statx: stx_btime %lld.%09u (birth)\n",
			       (long long)sx.stx_btime.tv_sec, sx.stx_btime.tv_nsec);
		else
			printf("  statx: this filesystem keeps no birth time\n");
	}
	return status;
}
