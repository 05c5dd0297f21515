/* src/trace/file.c — calls that take a file name: open*, stat*, access*,
 * readlink*, getcwd, chdir, mkdir*, unlink*, rename*, chmod, getxattr...
 * Constants from <linux/fcntl.h>, <linux/stat.h>, <linux/fs.h>. */
#include "trace.h"
#include <linux/mount.h>
#include <linux/openat2.h>
#include <linux/xattr.h>
#include <linux/limits.h>
#include <linux/fs.h>
#include <linux/magic.h>
#include <asm/statfs.h>

static void dec_open(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_path(t, t->a[0]);
	pr_sep();
	pr_open_flags((unsigned)t->a[1]);
	if (t->a[1] & (O_CREAT | __O_TMPFILE)) {
		pr_sep();
		pr("%#03lo", t->a[2] & 0177777);
	}
}

static void dec_openat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	pr_open_flags((unsigned)t->a[2]);
	if (t->a[2] & (O_CREAT | __O_TMPFILE)) {
		pr_sep();
		pr("%#03lo", t->a[3] & 0177777);
	}
}

static void dec_creat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_path(t, t->a[0]);
	pr(", %#03lo", t->a[1] & 0177777);
}

/* major/minor as glibc's gnu_dev_major/minor split a 64-bit dev_t */
void pr_makedev(unsigned long d)
{
	if (opt_raw) {
		pr_hex(d);
		return;
	}
	unsigned long major = ((d >> 8) & 0xfff) | ((d >> 32) & ~0xfffUL);
	/* glibc's minor() is an unsigned int: the top bits of a 64-bit
	 * number beyond its 32 are dropped, as strace shows them */
	unsigned long minor = (unsigned)((d & 0xff) | ((d >> 12) & ~0xffUL));
	int v = xv_begin("%#lx", d);
	pr("makedev(%#lx, %#lx)", major, minor);
	xv_end(v);
}

/* {st_mode=S_IFREG|0644, st_size=41499, ...}: strace's abbreviated stat */
static void pr_stat(struct tcb *t, unsigned long addr)
{
	struct stat st;

	if (t_failed(t) || umove(t->pid, addr, &st, sizeof st) < 0) {
		pr_addr(addr);
		return;
	}
	int full = !abbrev(t);	/* -v: every field, the times with their dates */
	if (full) {
		prs("{st_dev=");
		pr_makedev(st.st_dev);
		pr(", st_ino=%lu, st_mode=", (unsigned long)st.st_ino);
		pr_mode(st.st_mode);
		pr(", st_nlink=%lu, st_uid=%u, st_gid=%u, st_blksize=%lu, st_blocks=%lu",
		   (unsigned long)st.st_nlink, (unsigned)st.st_uid, (unsigned)st.st_gid,
		   (unsigned long)st.st_blksize, (unsigned long)st.st_blocks);
	} else {
		prs("{st_mode=");
		pr_mode(st.st_mode);
	}
	unsigned type = st.st_mode & S_IFMT;
	if (type == S_IFCHR || type == S_IFBLK) {
		prs(", st_rdev=");
		pr_makedev(st.st_rdev);
	} else {
		pr(", st_size=%lu", (unsigned long)st.st_size);
	}
	if (!full) {
		prs(", ...}");
		return;
	}
	const struct { const char *n; long long s; unsigned long long ns; } tm[3] = {
		{ "atime", (long long)st.st_atime, st.st_atime_nsec },
		{ "mtime", (long long)st.st_mtime, st.st_mtime_nsec },
		{ "ctime", (long long)st.st_ctime, st.st_ctime_nsec },
	};
	for (int i = 0; i < 3; i++) {
		pr(", st_%s=%lld", tm[i].n, tm[i].s);
		pr_date_comment(tm[i].s, tm[i].ns);
		pr(", st_%s_nsec=%llu", tm[i].n, tm[i].ns);
	}
	prs("}");
}

static void dec_stat(struct tcb *t)	/* stat, lstat */
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		return;
	}
	pr_stat(t, t->a[1]);
}

static void dec_fstat(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	pr_stat(t, t->a[1]);
}

