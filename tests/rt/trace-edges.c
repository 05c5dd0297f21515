/* tests/rt/trace-edges.c — the argument edges a sweep of every safe call
 * with 0, -1, 0x20000, huge and unmapped arguments found printed otherwise
 * than strace 6.1 prints them: flags no name covers (0x20000 and IN_??? in a
 * comment), ids in hex (0x3, ITIMER_???), modes as the 16-bit umode_t, ints
 * that are only the low half of the register, lengths printed unsigned,
 * O_ACCMODE and FASYNC, kcmp's per-type arguments, xattr values that end in
 * a 0 byte. Every call fails harmlessly (a bad descriptor or address, a
 * name that does not exist) or changes nothing. tests/trace-edges.bats
 * traces it with strace and bin/trace and compares the lines.
 */
#include "sg.h"

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define BAD ((long)0xbadc0ded)		/* an address nothing is mapped at */
#define HI(v) (0x7e0000000000L | (v))	/* an int argument with a high half */

/* open's and the *at calls' flags and modes */
static void files(void)
{
	S(__NR_open, BAD, -1, -1, 0, 0, 0);
	S(__NR_open, BAD, 3, 0, 0, 0, 0);		/* O_ACCMODE */
	S(__NR_open, BAD, 0200000 | 020000, 0, 0, 0, 0);	/* O_DIRECTORY|FASYNC */
	S(__NR_openat, -1, BAD, HI(0101), HI(0644), 0, 0);
	S(__NR_creat, BAD, -1, 0, 0, 0, 0);
	S(__NR_mkdir, BAD, -1, 0, 0, 0, 0);
	S(__NR_chmod, BAD, 0x12345, 0, 0, 0, 0);
	S(__NR_mknod, BAD, -1, 0, 0, 0, 0);
	S(__NR_mknodat, -1, BAD, 0x10000 | 020644, 0x0103, 0, 0);
	S(__NR_mkdirat, -1, BAD, -1, 0, 0, 0);
	S(__NR_fchmodat, -1, BAD, -1, 0, 0, 0);
	S(__NR_umask, 0x10022, 0, 0, 0, 0, 0);
	S(__NR_umask, 022, 0, 0, 0, 0, 0);
	S(__NR_access, BAD, 0x20000, 0, 0, 0, 0);
	S(__NR_access, BAD, 0x20004, 0, 0, 0, 0);
	S(__NR_faccessat, -1, BAD, 0x10000, 0, 0, 0);
	S(__NR_faccessat2, -1, BAD, 6, 4, 0, 0);
	S(__NR_newfstatat, -1, BAD, BAD, 0x20000, 0, 0);
	S(__NR_newfstatat, -1, BAD, BAD, -1, 0, 0);
	S(__NR_unlinkat, -1, BAD, 0x6000, 0, 0, 0);
	S(__NR_linkat, -1, BAD, -1, BAD, -1, 0);
	S(__NR_utimensat, -1, BAD, BAD, 0x20000, 0, 0);
	S(__NR_fchownat, -1, BAD, -1, -1, 0x20000, 0);
	S(__NR_renameat2, -1, BAD, -1, BAD, 0x10000, 0);
	S(__NR_statx, -1, BAD, -1, -1, BAD, 0);
	S(__NR_statx, -1, BAD, 0x20000, 0x20000, BAD, 0);
	S(__NR_statx, -1, BAD, 0x6000, 0, BAD, 0);
	S(__NR_open_tree, -1, BAD, -1, 0, 0, 0);
	S(__NR_fsmount, -1, -1, -1, 0, 0, 0);
	S(__NR_truncate, BAD, -1, 0, 0, 0, 0);
	S(__NR_ftruncate, -1, -1, 0, 0, 0, 0);
	S(__NR_fadvise64, -1, -1, -1, -1, 0, 0);
	S(__NR_fanotify_mark, -1, -1, -1, -1, BAD, 0);
	S(__NR_fanotify_mark, -1, 0x400, 0x80000 | 0x40000000, -100, BAD, 0);
}

