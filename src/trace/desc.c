/* src/trace/desc.c — calls on file descriptors: read/write and friends,
 * close, lseek, dup*, pipe*, fcntl, poll, getdents64, fadvise64 (ioctl's
 * decoder is ioctl.c's). Constants from <linux/fcntl.h>, <linux/fs.h>,
 * <linux/poll.h>. */
#include "trace.h"
#include <linux/inotify.h>
#include <linux/fs.h>
#include <linux/fadvise.h>
#include <linux/falloc.h>
#include <linux/eventpoll.h>
#include <linux/close_range.h>
#include <linux/userfaultfd.h>

/* read(fd, buf, count): the buffer holds data only after the call */
static void dec_read(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_hex(t->a[1]);
	else
		pr_buf(t, t->a[1], (unsigned long)t->ret);
	pr(", %lu", t->a[2]);
}

static void dec_write(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_buf(t, t->a[1], t->a[2]);
	pr(", %lu", t->a[2]);
}

static void dec_pread(struct tcb *t)
{
	dec_read(t);
	if (t->exiting)
		pr(", %ld", (long)t->a[3]);
}

static void dec_pwrite(struct tcb *t)
{
	dec_write(t);
	if (!t->exiting)
		pr(", %ld", (long)t->a[3]);
}

/* [{iov_base="...", iov_len=N}, ...]: at most `data` bytes shown in all;
 * IOV_ADDRS for data: the buffers' addresses (a read that failed). The
 * array as strace's print_array shows one (an unreadable one: its address) */
static unsigned long iov_left;	/* the bytes still to show, across the elements */
static buf_printer *iov_show;	/* how each buffer is shown */

static void pr_iov_elem(struct tcb *t, const void *e)
{
	const struct iovec *v = e;
	unsigned long n = v->iov_len < iov_left ? v->iov_len : iov_left;

	prs("{iov_base=");
	if (iov_left == IOV_ADDRS) {
		pr_addr((unsigned long)v->iov_base);
	} else {
		iov_show(t, (unsigned long)v->iov_base, n);
		if (iov_left != ~0UL)	/* ~0: no total (a write's input), each buffer whole */
			iov_left -= n;
	}
	pr(", iov_len=%lu}", (unsigned long)v->iov_len);
}

void pr_iov(struct tcb *t, unsigned long addr, unsigned long cnt, unsigned long data)
{
	pr_iov_as(t, addr, cnt, data, pr_buf);
}

/* ... each buffer shown by `show` (pr_buf, or netlink messages) */
void pr_iov_as(struct tcb *t, unsigned long addr, unsigned long cnt, unsigned long data,
	       buf_printer *show)
{
	iov_left = data;
	iov_show = show;
	pr_array(t, addr, cnt, sizeof(struct iovec), pr_iov_elem);
}

static void dec_readv(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	pr_iov(t, t->a[1], t->a[2], t_failed(t) ? IOV_ADDRS : (unsigned long)t->ret);
	pr(", %lu", t->a[2]);
}

static void dec_writev(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_iov(t, t->a[1], t->a[2], ~0UL);
	pr(", %lu", t->a[2]);
}

static void dec_fd(struct tcb *t)
{
	if (!t->exiting)
		pr_fd((long)t->a[0]);
}

static const struct xlat whence[] = {
	X(SEEK_SET), X(SEEK_CUR), X(SEEK_END), X(SEEK_DATA), X(SEEK_HOLE), XEND
};

static void dec_lseek(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr(", %ld, ", (long)t->a[1]);
	pr_xlat(whence, (unsigned)t->a[2], "%#x", "SEEK_???");
}

static void dec_dup2(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_fd((long)t->a[1]);
}

static void dec_dup3(struct tcb *t)
{
	dec_dup2(t);
	if (!t->exiting) {
		pr_sep();
		pr_o_flags((unsigned)t->a[2]);	/* strace names any O_ flag here */
	}
}

/* pipe's two descriptors exist only after the call */
void pr_fdpair(struct tcb *t, unsigned long addr)
{
	int fds[2];

	if (t_failed(t) || umove(t->pid, addr, fds, sizeof fds) < 0) {
		pr_addr(addr);
		return;
	}
	prs("[");
	for (int i = 0; i < 2 && pr_elem(i); i++)
		pr_fd(fds[i]);
	prs("]");
}

static void dec_pipe(struct tcb *t)
{
	if (t->exiting)
		pr_fdpair(t, t->a[0]);
}

static void dec_pipe2(struct tcb *t)
{
	if (!t->exiting)
		return;
	pr_fdpair(t, t->a[0]);
	pr_sep();
	pr_o_flags((unsigned)t->a[1]);	/* strace names any O_ flag here */
}

static const struct xlat fcntl_cmds[] = {
	X(F_DUPFD), X(F_GETFD), X(F_SETFD), X(F_GETFL), X(F_SETFL), X(F_GETLK), X(F_SETLK),
	X(F_SETLKW), X(F_SETOWN), X(F_GETOWN), X(F_SETSIG), X(F_GETSIG), X(F_SETOWN_EX),
	X(F_GETOWN_EX), X(F_OFD_GETLK), X(F_OFD_SETLK), X(F_OFD_SETLKW), X(F_SETLEASE),
	X(F_GETLEASE), X(F_NOTIFY), X(F_DUPFD_CLOEXEC), X(F_SETPIPE_SZ), X(F_GETPIPE_SZ),
	X(F_ADD_SEALS), X(F_GET_SEALS), XEND
};
static const struct xlat fd_flags[] = { X(FD_CLOEXEC), XEND };