static void dec_newfstatat(struct tcb *t)
{
	if (!t->exiting) {
		pr_dirfd((long)t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
		pr_sep();
		return;
	}
	pr_stat(t, t->a[2]);
	pr_sep();
	pr_flags_d(xl_at_flags, (unsigned)t->a[3], "AT_???");
}

static const struct xlat statx_mask[] = {
	X(STATX_ALL), X(STATX_BASIC_STATS), X(STATX_TYPE), X(STATX_MODE), X(STATX_NLINK),
	X(STATX_UID), X(STATX_GID), X(STATX_ATIME), X(STATX_MTIME), X(STATX_CTIME),
	X(STATX_INO), X(STATX_SIZE), X(STATX_BLOCKS), X(STATX_BTIME), X(STATX_MNT_ID),
	X(STATX_DIOALIGN), XEND
};
static const struct xlat statx_attrs[] = {
	X(STATX_ATTR_COMPRESSED), X(STATX_ATTR_IMMUTABLE), X(STATX_ATTR_APPEND),
	X(STATX_ATTR_NODUMP), X(STATX_ATTR_ENCRYPTED), X(STATX_ATTR_AUTOMOUNT),
	X(STATX_ATTR_MOUNT_ROOT), X(STATX_ATTR_VERITY), X(STATX_ATTR_DAX), XEND
};
static const struct xlat statx_sync[] = {
	X(AT_STATX_SYNC_AS_STAT), X(AT_STATX_FORCE_SYNC), X(AT_STATX_DONT_SYNC), XEND
};
static const struct xlat statx_at[] = {
	X(AT_SYMLINK_NOFOLLOW), X(AT_REMOVEDIR), X(AT_SYMLINK_FOLLOW), X(AT_NO_AUTOMOUNT),
	X(AT_EMPTY_PATH), X(AT_RECURSIVE), XEND
};

static void pr_stx_time(const char *name, const struct statx_timestamp *ts)
{
	pr(", %s={tv_sec=%lld, tv_nsec=%u}", name, (long long)ts->tv_sec, ts->tv_nsec);
	pr_date_comment(ts->tv_sec, ts->tv_nsec);
}

/* -v: every field, those that stx_mask says the kernel filled in only when
 * it says so (strace 6.1) */
static void pr_statx_full(const struct statx *sx)
{
	unsigned m = sx->stx_mask;

	prs("{stx_mask=");
	pr_flags(statx_mask, m, NULL);
	pr(", stx_blksize=%u, stx_attributes=", sx->stx_blksize);
	pr_flags(statx_attrs, sx->stx_attributes, NULL);
	if (m & STATX_NLINK)
		pr(", stx_nlink=%u", sx->stx_nlink);
	if (m & STATX_UID) {
		prs(", stx_uid=");
		pr_id(sx->stx_uid);
	}
	if (m & STATX_GID) {
		prs(", stx_gid=");
		pr_id(sx->stx_gid);
	}
	if (m & (STATX_TYPE | STATX_MODE)) {
		prs(", stx_mode=");
		pr_mode(sx->stx_mode);
	}
	if (m & STATX_INO)
		pr(", stx_ino=%llu", (unsigned long long)sx->stx_ino);
	if (m & STATX_SIZE)
		pr(", stx_size=%llu", (unsigned long long)sx->stx_size);
	if (m & STATX_BLOCKS)
		pr(", stx_blocks=%llu", (unsigned long long)sx->stx_blocks);
	prs(", stx_attributes_mask=");
	pr_flags(statx_attrs, sx->stx_attributes_mask, NULL);
	if (m & STATX_ATIME)
		pr_stx_time("stx_atime", &sx->stx_atime);
	if (m & STATX_BTIME)
		pr_stx_time("stx_btime", &sx->stx_btime);
	if (m & STATX_CTIME)
		pr_stx_time("stx_ctime", &sx->stx_ctime);
	if (m & STATX_MTIME)
		pr_stx_time("stx_mtime", &sx->stx_mtime);
	pr(", stx_rdev_major=%u, stx_rdev_minor=%u, stx_dev_major=%u, stx_dev_minor=%u",
	   sx->stx_rdev_major, sx->stx_rdev_minor, sx->stx_dev_major, sx->stx_dev_minor);
	if (m & STATX_MNT_ID)
		pr(", stx_mnt_id=%#llx", (unsigned long long)sx->stx_mnt_id);
	if (m & STATX_DIOALIGN)
		pr(", stx_dio_mem_align=%u, stx_dio_offset_align=%u",
		   sx->stx_dio_mem_align, sx->stx_dio_offset_align);
	prs("}");
}

static void dec_statx(struct tcb *t)
{
	if (!t->exiting) {
		unsigned fl = (unsigned)t->a[2];
		pr_dirfd((long)t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
		pr_sep();
		if (opt_raw) {
			/* strace 6.1: the sync type, nothing for a raw 0, then
			 * "|" and the other flags: "|0x900" */
			if (fl & AT_STATX_SYNC_TYPE)
				pr_hex(fl & AT_STATX_SYNC_TYPE);
			if (fl & ~(unsigned)AT_STATX_SYNC_TYPE)
				pr("|%#x", fl & ~(unsigned)AT_STATX_SYNC_TYPE);
		} else {
			/* the sync type is a two-bit field, printed first */
			pr_flags(statx_sync, fl & AT_STATX_SYNC_TYPE, "AT_STATX_SYNC_AS_STAT");
			fl &= ~(unsigned)AT_STATX_SYNC_TYPE;
			if (fl) {
				prs("|");
				pr_flags(statx_at, fl, NULL);
			}
		}
		pr_sep();
		pr_flags_d(statx_mask, (unsigned)t->a[3], "STATX_???");
		pr_sep();
		return;
	}
	struct statx sx;
	if (t_failed(t) || umove(t->pid, t->a[4], &sx, sizeof sx) < 0) {
		pr_addr(t->a[4]);
		return;
	}
	if (!abbrev(t)) {
		pr_statx_full(&sx);
		return;
	}
	prs("{stx_mask=");
	pr_flags(statx_mask, sx.stx_mask, NULL);
	prs(", stx_attributes=");
	pr_flags(statx_attrs, sx.stx_attributes, NULL);
	prs(", stx_mode=");
	pr_mode(sx.stx_mode);
	pr(", stx_size=%llu, ...}", (unsigned long long)sx.stx_size);
}

static const struct xlat access_modes[] = {
	{ 4, "R_OK" }, { 2, "W_OK" }, { 1, "X_OK" }, XEND	/* unistd.h; not in UAPI */
};

static void pr_access_mode(unsigned long m)
{
	if ((unsigned)m)
		pr_flags_d(access_modes, (unsigned)m, "?_OK");
	else
		pr_flags(access_modes, 0, "F_OK");
}

static void dec_access(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_path(t, t->a[0]);
	pr_sep();
	pr_access_mode(t->a[1]);
}

static void dec_faccessat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	pr_access_mode(t->a[2]);
}

static const struct xlat faccess_flags[] = {
	X(AT_SYMLINK_NOFOLLOW), X(AT_EACCESS), X(AT_EMPTY_PATH), XEND
};

static void dec_faccessat2(struct tcb *t)
{
	dec_faccessat(t);
	if (!t->exiting) {
		pr_sep();
		pr_flags_d(faccess_flags, (unsigned)t->a[3], "AT_???");
	}
}

/* The link's text is not NUL-terminated: the result is its length. */
static void pr_linkbuf(struct tcb *t, unsigned long addr)
{
	if (t_failed(t))
		pr_addr(addr);
	else
		pr_buf(t, addr, (unsigned long)t->ret);
}

static void dec_readlink(struct tcb *t)
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		return;
	}
	pr_linkbuf(t, t->a[1]);
	pr(", %lu", t->a[2]);
}

