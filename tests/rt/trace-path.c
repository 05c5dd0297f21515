/* tests/rt/trace-path.c — raw calls on one file, "f", on a directory, "d",
 * and on descriptors for them, for bin/trace -P (tests/trace-opts.bats):
 * each way strace 6.1's -P finds a path in a call — a path argument (by
 * name, by a relative name, through a symbolic link, in *at calls with a
 * dirfd), a descriptor whose /proc/PID/fd link names it, both descriptors
 * of the data movers, select's and poll's sets, epoll_ctl's third argument,
 * mmap's fifth, fanotify_mark's and fsconfig's — next to calls on other
 * files, which -P must leave out. Run in a scratch directory where "f",
 * "gone" and the directory "d" exist (so that -P's relative names resolve);
 * it leaves them as it found them:
 *
 *   trace-path        (no arguments)
 */
#include "sg.h"
#include <asm/unistd.h>
#include <linux/eventpoll.h>
#include <linux/poll.h>
#include <linux/fcntl.h>

#define A(a) ((long)(a))
#define S6(n, a, b, c, d, e, f) sys_syscall6(__NR_##n, A(a), A(b), A(c), A(d), A(e), A(f))

int main(int argc, char **argv, char **envp)
{
	static char buf[512];
	unsigned long set[2];
	int p[2];

	(void)argc, (void)argv, (void)envp;

	/* f as it was (each run starts the same), then by name: as given,
	 * ./f, through a link, another file */
	long fd = S6(openat, AT_FDCWD, "f", O_RDWR | O_TRUNC, 0, 0, 0);
	S6(fchmod, fd, 0644, 0, 0, 0, 0);
	S6(write, fd, "hello\n", 6, 0, 0, 0);
	S6(lseek, fd, 0, 0, 0, 0, 0);
	S6(openat, AT_FDCWD, "./f", O_RDONLY | O_CLOEXEC, 0, 0, 0);
	S6(symlink, "f", "lnk", 0, 0, 0, 0);
	S6(readlink, "lnk", buf, sizeof buf, 0, 0, 0);
	S6(newfstatat, AT_FDCWD, "lnk", buf, 0, 0, 0);
	long other = S6(openat, AT_FDCWD, "g", O_RDWR | O_CREAT, 0600, 0, 0);
	S6(access, "f", 4, 0, 0, 0, 0);
	S6(access, "g", 4, 0, 0, 0, 0);
	S6(stat, "f", buf, 0, 0, 0, 0);
	S6(truncate, "f", 16, 0, 0, 0, 0);
	S6(chmod, "f", 0600, 0, 0, 0, 0);
	S6(utimensat, AT_FDCWD, "f", 0, 0, 0, 0);
	S6(faccessat2, AT_FDCWD, "f", 0, 0, 0, 0);
	S6(statx, AT_FDCWD, "f", 0, 0x7ff, buf, 0);
	S6(getxattr, "f", "user.none", buf, 16, 0, 0);
	S6(link, "f", "hard", 0, 0, 0, 0);
	S6(link, "g", "f2", 0, 0, 0, 0);
	S6(rename, "hard", "hard2", 0, 0, 0, 0);
	S6(renameat2, AT_FDCWD, "g", AT_FDCWD, "f", 1 /* RENAME_NOREPLACE */, 0);
	S6(linkat, AT_FDCWD, "f2", AT_FDCWD, "f", 0, 0);
	S6(symlinkat, "f", AT_FDCWD, "lnk2", 0, 0, 0);
	S6(unlink, "hard2", 0, 0, 0, 0, 0);
	S6(unlink, "lnk2", 0, 0, 0, 0, 0);
	S6(unlink, "f2", 0, 0, 0, 0, 0);

	/* by descriptor */
	S6(write, fd, "0123456789abcdef", 16, 0, 0, 0);
	S6(write, other, "other", 5, 0, 0, 0);
	S6(lseek, fd, 0, 0, 0, 0, 0);
	S6(read, fd, buf, 8, 0, 0, 0);
	S6(read, other, buf, 8, 0, 0, 0);
	S6(pread64, fd, buf, 4, 2, 0, 0);
	S6(pwrite64, fd, "xy", 2, 3, 0, 0);
	S6(fstat, fd, buf, 0, 0, 0, 0);
	S6(newfstatat, fd, "", buf, AT_EMPTY_PATH, 0, 0);
	S6(fcntl, fd, F_GETFL, 0, 0, 0, 0);
	S6(flock, fd, 8, 0, 0, 0, 0);
	S6(fsync, fd, 0, 0, 0, 0, 0);
	S6(ftruncate, fd, 16, 0, 0, 0, 0);
	S6(fadvise64, fd, 0, 0, 0, 0, 0);
	S6(fchmod, fd, 0600, 0, 0, 0, 0);
	long m = S6(mmap, 0, 4096, 1 /* PROT_READ */, 2 /* MAP_PRIVATE */, fd, 0);
	S6(munmap, m, 4096, 0, 0, 0, 0);
	S6(mmap, 0, 4096, 1, 2, other, 0);
	S6(mmap, 0, 4096, 3, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
	long d1 = S6(dup, fd, 0, 0, 0, 0, 0);
	S6(dup2, fd, 20, 0, 0, 0, 0);
	S6(dup3, other, 21, O_CLOEXEC, 0, 0, 0);
	S6(dup2, other, 20, 0, 0, 0, 0);
	S6(close, 21, 0, 0, 0, 0, 0);
	S6(close, 20, 0, 0, 0, 0, 0);
	S6(read, d1, buf, 1, 0, 0, 0);
	S6(close, d1, 0, 0, 0, 0, 0);
	S6(read, 99, buf, 1, 0, 0, 0);		/* not open */

	/* data movers: either descriptor */
	S6(sendfile, other, fd, 0, 4, 0, 0);
	S6(sendfile, fd, other, 0, 4, 0, 0);
	S6(copy_file_range, other, 0, fd, 0, 2, 0);
	S6(pipe2, p, 0, 0, 0, 0, 0);
	S6(splice, fd, 0, p[1], 0, 4, 0);
	S6(splice, p[0], 0, other, 0, 4, 0);
	int q[2];
	S6(pipe2, q, 0, 0, 0, 0, 0);
	S6(write, p[1], "tee", 3, 0, 0, 0);
	S6(tee, p[0], q[1], 3, 0, 0, 0);

	/* select, poll, epoll */
	set[0] = 1UL << fd;
	set[1] = 0;
	struct timespec zero = { 0, 0 };
	S6(select, fd + 1, set, 0, 0, &zero, 0);
	set[0] = 1UL << other;
	S6(select, other + 1, 0, set, 0, &zero, 0);
	S6(select, 0, 0, 0, 0, &zero, 0);
	set[0] = (1UL << fd) | (1UL << other);
	S6(pselect6, 64, set, 0, 0, &zero, 0);
	struct pollfd pf[3] = { { (int)other, POLLIN, 0 }, { -1, 0, 0 }, { (int)fd, POLLOUT, 0 } };
	S6(poll, pf, 3, 0, 0, 0, 0);
	S6(poll, pf, 2, 0, 0, 0, 0);
	S6(ppoll, pf + 2, 1, &zero, 0, 8, 0);
	S6(poll, 0, 0, 0, 0, 0, 0);
	long ep = S6(epoll_create1, 0, 0, 0, 0, 0, 0);
	struct epoll_event ev = { EPOLLIN, 7 };
	S6(epoll_ctl, ep, EPOLL_CTL_ADD, p[0], &ev, 0, 0);
	S6(epoll_ctl, ep, EPOLL_CTL_ADD, fd, &ev, 0, 0);
	S6(epoll_wait, ep, buf, 4, 0, 0, 0);

	/* a directory and *at calls relative to it */
	long dfd = S6(openat, AT_FDCWD, "d", O_RDONLY | O_DIRECTORY, 0, 0, 0);
	long in = S6(openat, dfd, "x", O_RDWR | O_CREAT, 0600, 0, 0);
	S6(write, in, "in d", 4, 0, 0, 0);
	S6(mkdirat, dfd, "sub", 0700, 0, 0, 0);
	S6(newfstatat, dfd, "sub", buf, 0, 0, 0);
	S6(fchownat, dfd, "x", -1, -1, 0, 0);
	S6(getdents64, dfd, buf, sizeof buf, 0, 0, 0);
	S6(renameat, dfd, "x", AT_FDCWD, "y", 0, 0);
	S6(renameat, AT_FDCWD, "y", dfd, "x", 0, 0);
	S6(unlinkat, dfd, "sub", AT_REMOVEDIR, 0, 0, 0);
	S6(unlinkat, dfd, "x", 0, 0, 0, 0);
	S6(fchdir, dfd, 0, 0, 0, 0, 0);
	S6(openat, AT_FDCWD, "../f", O_RDONLY, 0, 0, 0);
	S6(chdir, "..", 0, 0, 0, 0, 0);
	S6(chdir, "d", 0, 0, 0, 0, 0);
	S6(chdir, "..", 0, 0, 0, 0, 0);

	/* calls strace 6.1 treats by argument position */
	S6(fanotify_mark, -1, 1 /* FAN_MARK_ADD */, 8 /* FAN_CLOSE_WRITE */, AT_FDCWD, "f", 0);
	S6(fanotify_mark, -1, 1, 8, fd, 0, 0);
	S6(inotify_add_watch, -1, "f", 2, 0, 0, 0);
	S6(fsconfig, -1, 3 /* FSCONFIG_SET_PATH */, "source", "f", AT_FDCWD, 0);
	S6(fsconfig, -1, 5 /* FSCONFIG_SET_FD */, "source", 0, fd, 0);
	S6(fsconfig, -1, 1 /* FSCONFIG_SET_STRING */, "source", "f", 0, 0);
	S6(name_to_handle_at, AT_FDCWD, "f", 0, 0, 0, 0);
	S6(quotactl, 0, "f", 0, 0, 0, 0);
	S6(mount_setattr, -1, "f", 0, 0, 0, 0);
	S6(open_tree, -1, "f", 0, 0, 0, 0);
	S6(move_mount, -1, "g", -1, "f", 0, 0);
	S6(fspick, -1, "f", 0, 0, 0, 0);
	S6(ioctl, fd, 0x541b /* FIONREAD */, buf, 0, 0, 0);
	S6(getcwd, buf, sizeof buf, 0, 0, 0, 0);
	long tfd = S6(timerfd_create, 1, 0, 0, 0, 0, 0);
	S6(timerfd_gettime, tfd, buf, 0, 0, 0, 0);
	long efd = S6(eventfd2, 0, 0, 0, 0, 0, 0);
	S6(write, efd, "\1\0\0\0\0\0\0\0", 8, 0, 0, 0);

	/* a file deleted while open: its link reads "... (deleted)" */
	long del = S6(openat, AT_FDCWD, "gone", O_RDWR, 0, 0, 0);
	S6(unlink, "gone", 0, 0, 0, 0, 0);
	S6(write, del, "still", 5, 0, 0, 0);
	S6(close, del, 0, 0, 0, 0, 0);

	S6(close, fd, 0, 0, 0, 0, 0);
	S6(close, other, 0, 0, 0, 0, 0);
	S6(unlink, "g", 0, 0, 0, 0, 0);
	S6(unlink, "lnk", 0, 0, 0, 0, 0);
	/* gone again, for the next run */
	S6(close, S6(openat, AT_FDCWD, "gone", O_WRONLY | O_CREAT, 0644, 0, 0), 0, 0, 0, 0, 0);
	return 0;
}
