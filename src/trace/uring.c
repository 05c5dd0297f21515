/* src/trace/uring.c — io_uring_setup, io_uring_enter, io_uring_register.
 * Constants from <linux/io_uring.h>. */
#include "trace.h"
#include <linux/io_uring.h>

static const struct xlat enter_flags[] = {
	X(IORING_ENTER_GETEVENTS), X(IORING_ENTER_SQ_WAKEUP), X(IORING_ENTER_SQ_WAIT),
	X(IORING_ENTER_EXT_ARG), X(IORING_ENTER_REGISTERED_RING), XEND
};
static const struct xlat register_ops[] = {
	X(IORING_REGISTER_BUFFERS), X(IORING_UNREGISTER_BUFFERS), X(IORING_REGISTER_FILES),
	X(IORING_UNREGISTER_FILES), X(IORING_REGISTER_EVENTFD), X(IORING_UNREGISTER_EVENTFD),
	X(IORING_REGISTER_FILES_UPDATE), X(IORING_REGISTER_EVENTFD_ASYNC),
	X(IORING_REGISTER_PROBE), X(IORING_REGISTER_PERSONALITY),
	X(IORING_UNREGISTER_PERSONALITY), X(IORING_REGISTER_RESTRICTIONS),
	X(IORING_REGISTER_ENABLE_RINGS), X(IORING_REGISTER_FILES2),
	X(IORING_REGISTER_FILES_UPDATE2), X(IORING_REGISTER_BUFFERS2),
	X(IORING_REGISTER_BUFFERS_UPDATE), X(IORING_REGISTER_IOWQ_AFF),
	X(IORING_UNREGISTER_IOWQ_AFF), X(IORING_REGISTER_IOWQ_MAX_WORKERS),
	X(IORING_REGISTER_RING_FDS), X(IORING_UNREGISTER_RING_FDS), XEND
};

/* strace 6.1 names these; the header's SINGLE_ISSUER and DEFER_TASKRUN
 * (Linux 6.0, 6.1) are numbers to it, and so here */
static const struct xlat setup_flags[] = {
	X(IORING_SETUP_IOPOLL), X(IORING_SETUP_SQPOLL), X(IORING_SETUP_SQ_AFF),
	X(IORING_SETUP_CQSIZE), X(IORING_SETUP_CLAMP), X(IORING_SETUP_ATTACH_WQ),
	X(IORING_SETUP_R_DISABLED), X(IORING_SETUP_SUBMIT_ALL), X(IORING_SETUP_COOP_TASKRUN),
	X(IORING_SETUP_TASKRUN_FLAG), X(IORING_SETUP_SQE128), X(IORING_SETUP_CQE32), XEND
};
static const struct xlat feat_flags[] = {
	X(IORING_FEAT_SINGLE_MMAP), X(IORING_FEAT_NODROP), X(IORING_FEAT_SUBMIT_STABLE),
	X(IORING_FEAT_RW_CUR_POS), X(IORING_FEAT_CUR_PERSONALITY), X(IORING_FEAT_FAST_POLL),
	X(IORING_FEAT_POLL_32BITS), X(IORING_FEAT_SQPOLL_NONFIXED), X(IORING_FEAT_EXT_ARG),
	X(IORING_FEAT_NATIVE_WORKERS), X(IORING_FEAT_RSRC_TAGS), X(IORING_FEAT_CQE_SKIP),
	X(IORING_FEAT_LINKED_FILE), XEND
};

/* io_uring_setup(entries, params): what the program asks for at the entry
 * (wq_fd only with ATTACH_WQ, resv only if not all 0), what the kernel made
 * of it at the exit (sizes, features, the rings' offsets) */
static void dec_io_uring_setup(struct tcb *t)
{
	struct io_uring_params p;

	if (!t->exiting) {
		pr("%u, ", (unsigned)t->a[0]);
		t->aux = umove(t->pid, t->a[1], &p, sizeof p) == 0;
		if (!t->aux) {
			pr_addr(t->a[1]);
			return;
		}
		prs("{flags=");
		pr_flags(setup_flags, p.flags, NULL);
		pr(", sq_thread_cpu=%u, sq_thread_idle=%u", p.sq_thread_cpu, p.sq_thread_idle);
		if (p.flags & IORING_SETUP_ATTACH_WQ)
			pr(", wq_fd=%d", (int)p.wq_fd);
		if (p.resv[0] || p.resv[1] || p.resv[2]) {
			prs(", resv=[");
			for (int i = 0; i < 3; i++)
				pr(i ? ", %#x" : "%#x", p.resv[i]);
			prs("]");
		}
		return;
	}
	if (!t->aux)
		return;
	if (!t_failed(t) && umove(t->pid, t->a[1], &p, sizeof p) == 0) {
		pr(", sq_entries=%u, cq_entries=%u, features=", p.sq_entries, p.cq_entries);
		pr_flags(feat_flags, p.features, NULL);
		pr(", sq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, flags=%u, dropped=%u, "
		   "array=%u}", p.sq_off.head, p.sq_off.tail, p.sq_off.ring_mask, p.sq_off.ring_entries,
		   p.sq_off.flags, p.sq_off.dropped, p.sq_off.array);
		pr(", cq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, overflow=%u, cqes=%u, "
		   "flags=%u}", p.cq_off.head, p.cq_off.tail, p.cq_off.ring_mask, p.cq_off.ring_entries,
		   p.cq_off.overflow, p.cq_off.cqes, p.cq_off.flags);
	}
	prs("}");
}

static void dec_io_uring_enter(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr(", %u, %u, ", (unsigned)t->a[1], (unsigned)t->a[2]);
	pr_flags_d(enter_flags, (unsigned)t->a[3], "IORING_ENTER_???");
	pr_sep();
	pr_sigset(t, t->a[4], t->a[5]);
	pr(", %lu", t->a[5]);
}

static void dec_io_uring_register(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_xlat(register_ops, (unsigned)t->a[1], "%#x", "IORING_REGISTER_???");
	pr_sep();
	pr_addr(t->a[2]);
	pr(", %u", (unsigned)t->a[3]);
}

void uring_init(void)
{
	sys_set("io_uring_setup", 2, dec_io_uring_setup, R_DEC);
	sys_set("io_uring_enter", 6, dec_io_uring_enter, R_DEC);
	sys_set("io_uring_register", 4, dec_io_uring_register, R_DEC);
}
