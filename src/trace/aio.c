/* src/trace/aio.c — the kernel's own asynchronous I/O (io_setup(2)): the
 * context io_setup returns. io_destroy's context prints as a number by the
 * generic rule; io_submit, io_cancel and io_getevents (struct iocb,
 * struct io_event) are not decoded yet. */
#include "trace.h"

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

void aio_init(void)
{
	sys_set("io_setup", 2, dec_io_setup, R_DEC);
}
