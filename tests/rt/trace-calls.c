/* tests/rt/trace-calls.c — a tour of the calls bin/trace decodes, each with
 * the flags and failures worth comparing against strace. Run in a scratch
 * directory (it creates and removes "d", "f" and "g" there). */
#include "sg.h"
#include <linux/in.h>
#include <linux/un.h>
#include <linux/random.h>
#include <linux/futex.h>
#include <linux/fs.h>

static void handler(int sig) { (void)sig; }

int main(int argc, char **argv, char **envp)
{
	static char buf[256];
	static const char bin[] = "\0\001\0012\177\200\377\"\\\t\n\r\v\f end";
	int fds[2];
	struct timespec ts = { 0, 1000 };
	struct stat st;

	/* files */
	long fd = sys_openat(AT_FDCWD, "f", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	sys_write((int)fd, bin, sizeof bin - 1);
	sys_write((int)fd, "a fairly long line of text that goes past thirty-two bytes\n", 59);
	sys_pwrite64((int)fd, "xy", 2, 3);
	sys_close((int)fd);
	fd = sys_openat(AT_FDCWD, "f", O_RDONLY, 0);
	sys_read((int)fd, buf, 10);
	sys_read((int)fd, buf, sizeof buf);
	sys_read((int)fd, buf, sizeof buf);
	sys_pread64((int)fd, buf, 4, 1);
	sys_lseek((int)fd, -2, SEEK_END);
	sys_lseek((int)fd, 0, SEEK_SET);
	sys_fstat((int)fd, &st);
	sys_newfstatat((int)fd, "", &st, AT_EMPTY_PATH);
	sys_newfstatat(AT_FDCWD, "/dev/null", &st, 0);
	sys_newfstatat(AT_FDCWD, "nonexistent", &st, AT_SYMLINK_NOFOLLOW);
	sys_read(99, buf, 1);
	sys_read((int)fd, (void *)16, 1);
	sys_openat(AT_FDCWD, "nonexistent", O_RDWR | O_APPEND | O_NONBLOCK, 0);
	sys_openat(AT_FDCWD, ".", O_RDONLY | O_DIRECTORY | O_NOFOLLOW, 0);
	sys_open("f", O_WRONLY | O_EXCL | O_CREAT | 0x40000000, 0600);
	sys_faccessat(AT_FDCWD, "f", 4 | 2);
	sys_faccessat(AT_FDCWD, "f", 0);
	sys_mkdirat(AT_FDCWD, "d", 0755);
	sys_renameat(AT_FDCWD, "f", AT_FDCWD, "d/g");
	sys_readlinkat(AT_FDCWD, "/proc/self/exe", buf, sizeof buf);
	sys_readlinkat(AT_FDCWD, "d/g", buf, sizeof buf);
	sys_getcwd(buf, sizeof buf);
	sys_chdir("d");
	sys_chdir("..");
	sys_unlinkat(AT_FDCWD, "d/g", 0);
	sys_unlinkat(AT_FDCWD, "d", AT_REMOVEDIR);
	sys_getdents64((int)fd, buf, sizeof buf);
	sys_close((int)fd);
	fd = sys_openat(AT_FDCWD, "/", O_RDONLY | O_DIRECTORY, 0);
	sys_getdents64((int)fd, buf, sizeof buf);
	sys_close((int)fd);
	sys_close(-1);
	sys_umask(022);

	/* descriptors */
	sys_pipe2(fds, O_CLOEXEC | O_NONBLOCK);
	sys_dup((int)fds[0]);
	sys_dup2(fds[0], 10);
	sys_dup3(fds[0], 11, O_CLOEXEC);
	sys_fcntl(fds[0], F_GETFD, 0);
	sys_fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	sys_fcntl(fds[0], F_GETFL, 0);
	sys_fcntl(fds[0], F_DUPFD, 20);
	sys_fcntl(fds[0], F_DUPFD_CLOEXEC, 30);
	sys_fcntl(fds[1], F_SETFL, O_NONBLOCK);
	struct iovec iov[2] = { { "hello ", 6 }, { "world\n", 6 } };
	sys_writev(fds[1], iov, 2);
	struct pollfd pfd[2] = { { fds[0], POLLIN, 0 }, { fds[1], POLLOUT, 0 } };
	sys_poll(pfd, 2, 0);
	char a[4], b[20];
	struct iovec riov[2] = { { a, sizeof a }, { b, sizeof b } };
	sys_readv(fds[0], riov, 2);
	sys_read(fds[0], buf, 1);
	sys_poll(pfd, 1, 0);
	sys_ioctl(fds[0], TCGETS, buf);
	sys_ioctl(fds[0], FIONREAD, buf);
	sys_ioctl(fds[0], 0x1234, NULL);

	/* memory */
	long m = sys_mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	sys_mprotect((void *)m, 4096, PROT_NONE);
	sys_madvise((void *)m, 4096, MADV_DONTNEED);
	m = sys_mremap((void *)m, 8192, 16384, MREMAP_MAYMOVE, NULL);
	sys_munmap((void *)m, 16384);
	sys_mmap(NULL, 4096, PROT_READ, MAP_SHARED, 99, 4096);
	sys_brk(NULL);

	/* processes, time, identity */
	sys_getpid();
	sys_getuid();
	sys_clock_gettime(CLOCK_MONOTONIC, (struct timespec *)buf);
	sys_nanosleep(&ts, NULL);
	sys_clock_nanosleep(CLOCK_REALTIME, 0, &ts, NULL);
	sys_uname((struct new_utsname *)buf);
	sys_getrandom(buf, 4, GRND_NONBLOCK);
	struct rlimit64 rl;
	sys_prlimit64(0, RLIMIT_NOFILE, NULL, &rl);
	sys_prlimit64(0, RLIMIT_CORE, &rl, NULL);
	sys_sched_getaffinity(0, 128, buf);
	sys_arch_prctl(0x1003, (unsigned long)buf);
	uint32_t fut = 0;
	sys_futex(&fut, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	sys_futex(&fut, FUTEX_WAIT, 1, &ts, NULL, 0);
	sys_syscall6(999, 1, 2, 3, 4, 5, 6);
	sys_syscall6(400, 0, 0, 0, 0, 0, 0);

	/* signals */
	sig_action(SIGUSR1, handler, SA_RESTART);
	sig_action(SIGUSR2, SIG_IGN, 0);
	sigset_t set = (1UL << (SIGUSR1 - 1)) | (1UL << (SIGINT - 1)), old;
	sys_rt_sigprocmask(SIG_BLOCK, &set, &old, sizeof set);
	sys_rt_sigprocmask(SIG_SETMASK, &old, NULL, sizeof set);
	set = ~0UL;
	sys_rt_sigprocmask(SIG_BLOCK, &set, &old, sizeof set);
	sys_rt_sigprocmask(SIG_SETMASK, &old, NULL, sizeof set);
	sys_kill((int)sys_getpid(), SIGUSR1);
	sys_tgkill((int)sys_getpid(), (int)sys_gettid(), SIGUSR2);
	set = 1UL << (SIGCHLD - 1);
	sys_signalfd4(-1, &set, sizeof set, 02000000);
	/* SIGCHLD blocked until the child is reaped: it then arrives at a known place */
	sys_rt_sigprocmask(SIG_BLOCK, &set, NULL, sizeof set);
	long child = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (child == 0)
		sys_exit_group(3);
	int status;
	sys_wait4((int)child, &status, 0, NULL);
	sys_wait4(-1, &status, WNOHANG, NULL);
	sys_rt_sigprocmask(SIG_UNBLOCK, &set, NULL, sizeof set);

	/* sockets */
	long s = sys_socket(2, 1 | 02000000, 0);	/* AF_INET, SOCK_STREAM|SOCK_CLOEXEC */
	int one = 1;
	sys_setsockopt((int)s, 1, 2, &one, sizeof one);	/* SOL_SOCKET, SO_REUSEADDR */
	struct sockaddr_in sin = { 2, 0, { 0x0100007f }, { 0 } };
	sys_bind((int)s, &sin, sizeof sin);
	sys_listen((int)s, 5);
	int len = sizeof sin;
	sys_getsockname((int)s, &sin, &len);
	long c = sys_socket(2, 1, 0);
	sys_connect((int)c, &sin, sizeof sin);
	long acc = sys_accept4((int)s, NULL, NULL, 02000000);
	sys_sendto((int)c, "ping", 4, 0, NULL, 0);
	sys_recvfrom((int)acc, buf, sizeof buf, 0, NULL, NULL);
	sys_shutdown((int)c, 1);
	long u = sys_socket(1, 2, 0);	/* AF_UNIX, SOCK_DGRAM */
	struct sockaddr_un sun = { 1, "/nonexistent/sock" };
	sys_connect((int)u, &sun, sizeof sun);
	sys_socketpair(1, 1, 0, fds);
	(void)argc; (void)argv; (void)envp;
	return 0;
}