static void dec_readlinkat(struct tcb *t)
{
	if (!t->exiting) {
		pr_dirfd((long)t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
		pr_sep();
		return;
	}
	pr_linkbuf(t, t->a[2]);
	pr(", %lu", t->a[3]);
}

static void dec_getcwd(struct tcb *t)
{
	if (!t->exiting)
		return;
	if (t_failed(t))
		pr_addr(t->a[0]);
	else
		pr_path(t, t->a[0]);
	pr(", %lu", t->a[1]);
}

static void dec_path(struct tcb *t)	/* chdir, rmdir, unlink, chroot... */
{
	if (!t->exiting)
		pr_path(t, t->a[0]);
}

static void dec_path_mode(struct tcb *t)	/* mkdir, chmod */
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr(", %#03lo", t->a[1] & 0177777);
	}
}

static void dec_fd_mode(struct tcb *t)	/* fchmod */
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr(", %#03lo", t->a[1] & 0177777);
	}
}

static void dec_at_path_mode(struct tcb *t)	/* mkdirat, fchmodat */
{
	if (!t->exiting) {
		pr_dirfd((long)t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
		pr(", %#03lo", t->a[2] & 0177777);
	}
}

static void dec_unlinkat(struct tcb *t)
{
	if (!t->exiting) {
		pr_dirfd((long)t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
		pr_sep();
		pr_flags_d(xl_at_flags, (unsigned)t->a[2], "AT_???");	/* all of them, as strace */
	}
}

static void dec_two_paths(struct tcb *t)	/* rename, link, symlink */
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
	}
}