/* setxattr's value: a last 0 byte of what -s shows is left out, and a size
 * over XATTR_SIZE_MAX is shown as the address */
static void xattrs(void)
{
	static char zeros[8192], text[64] = "aaa";

	for (int i = 4; i < 40; i++)
		text[i] = 'a';
	S(__NR_setxattr, "", "", "abc", 4, 0, 0);
	S(__NR_setxattr, "", "", "abcd", 4, 0, 0);
	S(__NR_setxattr, "", "", text, 40, 0, 0);
	S(__NR_setxattr, "", "", text, 32, 0, 0);
	S(__NR_setxattr, "", "", zeros, 4096, 0, 0);
	S(__NR_setxattr, "", "", zeros, 65537, 0x20000, 0);
	S(__NR_lsetxattr, "", "", BAD, 1UL << 40, 0x4, 0);
}

/* ids in hex with a comment, lengths and times as the kernel's types */
static void ids(void)
{
	/* -1, CPU clocks of this process and of a pid past PID_MAX_LIMIT, a clock
	 * fd (3): ids the kernel makes negative */
	static int clocks[] = { -1, (int)(~0u << 3) | 2, (int)(~4194304u << 3) | 2, (int)(~3u << 3) | 3,
		0x20000, 12, -8 };
	static long tv[4] = { -1, -1, 1, 1000000 };
	static long ub[2] = { 0, 1700000000 }, ub2[2] = { -1, -1 };
	static long itv[4] = { -1, -1, 0, 0 };

	for (unsigned i = 0; i < sizeof clocks / sizeof clocks[0]; i++)
		S(__NR_clock_getres, clocks[i], 0, 0, 0, 0, 0);
	S(__NR_timerfd_create, 0x20000, 0x20000, 0, 0, 0, 0);
	S(__NR_timerfd_create, 1, -1, 0, 0, 0, 0);
	S(__NR_timerfd_settime, -1, -1, BAD, BAD, 0, 0);
	S(__NR_timerfd_settime, -1, 0x20000, BAD, BAD, 0, 0);
	S(__NR_getitimer, -1, 0, 0, 0, 0, 0);
	S(__NR_getitimer, 3, 0, 0, 0, 0, 0);
	S(__NR_getrusage, -3, 0, 0, 0, 0, 0);
	S(__NR_getrusage, 0x20000, 0, 0, 0, 0, 0);
	S(__NR_utimes, BAD, tv, 0, 0, 0, 0);
	S(__NR_futimesat, -100, "/nonexistent", tv, 0, 0, 0);
	S(__NR_utime, "/nonexistent", ub, 0, 0, 0, 0);
	S(__NR_utime, BAD, ub2, 0, 0, 0, 0);
	static long ub3[2] = { 0x4141414141414141, 1 };	/* a year past int: no date */
	S(__NR_utime, BAD, ub3, 0, 0, 0, 0);
	S(__NR_settimeofday, tv, 0, 0, 0, 0, 0);	/* tv_usec -1: EINVAL */
	S(__NR_setitimer, 0, itv, 0, 0, 0, 0);		/* EINVAL */
	S(__NR_sched_getaffinity, 0, -1, 0, 0, 0, 0);
	S(__NR_sched_setaffinity, 0, HI(8), 0, 0, 0, 0);
}

/* kcmp: two descriptors, a descriptor and an epoll slot, nothing, or raw */
static void kcmp(void)
{
	int p = (int)sys_getpid();
	static unsigned slot[3] = { 5, 6, 7 };

	for (int type = 0; type < 9; type++)
		S(__NR_kcmp, p, p, type, 1, 1, 0);	/* KCMP_FILE: the same file, 0 */
	S(__NR_kcmp, p, p, 0, -1, -2, 0);
	S(__NR_kcmp, p, p, 7, -1, slot, 0);		/* KCMP_EPOLL_TFD */
}

