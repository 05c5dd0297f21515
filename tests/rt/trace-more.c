/* tests/rt/trace-more.c — more calls for bin/trace to decode as strace does:
 * data movers (sendfile, copy_file_range, splice), ids and groups, time
 * readings, descriptors of new kinds (epoll, eventfd, timerfd, memfd), and
 * calls with plain integer arguments. Run in a scratch directory. */
#include "sg.h"
#include <linux/fs.h>
#include <linux/eventpoll.h>
#include <linux/prctl.h>
#include <linux/xattr.h>


#define A(a) ((long)(a))
/* numbers from <asm/unistd.h>: the runtime has stubs for only some calls */
#include <asm/unistd.h>

int main(int argc, char **argv, char **envp)
{
	static char buf[512];
	long off = 2;
	int v[4], st_dummy;

	long in = sys_openat(AT_FDCWD, "src", O_RDWR | O_CREAT | O_TRUNC, 0644);
	sys_write((int)in, "0123456789abcdef", 16);
	long out = sys_openat(AT_FDCWD, "dst", O_WRONLY | O_CREAT | O_TRUNC, 0600);
	sys_sendfile((int)out, (int)in, &off, 4);
	sys_sendfile((int)out, (int)in, NULL, 4);
	sys_lseek((int)in, 0, 0);
	sys_copy_file_range((int)in, NULL, (int)out, NULL, 8, 0);
	sys_copy_file_range((int)in, &off, (int)out, NULL, 3, 0);
	int p[2];
	sys_pipe2(p, 0);
	sys_splice((int)in, &off, p[1], NULL, 5, 1 | 4);
	sys_splice(p[0], NULL, (int)out, NULL, 5, 0);
	sys_syscall6(__NR_fallocate, in, 0, 0, 4096, 0, 0);
	sys_syscall6(__NR_flock, in, 2 | 4, 0, 0, 0, 0);	/* LOCK_EX|LOCK_NB */
	sys_syscall6(__NR_flock, in, 8, 0, 0, 0, 0);		/* LOCK_UN */
	sys_fsync((int)in);
	sys_ftruncate((int)in, 3);
	sys_syscall6(__NR_fchown, in, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_fchmod, in, 0600, 0, 0, 0, 0);
	sys_syscall6(__NR_syncfs, in, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_fdatasync, in, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_pipe, A(p), 0, 0, 0, 0, 0);

	/* identities */
	sys_syscall6(__NR_getresuid, A(&v[0]), A(&v[1]), A(&v[2]), 0, 0, 0);
	sys_syscall6(__NR_getresgid, A(&v[0]), A(&v[1]), A(&v[2]), 0, 0, 0);
	sys_syscall6(__NR_setresuid, -1, 0, -1, 0, 0, 0);
	sys_syscall6(__NR_setuid, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_setgid, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_getgroups, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_getpgid, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_getsid, 0, 0, 0, 0, 0, 0);
	sys_setpgid(0, 0);
	sys_syscall6(__NR_getpriority, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_setpriority, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_sched_getscheduler, 0, 0, 0, 0, 0, 0);
	sys_alarm(0);
	sys_syscall6(__NR_personality, 0xffffffff, 0, 0, 0, 0, 0);

	/* time */
	sys_syscall6(__NR_gettimeofday, A(buf), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_time, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_getrusage, 0, A(buf), 0, 0, 0, 0);
	sys_syscall6(__NR_times, A(buf), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_clock_getres, 1, A(buf), 0, 0, 0, 0);
	sys_syscall6(__NR_getitimer, 0, A(buf), 0, 0, 0, 0);

	/* new kinds of descriptors */
	long ep = sys_syscall6(__NR_epoll_create1, O_CLOEXEC, 0, 0, 0, 0, 0);
	struct epoll_event ev = { EPOLLIN, 7 };
	sys_syscall6(__NR_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], A(&ev), 0, 0);
	sys_syscall6(__NR_epoll_wait, ep, A(buf), 4, 0, 0, 0);
	sys_syscall6(__NR_eventfd2, 0, O_CLOEXEC | O_NONBLOCK, 0, 0, 0, 0);
	sys_syscall6(__NR_timerfd_create, 1, O_CLOEXEC, 0, 0, 0, 0);
	sys_syscall6(__NR_memfd_create, A("mem"), 1, 0, 0, 0, 0);	/* MFD_CLOEXEC */
	sys_syscall6(__NR_close_range, 100, 200, 0, 0, 0, 0);
	sys_pidfd_open((int)sys_getpid(), 0);

	/* signals and process state */
	sigset_t set = 0;
	sys_syscall6(__NR_rt_sigpending, A(&set), 8, 0, 0, 0, 0);
	sys_prctl(PR_SET_NAME, (unsigned long)"tracee", 0, 0, 0);
	sys_prctl(PR_GET_NAME, (unsigned long)buf, 0, 0, 0);
	sys_prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
	sys_syscall6(__NR_getcpu, A(&v[0]), A(&v[1]), 0, 0, 0, 0);
	sys_sched_yield();
	sys_syscall6(__NR_mlock, A(buf), 4096, 0, 0, 0, 0);
	sys_syscall6(__NR_munlock, A(buf), 4096, 0, 0, 0, 0);
	sys_syscall6(__NR_msync, A(buf) & ~4095L, 4096, 4, 0, 0, 0);	/* MS_SYNC */
	sys_syscall6(__NR_mincore, A(buf) & ~4095L, 4096, A(buf + 256), 0, 0, 0);

	/* files by name */
	sys_syscall6(__NR_linkat, AT_FDCWD, A("src"), AT_FDCWD, A("lnk"), 0, 0);
	sys_syscall6(__NR_symlinkat, A("src"), AT_FDCWD, A("sym"), 0, 0, 0);
	sys_syscall6(__NR_fchownat, AT_FDCWD, A("sym"), 0, 0, AT_SYMLINK_NOFOLLOW, 0);
	sys_syscall6(__NR_utimensat, AT_FDCWD, A("src"), 0, 0, 0, 0);
	sys_syscall6(__NR_mknodat, AT_FDCWD, A("fifo"), S_IFIFO | 0600, 0, 0, 0);
	sys_syscall6(__NR_chmod, A("fifo"), 0644, 0, 0, 0, 0);
	sys_syscall6(__NR_listxattr, A("src"), A(buf), sizeof buf, 0, 0, 0);
	sys_syscall6(__NR_setxattr, A("src"), A("user.x"), A("val"), 3, 0, 0);
	sys_syscall6(__NR_unlink, A("fifo"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_unlink, A("lnk"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_unlink, A("sym"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_rename, A("dst"), A("dst2"), 0, 0, 0, 0);
	sys_syscall6(__NR_unlink, A("dst2"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_mkdir, A("dir"), 0700, 0, 0, 0, 0);
	sys_syscall6(__NR_rmdir, A("dir"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_stat, A("src"), A(buf), 0, 0, 0, 0);
	sys_syscall6(__NR_lstat, A("nonexistent"), A(buf), 0, 0, 0, 0);
	sys_syscall6(__NR_readlink, A("/proc/self/cwd"), A(buf), 10, 0, 0, 0);
	sys_syscall6(__NR_access, A("src"), 1, 0, 0, 0, 0);
	sys_syscall6(__NR_creat, A("new"), 0640, 0, 0, 0, 0);
	sys_syscall6(__NR_truncate, A("new"), 10, 0, 0, 0, 0);
	sys_syscall6(__NR_unlinkat, AT_FDCWD, A("new"), 0, 0, 0, 0);
	sys_syscall6(__NR_faccessat2, AT_FDCWD, A("src"), 4, AT_EACCESS, 0, 0);
	sys_syscall6(__NR_statx, AT_FDCWD, A("src"), 0, 0x7ff, A(buf), 0);
	sys_syscall6(__NR_lsetxattr, A("src"), A("user.y"), A("\001\002"), 2, XATTR_CREATE, 0);
	long fd = sys_openat(AT_FDCWD, "src", O_RDONLY, 0);
	sys_syscall6(__NR_fsetxattr, fd, A("user.z"), A("zz"), 2, XATTR_REPLACE, 0);
	sys_syscall6(__NR_flistxattr, fd, A(buf), sizeof buf, 0, 0, 0);
	sys_syscall6(__NR_llistxattr, A("src"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_fchdir, fd, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_mknod, A("fifo2"), S_IFIFO | 0644, 0, 0, 0, 0);
	sys_syscall6(__NR_renameat2, AT_FDCWD, A("fifo2"), AT_FDCWD, A("src"), RENAME_NOREPLACE, 0);
	sys_syscall6(__NR_symlink, A("src"), A("sym2"), 0, 0, 0, 0);
	sys_syscall6(__NR_link, A("src"), A("lnk2"), 0, 0, 0, 0);
	sys_syscall6(__NR_chown, A("lnk2"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_lchown, A("sym2"), -1, -1, 0, 0, 0);
	sys_syscall6(__NR_fchmodat, AT_FDCWD, A("lnk2"), 0444, 0, 0, 0);
	sys_syscall6(__NR_chroot, A("/nonexistent"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_unlinkat, AT_FDCWD, A("fifo2"), 0, 0, 0, 0);
	sys_syscall6(__NR_unlinkat, AT_FDCWD, A("sym2"), 0, 0, 0, 0);
	sys_syscall6(__NR_unlinkat, AT_FDCWD, A("lnk2"), 0, 0, 0, 0);
	sys_syscall6(__NR_unlink, A("src"), 0, 0, 0, 0, 0);
	sys_close((int)fd);

	/* timers, stacks, ids */
	struct { long iv_s, iv_us, v_s, v_us; } it = { 0, 0, 0, 0 }, oit;
	sys_syscall6(__NR_setitimer, 0, A(&it), A(&oit), 0, 0, 0);
	stack_t ss = { buf, 0, sizeof buf }, oss;
	sys_sigaltstack(&ss, &oss);
	ss.ss_flags = SS_DISABLE;
	sys_sigaltstack(&ss, NULL);
	sys_syscall6(__NR_tkill, sys_gettid(), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_setreuid, -1, -1, 0, 0, 0, 0);
	sys_syscall6(__NR_setregid, -1, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_setresgid, 0, -1, 0, 0, 0, 0);
	sys_syscall6(__NR_setfsuid, 0, 0, 0, 0, 0, 0);

	/* sockets of other kinds */
	int sv[2];
	sys_socketpair(1, 5, 0, sv);	/* AF_UNIX, SOCK_SEQPACKET */
	int len = sizeof buf;
	sys_syscall6(__NR_getpeername, sv[0], A(buf), A(&len), 0, 0, 0);
	sys_socket(10, 2 | O_NONBLOCK, 17);	/* AF_INET6, SOCK_DGRAM|SOCK_NONBLOCK, IPPROTO_UDP */
	sys_socket(2, 3, 1);		/* AF_INET, SOCK_RAW, IPPROTO_ICMP */
	int rcv;
	len = sizeof rcv;
	sys_syscall6(__NR_getsockopt, sv[0], 1, 8, A(&rcv), A(&len), 0);	/* SO_RCVBUF */

	/* odds and ends */
	long f2 = sys_openat(AT_FDCWD, "/proc/self/status", O_RDONLY, 0);	/* procfs: stable counts */
	sys_fadvise64((int)f2, 0, 0, 2);	/* POSIX_FADV_SEQUENTIAL */
	sys_syscall6(__NR_fstatfs, f2, A(buf), 0, 0, 0, 0);
	unsigned long rd[16] = { 1UL << f2 };
	struct { long s, us; } tv = { 0, 0 };
	sys_syscall6(__NR_select, f2 + 1, A(rd), 0, 0, A(&tv), 0);
	unsigned groups[1] = { 0 };
	sys_syscall6(__NR_setgroups, 1, A(groups), 0, 0, 0, 0);
	sys_syscall6(__NR_setfsgid, 0, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_munlockall, 0, 0, 0, 0, 0, 0);
	sys_setsid();

	/* timers, inotify, waiting, scheduling */
	int tid = 0;
	/* struct sigevent: sigev_value (8) | sigev_signo | sigev_notify | ... (64 bytes) */
	struct { long value; int signo, notify; long rest[6]; } sev = { 0, SIGALRM, 0, { 0 } };
	sys_syscall6(__NR_timer_create, CLOCK_MONOTONIC, A(&sev), A(&tid), 0, 0, 0);
	struct { long is, ins, vs, vns; } its = { 0, 0, 100, 0 }, oits;
	sys_syscall6(__NR_timer_settime, tid, 0, A(&its), A(&oits), 0, 0);
	sys_syscall6(__NR_timer_gettime, tid, A(&oits), 0, 0, 0, 0);
	sys_syscall6(__NR_timer_delete, tid, 0, 0, 0, 0, 0);
	long tfd = sys_syscall6(__NR_timerfd_create, CLOCK_MONOTONIC, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_timerfd_settime, tfd, 1, A(&its), A(&oits), 0, 0);	/* TFD_TIMER_ABSTIME */
	sys_syscall6(__NR_timerfd_gettime, tfd, A(&oits), 0, 0, 0, 0);
	long in1 = sys_syscall6(__NR_inotify_init1, O_CLOEXEC, 0, 0, 0, 0, 0);
	long wd = sys_syscall6(__NR_inotify_add_watch, in1, A("/tmp"), 0x2 | 0x100, 0, 0, 0);	/* IN_MODIFY|IN_CREATE */
	sys_syscall6(__NR_inotify_rm_watch, in1, wd, 0, 0, 0, 0);
	struct pollfd pf = { (int)in1, POLLIN, 0 };
	struct timespec zero = { 0, 0 };
	sys_ppoll(&pf, 1, &zero, NULL, 8);
	sigset_t usr1 = 1UL << (SIGUSR1 - 1);
	sys_syscall6(__NR_rt_sigtimedwait, A(&usr1), 0, A(&zero), 8, 0, 0);
	siginfo_t si;
	sys_waitid(0, 0, &si, WEXITED | WNOHANG, NULL);	/* P_ALL */
	struct rusage ru;
	sys_wait4(-1, &st_dummy, WNOHANG, &ru);
	unsigned long cpus = 1;
	sys_sched_setaffinity(0, sizeof cpus, &cpus);
	int prio = 0;
	sys_syscall6(__NR_sched_getparam, 0, A(&prio), 0, 0, 0, 0);
	sys_syscall6(__NR_sched_setscheduler, 0, 0, A(&prio), 0, 0, 0);
	sys_syscall6(__NR_mlockall, 1, 0, 0, 0, 0, 0);	/* MCL_CURRENT */
	sys_syscall6(__NR_ioprio_get, 1, 0, 0, 0, 0, 0);	/* IOPRIO_WHO_PROCESS */
	sys_syscall6(__NR_umount2, A("/nonexistent"), 2, 0, 0, 0, 0);	/* MNT_DETACH */

	/* more of the same families */
	struct { unsigned long cur, max; } rl;
	sys_syscall6(__NR_getrlimit, RLIMIT_NOFILE, A(&rl), 0, 0, 0, 0);
	sys_syscall6(__NR_setrlimit, RLIMIT_NOFILE, A(&rl), 0, 0, 0, 0);
	sys_syscall6(__NR_getrlimit, RLIMIT_CORE, A(&rl), 0, 0, 0, 0);
	long pvf = sys_openat(AT_FDCWD, "pv", O_RDWR | O_CREAT | O_TRUNC, 0600);
	struct iovec pv[2] = { { "ab", 2 }, { "cd", 2 } };
	sys_syscall6(__NR_pwritev, pvf, A(pv), 2, 1, 0, 0);
	char b1[3], b2[3];
	struct iovec rv[2] = { { b1, 3 }, { b2, 3 } };
	sys_syscall6(__NR_preadv, pvf, A(rv), 2, 0, 0, 0);
	sys_syscall6(__NR_readahead, pvf, 0, 4096, 0, 0, 0);
	sys_syscall6(__NR_sync_file_range, pvf, 0, 0, 2, 0, 0);	/* SYNC_FILE_RANGE_WRITE */
	sys_syscall6(__NR_fgetxattr, pvf, A("user.none"), A(buf), sizeof buf, 0, 0);
	sys_syscall6(__NR_fremovexattr, pvf, A("user.none"), 0, 0, 0, 0);
	sys_syscall6(__NR_removexattr, A("pv"), A("user.none"), 0, 0, 0, 0);
	sys_syscall6(__NR_lremovexattr, A("pv"), A("user.none"), 0, 0, 0, 0);
	sys_syscall6(__NR_utimes, A("pv"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_unlink, A("pv"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_eventfd, 3, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_signalfd, -1, A(&usr1), 8, 0, 0, 0);
	sys_syscall6(__NR_epoll_pwait, ep, A(buf), 2, 0, A(&usr1), 8);
	sys_syscall6(__NR_sched_get_priority_max, 1, 0, 0, 0, 0, 0);	/* SCHED_FIFO */
	sys_syscall6(__NR_sched_get_priority_min, 1, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_sched_setparam, 0, A(&prio), 0, 0, 0, 0);
	sys_syscall6(__NR_unshare, 0x20000000, 0, 0, 0, 0, 0);	/* CLONE_NEWPID: affects children only */
	sys_syscall6(__NR_mlock2, A(buf), 4096, 1, 0, 0, 0);	/* MLOCK_ONFAULT */
	sys_syscall6(__NR_tee, 0, 1, 10, 2, 0, 0);	/* SPLICE_F_NONBLOCK */
	sys_syscall6(__NR_accept, sv[0], 0, 0, 0, 0, 0);
	/* SysV IPC, in a namespace of its own: its ids then start from 0 in every run */
	sys_syscall6(__NR_unshare, 0x08000000, 0, 0, 0, 0, 0);	/* CLONE_NEWIPC */
	long shm = sys_syscall6(__NR_shmget, 0, 4096, 01600, 0, 0, 0);	/* IPC_PRIVATE, IPC_CREAT|0600 */
	long at = sys_syscall6(__NR_shmat, shm, 0, 010000, 0, 0, 0);	/* SHM_RDONLY */
	sys_syscall6(__NR_shmdt, at, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_shmctl, shm, 0, 0, 0, 0, 0);	/* IPC_RMID */
	long sem = sys_syscall6(__NR_semget, 0, 1, 01600, 0, 0, 0);
	struct { unsigned short num; short op, flg; } sop = { 0, 1, 04000 };	/* IPC_NOWAIT */
	sys_syscall6(__NR_semop, sem, A(&sop), 1, 0, 0, 0);
	sys_syscall6(__NR_semctl, sem, 0, 0, 0, 0, 0);	/* IPC_RMID */
	long mq = sys_syscall6(__NR_msgget, 0, 01600, 0, 0, 0, 0);
	struct { long type; char text[8]; } msg = { 1, "hi" };
	sys_syscall6(__NR_msgsnd, mq, A(&msg), 3, 04000, 0, 0);
	sys_syscall6(__NR_msgrcv, mq, A(&msg), 8, 0, 04000, 0);
	sys_syscall6(__NR_msgctl, mq, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_sethostname, A("vm"), 200, 0, 0, 0, 0);	/* too long: EINVAL, nothing set */
	sys_syscall6(__NR_setns, 99, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_pidfd_send_signal, 99, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_rt_sigqueueinfo, sys_getpid(), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_kcmp, sys_getpid(), sys_getpid(), 0, 1, 1, 0);	/* KCMP_FILE */
	long pk = sys_syscall6(__NR_pkey_alloc, 0, 1, 0, 0, 0, 0);	/* PKEY_DISABLE_ACCESS */
	sys_syscall6(__NR_pkey_free, pk, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_sched_rr_get_interval, 0, A(&zero), 0, 0, 0, 0);
	sys_syscall6(__NR_epoll_create, 1, 0, 0, 0, 0, 0);
	sys_syscall6(__NR_mount, A("none"), A("/nonexistent"), A("tmpfs"), 1 | 2, A("size=1m"), 0);	/* MS_RDONLY|MS_NOSUID */
	sys_syscall6(__NR_getdents, 99, A(buf), sizeof buf, 0, 0, 0);
	sys_syscall6(__NR_utime, A("/nonexistent"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_io_setup, 0, A(buf), 0, 0, 0, 0);
	sys_syscall6(__NR_userfaultfd, O_CLOEXEC, 0, 0, 0, 0, 0);
	struct { unsigned long long flags, mode, resolve; } how = { O_RDONLY, 0, 0x04 };	/* RESOLVE_NO_SYMLINKS */
	sys_syscall6(__NR_openat2, AT_FDCWD, A("/nonexistent"), A(&how), sizeof how, 0, 0);
	struct { unsigned version; int pid; } caph = { 0x20080522, 0 };
	unsigned capd[6];
	sys_syscall6(__NR_capget, A(&caph), A(capd), 0, 0, 0, 0);
	sys_syscall6(__NR_capset, A(&caph), A(capd), 0, 0, 0, 0);
	capd[0] &= ~1u;		/* effective without CAP_CHOWN: a reduced set to name */
	caph.pid = 0;
	sys_syscall6(__NR_capget, A(&caph), 0, 0, 0, 0, 0);
	long pv2 = sys_openat(AT_FDCWD, "/proc/self/status", O_RDONLY, 0);
	sys_syscall6(__NR_preadv2, pv2, A(rv), 2, -1, 0, 0x8);	/* offset low, high; RWF_NOWAIT */
	sys_syscall6(__NR_pwritev2, 1, A(rv), 0, 0, 0, 0x4);	/* RWF_SYNC, nothing to write */
	sys_syscall6(__NR_process_vm_readv, sys_getpid(), A(rv), 1, A(rv), 1, 0);
	sys_syscall6(__NR_membarrier, 0, 0, 0, 0, 0, 0);	/* MEMBARRIER_CMD_QUERY */
	long lk = sys_openat(AT_FDCWD, "lk", O_RDWR | O_CREAT | O_TRUNC, 0600);
	struct { short type, whence; long start, len; int pid; } fl = { 1, 0, 0, 10, 0 };	/* F_WRLCK */
	sys_fcntl((int)lk, F_SETLK, (unsigned long)&fl);
	sys_fcntl((int)lk, F_GETLK, (unsigned long)&fl);
	sys_fcntl((int)lk, F_OFD_GETLK, (unsigned long)&fl);
	sys_ioctl((int)lk, 0x40049409, (void *)pv2);	/* FICLONE from /proc: fails */
	sys_syscall6(__NR_unlink, A("lk"), 0, 0, 0, 0, 0);
	sys_syscall6(__NR_execveat, AT_FDCWD, A("/nonexistent"), A(argv), A(envp), AT_SYMLINK_NOFOLLOW, 0);
	(void)argc; (void)argv; (void)envp;
	sys_exit(0);	/* the thread's exit: with one thread, the process ends too */
}