static const struct xlat lock_types[] = { X(F_RDLCK), X(F_WRLCK), X(F_UNLCK), XEND };

/* struct flock: l_type, l_whence (shorts), l_start, l_len, l_pid */
static void pr_flock(struct tcb *t, unsigned long addr, int with_pid)
{
	struct flock fl;
	if (umove(t->pid, addr, &fl, sizeof fl) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{l_type=");
	pr_xlat(lock_types, (unsigned short)fl.l_type, "%#x", "F_???");
	prs(", l_whence=");
	pr_xlat(whence, (unsigned short)fl.l_whence, "%#x", "SEEK_???");
	pr(", l_start=%lld, l_len=%lld", (long long)fl.l_start, (long long)fl.l_len);
	if (with_pid) {
		prs(", l_pid=");
		pr_pid(fl.l_pid, PT_TGID);
	}
	prs("}");
}

/* struct f_owner_ex {type, pid}: the pid of its kind (a thread, a process,
 * a group) */
static void pr_owner_ex(struct tcb *t, unsigned long addr)
{
	static const struct xlat owner_types[] = {
		X(F_OWNER_TID), X(F_OWNER_PID), X(F_OWNER_PGRP), XEND
	};
	struct { int type, pid; } o;
	if (!addr || umove(t->pid, addr, &o, sizeof o) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{type=");
	pr_xlat(owner_types, (unsigned)o.type, "%#x", "F_OWNER_???");
	prs(", pid=");
	pr_pid(o.pid, o.type == F_OWNER_TID ? PT_TID : o.type == F_OWNER_PID ? PT_TGID :
	       o.type == F_OWNER_PGRP ? PT_PGID : -1);
	prs("}");
}

static void fcntl_result_flags(struct tcb *t, const char *text)
{
	snprintf(t->rbuf, sizeof t->rbuf, " (flags %s)", text);
	t->rtext = t->rbuf;
	t->rfmt = R_HEX;
}

/* F_GETLEASE's result: the lock type, in hex and by name after it */
static void fcntl_result_lease(struct tcb *t)
{
	const char *n = xlat_name(lock_types, (unsigned long)t->ret);

	if (!n)
		return;
	snprintf(t->rbuf, sizeof t->rbuf, " (%s)", n);
	t->rtext = t->rbuf;
	t->rfmt = R_HEX;
}

/* F_GETSIG's result: the signal, by name after it (0: the default SIGIO) */
static void fcntl_result_sig(struct tcb *t)
{
	size_t n;

	if (t->ret <= 0 || t->ret > 64)
		return;
	t->rbuf[0] = ' ';
	t->rbuf[1] = '(';
	pr_capture_begin(t->rbuf + 2, sizeof t->rbuf - 3);
	pr_signame_full((int)t->ret);
	n = pr_capture_end();
	t->rbuf[2 + n] = ')';
	t->rbuf[3 + n] = 0;
	t->rtext = t->rbuf;
}

/* F_NOTIFY's events */
static const struct xlat dn_flags[] = {
	X(DN_ACCESS), X(DN_MODIFY), X(DN_CREATE), X(DN_DELETE), X(DN_RENAME), X(DN_ATTRIB),
	X(DN_MULTISHOT), XEND
};

static void dec_fcntl(struct tcb *t)
{
	unsigned cmd = (unsigned)t->a[1];

	if (t->exiting) {
		if (cmd == F_GETLK || cmd == F_OFD_GETLK) {	/* the lock that is in the way */
			pr_sep();
			if (t_failed(t))
				pr_addr(t->a[2]);
			else
				pr_flock(t, t->a[2], 1);
			return;
		}
		if (cmd == F_GETOWN_EX) {
			pr_sep();
			if (t_failed(t))
				pr_addr(t->a[2]);
			else
				pr_owner_ex(t, t->a[2]);
			return;
		}
		if (t_failed(t))
			return;
		if (cmd == F_GETLEASE)
			fcntl_result_lease(t);
		if (cmd == F_GETSIG)
			fcntl_result_sig(t);
		if (t->ret == 0)
			return;
		if (cmd == F_GETFD && t->ret == FD_CLOEXEC)
			fcntl_result_flags(t, opt_raw ? "0x1" : opt_xverbose ? "0x1 /* FD_CLOEXEC */" :
					   "FD_CLOEXEC");
		if (cmd == F_GETFL) {
			/* print the flags into rbuf through the same printer */
			struct out *save = tout;
			char tmp[512];
			struct out o = { -1, 0, 0, sizeof tmp, tmp };
			int keep = line_col(), raw = opt_raw, xv = opt_xverbose;
			tout = &o;
			opt_raw = opt_xverbose = 0;	/* strace names these even under -X raw, verbose */
			pr_open_flags((unsigned long)t->ret);
			opt_raw = raw;
			opt_xverbose = xv;
			tout = save;
			line_set_col(keep);
			tmp[o.len < sizeof tmp ? o.len : sizeof tmp - 1] = 0;
			fcntl_result_flags(t, tmp);
		}
		return;
	}
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_xlat(fcntl_cmds, cmd, "%#x", "F_???");
	switch (cmd) {
	case F_GETOWN:		/* a process (a group comes as a negative number) */
		t->rfmt = R_TGID;
		break;
	case F_GETFD: case F_GETFL: case F_GETSIG: case F_GETLEASE:
	case F_GETPIPE_SZ: case F_GET_SEALS:
		break;
	case F_SETFD:
		pr_sep();
		pr_flags(fd_flags, (unsigned)t->a[2], NULL);	/* an int */
		break;
	case F_SETFL:
		pr_sep();
		pr_open_flags(t->a[2]);
		break;
	case F_SETLK: case F_SETLKW: case F_OFD_SETLK: case F_OFD_SETLKW:
		pr_sep();
		pr_flock(t, t->a[2], 0);
		break;
	case F_GETLK: case F_OFD_GETLK: case F_GETOWN_EX:
		break;		/* printed at exit */
	case F_SETOWN_EX:
		pr_sep();
		pr_owner_ex(t, t->a[2]);
		break;
	case F_DUPFD: case F_DUPFD_CLOEXEC:
		t->rfmt = R_FD;		/* the result is the new descriptor */
		pr(", %ld", (long)(int)t->a[2]);
		break;
	case F_SETOWN:		/* a process, or a group below 0 */
		prs(", ");
		pr_pid_or_pgid((long)t->a[2]);
		break;
	case F_SETPIPE_SZ:
		pr(", %ld", (long)(int)t->a[2]);
		break;
	case F_SETSIG:
		pr_sep();
		pr_signame((int)t->a[2]);
		break;
	case F_SETLEASE:
		pr_sep();
		pr_xlat(lock_types, (unsigned)t->a[2], "%#x", "F_???");
		break;
	case F_NOTIFY:
		pr_sep();
		pr_flags_d(dn_flags, (unsigned)t->a[2], "DN_???");
		break;
	default:
		pr_sep();
		pr_addr(t->a[2]);
	}
}

const struct xlat xl_poll_events[] = {
	X(POLLIN), X(POLLPRI), X(POLLOUT), X(POLLERR), X(POLLHUP), X(POLLNVAL), X(POLLRDNORM),
	X(POLLRDBAND), X(POLLWRNORM), X(POLLWRBAND), X(POLLMSG), X(POLLRDHUP), XEND
};

/* one struct pollfd at the entry; strace leaves out the events of a
 * negative fd, which the kernel ignores: {fd=-1} */
static void pr_pollfd(int fd, short events)
{
	prs("{fd=");
	pr_fd(fd);
	if (fd >= 0) {
		prs(", events=");
		pr_flags(xl_poll_events, (unsigned short)events, NULL);
	}
	prs("}");
}

static void pr_pollfd_elem(struct tcb *t, const void *e)
{
	const struct pollfd *p = e;
	(void)t;
	pr_pollfd(p->fd, p->events);
}

/* the pollfd array as strace's print_array shows one: its address when
 * nothing of it can be read; nfds is an unsigned int */
static void pr_pollfds(struct tcb *t, unsigned long addr, unsigned n)
{
	if (!pr_nonverbose_addr(addr))
		pr_array(t, addr, n, sizeof(struct pollfd), pr_pollfd_elem);
	pr(", %u", n);
}

static void dec_poll(struct tcb *t)
{
	unsigned long addr = t->a[0], n = (unsigned)t->a[1];
	struct pollfd p;

	if (!t->exiting) {
		pr_pollfds(t, addr, (unsigned)n);
		pr(", %d", (int)t->a[2]);
		return;
	}
	if (t_failed(t))
		return;
	if (t->ret == 0) {
		t->rtext = " (Timeout)";
		return;
	}
	if (!cur_verbose)
		return;		/* -e verbose=: strace lists none */
	/* the result lists the descriptors that are ready */
	size_t k = (size_t)snprintf(t->rbuf, sizeof t->rbuf, " ([");
	int shown = 0;
	for (unsigned long i = 0; i < n && k < sizeof t->rbuf - 200; i++) {
		/* one element is under 200 bytes: all poll bit names fit */
		if (umove(t->pid, addr + i * sizeof p, &p, sizeof p) < 0 || !p.revents)
			continue;
		if (shown >= opt_strlen && cur_abbrev) {	/* the -s cut, as for any array */
			k += (size_t)snprintf(t->rbuf + k, sizeof t->rbuf - k, "%s...",
					      shown ? ", " : "");
			break;
		}
		k += (size_t)snprintf(t->rbuf + k, sizeof t->rbuf - k, "%s{fd=%d, revents=",
				      shown ? ", " : "", p.fd);
		shown++;
		if (opt_raw) {
			k += (size_t)snprintf(t->rbuf + k, sizeof t->rbuf - k, "%#x",
					      (unsigned)(unsigned short)p.revents);
		} else {
			const char *sep = "";
			if (opt_xverbose)	/* -X verbose: the number, the names in a comment */
				k += (size_t)snprintf(t->rbuf + k, sizeof t->rbuf - k, "%#x /* ",
						      (unsigned)(unsigned short)p.revents);
			for (const struct xlat *x = xl_poll_events; x->name; x++)
				if (p.revents & x->val) {
					k += (size_t)snprintf(t->rbuf + k, sizeof t->rbuf - k, "%s%s",
							      sep, x->name);
					sep = "|";
				}
			if (opt_xverbose)
				k += (size_t)snprintf(t->rbuf + k, sizeof t->rbuf - k, " */");
		}
		k += (size_t)snprintf(t->rbuf + k, sizeof t->rbuf - k, "}");
	}
	snprintf(t->rbuf + k, sizeof t->rbuf - k, "])");
	t->rtext = t->rbuf;
}

/* getdents64 fills struct linux_dirent64 records, each
 *   u64 d_ino | s64 d_off | u16 d_reclen | u8 d_type | char d_name[]
 * strace counts them, stepping by d_reclen (at offset 16). */
/* d_type: dirent.h's DT_*, which no UAPI header defines (IFTODT of st_mode) */
static const struct xlat dirent_types[] = {
	{ 0, "DT_UNKNOWN" }, { 1, "DT_FIFO" }, { 2, "DT_CHR" }, { 4, "DT_DIR" }, { 6, "DT_BLK" },
	{ 8, "DT_REG" }, { 10, "DT_LNK" }, { 12, "DT_SOCK" }, { 14, "DT_WHT" }, XEND
};

/* -v: getdents64's and getdents' records in full, as strace (no -s cut);
 * 0 if it cannot */
static int getdents_full(struct tcb *t)
{
	static unsigned char buf[1 << 16];
	unsigned long len = (unsigned long)t->ret;

	int old = !t_is(t, "getdents64");	/* getdents: d_type is the record's last byte */

	if (len > sizeof buf || umove(t->pid, t->a[1], buf, len) < 0)
		return 0;
	prs("[");
	for (unsigned long off = 0; off + 19 <= len;) {
		unsigned long long ino;
		long long doff;
		unsigned short rl;
		memcpy(&ino, buf + off, 8);
		memcpy(&doff, buf + off + 8, 8);
		memcpy(&rl, buf + off + 16, 2);
		if (rl < 19 || off + rl > len)
			break;
		pr("%s{d_ino=%llu, d_off=%lld, d_reclen=%u", off ? ", " : "", ino, doff, rl);
		if (old) {
			prs(", d_name=");
			quote_bytes(buf + off + 18, rl - 19, QUOTE_0_TERM);
			prs(", d_type=");
			pr_xlat(dirent_types, buf[off + rl - 1], "%#x", "DT_???");
		} else {
			prs(", d_type=");
			pr_xlat(dirent_types, buf[off + 18], "%#x", "DT_???");
			prs(", d_name=");
			quote_bytes(buf + off + 19, rl - 19, QUOTE_0_TERM);
		}
		prs("}");
		off += rl;
	}
	prs("]");
	return 1;
}

static void dec_getdents64(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	if (!abbrev(t) && !t_failed(t) && getdents_full(t)) {
		pr(", %u", (unsigned)t->a[2]);
		return;
	}
	pr_addr(t->a[1]);
	if (!t_failed(t)) {
		static unsigned char buf[1 << 16];
		unsigned long len = (unsigned long)t->ret, n = 0;
		if (len <= sizeof buf && umove(t->pid, t->a[1], buf, len) == 0) {
			for (unsigned long off = 0; off + 18 < len + 1;) {
				unsigned short rl;
				memcpy(&rl, buf + off + 16, 2);
				if (!rl)
					break;
				off += rl;
				n++;
			}
		}
		if (cur_verbose)
			pr(" /* %lu entries */", n);
	}
	pr(", %u", (unsigned)t->a[2]);	/* unsigned int count */
}

static const struct xlat fadv[] = {
	X(POSIX_FADV_NORMAL), X(POSIX_FADV_RANDOM), X(POSIX_FADV_SEQUENTIAL),
	X(POSIX_FADV_WILLNEED), X(POSIX_FADV_DONTNEED), X(POSIX_FADV_NOREUSE), XEND
};

static void dec_fadvise(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr(", %ld, %lu, ", (long)t->a[1], t->a[2]);	/* the length unsigned, as strace */
	pr_xlat(fadv, (unsigned)t->a[3], "%#x", "POSIX_FADV_???");
}

static void dec_fd_len(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr(", %lu", t->a[1]);	/* strace: the length as unsigned */
	}
}

/* An offset pointer of sendfile: [value] in, " => [value]" out (unsigned,
 * as strace prints a loff_t here). */
static void dec_sendfile(struct tcb *t)
{
	unsigned long off;

	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_fd((long)t->a[1]);
		pr_sep();
		if (!t->a[2])
			prs("NULL");
		else if (umove(t->pid, t->a[2], &off, sizeof off) < 0)
			pr_hex(t->a[2]);
		else
			pr("[%lu]", off);
		return;
	}
	/* the offset moved: only when some bytes were sent */
	if (t->a[2] && !t_failed(t) && t->ret && umove(t->pid, t->a[2], &off, sizeof off) == 0)
		pr(" => [%lu]", off);
	pr(", %lu", t->a[3]);
}

static void pr_offp(struct tcb *t, unsigned long addr)
{
	long off;
	if (!addr)
		prs("NULL");
	else if (umove(t->pid, addr, &off, sizeof off) < 0)
		pr_hex(addr);
	else
		pr("[%ld]", off);
}

/* splice(2)'s flags: <linux/splice.h> is not part of UAPI; from the man page */
static const struct xlat splice_flags[] = {
	{ 1, "SPLICE_F_MOVE" }, { 2, "SPLICE_F_NONBLOCK" }, { 4, "SPLICE_F_MORE" },
	{ 8, "SPLICE_F_GIFT" }, XEND
};

static void dec_copy_file_range(struct tcb *t)	/* and splice */
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_offp(t, t->a[1]);
	pr_sep();
	pr_fd((long)t->a[2]);
	pr_sep();
	pr_offp(t, t->a[3]);
	pr(", %lu, ", t->a[4]);
	if (t_is(t, "splice"))
		pr_flags_d(splice_flags, (unsigned)t->a[5], "SPLICE_F_???");
	else
		pr("%u", (unsigned)t->a[5]);
}

static const struct xlat falloc_flags[] = {
	X(FALLOC_FL_KEEP_SIZE), X(FALLOC_FL_PUNCH_HOLE), X(FALLOC_FL_NO_HIDE_STALE),
	X(FALLOC_FL_COLLAPSE_RANGE), X(FALLOC_FL_ZERO_RANGE), X(FALLOC_FL_INSERT_RANGE),
	X(FALLOC_FL_UNSHARE_RANGE), XEND
};

static void dec_fallocate(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_flags_d(falloc_flags, (unsigned)t->a[1], "FALLOC_FL_???");
	pr(", %ld, %ld", (long)t->a[2], (long)t->a[3]);
}

static const struct xlat flock_ops[] = {
	X(LOCK_SH), X(LOCK_EX), X(LOCK_NB), X(LOCK_UN), X(LOCK_MAND), X(LOCK_RW), X(LOCK_READ),
	X(LOCK_WRITE), XEND
};

static void dec_flock(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_flags_d(flock_ops, (unsigned)t->a[1], "LOCK_???");
}

static void dec_fchown(struct tcb *t)
{
	if (!t->exiting)
	{
		pr_fd(t->a[0]);
		pr_sep();
		pr_id(t->a[1]);
		pr_sep();
		pr_id(t->a[2]);
	}
}

static const struct xlat epoll_ops[] = {
	X(EPOLL_CTL_ADD), X(EPOLL_CTL_DEL), X(EPOLL_CTL_MOD), XEND
};
static const struct xlat epoll_events[] = {
	X(EPOLLIN), X(EPOLLPRI), X(EPOLLOUT), X(EPOLLERR), X(EPOLLHUP), X(EPOLLNVAL),
	X(EPOLLRDNORM), X(EPOLLRDBAND), X(EPOLLWRNORM), X(EPOLLWRBAND), X(EPOLLMSG),
	X(EPOLLRDHUP), X(EPOLLEXCLUSIVE), X(EPOLLWAKEUP), X(EPOLLONESHOT), X(EPOLLET), XEND
};

/* struct epoll_event is packed on x86-64: u32 events, then u64 data at offset 4 */
static void pr_epoll_event(const unsigned char *e)
{
	unsigned ev;
	unsigned long long data;
	memcpy(&ev, e, 4);
	memcpy(&data, e + 4, 8);
	prs("{events=");
	pr_flags(epoll_events, ev, NULL);
	pr(", data={u32=%u, u64=%llu}}", (unsigned)data, data);
}

static void dec_epoll_create1(struct tcb *t)
{
	static const struct xlat f[] = { { O_CLOEXEC, "EPOLL_CLOEXEC" }, XEND };
	if (!t->exiting)
		pr_flags_d(f, (unsigned)t->a[0], "EPOLL_???");
}

static void dec_epoll_ctl(struct tcb *t)
{
	unsigned char e[12];
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_xlat(epoll_ops, (unsigned)t->a[1], "%#x", "EPOLL_CTL_???");
	pr_sep();
	pr_fd((long)t->a[2]);
	pr_sep();
	if (!t->a[3] || (unsigned)t->a[1] == EPOLL_CTL_DEL)	/* DEL reads no event */
		pr_addr(t->a[3]);
	else if (umove(t->pid, t->a[3], e, sizeof e) < 0)
		pr_hex(t->a[3]);
	else
		pr_epoll_event(e);
}

/* at the exit: the events the kernel wrote, then maxevents */
static void pr_epoll_events(struct tcb *t)
{
	if (t_failed(t)) {
		pr_addr(t->a[1]);
	} else {
		prs("[");
		for (long i = 0; i < t->ret; i++) {
			unsigned char e[12];
			if (!pr_elem((int)i))
				break;
			if (umove(t->pid, t->a[1] + 12 * (unsigned long)i, e, sizeof e) < 0)
				break;
			pr_epoll_event(e);
		}
		prs("]");
	}
	pr(", %d", (int)t->a[2]);
}

static void dec_epoll_wait(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	pr_epoll_events(t);
	pr(", %d", (int)t->a[3]);
}

static void dec_eventfd2(struct tcb *t)
{
	/* EFD_* are O_CLOEXEC and O_NONBLOCK (and EFD_SEMAPHORE 1): eventfd(2) */
	static const struct xlat f[] = {
		{ 1, "EFD_SEMAPHORE" }, { O_CLOEXEC, "EFD_CLOEXEC" }, { O_NONBLOCK, "EFD_NONBLOCK" }, XEND
	};
	if (!t->exiting) {
		pr("%u, ", (unsigned)t->a[0]);
		pr_flags_d(f, (unsigned)t->a[1], "EFD_???");
	}
}

static void dec_close_range(struct tcb *t)
{
	static const struct xlat f[] = { X(CLOSE_RANGE_UNSHARE), X(CLOSE_RANGE_CLOEXEC), XEND };
	if (!t->exiting) {
		pr("%u, %u, ", (unsigned)t->a[0], (unsigned)t->a[1]);
		pr_flags_d(f, (unsigned)t->a[2], "CLOSE_RANGE_???");
	}
}

/* select's sets as strace reads them: nfds as the kernel's int, below 0 as
 * 0 and past 1M descriptors as 1M; whole words of bits */
#define SELECT_MAX_FDS (1024 * 1024)
static unsigned long fdset_bits[SELECT_MAX_FDS / 64];

static int select_nfds(struct tcb *t)
{
	int nfds = (int)t->a[0];
	return nfds < 0 ? 0 : nfds > SELECT_MAX_FDS ? SELECT_MAX_FDS : nfds;
}

static size_t fdset_bytes(int nfds)
{
	return (size_t)(nfds + 63) / 64 * 8;
}

static int fd_in_set(int fd)
{
	return fdset_bits[fd / 64] >> (fd % 64) & 1;
}

/* at the entry: [3 4] (with -y, 3</etc/hostname>); no descriptors to look
 * at (nfds 0) or an unreadable set: the address */
static void pr_fdset(struct tcb *t, unsigned long addr, int nfds)
{
	size_t bytes = fdset_bytes(nfds);
	if (!bytes || umove(t->pid, addr, fdset_bits, bytes) < 0) {
		pr_addr(addr);
		return;
	}
	prs("[");
	for (int fd = 0, n = 0; fd < nfds; fd++)
		if (fd_in_set(fd)) {
			if (n++)
				prs(" ");
			pr_fd(fd);
		}
	prs("]");
}

static void pr_pselect_sigmask(struct tcb *t, unsigned long addr)
{
	unsigned long d[2];
	if (!addr || umove(t->pid, addr, d, sizeof d) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{sigmask=");
	pr_sigset(t, d[0], d[1]);
	pr(", sigsetsize=%lu}", d[1]);
}

/* The text after the result, in strace's 1024-byte buffer: "in [4]" for
 * each set with ready descriptors, as many as the result counts; a "]" after
 * every set looked at once something was listed, as strace writes it ("in
 * [0]], except [1]" when a set between listed none); then "left" and the
 * time remaining. A descriptor that would not fit is left out. */
#define SELECT_TEXT 1024
static void select_ready_text(struct tcb *t, int nfds, int pselect)
{
	static const char *const names[] = { "in", "out", "except" };
	char *o = t->rbuf;
	size_t k = 0, room = SELECT_TEXT - (sizeof ", except [" + 3 * sizeof(int) + 2);
	const char *sep = "";
	long ready = t->ret;
	size_t bytes = fdset_bytes(nfds);

	for (int i = 0; i < 3 && ready > 0; i++) {
		int first = 1;
		if (!t->a[i + 1] || !bytes || umove_data(t->pid, t->a[i + 1], fdset_bits, bytes) < 0)
			continue;
		for (int fd = 0; fd < nfds; fd++) {
			if (!fd_in_set(fd))
				continue;
			if (k < room) {
				if (first)
					k += (size_t)snprintf(o + k, SELECT_TEXT - k, "%s%s [%d",
							      sep, names[i], fd);
				else
					k += (size_t)snprintf(o + k, SELECT_TEXT - k, " %d", fd);
				first = 0;
				sep = ", ";
			}
			if (--ready == 0)
				break;
		}
		if (k)
			o[k++] = ']';
	}
	if (t->a[4]) {
		char left[128];
		long v[2];
		if (!cur_verbose || umove(t->pid, t->a[4], v, sizeof v) < 0)
			snprintf(left, sizeof left, "%#lx", t->a[4]);
		else
			snprintf(left, sizeof left, pselect ? "{tv_sec=%ld, tv_nsec=%ld}"
							    : "{tv_sec=%ld, tv_usec=%ld}", v[0], v[1]);
		if (k + sizeof "left " + strlen(sep) + strlen(left) < SELECT_TEXT)
			k += (size_t)snprintf(o + k, SELECT_TEXT - k, "%sleft %s", sep, left);
	}
	o[k] = 0;
}

/* select and pselect6: the sets at entry; the result says which are ready,
 * " (in [4], left {tv_sec=0, tv_nsec=4999})", or " (Timeout)". */
static void dec_select(struct tcb *t)
{
	int nfds = select_nfds(t), pselect = t_is(t, "pselect6");

	if (!t->exiting) {
		pr("%d, ", (int)t->a[0]);
		for (int i = 1; i <= 3; i++) {
			pr_fdset(t, t->a[i], nfds);
			pr_sep();
		}
		if (pselect) {
			pr_timespec(t, t->a[4]);
			pr_sep();
			pr_pselect_sigmask(t, t->a[5]);
		} else {
			pr_timeval(t, t->a[4]);
		}
		return;
	}
	if (t_failed(t))
		return;
	if (t->ret == 0) {
		t->rtext = " (Timeout)";
		return;
	}
	char text[SELECT_TEXT];
	select_ready_text(t, nfds, pselect);
	memcpy(text, t->rbuf, sizeof text);
	snprintf(t->rbuf, sizeof t->rbuf, " (%s)", text);
	t->rtext = t->rbuf;
}

static const struct xlat in_events[] = {
	X(IN_ACCESS), X(IN_MODIFY), X(IN_ATTRIB), X(IN_CLOSE_WRITE), X(IN_CLOSE_NOWRITE),
	X(IN_OPEN), X(IN_MOVED_FROM), X(IN_MOVED_TO), X(IN_CREATE), X(IN_DELETE),
	X(IN_DELETE_SELF), X(IN_MOVE_SELF), X(IN_UNMOUNT), X(IN_Q_OVERFLOW), X(IN_IGNORED),
	X(IN_ONLYDIR), X(IN_DONT_FOLLOW), X(IN_EXCL_UNLINK), X(IN_MASK_CREATE), X(IN_MASK_ADD),
	X(IN_ISDIR), X(IN_ONESHOT), XEND
};

static void dec_inotify_init1(struct tcb *t)
{
	static const struct xlat f[] = { X(IN_NONBLOCK), X(IN_CLOEXEC), XEND };
	if (!t->exiting)
		pr_flags_d(f, (unsigned)t->a[0], "IN_???");
}

static void dec_inotify_add_watch(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	pr_flags_d(in_events, (unsigned)t->a[2], "IN_???");
}

static void dec_inotify_rm_watch(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd(t->a[0]);
		pr(", %d", (int)t->a[1]);
	}
}

/* ppoll: poll with a timespec and a signal mask; the result also says how
 * much of the timeout was left: " ([{fd=3, revents=POLLIN}], left {...})" */
static void dec_ppoll(struct tcb *t)
{
	unsigned long addr = t->a[0], n = (unsigned)t->a[1];

	if (!t->exiting) {
		pr_pollfds(t, addr, (unsigned)n);
		pr_sep();
		pr_timespec(t, t->a[2]);
		pr_sep();
		pr_sigset(t, t->a[3], t->a[4]);
		pr(", %lu", t->a[4]);
		return;
	}
	dec_poll(t);	/* the ready list, as poll prints it */
	if (t_failed(t) || t->ret == 0 || !t->a[2])
		return;
	long ts[2];
	size_t k = strlen(t->rbuf);
	if (k > 1 && umove(t->pid, t->a[2], ts, sizeof ts) == 0)
		snprintf(t->rbuf + k - 1, sizeof t->rbuf - k + 1,
			 ", left {tv_sec=%ld, tv_nsec=%ld})", ts[0], ts[1]);
}

const struct xlat xl_rwf_flags[] = {
	X(RWF_HIPRI), X(RWF_DSYNC), X(RWF_SYNC), X(RWF_NOWAIT), X(RWF_APPEND), XEND
};

/* preadv2/pwritev2(fd, iov, cnt, pos_l, pos_h, flags): on x86-64 the offset
 * is all in pos_l */
static void dec_preadv2(struct tcb *t)
{
	if (t_is(t, "preadv2"))
		dec_readv(t);
	else
		dec_writev(t);
	if (t->exiting == t_is(t, "preadv2")) {
		pr(", %ld, ", (long)t->a[3]);
		pr_flags_d(xl_rwf_flags, (unsigned)t->a[5], "RWF_???");
	}
}

static void dec_preadv(struct tcb *t)
{
	dec_readv(t);
	if (t->exiting)
		pr(", %ld", (long)t->a[3]);
}

static void dec_pwritev(struct tcb *t)
{
	dec_writev(t);
	if (!t->exiting)
		pr(", %ld", (long)t->a[3]);
}

static void dec_readahead(struct tcb *t)
{
	if (!t->exiting)
	{
		pr_fd(t->a[0]);
		pr(", %ld, %lu", (long)t->a[1], t->a[2]);
	}
}

static const struct xlat sfr_flags[] = {
	X(SYNC_FILE_RANGE_WAIT_BEFORE), X(SYNC_FILE_RANGE_WRITE), X(SYNC_FILE_RANGE_WAIT_AFTER),
	XEND
};

static void dec_sync_file_range(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd(t->a[0]);
		pr(", %ld, %ld, ", (long)t->a[1], (long)t->a[2]);
		pr_flags_d(sfr_flags, (unsigned)t->a[3], "SYNC_FILE_RANGE_???");
	}
}

static void dec_eventfd(struct tcb *t)
{
	if (!t->exiting)
		pr("%u", (unsigned)t->a[0]);
}

static void dec_signalfd(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_sigset(t, t->a[1], t->a[2]);
		pr(", %lu", t->a[2]);
	}
}

