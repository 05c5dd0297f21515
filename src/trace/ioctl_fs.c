/* src/trace/ioctl_fs.c — file and filesystem requests (ioctl_iflags(2),
 * ioctl_fiemap(2), ioctl_ficlonerange(2), ioctl_fideduperange(2),
 * ioctl_xfs_fsgetxattr...): inode flags, extent maps, clone and dedupe
 * ranges, fsxattr, FITRIM's range, the filesystem label. */
#include "ioctl.h"
#include <linux/fs.h>
#include <linux/fiemap.h>

/* FS_BTREE_FL shares FS_INDEX_FL's bit: strace names it INDEX */
static const struct xlat inode_flags[] = {
	X(FS_SECRM_FL), X(FS_UNRM_FL), X(FS_COMPR_FL), X(FS_SYNC_FL), X(FS_IMMUTABLE_FL),
	X(FS_APPEND_FL), X(FS_NODUMP_FL), X(FS_NOATIME_FL), X(FS_DIRTY_FL), X(FS_COMPRBLK_FL),
	X(FS_NOCOMP_FL), X(FS_ENCRYPT_FL), X(FS_INDEX_FL), X(FS_IMAGIC_FL),
	X(FS_JOURNAL_DATA_FL), X(FS_NOTAIL_FL), X(FS_DIRSYNC_FL), X(FS_TOPDIR_FL),
	X(FS_HUGE_FILE_FL), X(FS_EXTENT_FL), X(FS_VERITY_FL), X(FS_EA_INODE_FL),
	X(FS_EOFBLOCKS_FL), X(FS_NOCOW_FL), X(FS_DAX_FL), X(FS_INLINE_DATA_FL),
	X(FS_PROJINHERIT_FL), X(FS_CASEFOLD_FL), X(FS_RESERVED_FL), XEND
};
static const struct xlat xflags[] = {
	X(FS_XFLAG_REALTIME), X(FS_XFLAG_PREALLOC), X(FS_XFLAG_IMMUTABLE), X(FS_XFLAG_APPEND),
	X(FS_XFLAG_SYNC), X(FS_XFLAG_NOATIME), X(FS_XFLAG_NODUMP), X(FS_XFLAG_RTINHERIT),
	X(FS_XFLAG_PROJINHERIT), X(FS_XFLAG_NOSYMLINKS), X(FS_XFLAG_EXTSIZE),
	X(FS_XFLAG_EXTSZINHERIT), X(FS_XFLAG_NODEFRAG), X(FS_XFLAG_FILESTREAM), X(FS_XFLAG_DAX),
	X(FS_XFLAG_COWEXTSIZE), X(FS_XFLAG_HASATTR), XEND
};
static const struct xlat fiemap_flags[] = {
	X(FIEMAP_FLAG_SYNC), X(FIEMAP_FLAG_XATTR), X(FIEMAP_FLAG_CACHE), XEND
};
static const struct xlat extent_flags[] = {
	X(FIEMAP_EXTENT_LAST), X(FIEMAP_EXTENT_UNKNOWN), X(FIEMAP_EXTENT_DELALLOC),
	X(FIEMAP_EXTENT_ENCODED), X(FIEMAP_EXTENT_DATA_ENCRYPTED), X(FIEMAP_EXTENT_NOT_ALIGNED),
	X(FIEMAP_EXTENT_DATA_INLINE), X(FIEMAP_EXTENT_DATA_TAIL), X(FIEMAP_EXTENT_UNWRITTEN),
	X(FIEMAP_EXTENT_MERGED), X(FIEMAP_EXTENT_SHARED), XEND
};

static void pr_inode_flags(struct tcb *t, unsigned long arg)
{
	int v;

	pr_sep();
	if (ioc_get(t, arg, &v, sizeof v) == 0) {
		prs("[");
		pr_flags_d(inode_flags, (unsigned)v, "FS_???_FL");
		prs("]");
	}
}

/* the request: where, how long, how many extents fit; IOC_EXIT if it was
 * read, for the answer */
