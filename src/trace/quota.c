/* src/trace/quota.c — quotactl and quotactl_fd: QCMD(command, type), then
 * the arguments that command reads. Constants from <linux/quota.h> and
 * <linux/dqblk_xfs.h>. What a command reads is shown at the entry, what it
 * fills in at the exit (its address when the call failed); without -v the
 * structs end in "..." after their first fields, as strace abbreviates them. */
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

/* if_dqblk's valid bits, one by one (not the QIF_ALL composites) */
static const struct xlat dqblk_valid[] = {
	X(QIF_BLIMITS), X(QIF_SPACE), X(QIF_ILIMITS), X(QIF_INODES), X(QIF_BTIME), X(QIF_ITIME),
	XEND
};
static const struct xlat dqinfo_flags[] = { X(DQF_ROOT_SQUASH), X(DQF_SYS_FILE), XEND };
static const struct xlat dqinfo_valid[] = { X(IIF_BGRACE), X(IIF_IGRACE), X(IIF_FLAGS), XEND };

/* struct if_dqblk and if_nextdqblk (the same, then dqb_id): without -v
 * the limits and usage, dqb_id and "..." */
static void pr_dqblk(struct tcb *t, unsigned long addr, int next)
{
	struct if_nextdqblk d;

	if (umove(t->pid, addr, &d, next ? sizeof d : sizeof(struct if_dqblk)) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{dqb_bhardlimit=%llu, dqb_bsoftlimit=%llu, dqb_curspace=%llu, "
	   "dqb_ihardlimit=%llu, dqb_isoftlimit=%llu, dqb_curinodes=%llu",
	   (unsigned long long)d.dqb_bhardlimit, (unsigned long long)d.dqb_bsoftlimit,
	   (unsigned long long)d.dqb_curspace, (unsigned long long)d.dqb_ihardlimit,
	   (unsigned long long)d.dqb_isoftlimit, (unsigned long long)d.dqb_curinodes);
	if (cur_abbrev) {
		if (next)
			pr(", dqb_id=%u", d.dqb_id);
		prs(", ...}");
		return;
	}
	pr(", dqb_btime=%llu, dqb_itime=%llu, dqb_valid=",
	   (unsigned long long)d.dqb_btime, (unsigned long long)d.dqb_itime);
	pr_flags_d(dqblk_valid, d.dqb_valid, "QIF_???");
	if (next)
		pr(", dqb_id=%u", d.dqb_id);
	prs("}");
}

static void pr_dqinfo(struct tcb *t, unsigned long addr)
{
	struct if_dqinfo d;

	if (umove(t->pid, addr, &d, sizeof d) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{dqi_bgrace=%llu, dqi_igrace=%llu, dqi_flags=",
	   (unsigned long long)d.dqi_bgrace, (unsigned long long)d.dqi_igrace);
	pr_flags_d(dqinfo_flags, d.dqi_flags, "DQF_???");
	prs(", dqi_valid=");
	pr_flags_d(dqinfo_valid, d.dqi_valid, "IIF_???");
	prs("}");
}

/* Q_GETFMT's answer: [QFMT_VFS_V0] */
static void pr_qfmt(struct tcb *t, unsigned long addr)
{
	unsigned f;

	if (umove(t->pid, addr, &f, sizeof f) < 0) {
		pr_addr(addr);
		return;
	}
	prs("[");
	pr_xlat(quota_formats, f, "%#x", "QFMT_VFS_???");
	prs("]");
}

/* struct fs_disk_quota: d_flags is one byte of FS_*_QUOTA */
static void pr_xdisk_quota(struct tcb *t, unsigned long addr)
{
	struct fs_disk_quota d;

	if (umove(t->pid, addr, &d, sizeof d) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{d_version=%d, d_flags=", d.d_version);
	pr_flags_d(xfs_quota_types, (unsigned char)d.d_flags, "FS_???_QUOTA");
	pr(", d_fieldmask=%#x, d_id=%u, d_blk_hardlimit=%llu, d_blk_softlimit=%llu, "
	   "d_ino_hardlimit=%llu, d_ino_softlimit=%llu, d_bcount=%llu, d_icount=%llu",
	   d.d_fieldmask, d.d_id, (unsigned long long)d.d_blk_hardlimit,
	   (unsigned long long)d.d_blk_softlimit, (unsigned long long)d.d_ino_hardlimit,
	   (unsigned long long)d.d_ino_softlimit, (unsigned long long)d.d_bcount,
	   (unsigned long long)d.d_icount);
	if (cur_abbrev) {
		prs(", ...}");
		return;
	}
	pr(", d_itimer=%d, d_btimer=%d, d_iwarns=%u, d_bwarns=%u, d_rtb_hardlimit=%llu, "
	   "d_rtb_softlimit=%llu, d_rtbcount=%llu, d_rtbtimer=%d, d_rtbwarns=%u}",
	   d.d_itimer, d.d_btimer, d.d_iwarns, d.d_bwarns,
	   (unsigned long long)d.d_rtb_hardlimit, (unsigned long long)d.d_rtb_softlimit,
	   (unsigned long long)d.d_rtbcount, d.d_rtbtimer, d.d_rtbwarns);
}

static void pr_qfilestat(const char *name, unsigned long long ino, unsigned long long nblks,
			 unsigned nextents)
{
	pr(", %s={qfs_ino=%llu, qfs_nblks=%llu, qfs_nextents=%u}", name, ino, nblks, nextents);
}

#define PR_QFS(s, f) pr_qfilestat(#f, (unsigned long long)(s).f.qfs_ino, \
				  (unsigned long long)(s).f.qfs_nblks, (s).f.qfs_nextents)

/* the time limits and warning limits both stat structs end with */
#define PR_QLIMITS(s) pr(", qs_btimelimit=%d, qs_itimelimit=%d, qs_rtbtimelimit=%d, " \
			 "qs_bwarnlimit=%u, qs_iwarnlimit=%u}", (s).qs_btimelimit, \
			 (s).qs_itimelimit, (s).qs_rtbtimelimit, (s).qs_bwarnlimit, \
			 (s).qs_iwarnlimit)

/* struct fs_quota_stat (Q_XGETQSTAT): without -v only its version */
static void pr_xquota_stat(struct tcb *t, unsigned long addr)
{
	struct fs_quota_stat s;

	if (umove(t->pid, addr, &s, sizeof s) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{qs_version=%d", s.qs_version);
	if (cur_abbrev) {
		prs(", ...}");
		return;
	}
	prs(", qs_flags=");
	pr_flags_d(xfs_quota_flags, s.qs_flags, "FS_QUOTA_???");
	PR_QFS(s, qs_uquota);
	PR_QFS(s, qs_gquota);
	pr(", qs_incoredqs=%u", s.qs_incoredqs);
	PR_QLIMITS(s);
}

/* struct fs_quota_statv (Q_XGETQSTATV): qs_incoredqs comes before the files */
static void pr_xquota_statv(struct tcb *t, unsigned long addr)
{
	struct fs_quota_statv s;

	if (umove(t->pid, addr, &s, sizeof s) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{qs_version=%d", s.qs_version);
	if (cur_abbrev) {
		prs(", ...}");
		return;
	}
	prs(", qs_flags=");
	pr_flags_d(xfs_quota_flags, s.qs_flags, "FS_QUOTA_???");
	pr(", qs_incoredqs=%u", s.qs_incoredqs);
	PR_QFS(s, qs_uquota);
	PR_QFS(s, qs_gquota);
	PR_QFS(s, qs_pquota);
	PR_QLIMITS(s);
}

/* What a command fills in, printed at the exit: its address if it failed */
static void pr_qresult(struct tcb *t, unsigned cmd, unsigned long addr)
{
	if (t_failed(t)) {
		pr_addr(addr);
		return;
	}
	switch (cmd) {
	case Q_GETQUOTA: pr_dqblk(t, addr, 0); break;
	case Q_GETNEXTQUOTA: pr_dqblk(t, addr, 1); break;
	case Q_GETINFO: pr_dqinfo(t, addr); break;
	case Q_GETFMT: pr_qfmt(t, addr); break;
	case Q_XGETQUOTA: case Q_XGETNEXTQUOTA: pr_xdisk_quota(t, addr); break;
	case Q_XGETQSTAT: pr_xquota_stat(t, addr); break;
	case Q_XGETQSTATV: pr_xquota_statv(t, addr); break;
	}
}

/* id and addr, as the command (the high bits of c) uses them, at the
 * entry; 1 when addr is left for the exit */
static int pr_qargs(struct tcb *t, unsigned long c, unsigned long id, unsigned long addr)
{
	unsigned cmd = (unsigned)c >> 8;

	switch (cmd) {
	case Q_SYNC: case Q_QUOTAOFF: case Q_XQUOTASYNC:
		return 0;
	case Q_QUOTAON:
		pr_sep();
		pr_xlat(quota_formats, (unsigned)id, "%#x", "QFMT_VFS_???");
		pr_sep();
		pr_path(t, addr);
		return 0;
	case Q_GETFMT: case Q_GETINFO: case Q_XGETQSTAT: case Q_XGETQSTATV:
		pr_sep();
		return 1;
	case Q_SETINFO:
		pr_sep();
		pr_dqinfo(t, addr);
		return 0;
	case Q_XQUOTAON: case Q_XQUOTAOFF:
		pr_qflags(t, addr, xfs_quota_flags, "FS_QUOTA_???");
		return 0;
	case Q_XQUOTARM:
		pr_qflags(t, addr, xfs_quota_types, "FS_???_QUOTA");
		return 0;
	}
	pr_sep();		/* an id: -1 as -1, any other unsigned */
	pr_id(id);
	pr_sep();
	switch (cmd) {
	case Q_GETQUOTA: case Q_GETNEXTQUOTA: case Q_XGETQUOTA: case Q_XGETNEXTQUOTA:
		return 1;
	case Q_SETQUOTA:
		pr_dqblk(t, addr, 0);
		return 0;
	case Q_XSETQLIM:
		pr_xdisk_quota(t, addr);
		return 0;
	}
	pr_addr(addr);
	return 0;
}

static void dec_quotactl(struct tcb *t)
{
	if (t->exiting) {
		if (t->aux)
			pr_qresult(t, (unsigned)t->a[0] >> 8, t->a[3]);
		return;
	}
	pr_qcmd(t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	t->aux = (unsigned long)pr_qargs(t, t->a[0], t->a[2], t->a[3]);
}

static void dec_quotactl_fd(struct tcb *t)
{
	if (t->exiting) {
		if (t->aux)
			pr_qresult(t, (unsigned)t->a[1] >> 8, t->a[3]);
		return;
	}
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_qcmd(t->a[1]);
	t->aux = (unsigned long)pr_qargs(t, t->a[1], t->a[2], t->a[3]);
}

void quota_init(void)
{
	sys_set("quotactl", 4, dec_quotactl, R_DEC);
	sys_set("quotactl_fd", 4, dec_quotactl_fd, R_DEC);
}