static void dec_epoll_pwait(struct tcb *t)
{
	dec_epoll_wait(t);
	if (t->exiting) {
		pr_sep();
		pr_sigset(t, t->a[4], t->a[5]);
		pr(", %lu", t->a[5]);
	}
}

/* epoll_pwait2: the timeout a timespec, read at the exit as the rest;
 * a failed call's pointers are shown as addresses */
static void dec_epoll_pwait2(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	pr_epoll_events(t);
	pr_sep();
	if (t_failed(t)) {
		pr_addr(t->a[3]);
		pr_sep();
		pr_addr(t->a[4]);
	} else {
		pr_timespec(t, t->a[3]);
		pr_sep();
		pr_sigset(t, t->a[4], t->a[5]);
	}
	pr(", %lu", t->a[5]);
}

/* vmsplice(fd, iov, n, flags): the iovec's bytes are what goes into the pipe */
static void dec_vmsplice(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)(int)t->a[0]);
	pr_sep();
	pr_iov(t, t->a[1], t->a[2], ~0UL);
	pr(", %lu, ", t->a[2]);
	pr_flags_d(splice_flags, (unsigned)t->a[3], "SPLICE_F_???");
}

static void dec_tee(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd(t->a[0]);
		prs(", ");
		pr_fd(t->a[1]);
		pr(", %lu, ", t->a[2]);
		pr_flags_d(splice_flags, (unsigned)t->a[3], "SPLICE_F_???");
	}
}