/* flags of descriptor makers, memory and IPC calls */
static void misc(void)
{
	static long iov[6] = { -1, -1, BAD, -1, BAD, 4 };
	static long mqa[4] = { 0x1000, 1, 2, 3 };

	S(__NR_pipe2, BAD, -1, 0, 0, 0, 0);
	S(__NR_pipe2, BAD, 0x20000, 0, 0, 0, 0);
	S(__NR_pipe2, BAD, 0, 0, 0, 0, 0);
	S(__NR_epoll_create1, 0x20000, 0, 0, 0, 0, 0);
	S(__NR_eventfd2, 1, 2, 0, 0, 0, 0);
	S(__NR_inotify_init1, 1, 0, 0, 0, 0, 0);
	S(__NR_inotify_add_watch, -1, BAD, 0x20000, 0, 0, 0);
	S(__NR_signalfd4, -1, BAD, 8, 4, 0, 0);
	S(__NR_pwritev2, -1, BAD, 1, 0, 0, 0x20000);
	S(__NR_writev, -1, iov, 3, 0, 0, 0);
	S(__NR_write, -1, BAD, 5, 0, 0, 0);	/* -s 0: still its address */
	S(__NR_write, -1, "abc", 3, 0, 0, 0);
	S(__NR_membarrier, -1, -1, -1, 0, 0, 0);
	S(__NR_membarrier, 0x20000, 0x20000, 5, 0, 0, 0);
	S(__NR_pkey_alloc, -1, -1, 0, 0, 0, 0);
	S(__NR_pkey_alloc, HI(0x20000), HI(0x20000), 0, 0, 0, 0);
	S(__NR_mincore, 0, 0, 0, 0, 0, 0);
	S(__NR_get_mempolicy, 0, 0, 0, 0, 0x20000, 0);
	S(__NR_memfd_secret, 0x20000, 0, 0, 0, 0, 0);
	S(__NR_mq_open, BAD, -1, -1, BAD, 0, 0);
	S(__NR_mq_open, BAD, HI(0x20000), 0, 0, 0, 0);
	S(__NR_mq_getsetattr, -1, mqa, 0, 0, 0, 0);
	static long sev[8], sev2[8] = { 0x1234, 10 | 1L << 32 };	/* SIGUSR1, SIGEV_NONE */
	S(__NR_mq_notify, -1, sev, 0, 0, 0, 0);
	S(__NR_mq_notify, -1, sev2, 0, 0, 0, 0);
	S(__NR_shmget, 0x20000, 1, HI(0x20000), 0, 0, 0);
	S(__NR_semget, 0x20000, 1, HI(0x20000), 0, 0, 0);
	S(__NR_msgget, 0x20000, HI(0x20000), 0, 0, 0, 0);
}

/* sockets: every option number of the levels strace names, types and
 * protocols no name covers, lengths that are ints, unreadable lengths */
