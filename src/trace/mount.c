/* src/trace/mount.c — the new mount API (fsopen, fsconfig, fsmount, fspick,
 * open_tree, move_mount, mount_setattr), pivot_root, swapon, swapoff, acct.
 * mount and umount2 are in file.c. Constants from <linux/mount.h>. */
#include "trace.h"
#include <linux/mount.h>

static const struct xlat fsopen_flags[] = { X(FSOPEN_CLOEXEC), XEND };
static const struct xlat fsmount_flags[] = { X(FSMOUNT_CLOEXEC), XEND };
static const struct xlat fspick_flags[] = {
	X(FSPICK_CLOEXEC), X(FSPICK_SYMLINK_NOFOLLOW), X(FSPICK_NO_AUTOMOUNT),
	X(FSPICK_EMPTY_PATH), XEND
};
static const struct xlat fsconfig_cmds[] = {
	X(FSCONFIG_SET_FLAG), X(FSCONFIG_SET_STRING), X(FSCONFIG_SET_BINARY),
	X(FSCONFIG_SET_PATH), X(FSCONFIG_SET_PATH_EMPTY), X(FSCONFIG_SET_FD),
	X(FSCONFIG_CMD_CREATE), X(FSCONFIG_CMD_RECONFIGURE), XEND
};
/* MOUNT_ATTR_RELATIME is 0: a value of the two-bit atime field, never a bit */
static const struct xlat mount_attrs[] = {
	X(MOUNT_ATTR_RDONLY), X(MOUNT_ATTR_NOSUID), X(MOUNT_ATTR_NODEV), X(MOUNT_ATTR_NOEXEC),
	X(MOUNT_ATTR_NOATIME), X(MOUNT_ATTR_STRICTATIME), X(MOUNT_ATTR_NODIRATIME),
	XEND	/* strace 6.1's fsmount names neither IDMAP nor NOSYMFOLLOW */
};
/* strace prints open_tree's flags from its AT_ table, all of it */
static const struct xlat open_tree_flags[] = {
	X(OPEN_TREE_CLONE), X(OPEN_TREE_CLOEXEC), X(AT_SYMLINK_NOFOLLOW), X(AT_REMOVEDIR),
	X(AT_SYMLINK_FOLLOW), X(AT_NO_AUTOMOUNT), X(AT_EMPTY_PATH), X(AT_RECURSIVE), XEND
};
static const struct xlat setattr_flags[] = {
	X(AT_SYMLINK_NOFOLLOW), X(AT_NO_AUTOMOUNT), X(AT_EMPTY_PATH), X(AT_RECURSIVE), XEND
};
static const struct xlat move_mount_flags[] = {
	X(MOVE_MOUNT_F_SYMLINKS), X(MOVE_MOUNT_F_AUTOMOUNTS), X(MOVE_MOUNT_F_EMPTY_PATH),
	X(MOVE_MOUNT_T_SYMLINKS), X(MOVE_MOUNT_T_AUTOMOUNTS), X(MOVE_MOUNT_T_EMPTY_PATH),
	X(MOVE_MOUNT_SET_GROUP), XEND
};

static void dec_fsopen(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_str(t, t->a[0]);
	pr_sep();
	pr_flags_d(fsopen_flags, (unsigned)t->a[1], "FSOPEN_???");
}

/* The key is a string for the SET_ commands; the value's kind follows the
 * command; aux is a length, a descriptor or a dirfd. */
/* FSCONFIG_SET_BINARY's value, all in \x.. as strace shows it; a size the
 * kernel refuses (negative, past 1 MiB: fs/fsopen.c) leaves the address */
static void pr_fsconfig_blob(struct tcb *t, unsigned long addr, int size)
{
	if (size < 0 || size > 1024 * 1024)
		pr_addr(addr);
	else
		pr_buf_hex(t, addr, (unsigned long)size);
}

static void dec_fsconfig(struct tcb *t)
{
	unsigned cmd = (unsigned)t->a[1];
	int aux = (int)t->a[4];

	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_xlat(fsconfig_cmds, cmd, "%#x", "FSCONFIG_???");
	pr_sep();
	/* the key and a string value: the kernel takes 255 bytes and a NUL
	 * (strndup_user(..., 256) in fs/fsopen.c) */
	if (cmd <= FSCONFIG_SET_FD)
		pr_strn(t, t->a[2], 256);
	else
		pr_addr(t->a[2]);
	pr_sep();
	switch (cmd) {
	case FSCONFIG_SET_STRING: pr_strn(t, t->a[3], 256); break;
	case FSCONFIG_SET_PATH: case FSCONFIG_SET_PATH_EMPTY: pr_path(t, t->a[3]); break;
	case FSCONFIG_SET_BINARY: pr_fsconfig_blob(t, t->a[3], aux); break;
	default: pr_addr(t->a[3]); break;
	}
	pr_sep();
	switch (cmd) {
	case FSCONFIG_SET_PATH: case FSCONFIG_SET_PATH_EMPTY: pr_dirfd(aux); break;
	case FSCONFIG_SET_FD: pr_fd(aux); break;
	default: pr("%d", aux); break;
	}
}

