/* src/trace/aio.c — the kernel's own asynchronous I/O (io_setup(2)):
 * contexts, struct iocb (<linux/aio_abi.h>), struct io_event, and
 * io_pgetevents' struct of a sigset pointer and its size. */
#include "trace.h"
#include <linux/aio_abi.h>

static const struct xlat iocb_cmds[] = {
	X(IOCB_CMD_PREAD), X(IOCB_CMD_PWRITE), X(IOCB_CMD_FSYNC), X(IOCB_CMD_FDSYNC),
	X(IOCB_CMD_POLL), X(IOCB_CMD_NOOP), X(IOCB_CMD_PREADV), X(IOCB_CMD_PWRITEV), XEND
};
static const struct xlat iocb_flags[] = {
	X(IOCB_FLAG_RESFD), X(IOCB_FLAG_IOPRIO), XEND
};

/* io_setup(nr_events, ctx_idp): the context id comes back in [...] */
static void dec_io_setup(struct tcb *t)
{
	unsigned long ctx;

	if (!t->exiting) {
		pr("%u, ", (unsigned)t->a[0]);
		return;
	}
	if (t_failed(t) || umove(t->pid, t->a[1], &ctx, sizeof ctx) < 0)
		pr_addr(t->a[1]);
	else
		pr("[%#lx]", ctx);
}

static void dec_io_destroy(struct tcb *t)
{
	if (!t->exiting)
		pr_addr(t->a[0]);
}

/* aio_reqprio: an I/O priority when IOCB_FLAG_IOPRIO says it is one */
static void pr_reqprio(const struct iocb *cb)
{
	char b[64];

	if (!(cb->aio_flags & IOCB_FLAG_IOPRIO)) {
		pr(", aio_reqprio=%d", cb->aio_reqprio);
		return;
	}
	ioprio_text(b, sizeof b, (unsigned short)cb->aio_reqprio);
	if (opt_raw)
		pr(", aio_reqprio=%#x", (unsigned short)cb->aio_reqprio);
	else if (opt_xverbose)
		pr(", aio_reqprio=%#x /* %s */", (unsigned short)cb->aio_reqprio, b);
	else
		pr(", aio_reqprio=%s", b);
}

/* the command in decimal with -X raw and -X verbose too, as strace */
static void pr_opcode(unsigned op)
{
	const char *n = xlat_name(iocb_cmds, op);
	char num[8];

	snprintf(num, sizeof num, "%u", op);
	if (n)
		pr_named(num, n);
	else if (opt_raw)
		prs(num);
	else
		pr("%s /* IOCB_CMD_??? */", num);
}

/* what io_cancel shows of an iocb too: aio_key, aio_rw_flags and
 * aio_reqprio only when set */
static void pr_iocb_head(const struct iocb *cb)
{
	pr("aio_data=%#llx", (unsigned long long)cb->aio_data);
	if (cb->aio_key)
		pr(", aio_key=%u", cb->aio_key);
	if (cb->aio_rw_flags) {
		prs(", aio_rw_flags=");
		pr_flags_d(xl_rwf_flags, (unsigned)cb->aio_rw_flags, "RWF_???");
	}
	prs(", aio_lio_opcode=");
	pr_opcode(cb->aio_lio_opcode);
	if (cb->aio_reqprio)
		pr_reqprio(cb);
	prs(", aio_fildes=");
	pr_fd((int)cb->aio_fildes);
}

/* a buffer and a length the kernel can take as a pointer and a size_t */
static int iocb_sane(const struct iocb *cb)
{
	return (long long)cb->aio_nbytes >= 0;
}

/* the buffer: PWRITE's bytes, PWRITEV's iovecs with theirs, PREADV's
 * iovecs with their addresses, POLL's events, PREAD's address */
static void pr_iocb_buf(struct tcb *t, const struct iocb *cb)
{
	unsigned op = cb->aio_lio_opcode;
	int vec = op == IOCB_CMD_PREADV || op == IOCB_CMD_PWRITEV;

	prs(", aio_buf=");
	if (op == IOCB_CMD_POLL) {
		pr_flags_d(xl_poll_events, cb->aio_buf, "POLL???");
		return;
	}
	if (vec && iocb_sane(cb)) {
		pr_iov(t, cb->aio_buf, cb->aio_nbytes, op == IOCB_CMD_PWRITEV ? ~0UL : IOV_ADDRS);
		pr(", aio_offset=%lld", (long long)cb->aio_offset);
		return;
	}
	if (op == IOCB_CMD_PWRITE && iocb_sane(cb))
		pr_buf(t, cb->aio_buf, cb->aio_nbytes);
	else
		pr("%#llx", (unsigned long long)cb->aio_buf);
	pr(", aio_nbytes=%llu, aio_offset=%lld", (unsigned long long)cb->aio_nbytes,
	   (long long)cb->aio_offset);
}