static const struct xlat rename_flags[] = {
	X(RENAME_NOREPLACE), X(RENAME_EXCHANGE), X(RENAME_WHITEOUT), XEND
};

static void dec_renameat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	pr_dirfd((long)t->a[2]);
	pr_sep();
	pr_path(t, t->a[3]);
	if (t_is(t, "renameat2")) {
		pr_sep();
		pr_flags_d(rename_flags, (unsigned)t->a[4], "RENAME_??");	/* strace's two ?s */
	}
}

static void dec_symlinkat(struct tcb *t)
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		pr_dirfd((long)t->a[1]);
		pr_sep();
		pr_path(t, t->a[2]);
	}
}

static void dec_truncate(struct tcb *t)
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr(", %lu", t->a[1]);	/* strace: the length as unsigned */
	}
}

static void dec_chown(struct tcb *t)
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		pr_id(t->a[1]);
		pr_sep();
		pr_id(t->a[2]);
	}
}

/* getxattr(path, name, value, size): the value arrives at exit */
static void dec_getxattr(struct tcb *t)
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		pr_str(t, t->a[1]);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[2]);
	else if (!t->a[2])
		prs("NULL");
	else
		pr_buf_omit0(t, t->a[2], (unsigned long)t->ret);
	pr(", %lu", t->a[3]);
}

static const struct xlat fs_magic[] = {
	X(EXT2_SUPER_MAGIC), X(TMPFS_MAGIC), X(PROC_SUPER_MAGIC), X(SYSFS_MAGIC),
	X(OVERLAYFS_SUPER_MAGIC), X(DEVPTS_SUPER_MAGIC), X(CGROUP2_SUPER_MAGIC),
	X(CGROUP_SUPER_MAGIC), X(BTRFS_SUPER_MAGIC), X(XFS_SUPER_MAGIC), X(NFS_SUPER_MAGIC),
	X(SQUASHFS_MAGIC), X(MSDOS_SUPER_MAGIC), X(FUSE_SUPER_MAGIC), X(DEBUGFS_MAGIC),
	X(SECURITYFS_MAGIC), X(BPF_FS_MAGIC), X(HUGETLBFS_MAGIC),
	X(RAMFS_MAGIC), X(BINFMTFS_MAGIC), X(TRACEFS_MAGIC), X(NSFS_MAGIC), XEND
};
/* statvfs(3)'s ST_* mount flags: libc's, not in UAPI (typed from the man page) */
static const struct xlat st_flags[] = {
	{ 1, "ST_RDONLY" }, { 2, "ST_NOSUID" }, { 4, "ST_NODEV" }, { 8, "ST_NOEXEC" },
	{ 16, "ST_SYNCHRONOUS" }, { 32, "ST_VALID" }, { 64, "ST_MANDLOCK" },
	{ 1024, "ST_NOATIME" }, { 2048, "ST_NODIRATIME" }, { 4096, "ST_RELATIME" }, XEND
};

