/* src/trace/mq.c — POSIX message queues: mq_open, mq_unlink, mq_timedsend,
 * mq_timedreceive, mq_notify, mq_getsetattr. struct mq_attr from
 * <linux/mqueue.h>. */
#include "trace.h"
#include <linux/mqueue.h>

static const struct xlat mq_flags[] = { X(O_NONBLOCK), XEND };

/* mq_getsetattr's flags are decoded; mq_open's, which the kernel ignores,
 * are printed in hex */
static void pr_mq_attr(struct tcb *t, unsigned long addr, int decode_flags)
{
	struct mq_attr a;

	if (!addr || umove(t->pid, addr, &a, sizeof a) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{mq_flags=");
	if (decode_flags)
		pr_flags_d(mq_flags, (unsigned long)a.mq_flags, "O_???");
	else
		pr_hex((unsigned long)a.mq_flags);
	pr(", mq_maxmsg=%lld, mq_msgsize=%lld, mq_curmsgs=%lld}", (long long)a.mq_maxmsg,
	   (long long)a.mq_msgsize, (long long)a.mq_curmsgs);
}

static void dec_mq_open(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_path(t, t->a[0]);	/* a name: not cut at -s */
	pr_sep();
	pr_open_flags((unsigned)t->a[1]);	/* an int */
	if (t->a[1] & O_CREAT) {
		pr_sep();
		pr_oct((unsigned short)t->a[2]);	/* umode_t */
		pr_sep();
		pr_mq_attr(t, t->a[3], 0);
	}
}

static void dec_mq_unlink(struct tcb *t)
{
	if (!t->exiting)
		pr_path(t, t->a[0]);
}

static void dec_mq_timedsend(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_buf(t, t->a[1], t->a[2]);
	pr(", %lu, %u, ", t->a[2], (unsigned)t->a[3]);
	pr_timespec(t, t->a[4]);
}

static void dec_mq_timedreceive(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_buf(t, t->a[1], (unsigned long)t->ret);
	pr(", %lu, ", t->a[2]);
	unsigned prio;
	if (!t->a[3] || t_failed(t) || umove(t->pid, t->a[3], &prio, sizeof prio) < 0)
		pr_addr(t->a[3]);
	else
		pr("[%u]", prio);
	pr_sep();
	pr_timespec(t, t->a[4]);
}

static void dec_mq_notify(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_sigevent(t, t->a[1]);	/* time.c */
}

static void dec_mq_getsetattr(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_mq_attr(t, t->a[1], 1);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[2]);
	else
		pr_mq_attr(t, t->a[2], 1);
}

void mq_init(void)
{
	sys_set("mq_open", 4, dec_mq_open, R_DEC);
	sys_set("mq_unlink", 1, dec_mq_unlink, R_DEC);
	sys_set("mq_timedsend", 5, dec_mq_timedsend, R_DEC);
	sys_set("mq_timedreceive", 5, dec_mq_timedreceive, R_DEC);
	sys_set("mq_notify", 2, dec_mq_notify, R_DEC);
	sys_set("mq_getsetattr", 3, dec_mq_getsetattr, R_DEC);
}
