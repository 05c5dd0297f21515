/* src/trace/quota.c — quotactl and quotactl_fd: QCMD(command, type), then
 * the arguments that command reads. Constants from <linux/quota.h> and
 * <linux/dqblk_xfs.h>. The structs are printed as addresses (not decoded). */
#include "trace.h"
#include <linux/quota.h>
#include <linux/dqblk_xfs.h>

static const struct xlat quota_cmds[] = {
	X(Q_SYNC), X(Q_QUOTAON), X(Q_QUOTAOFF), X(Q_GETFMT), X(Q_GETINFO), X(Q_SETINFO),
	X(Q_GETQUOTA), X(Q_SETQUOTA), X(Q_GETNEXTQUOTA),
	X(Q_XQUOTAON), X(Q_XQUOTAOFF), X(Q_XGETQUOTA), X(Q_XSETQLIM), X(Q_XGETQSTAT),
	X(Q_XQUOTARM), X(Q_XQUOTASYNC), X(Q_XGETQSTATV), X(Q_XGETNEXTQUOTA), XEND
};
static const struct xlat quota_types[] = { X(USRQUOTA), X(GRPQUOTA), X(PRJQUOTA), XEND };
static const struct xlat quota_formats[] = {
	X(QFMT_VFS_OLD), X(QFMT_VFS_V0), X(QFMT_OCFS2), X(QFMT_VFS_V1), XEND
};

/* the command word, packed as QCMD(cmd, type) = cmd << 8 | type */
static void pr_qcmd(unsigned long c)
{
	unsigned cmd = (unsigned)c >> 8, type = (unsigned)c & 0xff;

	if (opt_raw) {
		pr("%u", (unsigned)c);
		return;
	}
	int v = xv_begin("%lu", (unsigned)c);
	prs("QCMD(");
	pr_xlat(quota_cmds, cmd, "%#x", "Q_???");
	prs(", ");
	pr_xlat(quota_types, type, "%#x", "???QUOTA");
	prs(")");
	xv_end(v);
}

/* id and addr, as the command (the high bits of c) uses them */
static void pr_qargs(struct tcb *t, unsigned long c, unsigned long id, unsigned long addr)
{
	switch ((unsigned)c >> 8) {
	case Q_SYNC: case Q_QUOTAOFF:
		return;
	case Q_QUOTAON:
		pr_sep();
		pr_xlat(quota_formats, (unsigned)id, "%#x", "QFMT_VFS_???");
		pr_sep();
		pr_path(t, addr);
		return;
	case Q_GETFMT: case Q_GETINFO: case Q_SETINFO:
		pr_sep();
		pr_addr(addr);
		return;
	default:
		pr(", %d, ", (int)id);
		pr_addr(addr);
	}
}

static void dec_quotactl(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_qcmd(t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_qargs(t, t->a[0], t->a[2], t->a[3]);
}

static void dec_quotactl_fd(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_qcmd(t->a[1]);
	pr_qargs(t, t->a[1], t->a[2], t->a[3]);
}

void quota_init(void)
{
	sys_set("quotactl", 4, dec_quotactl, R_DEC);
	sys_set("quotactl_fd", 4, dec_quotactl_fd, R_DEC);
}