static void sockets(void)
{
	static const int levels[] = { 0, 1, 6, 17, 41, 255, 270, 0x20000 };
	static int one = 1, ones[64];
	static unsigned char zeros[16];

	for (unsigned i = 0; i < sizeof levels / sizeof levels[0]; i++)
		for (int n = 0; n < 72; n++)
			S(__NR_getsockopt, -1, levels[i], n, 0, 0, 0);
	S(__NR_setsockopt, -1, 0, 1000, &one, 4, 0);
	S(__NR_setsockopt, -1, 1, 99, "abc", 3, 0);
	S(__NR_setsockopt, -1, 0, 0, BAD, -1, 0);
	S(__NR_getsockopt, -1, 0, 0, BAD, zeros, 0);	/* the length that went in: [0] */
	S(__NR_socket, -1, -1, -1, 0, 0, 0);
	S(__NR_socket, 0, 0, 0, 0, 0, 0);
	S(__NR_socket, 1, 0x20000 | 1, -1, 0, 0, 0);
	S(__NR_socket, 2, 1, 1000, 0, 0, 0);
	S(__NR_socket, 10, 2, -1, 0, 0, 0);
	S(__NR_socket, 16, 3, 1000, 0, 0, 0);
	S(__NR_socket, 0x20000, 0x80800, 0, 0, 0, 0);
	S(__NR_socket, 1, 0x80000, 0, 0, 0, 0);
	S(__NR_socketpair, -1, -1, -1, BAD, 0, 0);
	S(__NR_getsockname, -1, BAD, BAD, 0, 0, 0);
	S(__NR_getpeername, -1, BAD, BAD, 0, 0, 0);
	S(__NR_accept, -1, BAD, BAD, 0, 0, 0);
	S(__NR_accept4, -1, 0, 0, 0x20000, 0, 0);
	S(__NR_recvfrom, -1, BAD, 1, 0, BAD, BAD);
	S(__NR_recvmsg, -1, BAD, 0, 0, 0, 0);
	S(__NR_bind, -1, BAD, -1, 0, 0, 0);
	S(__NR_connect, -1, zeros, HI(0), 0, 0, 0);	/* a length of 0: the address */
	for (int i = 0; i < 64; i++)
		ones[i] = 1;	/* AF_UNIX, abstract: 107 bytes of name, NULs and all */
	S(__NR_sendto, -1, "x", 1, 0, ones, 0x30000);
	S(__NR_shutdown, -1, 0x20000, 0, 0, 0, 0);
	S(__NR_sendmmsg, -1, 0, 0, 0, 0, 0);
}

/* futex: each command's own arguments (by op & 127), the name only for a
 * command with no other bits than private and clock, FUTEX_WAKE_OP's val3;
 * the address 0x10 is never mapped, so nothing waits */
static void futexes(void)
{
	static const long ops[] = { -1, 0x20000, 0x7f, 0x81, 0x109, 0x189, 0x201, 0x8d, 0x10 };

	for (int c = 0; c <= 13; c++)
		S(__NR_futex, 0x10, c, 5, 0x20, 0x30, 0x40);
	for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++)
		S(__NR_futex, 0x10, ops[i], 5, 0x20, 0x30, 0x40);
	S(__NR_futex, 0x10, 5, 5, 7, 0x30, 1 << 28 | 2 << 24 | 3 << 12 | 4);
	S(__NR_futex, 0x10, 5, 5, 7, 0x30, 8u << 28 | 9 << 24 | 0xfff << 12 | 0xfff);
	S(__NR_futex, 0x10, 5, 5, 7, 0x30, 6 << 28);
}

/* Buffers that end where the mapping does: strace reads one byte more than
 * -s shows when the buffer is longer, so a 33-byte one with 32 readable
 * bytes is its address at -s 32, and so is a huge writev iov_len there */
static void buffers(void)
{
	char *p = (char *)sys_mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if ((long)p < 0)
		return;
	sys_munmap(p + 4096, 4096);
	char *end = p + 4096;
	for (int i = 1; i <= 64; i++)
		end[-i] = 'X';
	for (long n = 30; n <= 34; n++)
		S(__NR_add_key, 0, 0, end - 32, n, -1, 0);
	S(__NR_add_key, 0, 0, end - 64, 64, -1, 0);
	S(__NR_add_key, 0, 0, end - 64, 65, -1, 0);
	static struct { void *base; unsigned long len; } iov[1];
	iov[0].base = end - 32;
	iov[0].len = -1UL;
	S(__NR_writev, -1, iov, 1, 0, 0, 0);
	iov[0].base = end - 33;
	S(__NR_writev, -1, iov, 1, 0, 0, 0);
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	buffers();
	files();
	xattrs();
	ids();
	kcmp();
	misc();
	sockets();
	futexes();
	return 0;
}