static void pr_statfs(struct tcb *t, unsigned long addr)
{
	struct statfs f;

	if (t_failed(t) || umove(t->pid, addr, &f, sizeof f) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{f_type=");
	pr_xlat(fs_magic, (unsigned long)f.f_type, "%#lx", NULL);
	pr(", f_bsize=%ld, f_blocks=%lu, f_bfree=%lu, f_bavail=%lu, f_files=%lu, f_ffree=%lu, "
	   "f_fsid={val=[", (long)f.f_bsize, (unsigned long)f.f_blocks, (unsigned long)f.f_bfree,
	   (unsigned long)f.f_bavail, (unsigned long)f.f_files, (unsigned long)f.f_ffree);
	for (int i = 0; i < 2 && pr_elem(i); i++)	/* an array: cut at -s like any */
		pr("%#x", (unsigned)f.f_fsid.val[i]);
	pr("]}, f_namelen=%ld, f_frsize=%ld, f_flags=", (long)f.f_namelen, (long)f.f_frsize);
	pr_flags(st_flags, (unsigned long)f.f_flags, NULL);
	prs("}");
}

static void dec_statfs(struct tcb *t)
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		return;
	}
	pr_statfs(t, t->a[1]);
}

static void dec_fstatfs(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	pr_statfs(t, t->a[1]);
}

static void dec_umask(struct tcb *t)
{
	if (!t->exiting)
		pr("%#03lo", t->a[0] & 0177777);
}

static void dec_linkat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	pr_dirfd((long)t->a[2]);
	pr_sep();
	pr_path(t, t->a[3]);
	pr_sep();
	pr_flags_d(xl_at_flags, (unsigned)t->a[4], "AT_???");	/* strace names every AT_ bit */
}

static void dec_fchownat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	pr_id(t->a[2]);
	pr_sep();
	pr_id(t->a[3]);
	pr_sep();
	pr_flags_d(xl_at_flags, (unsigned)t->a[4], "AT_???");
}

/* utimensat(2)'s special nanosecond values (<sys/stat.h>, not UAPI) */
#define UTIME_NOW	((1L << 30) - 1L)
#define UTIME_OMIT	((1L << 30) - 2L)

static void dec_utimensat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	if (!t->a[2]) {
		prs("NULL");
	} else {
		struct __kernel_timespec ts[2];
		if (umove(t->pid, t->a[2], ts, sizeof ts) < 0) {
			pr_hex(t->a[2]);
		} else {
			prs("[");
			for (int i = 0; i < 2; i++) {
				if (!pr_elem(i))	/* an array: -s cuts it */
					break;
				/* UTIME_NOW, UTIME_OMIT: -X raw the struct, -X
				 * verbose the struct and the name in a comment */
				int special = ts[i].tv_nsec == UTIME_NOW || ts[i].tv_nsec == UTIME_OMIT;
				if (!special || opt_raw || opt_xverbose)
					pr("{tv_sec=%lld, tv_nsec=%llu}", (long long)ts[i].tv_sec,
					   (unsigned long long)ts[i].tv_nsec);
				if (!special)
					pr_date_comment(ts[i].tv_sec, (unsigned long long)ts[i].tv_nsec);
				if (special && !opt_raw)
					pr(opt_xverbose ? " /* %s */" : "%s",
					   ts[i].tv_nsec == UTIME_NOW ? "UTIME_NOW" : "UTIME_OMIT");
			}
			prs("]");
		}
	}
	pr_sep();
	pr_flags_d(xl_at_flags, (unsigned)t->a[3], "AT_???");
}

/* mknod's mode names the file type; a device gets its number too */
static void pr_mknod_rest(unsigned long mode, unsigned long dev)
{
	mode = (unsigned short)mode;	/* umode_t */
	pr_mode(mode);
	unsigned type = mode & S_IFMT;
	if (type == S_IFCHR || type == S_IFBLK) {
		pr_sep();
		pr_makedev((unsigned)dev);	/* the kernel takes an unsigned int */
	}
}

