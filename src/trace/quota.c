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
/* the old v1 and v2 quota commands: gone from the headers, still named by
 * strace 6.1 (values as its output shows them) */
static const struct xlat quota_old_cmds[] = {
	{ 0x0100, "Q_V1_QUOTAON" }, { 0x0200, "Q_V1_QUOTAOFF" }, { 0x0300, "Q_V1_GETQUOTA" },
	{ 0x0400, "Q_V1_SETQUOTA" }, { 0x0500, "Q_V1_SETUSE" }, { 0x0600, "Q_V1_SYNC" },
	{ 0x0700, "Q_SETQLIM" }, { 0x0800, "Q_V1_GETSTATS" }, { 0x0900, "Q_V2_GETINFO" },
	{ 0x0a00, "Q_V2_SETINFO" }, { 0x0b00, "Q_V2_SETGRACE" }, { 0x0c00, "Q_V2_SETFLAGS" },
	{ 0x0d00, "Q_V2_GETQUOTA" }, { 0x0e00, "Q_V2_SETQUOTA" }, { 0x0f00, "Q_V2_SETUSE" },
	{ 0x1000, "Q_V1_RSQUASH" }, { 0x1100, "Q_V2_GETSTATS" }, XEND
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
	pr_xlat(xlat_name(quota_old_cmds, cmd) ? quota_old_cmds : quota_cmds, cmd, "%#x", "Q_???");
	prs(", ");
	pr_xlat(quota_types, type, "%#x", "???QUOTA");
	prs(")");
	xv_end(v);
}

/* XFS's commands take a pointer to flags: [FS_QUOTA_UDQ_ACCT|...] */
static const struct xlat xfs_quota_flags[] = {
	X(FS_QUOTA_UDQ_ACCT), X(FS_QUOTA_UDQ_ENFD), X(FS_QUOTA_GDQ_ACCT), X(FS_QUOTA_GDQ_ENFD),
	X(FS_QUOTA_PDQ_ACCT), X(FS_QUOTA_PDQ_ENFD), XEND
};
static const struct xlat xfs_quota_types[] = {
	X(FS_USER_QUOTA), X(FS_PROJ_QUOTA), X(FS_GROUP_QUOTA), XEND
};

static void pr_qflags(struct tcb *t, unsigned long addr, const struct xlat *x, const char *dflt)
{
	unsigned f;

	pr_sep();
	if (!addr || umove(t->pid, addr, &f, sizeof f) < 0) {
		pr_addr(addr);
		return;
	}
	prs("[");
	pr_flags_d(x, f, dflt);
	prs("]");
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
	case Q_XQUOTAON: case Q_XQUOTAOFF:
		pr_qflags(t, addr, xfs_quota_flags, "FS_QUOTA_???");
		return;
	case Q_XQUOTARM:
		pr_qflags(t, addr, xfs_quota_types, "FS_???_QUOTA");
		return;
	default:		/* an id: -1 as -1, any other unsigned */
		pr_sep();
		pr_id(id);
		pr_sep();
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