static int pr_fiemap_in(struct tcb *t, unsigned long arg)
{
	struct fiemap m;

	pr_sep();
	if (ioc_get(t, arg, &m, sizeof m) < 0)
		return IOC_DONE;
	pr("{fm_start=%llu, fm_length=%llu, fm_flags=", (unsigned long long)m.fm_start,
	   (unsigned long long)m.fm_length);
	pr_flags_d(fiemap_flags, m.fm_flags, "FIEMAP_FLAG_???");
	pr(", fm_extent_count=%u}", m.fm_extent_count);
	return IOC_EXIT;
}

static void pr_extent(struct tcb *t, const void *e)
{
	const struct fiemap_extent *x = e;

	pr("{fe_logical=%llu, fe_physical=%llu, fe_length=%llu, fe_flags=",
	   (unsigned long long)x->fe_logical, (unsigned long long)x->fe_physical,
	   (unsigned long long)x->fe_length);
	pr_flags_d(extent_flags, x->fe_flags, "FIEMAP_EXTENT_???");
	prs("}");
}

/* " => {...}": the extents found (their list with -v only) */
static void pr_fiemap_out(struct tcb *t, unsigned long arg)
{
	struct fiemap m;

	if (t_failed(t) || umove(t->pid, arg, &m, sizeof m) < 0)
		return;
	prs(" => {fm_flags=");
	pr_flags_d(fiemap_flags, m.fm_flags, "FIEMAP_FLAG_???");
	pr(", fm_mapped_extents=%u, ", m.fm_mapped_extents);
	if (abbrev(t)) {
		prs("...}");
		return;
	}
	prs("fm_extents=");
	pr_array(t, arg + sizeof m, m.fm_mapped_extents, sizeof(struct fiemap_extent), pr_extent);
	prs("}");
}

static void pr_clone_range(struct tcb *t, unsigned long arg)
{
	struct file_clone_range r;

	pr_sep();
	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return;
	prs("{src_fd=");
	pr_fd((int)r.src_fd);
	pr(", src_offset=%llu, src_length=%llu, dest_offset=%llu}", (unsigned long long)r.src_offset,
	   (unsigned long long)r.src_length, (unsigned long long)r.dest_offset);
}

static void pr_dedupe_dest(struct tcb *t, const void *e)
{
	const struct file_dedupe_range_info *i = e;

	prs("{dest_fd=");
	pr_fd((int)i->dest_fd);
	pr(", dest_offset=%llu}", (unsigned long long)i->dest_offset);
}

/* the destinations' array, by pr_elem; without -v strace shows at most
 * two of them (fewer with a smaller -s), then "..." */
static void pr_dedupe_infos(struct tcb *t, unsigned long addr, unsigned n,
			    void (*elem)(struct tcb *t, const void *e))
{
	unsigned cap = opt_strlen < 2 ? (unsigned)opt_strlen : 2;

	if (cur_abbrev && cap && n > cap)
		pr_array_more(t, addr, cap, sizeof(struct file_dedupe_range_info), elem, 1);
	else	/* -s 0: "[...]" */
		pr_array(t, addr, n, sizeof(struct file_dedupe_range_info), elem);
}

/* what the kernel wrote back for each destination */
static void pr_dedupe_result(struct tcb *t, const void *e)
{
	const struct file_dedupe_range_info *i = e;

	(void)t;
	pr("{bytes_deduped=%llu, status=%d}", (unsigned long long)i->bytes_deduped, i->status);
}

static void pr_dedupe_out(struct tcb *t, unsigned long arg)
{
	struct file_dedupe_range r;

	if (t_failed(t) || umove(t->pid, arg, &r, sizeof r) < 0)
		return;
	prs(" => {info=");
	pr_dedupe_infos(t, arg + sizeof r, r.dest_count, pr_dedupe_result);
	prs("}");
}

