/* src/trace/fanotify.c — fanotify_init, fanotify_mark.
 * Constants from <linux/fanotify.h>, those strace 6.1 names. */
#include "trace.h"
#include <linux/fanotify.h>

/* the notification class is a two-bit value, not flags */
static const struct xlat fan_classes[] = {
	X(FAN_CLASS_NOTIF), X(FAN_CLASS_CONTENT), X(FAN_CLASS_PRE_CONTENT), XEND
};
static const struct xlat fan_init_flags[] = {
	X(FAN_CLOEXEC), X(FAN_NONBLOCK), X(FAN_UNLIMITED_QUEUE), X(FAN_UNLIMITED_MARKS),
	X(FAN_ENABLE_AUDIT), X(FAN_REPORT_PIDFD), X(FAN_REPORT_TID), X(FAN_REPORT_FID),
	X(FAN_REPORT_DIR_FID), X(FAN_REPORT_NAME), X(FAN_REPORT_TARGET_FID), XEND
};
static const struct xlat fan_mark_flags[] = {
	X(FAN_MARK_ADD), X(FAN_MARK_REMOVE), X(FAN_MARK_DONT_FOLLOW), X(FAN_MARK_ONLYDIR),
	X(FAN_MARK_MOUNT), X(FAN_MARK_IGNORED_MASK), X(FAN_MARK_IGNORED_SURV_MODIFY),
	X(FAN_MARK_FLUSH), X(FAN_MARK_FILESYSTEM), X(FAN_MARK_EVICTABLE), X(FAN_MARK_IGNORE), XEND
};
static const struct xlat fan_events[] = {
	X(FAN_ACCESS), X(FAN_MODIFY), X(FAN_ATTRIB), X(FAN_CLOSE_WRITE), X(FAN_CLOSE_NOWRITE),
	X(FAN_OPEN), X(FAN_MOVED_FROM), X(FAN_MOVED_TO), X(FAN_CREATE), X(FAN_DELETE),
	X(FAN_DELETE_SELF), X(FAN_MOVE_SELF), X(FAN_OPEN_EXEC), X(FAN_Q_OVERFLOW),
	X(FAN_FS_ERROR), X(FAN_OPEN_PERM), X(FAN_ACCESS_PERM), X(FAN_OPEN_EXEC_PERM),
	/* FAN_DIR_MODIFY (0x80000) left the headers in 5.10 unused; strace 6.1 still names it */
	{ 0x00080000, "FAN_DIR_MODIFY" }, X(FAN_ONDIR), X(FAN_EVENT_ON_CHILD), X(FAN_RENAME), XEND
};

static void dec_fanotify_init(struct tcb *t)
{
	unsigned f = (unsigned)t->a[0];

	if (t->exiting)
		return;
	pr_xlat(fan_classes, f & 0xc, "%#x", "FAN_CLASS_???");
	if (f & ~0xcu) {
		prs("|");
		pr_flags_d(fan_init_flags, f & ~0xcu, "FAN_???");
	}
	pr_sep();
	pr_open_flags((unsigned)t->a[1]);
}

static void dec_fanotify_mark(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_flags_d(fan_mark_flags, (unsigned)t->a[1], "FAN_MARK_???");
	pr_sep();
	pr_flags_d(fan_events, t->a[2], "FAN_???");
	pr_sep();
	if ((int)t->a[3] == FAN_NOFD && !opt_raw)
		pr_named("-1", "FAN_NOFD");
	else
		pr_dirfd((long)t->a[3]);
	pr_sep();
	pr_path(t, t->a[4]);
}

void fanotify_init_dec(void)
{
	sys_set("fanotify_init", 2, dec_fanotify_init, R_DEC);
	sys_set("fanotify_mark", 5, dec_fanotify_mark, R_DEC);
}
