/* src/trace/handle.c — file handles: name_to_handle_at, open_by_handle_at.
 * struct file_handle { u32 handle_bytes; int handle_type; u8 f_handle[]; }
 * (fcntl.h's, not in UAPI): handle_bytes goes in as the room there is and
 * comes back as the size used ("128 => 8"); f_handle shows as hex bytes, at
 * most MAX_HANDLE_SZ (128) of them. */
#include "trace.h"

#define MAX_HANDLE_SZ 128	/* <fcntl.h>'s: the largest handle any filesystem makes */

static const struct xlat handle_flags[] = { X(AT_SYMLINK_FOLLOW), X(AT_EMPTY_PATH), XEND };

/* {handle_bytes=N, handle_type=T, f_handle="\x.."}; `in`: the size that
 * went in (name_to_handle_at), or -1; `whole`: the type and bytes are there */
static void pr_file_handle(struct tcb *t, unsigned long addr, long in, int whole)
{
	struct { unsigned bytes; int type; } h;

	if (umove(t->pid, addr, &h, sizeof h) < 0) {
		pr_addr(addr);
		return;
	}
	if (in >= 0 && (unsigned)in != h.bytes)
		pr("{handle_bytes=%u => %u", (unsigned)in, h.bytes);
	else
		pr("{handle_bytes=%u", h.bytes);
	if (whole) {
		pr(", handle_type=%d, f_handle=", h.type);
		/* all of it, whatever -s says; past MAX_HANDLE_SZ "..." */
		unsigned char b[MAX_HANDLE_SZ];
		unsigned n = h.bytes < MAX_HANDLE_SZ ? h.bytes : MAX_HANDLE_SZ;
		if (umove(t->pid, addr + sizeof h, b, n) < 0) {
			pr_addr(addr + sizeof h);
		} else {
			quote_bytes(b, n, QUOTE_HEX);
			if (h.bytes > n)
				prs("...");
		}
	}
	prs("}");
}

static void dec_name_to_handle_at(struct tcb *t)
{
	int id;

	if (!t->exiting) {
		unsigned in;
		pr_dirfd((long)t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
		pr_sep();
		t->aux = umove(t->pid, t->a[2], &in, sizeof in) == 0 ? in : ~0UL;
		return;
	}
	/* the handle when it was made; on EOVERFLOW the size it would need;
	 * after another failure only the size that went in */
	if (t->aux == ~0UL)
		pr_addr(t->a[2]);
	else if (!t_failed(t))
		pr_file_handle(t, t->a[2], (long)t->aux, 1);
	else if (-t->ret == EOVERFLOW)
		pr_file_handle(t, t->a[2], (long)t->aux, 0);
	else
		pr("{handle_bytes=%u}", (unsigned)t->aux);
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
	pr_file_handle(t, t->a[1], -1, 1);
	pr_sep();
	pr_open_flags((unsigned)t->a[2]);
}

void handle_init(void)
{
	sys_set("name_to_handle_at", 5, dec_name_to_handle_at, R_DEC);
	sys_set("open_by_handle_at", 3, dec_open_by_handle_at, R_DEC);
}