static void dec_fsmount(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_flags_d(fsmount_flags, (unsigned)t->a[1], "FSMOUNT_???");
	pr_sep();
	pr_flags_d(mount_attrs, (unsigned)t->a[2], "MOUNT_ATTR_???");
}

/* fspick, open_tree: dirfd, path, flags */
static void dec_at_path_flags(struct tcb *t)
{
	int pick = t_is(t, "fspick");

	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	if (pick)
		pr_flags_d(fspick_flags, (unsigned)t->a[2], "FSPICK_???");
	else
		pr_flags_d(open_tree_flags, (unsigned)t->a[2], "OPEN_TREE_???");
}

static void dec_move_mount(struct tcb *t)
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
	pr_flags_d(move_mount_flags, (unsigned)t->a[4], "MOVE_MOUNT_???");
}

static const struct xlat mount_attr_flags[] = {
	X(MOUNT_ATTR_RDONLY), X(MOUNT_ATTR_NOSUID), X(MOUNT_ATTR_NODEV), X(MOUNT_ATTR_NOEXEC),
	X(MOUNT_ATTR_NOATIME), X(MOUNT_ATTR_STRICTATIME), X(MOUNT_ATTR_NODIRATIME),
	X(MOUNT_ATTR_IDMAP), X(MOUNT_ATTR_NOSYMFOLLOW), XEND
};
/* one propagation type, as mount(2)'s MS_* bits */
static const struct xlat mount_propagation[] = {
	X(MS_UNBINDABLE), X(MS_PRIVATE), X(MS_SLAVE), X(MS_SHARED), XEND
};

/* struct mount_attr {u64 attr_set, attr_clr, propagation, userns_fd}: shown
 * when size covers its first version (MOUNT_ATTR_SIZE_VER0), with any bytes
 * past it that are not 0 */
static void pr_mount_attr(struct tcb *t, unsigned long addr, unsigned long size)
{
	struct mount_attr a;

	if (size < MOUNT_ATTR_SIZE_VER0 || umove(t->pid, addr, &a, sizeof a) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{attr_set=");
	pr_flags_d(mount_attr_flags, a.attr_set, "MOUNT_ATTR_???");
	prs(", attr_clr=");
	pr_flags_d(mount_attr_flags, a.attr_clr, "MOUNT_ATTR_???");
	prs(", propagation=");
	pr_xlat(mount_propagation, (unsigned long)a.propagation, "%#lx", "MS_???");
	/* a descriptor only when MOUNT_ATTR_IDMAP asks for one and it fits an
	 * int (-y shows its path), a plain number otherwise */
	prs(", userns_fd=");
	if ((a.attr_set & MOUNT_ATTR_IDMAP) && a.userns_fd <= 0x7fffffff)
		pr_fd((int)a.userns_fd);
	else
		pr("%llu", (unsigned long long)a.userns_fd);
	pr_struct_tail(t, addr, sizeof a, size);
	prs("}");
}

static void dec_mount_setattr(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_dirfd((long)t->a[0]);
	pr_sep();
	pr_path(t, t->a[1]);
	pr_sep();
	pr_flags_d(setattr_flags, (unsigned)t->a[2], "AT_???");
	pr_sep();
	pr_mount_attr(t, t->a[3], t->a[4]);
	pr(", %lu", t->a[4]);
}

static void dec_paths(struct tcb *t)	/* pivot_root, swapoff, acct */
{
	if (t->exiting)
		return;
	pr_path(t, t->a[0]);
	if (t_is(t, "pivot_root")) {
		pr_sep();
		pr_path(t, t->a[1]);
	}
}

/* swapon(2)'s flags: <sys/swap.h>, libc's and not UAPI; from the man page.
 * The low 15 bits are the priority, printed after the flags. */
static const struct xlat swap_flags[] = {
	{ 0x8000, "SWAP_FLAG_PREFER" }, { 0x10000, "SWAP_FLAG_DISCARD" },
	{ 0x20000, "SWAP_FLAG_DISCARD_ONCE" }, { 0x40000, "SWAP_FLAG_DISCARD_PAGES" }, XEND
};

static void dec_swapon(struct tcb *t)
{
	unsigned flags = (unsigned)t->a[1], prio = flags & 0x7fff;

	if (t->exiting)
		return;
	pr_path(t, t->a[0]);
	pr_sep();
	flags &= ~0x7fffu;
	if (flags) {
		pr_flags_d(swap_flags, flags, "SWAP_FLAG_???");
		pr("|%u", prio);
	} else {
		pr("%u", prio);
	}
}

void mount_init(void)
{
	sys_set("fsopen", 2, dec_fsopen, R_DEC);
	sys_set("fsconfig", 5, dec_fsconfig, R_DEC);
	sys_set("fsmount", 3, dec_fsmount, R_DEC);
	sys_set("fspick", 3, dec_at_path_flags, R_DEC);
	sys_set("open_tree", 3, dec_at_path_flags, R_DEC);
	sys_set("move_mount", 5, dec_move_mount, R_DEC);
	sys_set("mount_setattr", 5, dec_mount_setattr, R_DEC);
	sys_set("pivot_root", 2, dec_paths, R_DEC);
	sys_set("swapoff", 1, dec_paths, R_DEC);
	sys_set("acct", 1, dec_paths, R_DEC);
	sys_set("swapon", 2, dec_swapon, R_DEC);
}
