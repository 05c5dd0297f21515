/* src/trace/futex.c — futex_waitv and the robust futex list
 * (get_robust_list; set_robust_list is in process.c). futex itself is in
 * process.c. */
#include "trace.h"
#include <linux/futex.h>

static const struct xlat waitv_flags[] = { X(FUTEX_32), X(FUTEX_PRIVATE_FLAG), XEND };

/* struct futex_waitv: __reserved only when it is not 0 */
static void pr_futex_waiter(struct tcb *t, const void *e)
{
	const struct futex_waitv *w = e;
	(void)t;
	prs("{val=");
	pr_hex(w->val);
	prs(", uaddr=");
	pr_addr(w->uaddr);
	prs(", flags=");
	pr_flags_d(waitv_flags, w->flags, "FUTEX_???");
	if (w->__reserved)
		pr(", __reserved=%#x", w->__reserved);
	prs("}");
}

/* futex_waitv(waiters, nr, flags, timeout, clockid): the kernel takes at
 * most FUTEX_WAITV_MAX waiters, and strace shows no more ("..." after) */
static void dec_futex_waitv(struct tcb *t)
{
	if (t->exiting)
		return;
	unsigned nr = (unsigned)t->a[1];
	pr_array_more(t, t->a[0], nr < FUTEX_WAITV_MAX ? nr : FUTEX_WAITV_MAX,
		      sizeof(struct futex_waitv), pr_futex_waiter, nr > FUTEX_WAITV_MAX);
	pr(", %u, %#x, ", nr, (unsigned)t->a[2]);
	pr_timespec(t, t->a[3]);
	pr_sep();
	pr_clockid(t->a[4]);
}

/* a pointer the kernel filled in: [0x...], [NULL]; its address if not */
static void pr_ptr_at(struct tcb *t, unsigned long addr)
{
	unsigned long v;

	if (!addr || t_failed(t) || umove(t->pid, addr, &v, sizeof v) < 0) {
		pr_addr(addr);
		return;
	}
	prs("[");
	pr_addr(v);
	prs("]");
}

static void dec_get_robust_list(struct tcb *t)
{
	unsigned long len;

	if (!t->exiting) {
		pr_pid((long)t->a[0], PT_TID);
		prs(", ");
		return;
	}
	pr_ptr_at(t, t->a[1]);
	pr_sep();
	if (!t->a[2] || t_failed(t) || umove(t->pid, t->a[2], &len, sizeof len) < 0)
		pr_addr(t->a[2]);
	else
		pr("[%lu]", len);
}

void futex_init(void)
{
	sys_set("futex_waitv", 5, dec_futex_waitv, R_DEC);
	sys_set("get_robust_list", 3, dec_get_robust_list, R_DEC);
}