static void dec_mknod(struct tcb *t)
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		pr_mknod_rest(t->a[1], t->a[2]);
	}
}

static void dec_mknodat(struct tcb *t)
{
	if (!t->exiting) {
		pr_dirfd((long)t->a[0]);
		pr_sep();
		pr_path(t, t->a[1]);
		pr_sep();
		pr_mknod_rest(t->a[2], t->a[3]);
	}
}

/* listxattr: the names arrive at exit, NUL-separated, as many bytes as returned */
static void dec_listxattr(struct tcb *t)
{
	if (!t->exiting) {
		if (t_is(t, "flistxattr"))
			pr_fd((long)t->a[0]);
		else
			pr_path(t, t->a[0]);
		pr_sep();
		return;
	}
	/* a size of 0 asks only for the length: the buffer is not read */
	if (t_failed(t) || !t->a[1] || !t->a[2])
		pr_addr(t->a[1]);
	else
		pr_buf(t, t->a[1], (unsigned long)t->ret);
	pr(", %lu", t->a[2]);
}

static const struct xlat xattr_flags[] = { X(XATTR_CREATE), X(XATTR_REPLACE), XEND };

static void dec_setxattr(struct tcb *t)
{
	if (t->exiting)
		return;
	if (t_is(t, "fsetxattr"))
		pr_fd((long)t->a[0]);
	else
		pr_path(t, t->a[0]);
	pr_sep();
	pr_str(t, t->a[1]);
	pr_sep();
	if (t->a[3] > XATTR_SIZE_MAX)	/* the kernel's E2BIG: strace reads nothing */
		pr_addr(t->a[2]);
	else
		pr_buf_omit0(t, t->a[2], t->a[3]);
	pr(", %lu, ", t->a[3]);
	pr_flags_d(xattr_flags, (unsigned)t->a[4], "XATTR_???");
}

/* umount2(2)'s flags: <sys/mount.h>, not UAPI; from the man page */
static const struct xlat umount_flags[] = {
	{ 1, "MNT_FORCE" }, { 2, "MNT_DETACH" }, { 4, "MNT_EXPIRE" }, { 8, "UMOUNT_NOFOLLOW" }, XEND
};

static void dec_umount2(struct tcb *t)
{
	if (!t->exiting) {
		pr_path(t, t->a[0]);
		pr_sep();
		pr_flags_d(umount_flags, (unsigned)t->a[1], "MNT_???");
	}
}

static void dec_fgetxattr(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_str(t, t->a[1]);
		pr_sep();
		return;
	}
	if (t_failed(t) || !t->a[2])
		pr_addr(t->a[2]);
	else
		pr_buf_omit0(t, t->a[2], (unsigned long)t->ret);
	pr(", %lu", t->a[3]);
}

static void dec_removexattr(struct tcb *t)	/* removexattr, lremovexattr, fremovexattr */
{
	if (t->exiting)
		return;
	if (t_is(t, "fremovexattr"))
		pr_fd((long)t->a[0]);
	else
		pr_path(t, t->a[0]);
	pr_sep();
	pr_str(t, t->a[1]);
}

/* the two timevals are read as one: either unreadable, the address */
static void pr_utimes_times(struct tcb *t, unsigned long addr)
{
	struct __kernel_old_timeval tv[2];
	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, tv, sizeof tv) < 0) {
		pr_hex(addr);
		return;
	}
	prs("[");
	for (int i = 0; i < 2 && pr_elem(i); i++)	/* an array: -s cuts it */
		pr_timeval_utime(t, addr + 16 * (unsigned long)i);
	prs("]");
}

/* ustat(dev, ubuf): dev is the kernel's unsigned 32-bit encoding; strace
 * 6.1 shows the struct ustat the kernel fills in only as its address */
static void dec_ustat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_makedev((unsigned)t->a[0]);
	pr_sep();
	pr_addr(t->a[1]);
}

static void dec_utimes(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_path(t, t->a[0]);
	pr_sep();
	pr_utimes_times(t, t->a[1]);
}

static void dec_futimesat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	pr_utimes_times(t, t->a[2]);
}

