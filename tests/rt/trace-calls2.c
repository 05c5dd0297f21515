/* tests/rt/trace-calls2.c — raw calls whose printing strace 6.1 has rules
 * for that are easy to get wrong: select's sets and its ready list, the
 * -e read=/-e write= dumps (a failed write, a buffer past 1 MiB, one that
 * ends unmapped), and a handful of structs and arrays (futex_waitv,
 * setgroups, io_uring_register's PROBE/RING_FDS/PBUF_RING, sigevent,
 * mq_attr, user_desc, sched_attr, perf's cache config). Everything fails or
 * touches only this process. tests/trace-calls2.bats traces it with strace
 * and bin/trace and compares.
 *
 *   trace-calls2 GROUP   GROUP: select, io, misc, uring
 */
#include "sg.h"

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

/* n bytes mapped, the page after them not */
static unsigned char *page_end(unsigned long n)
{
	unsigned char *p = (unsigned char *)sys_mmap(NULL, 8192, 3, 0x22, -1, 0);
	sys_munmap(p + 4096, 4096);
	memset(p, 0, 4096);
	return p + 4096 - n;
}

/* select: nfds 0 and below (addresses), past 1024 (sets of more words), a
 * ready read end; with -e inject=select:retval=N the sets come back as
 * they went in, which shows how the ready list is written */
static void group_select(void)
{
	static unsigned long in[40], out[40], ex[40];
	struct { long sec, usec; } tv = { 0, 1 };
	int p[2];

	sys_pipe2(p, 0);
	sys_write(p[1], "x", 1);
	in[0] = 1UL << p[0];
	S(__NR_select, 0, in, out, ex, &tv, 0);
	S(__NR_select, -1, in, 0, ex, &tv, 0);
	S(__NR_select, p[0] + 1, in, out, ex, &tv, 0);
	memset(in, 0, sizeof in);
	in[0] = 1UL << p[0];
	in[20] = 1UL << 3;		/* descriptor 1283: EBADF */
	S(__NR_select, 1300, in, out, 0, &tv, 0);
	memset(in, 0, sizeof in);
	in[0] = 1UL << p[0];
	ex[0] = 1UL << p[1];
	S(__NR_select, p[1] + 1, in, out, ex, 0, 0);
	struct { long sec, nsec; } ts = { 0, 5 };
	unsigned long mask[2] = { 0, 8 };
	memset(in, 0, sizeof in);
	in[0] = 1UL << p[0];
	S(__NR_pselect6, 1100, in, out, 0, &ts, mask);
}

/* -e write=: a write that fails with EBADF and one with EFAULT; a buffer
 * of 1 MiB + 1 (offsets 6 digits wide) to /dev/null, which reads none of
 * it; one whose last byte is unmapped. -e read=: a read that fails */
static void group_io(void)
{
	static unsigned char small[20] = "0123456789abcdefghi";
	long fd = sys_openat(AT_FDCWD, "/dev/null", O_WRONLY, 0);
	unsigned char *tail = page_end(3);

	S(__NR_pwrite64, fd, small, 5, -1, 0, 0);	/* EINVAL: dumped all the same */
	S(__NR_write, fd, tail + 4, 1, 0, 0, 0);		/* EFAULT? /dev/null: 1 */
	S(__NR_write, fd, small, sizeof small, 0, 0, 0);
	unsigned long big = (1UL << 20) + 65536;
	unsigned char *b = (unsigned char *)sys_mmap(NULL, big + 4096, 3, 0x22, -1, 0);
	sys_munmap(b + big, 4096);
	for (unsigned long i = 0; i < big; i++)
		b[i] = (unsigned char)i;
	S(__NR_write, fd, b, (1UL << 20) + 1, 0, 0, 0);
	S(__NR_write, fd, b, big + 2, 0, 0, 0);
	S(__NR_write, fd, b + big - 3, 20, 0, 0, 0);
	long rd = sys_openat(AT_FDCWD, "/dev/zero", O_RDONLY, 0);
	S(__NR_read, rd, small, 7, 0, 0, 0);
	S(__NR_read, rd, tail + 4, 1, 0, 0, 0);

	/* sendmmsg, recvmmsg: each message's buffers, up to its msg_len */
	int sp[2];
	static unsigned char rbuf[3][8];
	struct iovec wv[3] = { { small, 3 }, { small + 3, 5 }, { small + 8, 7 } };
	struct iovec rv[3] = { { rbuf[0], 8 }, { rbuf[1], 8 }, { rbuf[2], 8 } };
	/* struct mmsghdr as words: name, namelen, iov, iovlen, control,
	 * controllen, flags, msg_len */
	unsigned long wm[2][8], rm[2][8];
	memset(wm, 0, sizeof wm);
	memset(rm, 0, sizeof rm);
	wm[0][2] = (unsigned long)wv;
	wm[0][3] = 2;
	wm[1][2] = (unsigned long)(wv + 2);
	wm[1][3] = 1;
	rm[0][2] = (unsigned long)rv;
	rm[0][3] = 1;
	rm[1][2] = (unsigned long)(rv + 1);
	rm[1][3] = 2;
	S(__NR_socketpair, 1, 2, 0, sp, 0, 0);	/* AF_UNIX, SOCK_DGRAM */
	S(__NR_sendmmsg, sp[1], wm, 2, 0, 0, 0);
	S(__NR_recvmmsg, sp[0], rm, 2, 0x40, 0, 0);	/* MSG_DONTWAIT */
	S(__NR_sendmmsg, -1, wm, 2, 0, 0, 0);
}