/* 1 when the struct was shown (the exit adds the results) */
static int pr_dedupe_range(struct tcb *t, unsigned long arg)
{
	struct file_dedupe_range r;

	pr_sep();
	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return 0;
	pr("{src_offset=%llu, src_length=%llu, dest_count=%u, info=",
	   (unsigned long long)r.src_offset, (unsigned long long)r.src_length, r.dest_count);
	pr_dedupe_infos(t, arg + sizeof r, r.dest_count, pr_dedupe_dest);
	prs("}");
	return 1;
}

/* FSSETXATTR passes no extent count in: strace leaves it out */
static void pr_fsxattr(struct tcb *t, unsigned long arg, int get)
{
	struct fsxattr x;

	pr_sep();
	if (ioc_get(t, arg, &x, sizeof x) < 0)
		return;
	prs("{fsx_xflags=");
	pr_flags_d(xflags, x.fsx_xflags, "FS_XFLAG_???");
	pr(", fsx_extsize=%u", x.fsx_extsize);
	if (get)
		pr(", fsx_nextents=%u", x.fsx_nextents);
	pr(", fsx_projid=%#x, fsx_cowextsize=%u}", x.fsx_projid, x.fsx_cowextsize);
}

/* the start in hex, the lengths in decimal: strace's format for FITRIM */
static void pr_trim_range(struct tcb *t, unsigned long arg)
{
	struct fstrim_range r;

	pr_sep();
	if (ioc_get(t, arg, &r, sizeof r) == 0)
		pr("{start=%#llx, len=%llu, minlen=%llu}", (unsigned long long)r.start,
		   (unsigned long long)r.len, (unsigned long long)r.minlen);
}

/* a label of up to FSLABEL_MAX bytes, whatever -s says */
static void pr_label(struct tcb *t, unsigned long arg)
{
	char buf[FSLABEL_MAX];

	pr_sep();
	if (pr_nonverbose_addr(arg))
		return;
	if (!arg || umovestr(t->pid, arg, buf, sizeof buf) < 0)
		pr_addr(arg);
	else
		ioc_cstr(buf, sizeof buf);
}

static int fs_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	if (req == FS_IOC_FIEMAP) {
		pr_fiemap_out(t, arg);
	} else if (req == FIDEDUPERANGE) {
		pr_dedupe_out(t, arg);
	} else if (t_failed(t)) {
		pr_sep();
		pr_addr(arg);
	} else if (req == FS_IOC_FSGETXATTR) {
		pr_fsxattr(t, arg, 1);
	} else if (req == FS_IOC_GETFSLABEL) {
		pr_label(t, arg);
	} else {	/* FS_IOC_GETFLAGS, FS_IOC32_GETFLAGS */
		pr_inode_flags(t, arg);
	}
	return IOC_DONE;
}

int ioctl_fs(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return fs_exit(t, req, arg);
	switch (req) {
	case FS_IOC_GETFLAGS: case FS_IOC32_GETFLAGS: case FS_IOC_FSGETXATTR:
	case FS_IOC_GETFSLABEL:
		return IOC_EXIT;
	case FS_IOC_SETFLAGS: case FS_IOC32_SETFLAGS:
		pr_inode_flags(t, arg);
		return IOC_DONE;
	case FS_IOC_FIEMAP:
		return pr_fiemap_in(t, arg);
	case FICLONE:	/* the source descriptor itself */
		pr(", %d", (int)arg);
		return IOC_DONE;
	case FICLONERANGE:
		pr_clone_range(t, arg);
		return IOC_DONE;
	case FIDEDUPERANGE:
		return pr_dedupe_range(t, arg) ? IOC_EXIT : IOC_DONE;
	case FS_IOC_FSSETXATTR:
		pr_fsxattr(t, arg, 0);
		return IOC_DONE;
	case FIFREEZE: case FITHAW:
		return IOC_DONE;
	case FITRIM:
		pr_trim_range(t, arg);
		return IOC_DONE;
	case FS_IOC_SETFSLABEL:
		pr_label(t, arg);
		return IOC_DONE;
	}
	return IOC_NUM;
}