static int iocb_has_buf(unsigned op)
{
	return op == IOCB_CMD_PREAD || op == IOCB_CMD_PWRITE || op == IOCB_CMD_POLL ||
	       op == IOCB_CMD_PREADV || op == IOCB_CMD_PWRITEV;
}

/* aio_flags when set; aio_resfd a descriptor with IOCB_FLAG_RESFD, else
 * in hex when not 0 */
static void pr_iocb_tail(const struct iocb *cb)
{
	if (cb->aio_flags) {
		prs(", aio_flags=");
		pr_flags_d(iocb_flags, cb->aio_flags, "IOCB_FLAG_???");
	}
	if (cb->aio_flags & IOCB_FLAG_RESFD) {
		prs(", aio_resfd=");
		pr_fd((int)cb->aio_resfd);
	} else if (cb->aio_resfd)
		pr(", aio_resfd=%#x", cb->aio_resfd);
}

/* one element of io_submit's array: a pointer to a struct iocb */
static void pr_iocbp(struct tcb *t, const void *e)
{
	unsigned long p = *(const unsigned long *)e;
	struct iocb cb;

	if (!p || umove(t->pid, p, &cb, sizeof cb) < 0) {
		pr_addr(p);
		return;
	}
	prs("{");
	pr_iocb_head(&cb);
	if (iocb_has_buf(cb.aio_lio_opcode))
		pr_iocb_buf(t, &cb);
	pr_iocb_tail(&cb);
	prs("}");
}

static void dec_io_submit(struct tcb *t)
{
	long nr = (long)t->a[1];

	if (t->exiting)
		return;
	pr_addr(t->a[0]);
	pr(", %ld, ", nr);
	if (nr < 0)
		pr_addr(t->a[2]);
	else
		pr_array(t, t->a[2], (unsigned long)nr, sizeof(unsigned long), pr_iocbp);
}

/* {data=0x1234, obj=0x7ffc..., res=16, res2=0} */
static void pr_io_event(struct tcb *t, const void *e)
{
	const struct io_event *ev = e;

	pr("{data=%#llx, obj=%#llx, res=%lld, res2=%lld}", (unsigned long long)ev->data,
	   (unsigned long long)ev->obj, (long long)ev->res, (long long)ev->res2);
}

/* io_cancel(ctx, iocb, result): the iocb's head at entry, the event at the exit */
static void dec_io_cancel(struct tcb *t)
{
	struct io_event ev;
	struct iocb cb;

	if (t->exiting) {
		if (t_failed(t) || umove(t->pid, t->a[2], &ev, sizeof ev) < 0)
			pr_addr(t->a[2]);
		else
			pr_io_event(t, &ev);
		return;
	}
	pr_addr(t->a[0]);
	pr_sep();
	if (!t->a[1] || umove(t->pid, t->a[1], &cb, sizeof cb) < 0)
		pr_addr(t->a[1]);
	else {
		prs("{");
		pr_iocb_head(&cb);
		prs("}");
	}
	pr_sep();
}

/* io_pgetevents' last argument: {sigmask=[USR1], sigsetsize=8} */
static void pr_aio_sigset(struct tcb *t, unsigned long addr)
{
	struct { unsigned long set, size; } s;

	if (!addr || umove(t->pid, addr, &s, sizeof s) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{sigmask=");
	pr_sigset(t, s.set, s.size);
	pr(", sigsetsize=%lu}", s.size);
}

/* io_getevents(ctx, min_nr, nr, events, timeout) and io_pgetevents(...,
 * usig): the events the call returned, the rest at the exit after them */
static void dec_io_getevents(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %ld, %ld, ", (long)t->a[1], (long)t->a[2]);
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[3]);
	else
		pr_array(t, t->a[3], (unsigned long)t->ret, sizeof(struct io_event), pr_io_event);
	pr_sep();
	pr_timespec(t, t->a[4]);
	if (t_is(t, "io_pgetevents")) {
		pr_sep();
		pr_aio_sigset(t, t->a[5]);
	}
}

void aio_init(void)
{
	sys_set("io_setup", 2, dec_io_setup, R_DEC);
	sys_set("io_destroy", 1, dec_io_destroy, R_DEC);
	sys_set("io_submit", 3, dec_io_submit, R_DEC);
	sys_set("io_cancel", 3, dec_io_cancel, R_DEC);
	sys_set("io_getevents", 5, dec_io_getevents, R_DEC);
	sys_set("io_pgetevents", 6, dec_io_getevents, R_DEC);
}