static void dec_int1(struct tcb *t)	/* epoll_create(size) */
{
	if (!t->exiting)
		pr("%d", (int)t->a[0]);
}

/* userfaultfd's own flag first, then open(2)'s (<linux/userfaultfd.h>) */
static void dec_userfaultfd(struct tcb *t)
{
	static const struct xlat f[] = {
		X(UFFD_USER_MODE_ONLY), X(O_NONBLOCK), X(O_CLOEXEC), XEND
	};
	if (!t->exiting)
		pr_flags_d(f, (unsigned)t->a[0], "UFFD_???");
}

void desc_init(void)
{
	sys_set("read", 3, dec_read, R_DEC);
	sys_set("write", 3, dec_write, R_DEC);
	sys_set("pread64", 4, dec_pread, R_DEC);
	sys_set("pwrite64", 4, dec_pwrite, R_DEC);
	sys_set("readv", 3, dec_readv, R_DEC);
	sys_set("writev", 3, dec_writev, R_DEC);
	sys_set("close", 1, dec_fd, R_DEC);
	sys_set("fsync", 1, dec_fd, R_DEC);
	sys_set("fdatasync", 1, dec_fd, R_DEC);
	sys_set("fchdir", 1, dec_fd, R_DEC);
	sys_set("dup", 1, dec_fd, R_DEC);
	sys_set("lseek", 3, dec_lseek, R_DEC);
	sys_set("dup2", 2, dec_dup2, R_DEC);
	sys_set("dup3", 3, dec_dup3, R_DEC);
	sys_set("pipe", 1, dec_pipe, R_DEC);
	sys_set("pipe2", 2, dec_pipe2, R_DEC);
	sys_set("fcntl", 3, dec_fcntl, R_DEC);
	sys_set("ioctl", 3, dec_ioctl, R_DEC);
	sys_set("poll", 3, dec_poll, R_DEC);
	sys_set("getdents64", 3, dec_getdents64, R_DEC);
	sys_set("fadvise64", 4, dec_fadvise, R_DEC);
	sys_set("ftruncate", 2, dec_fd_len, R_DEC);
	sys_set("sendfile", 4, dec_sendfile, R_DEC);
	sys_set("copy_file_range", 6, dec_copy_file_range, R_DEC);
	sys_set("splice", 6, dec_copy_file_range, R_DEC);
	sys_set("fallocate", 4, dec_fallocate, R_DEC);
	sys_set("flock", 2, dec_flock, R_DEC);
	sys_set("fchown", 3, dec_fchown, R_DEC);
	sys_set("syncfs", 1, dec_fd, R_DEC);
	sys_set("epoll_create1", 1, dec_epoll_create1, R_DEC);
	sys_set("epoll_ctl", 4, dec_epoll_ctl, R_DEC);
	sys_set("epoll_wait", 4, dec_epoll_wait, R_DEC);
	sys_set("eventfd2", 2, dec_eventfd2, R_DEC);
	sys_set("close_range", 3, dec_close_range, R_DEC);
	sys_set("select", 5, dec_select, R_DEC);
	sys_set("pselect6", 6, dec_select, R_DEC);
	sys_set("inotify_init1", 1, dec_inotify_init1, R_DEC);
	sys_set("inotify_add_watch", 3, dec_inotify_add_watch, R_DEC);
	sys_set("inotify_rm_watch", 2, dec_inotify_rm_watch, R_DEC);
	sys_set("ppoll", 5, dec_ppoll, R_DEC);
	sys_set("preadv", 4, dec_preadv, R_DEC);
	sys_set("preadv2", 6, dec_preadv2, R_DEC);
	sys_set("pwritev2", 6, dec_preadv2, R_DEC);
	sys_set("pwritev", 4, dec_pwritev, R_DEC);
	sys_set("readahead", 3, dec_readahead, R_DEC);
	sys_set("sync_file_range", 4, dec_sync_file_range, R_DEC);
	sys_set("eventfd", 1, dec_eventfd, R_DEC);
	sys_set("signalfd", 3, dec_signalfd, R_DEC);
	sys_set("epoll_pwait", 6, dec_epoll_pwait, R_DEC);
	sys_set("epoll_pwait2", 6, dec_epoll_pwait2, R_DEC);
	sys_set("vmsplice", 4, dec_vmsplice, R_DEC);
	sys_set("tee", 4, dec_tee, R_DEC);
	sys_set("epoll_create", 1, dec_int1, R_DEC);
	sys_set("getdents", 3, dec_getdents64, R_DEC);
	sys_set("userfaultfd", 1, dec_userfaultfd, R_DEC);
}