/* mount(2)'s MS_* flags, from <linux/mount.h> */
static const struct xlat mount_flags[] = {
	X(MS_RDONLY), X(MS_NOSUID), X(MS_NODEV), X(MS_NOEXEC), X(MS_SYNCHRONOUS), X(MS_REMOUNT),
	X(MS_MANDLOCK), X(MS_DIRSYNC), X(MS_NOSYMFOLLOW), X(MS_NOATIME), X(MS_NODIRATIME),
	X(MS_BIND), X(MS_MOVE), X(MS_REC), X(MS_SILENT), X(MS_POSIXACL), X(MS_UNBINDABLE),
	X(MS_PRIVATE), X(MS_SLAVE), X(MS_SHARED), X(MS_RELATIME), X(MS_KERNMOUNT),
	X(MS_I_VERSION), X(MS_STRICTATIME), X(MS_LAZYTIME), X(MS_SUBMOUNT), X(MS_NOREMOTELOCK),
	X(MS_NOSEC), X(MS_BORN), X(MS_ACTIVE), X(MS_NOUSER), XEND	/* the kernel's own, named too */
};

/* The old magic number in the top half is named on its own; a bind, move or
 * propagation change has no type and no data, a remount no type: strace
 * prints those pointers as addresses. */
static void dec_mount(struct tcb *t)
{
	unsigned long flags = t->a[3];
	int magic = (flags & 0xffff0000UL) == MS_MGC_VAL, no_type, no_data;

	if (t->exiting)
		return;
	if (magic)
		flags &= ~0xffff0000UL;
	no_data = !(flags & MS_REMOUNT) &&
		(flags & (MS_BIND | MS_MOVE | MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE));
	no_type = no_data || (flags & MS_REMOUNT);
	pr_path(t, t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	if (no_type)
		pr_addr(t->a[2]);
	else
		pr_str(t, t->a[2]);
	pr_sep();
	if (magic) {
		pr_named("0xc0ed0000", "MS_MGC_VAL");
		if (flags)
			prs("|");
	}
	if (flags || !magic)
		pr_flags_d(mount_flags, flags, "MS_???");
	pr_sep();
	if (no_data)
		pr_addr(t->a[4]);
	else
		pr_str(t, t->a[4]);
}

static void dec_utime(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_path(t, t->a[0]);
	pr_sep();
	long v[2];
	if (!t->a[1])
		prs("NULL");
	else if (umove(t->pid, t->a[1], v, sizeof v) < 0)
		pr_hex(t->a[1]);
	else
	{
		/* each time with its date, as strace adds it (none for 0) */
		pr("{actime=%ld", v[0]);
		pr_date_comment(v[0], 0);
		pr(", modtime=%ld", v[1]);
		pr_date_comment(v[1], 0);
		prs("}");
	}
}

static const struct xlat resolve_flags[] = {
	X(RESOLVE_NO_XDEV), X(RESOLVE_NO_MAGICLINKS), X(RESOLVE_NO_SYMLINKS),
	X(RESOLVE_BENEATH), X(RESOLVE_IN_ROOT), X(RESOLVE_CACHED), XEND
};

/* openat2(dirfd, path, struct open_how {u64 flags, mode, resolve}, size) */
static void dec_openat2(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	struct open_how how;
	if (t->a[3] < sizeof how || umove(t->pid, t->a[2], &how, sizeof how) < 0) {
		pr_addr(t->a[2]);
	} else {
		prs("{flags=");
		pr_open_flags(how.flags);
		/* strace 6.1: the mode when it matters (O_CREAT, O_TMPFILE) or is set;
		 * resolve always, 0 as "0" */
		if (how.mode || (how.flags & (O_CREAT | __O_TMPFILE)))
			pr(", mode=%#03llo", (unsigned long long)how.mode);
		prs(", resolve=");
		pr_flags_d(resolve_flags, how.resolve, "RESOLVE_???");
		pr_struct_tail(t, t->a[2], sizeof how, t->a[3]);
		prs("}");
	}
	pr(", %lu", t->a[3]);
}

void file_init(void)
{
	sys_set("open", 3, dec_open, R_DEC);
	sys_set("openat", 4, dec_openat, R_DEC);
	sys_set("creat", 2, dec_creat, R_DEC);
	sys_set("stat", 2, dec_stat, R_DEC);
	sys_set("lstat", 2, dec_stat, R_DEC);
	sys_set("fstat", 2, dec_fstat, R_DEC);
	sys_set("newfstatat", 4, dec_newfstatat, R_DEC);
	sys_set("statx", 5, dec_statx, R_DEC);
	sys_set("access", 2, dec_access, R_DEC);
	sys_set("faccessat", 3, dec_faccessat, R_DEC);
	sys_set("faccessat2", 4, dec_faccessat2, R_DEC);
	sys_set("readlink", 3, dec_readlink, R_DEC);
	sys_set("readlinkat", 4, dec_readlinkat, R_DEC);
	sys_set("getcwd", 2, dec_getcwd, R_DEC);
	sys_set("chdir", 1, dec_path, R_DEC);
	sys_set("chroot", 1, dec_path, R_DEC);
	sys_set("rmdir", 1, dec_path, R_DEC);
	sys_set("unlink", 1, dec_path, R_DEC);
	sys_set("mkdir", 2, dec_path_mode, R_DEC);
	sys_set("chmod", 2, dec_path_mode, R_DEC);
	sys_set("fchmod", 2, dec_fd_mode, R_DEC);
	sys_set("mkdirat", 3, dec_at_path_mode, R_DEC);
	sys_set("fchmodat", 3, dec_at_path_mode, R_DEC);
	sys_set("unlinkat", 3, dec_unlinkat, R_DEC);
	sys_set("rename", 2, dec_two_paths, R_DEC);
	sys_set("link", 2, dec_two_paths, R_DEC);
	sys_set("symlink", 2, dec_two_paths, R_DEC);
	sys_set("renameat", 4, dec_renameat, R_DEC);
	sys_set("renameat2", 5, dec_renameat, R_DEC);
	sys_set("symlinkat", 3, dec_symlinkat, R_DEC);
	sys_set("truncate", 2, dec_truncate, R_DEC);
	sys_set("chown", 3, dec_chown, R_DEC);
	sys_set("lchown", 3, dec_chown, R_DEC);
	sys_set("getxattr", 4, dec_getxattr, R_DEC);
	sys_set("lgetxattr", 4, dec_getxattr, R_DEC);
	sys_set("umask", 1, dec_umask, R_OCT);
	sys_set("statfs", 2, dec_statfs, R_DEC);
	sys_set("ustat", 2, dec_ustat, R_DEC);
	sys_set("fstatfs", 2, dec_fstatfs, R_DEC);
	sys_set("linkat", 5, dec_linkat, R_DEC);
	sys_set("fchownat", 5, dec_fchownat, R_DEC);
	sys_set("utimensat", 4, dec_utimensat, R_DEC);
	sys_set("mknod", 3, dec_mknod, R_DEC);
	sys_set("mknodat", 4, dec_mknodat, R_DEC);
	sys_set("listxattr", 3, dec_listxattr, R_DEC);
	sys_set("llistxattr", 3, dec_listxattr, R_DEC);
	sys_set("flistxattr", 3, dec_listxattr, R_DEC);
	sys_set("setxattr", 5, dec_setxattr, R_DEC);
	sys_set("lsetxattr", 5, dec_setxattr, R_DEC);
	sys_set("fsetxattr", 5, dec_setxattr, R_DEC);
	sys_set("umount2", 2, dec_umount2, R_DEC);
	sys_set("fgetxattr", 4, dec_fgetxattr, R_DEC);
	sys_set("removexattr", 2, dec_removexattr, R_DEC);
	sys_set("lremovexattr", 2, dec_removexattr, R_DEC);
	sys_set("fremovexattr", 2, dec_removexattr, R_DEC);
	sys_set("utimes", 2, dec_utimes, R_DEC);
	sys_set("futimesat", 3, dec_futimesat, R_DEC);
	sys_set("mount", 5, dec_mount, R_DEC);
	sys_set("utime", 2, dec_utime, R_DEC);
	sys_set("openat2", 4, dec_openat2, R_DEC);
}
