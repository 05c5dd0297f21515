/* src/trace/futex.c — futex_waitv and the robust futex list
 * (get_robust_list; set_robust_list is in process.c). futex itself is in
 * process.c. */
#include "trace.h"

static void dec_futex_waitv(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_addr(t->a[0]);	/* the struct futex_waitv array: not decoded */
	pr(", %u, %#x, ", (unsigned)t->a[1], (unsigned)t->a[2]);
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
