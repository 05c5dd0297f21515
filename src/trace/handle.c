/* src/trace/handle.c — file handles: name_to_handle_at, open_by_handle_at.
 * struct file_handle is printed as an address (not decoded). */
#include "trace.h"

static const struct xlat handle_flags[] = { X(AT_SYMLINK_FOLLOW), X(AT_EMPTY_PATH), XEND };

static void dec_name_to_handle_at(struct tcb *t)
{
	int id;

	if (!t->exiting) {
		pr_dirfd((long)t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
		pr_sep();
		return;
	}
	pr_addr(t->a[2]);
	pr_sep();
	if (!t->a[3] || t_failed(t) || umove(t->pid, t->a[3], &id, sizeof id) < 0)
		pr_addr(t->a[3]);
	else
		pr("[%d]", id);
	pr_sep();
	pr_flags_d(handle_flags, (unsigned)t->a[4], "AT_???");
}

static void dec_open_by_handle_at(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_addr(t->a[1]);
	pr_sep();
	pr_open_flags((unsigned)t->a[2]);
}

void handle_init(void)
{
	sys_set("name_to_handle_at", 5, dec_name_to_handle_at, R_DEC);
	sys_set("open_by_handle_at", 3, dec_open_by_handle_at, R_DEC);
}