static void group_misc(void)
{
	unsigned char *end = page_end(64);
	unsigned long *w = (unsigned long *)end;

	/* epoll_ctl: DEL reads no event */
	w[0] = 1, w[1] = 2;
	S(__NR_epoll_ctl, -3, 2, -4, w, 0, 0);
	S(__NR_epoll_ctl, -3, 1, -4, w, 0, 0);

	/* sendfile: an offset past 2^63; at the end of the file (0 bytes) */
	long in = sys_openat(AT_FDCWD, "/proc/self/cmdline", O_RDONLY, 0);
	long out = sys_openat(AT_FDCWD, "/dev/null", O_WRONLY, 0);
	long long *off = (long long *)(end + 56);
	*off = (long long)0xcafef00dfacefeedULL;
	S(__NR_sendfile, out, in, off, 1, 0, 0);
	*off = 1 << 20;
	S(__NR_sendfile, out, in, off, 1, 0, 0);

	/* setgroups: a size past NGROUPS_MAX, -1 as a gid, an unreadable
	 * rest, an empty list (as root: drops this process's groups) */
	unsigned *g = (unsigned *)(end + 60);
	*g = ~0u;
	S(__NR_setgroups, 65537, g, 0, 0, 0, 0);
	S(__NR_setgroups, -1, 0, 0, 0, 0, 0);
	S(__NR_setgroups, 2, g, 0, 0, 0, 0);
	S(__NR_setgroups, 1, g + 1, 0, 0, 0, 0);
	S(__NR_setgroups, 0, g, 0, 0, 0, 0);

	/* rt_sigpending: sets of 1, 2, 4, 8 and 16 bytes */
	for (int n = 1; n <= 16; n *= 2)
		S(__NR_rt_sigpending, end + 64 - n, n, 0, 0, 0, 0);

	/* futex_waitv: [], a waiter with unknown flags and __reserved, two of
	 * which the second is unreadable */
	unsigned long *fw = (unsigned long *)(end + 40);
	fw[0] = 7, fw[1] = 0, fw[2] = 0xdead00000282UL;
	S(__NR_futex_waitv, fw, 0, 0, 0, 1, 0);
	S(__NR_futex_waitv, fw, 1, 0, 0, 1, 0);
	S(__NR_futex_waitv, fw, 2, 0, 0, 1, 0);
	fw[2] = 0x100;
	S(__NR_futex_waitv, fw, 1, 0, 0, 1, 0);

	/* modify_ldt with a func that does nothing: entry_number -1 */
	unsigned *ud = (unsigned *)(end + 48);
	ud[0] = ~0u, ud[1] = 0, ud[2] = 0, ud[3] = 0x51;
	S(__NR_modify_ldt, 99, ud, 16, 0, 0, 0);

	/* sched_setattr: sched_flags with no known bit */
	unsigned *sa = (unsigned *)(end + 8);
	memset(sa, 0, 56);
	sa[0] = 56, sa[1] = 0x77;
	((unsigned long *)sa)[1] = 0x80;
	S(__NR_sched_setattr, 0, sa, 0, 0, 0, 0);

	/* mmap, remap_file_pages: the hugetlb size bits */
	S(__NR_mmap, 0, 0, 1, 0x40022 | (21UL << 26), -1, 0);
	S(__NR_remap_file_pages, 0, 0, 0, 0, 0xf | 0x40000 | (30UL << 26), 0);

	/* mq_*: an unterminated name, mq_open's flags in hex, a SIGEV_THREAD
	 * sigevent and one with an unknown notify */
	memset(end, 'a', 64);
	S(__NR_mq_open, end, 0x40 | 2, 0600, 0, 0, 0);
	S(__NR_mq_unlink, end, 0, 0, 0, 0, 0);
	long *mqa = (long *)(end + 32);
	mqa[0] = 0x801, mqa[1] = 2, mqa[2] = 64, mqa[3] = 0;
	S(__NR_mq_open, "/no/such", 0x40 | 2, 0600, mqa, 0, 0);
	unsigned long *ev = (unsigned long *)(end + 32);
	ev[0] = 0xdeadbeef, ev[1] = 14 | (2UL << 32), ev[2] = 0x1234, ev[3] = 0x5678;
	S(__NR_mq_notify, -1, ev, 0, 0, 0, 0);
	ev[1] = 0xfacefeed | (0xdefUL << 32);
	S(__NR_mq_notify, -1, ev, 0, 0, 0, 0);

	/* perf_event_open: a cache config with bits above the result */
	unsigned pa[32];
	memset(pa, 0, sizeof pa);
	pa[0] = 3, pa[1] = 64;
	((unsigned long *)pa)[1] = 0xdeadf157ab010306UL;
	S(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
}

/* io_uring_register on no ring (EBADF; with -e inject=...:retval= the
 * exit's " => " paths) */
static void group_uring(void)
{
	unsigned char *p = page_end(8 + 8 * 8);
	S(__NR_io_uring_register, -1, 8, p, 8, 0, 0);	/* PROBE all 0 */
	p[0] = 3, p[1] = 9, p[8] = 1, p[12] = 1;
	S(__NR_io_uring_register, -1, 8, p, 8, 0, 0);
	S(__NR_io_uring_register, -1, 8, p, 2, 0, 0);
	S(__NR_io_uring_register, -1, 8, p, 0, 0, 0);
	S(__NR_io_uring_register, -1, 8, p + 1, 8, 0, 0);
	S(__NR_io_uring_register, -1, 8, p, 0xfacefeed, 0, 0);

	int *fds = (int *)page_end(16);
	fds[0] = 0, fds[1] = -2, fds[2] = -1, fds[3] = 5;
	unsigned *upd = (unsigned *)page_end(16);
	upd[0] = 1, upd[1] = 0;
	*(unsigned long *)(upd + 2) = (unsigned long)fds;
	S(__NR_io_uring_register, -1, 6, upd, 4, 0, 0);	/* FILES_UPDATE */
	S(__NR_io_uring_register, -1, 2, fds, 4, 0, 0);	/* FILES */

	unsigned *rf = (unsigned *)page_end(48);
	for (int i = 0; i < 3; i++) {
		rf[4 * i] = i ? ~0u - (unsigned)i + 1 : 7;
		rf[4 * i + 1] = i == 1 ? 0x55 : 0;
		*(unsigned long *)(rf + 4 * i + 2) = i == 2 ? 0 : 0xbadc0ded00000003UL;
	}
	S(__NR_io_uring_register, -1, 20, rf, 3, 0, 0);	/* RING_FDS */
	S(__NR_io_uring_register, -1, 21, rf, 3, 0, 0);	/* UNREGISTER_RING_FDS */
	S(__NR_io_uring_register, -1, 20, rf, 4, 0, 0);

	unsigned *br = (unsigned *)page_end(40);
	memset(br, 0, 40);
	br[2] = 8, br[3] = 0x20007;
	S(__NR_io_uring_register, -1, 22, br, 1, 0, 0);	/* PBUF_RING */
	br[6] = 1;
	S(__NR_io_uring_register, -1, 23, br, 1, 0, 0);
	S(__NR_io_uring_register, -1, 22, br + 1, 1, 0, 0);

	unsigned *mw = (unsigned *)page_end(8);
	mw[0] = 4, mw[1] = 5;
	S(__NR_io_uring_register, -1, 19, mw, 2, 0, 0);	/* IOWQ_MAX_WORKERS */
	S(__NR_io_uring_register, -1, 19, mw, 3, 0, 0);
	S(__NR_io_uring_register, -1, 19, mw, 0, 0, 0);
}

int main(int argc, char **argv, char **envp)
{
	const char *g = argc > 1 ? argv[1] : "";

	(void)envp;

	if (!strcmp(g, "select"))
		group_select();
	else if (!strcmp(g, "io"))
		group_io();
	else if (!strcmp(g, "misc"))
		group_misc();
	else if (!strcmp(g, "uring"))
		group_uring();
	else
		return 2;
	return 0;
}
