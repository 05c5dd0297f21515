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

static void dec_io_uring_setup(struct tcb *t)
{
	if (t->exiting)
		return;
	pr("%u, ", (unsigned)t->a[0]);
	pr_addr(t->a[1]);	/* struct io_uring_params: not decoded */
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
