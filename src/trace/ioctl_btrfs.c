/* src/trace/ioctl_btrfs.c — btrfs's requests (0x94, <linux/btrfs.h>): the
 * subvolume and snapshot arguments, balance, defragment, tree search, scrub,
 * device, send/receive, quota and feature structs, as the program passes
 * them in. The requests the VFS shares with btrfs (FICLONE, FIDEDUPERANGE,
 * the label) stay ioctl_fs.c's. The names come from <linux/btrfs.h> and
 * <linux/btrfs_tree.h> through src/gen/btrfstab.sh.
 *
 * strace's rules: 64-bit limits print as UINT64_MAX (UINT32_MAX for a key
 * type), tree and object ids by name, device ids as makedev(); without -v
 * the arrays inside (qgroups, clone sources) are "..." or an address, and a
 * tree search leaves out the bounds of the free range (min_objectid
 * BTRFS_FIRST_FREE_OBJECTID, max_objectid BTRFS_LAST_FREE_OBJECTID). */
#include "ioctl.h"
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>
#include "btrfstab.h"

static const struct xlat bt_objectids[] = { BTX_OBJECTIDS XEND };
static const struct xlat bt_keys[] = { BTX_KEYS XEND };
static const struct xlat bt_block_groups[] = { BTX_BLOCK_GROUPS XEND };
static const struct xlat bt_subvol[] = { BTX_SUBVOL XEND };
static const struct xlat bt_qgroup_inherit[] = { BTX_QGROUP_INHERIT XEND };
static const struct xlat bt_qgroup_limit[] = { BTX_QGROUP_LIMIT XEND };
static const struct xlat bt_balance[] = { BTX_BALANCE XEND };
static const struct xlat bt_balance_args[] = { BTX_BALANCE_ARGS XEND };
static const struct xlat bt_balance_ctl[] = { BTX_BALANCE_CTL XEND };
static const struct xlat bt_balance_state[] = { BTX_BALANCE_STATE XEND };
static const struct xlat bt_defrag[] = { BTX_DEFRAG_RANGE XEND };
static const struct xlat bt_scrub[] = { BTX_SCRUB XEND };
static const struct xlat bt_logical_ino[] = { BTX_LOGICAL_INO XEND };
static const struct xlat bt_send[] = { BTX_SEND XEND };
static const struct xlat bt_quota_ctl[] = { BTX_QUOTA_CTL XEND };
static const struct xlat bt_dev_stats[] = { BTX_DEV_STATS XEND };
static const struct xlat bt_dev_stat[] = { BTX_DEV_STAT XEND };
static const struct xlat bt_replace_cmd[] = { BTX_REPLACE_CMD XEND };
static const struct xlat bt_replace_read[] = { BTX_REPLACE_READ XEND };
static const struct xlat bt_replace_result[] = { BTX_REPLACE_RESULT XEND };
static const struct xlat bt_compat[] = { BTX_COMPAT XEND };
static const struct xlat bt_compat_ro[] = { BTX_COMPAT_RO XEND };
static const struct xlat bt_incompat[] = { BTX_INCOMPAT XEND };
/* defragment's compress_type: the kernel's enum btrfs_compression_type
 * (fs/btrfs/compression.h), not in a UAPI header */
static const struct xlat bt_compress[] = {
	{ 0, "BTRFS_COMPRESS_NONE" }, { 1, "BTRFS_COMPRESS_ZLIB" },
	{ 2, "BTRFS_COMPRESS_LZO" }, { 3, "BTRFS_COMPRESS_ZSTD" }, XEND
};

/* a number in decimal, or its name (in every style as pr_named does) */
static void pr_dec_named(unsigned long long v, const char *name)
{
	char num[24];

	snprintf(num, sizeof num, "%llu", v);
	if (name)
		pr_named(num, name);
	else
		prs(num);
}

/* a 64-bit bound: UINT64_MAX by name */
static void pr_u64(unsigned long long v)
{
	pr_dec_named(v, v == UINT64_MAX ? "UINT64_MAX" : NULL);
}

/* a tree or object id: by name, UINT64_MAX, else in decimal */
static void pr_objectid(unsigned long long v)
{
	const char *n = xlat_name(bt_objectids, v);

	pr_dec_named(v, n ? n : v == UINT64_MAX ? "UINT64_MAX" : NULL);
}

/* a key type (32 bits in the search key): by name, UINT32_MAX */
static void pr_key_type(unsigned v)
{
	const char *n = xlat_name(bt_keys, v);

	pr_dec_named(v, n ? n : v == UINT32_MAX ? "UINT32_MAX" : NULL);
}

static void pr_uuid(const __u8 *u)
{
	for (int i = 0; i < 16; i++)
		pr("%s%02x", i == 4 || i == 6 || i == 8 || i == 10 ? "-" : "", u[i]);
}

/* BTRFS_IOC_SNAP_CREATE and the device requests: a descriptor and a name */
static void pr_vol_args(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_vol_args v;

	if (ioc_get(t, arg, &v, sizeof v) < 0)
		return;
	pr("{fd=%lld, name=", (long long)v.fd);
	ioc_cstr(v.name, sizeof v.name);
	prs("}");
}

static void pr_qgroupid(struct tcb *t, const void *e)
{
	(void)t;
	pr("%llu", (unsigned long long)*(const __u64 *)e);
}

/* the quota groups a new subvolume inherits: their limits, and (-v) the
 * groups themselves */
static void pr_qgroup_inherit(struct tcb *t, unsigned long addr)
{
	struct btrfs_qgroup_inherit q;

	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, &q, sizeof q) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{flags=");
	pr_flags_d(bt_qgroup_inherit, q.flags, "BTRFS_QGROUP_INHERIT_???");
	pr(", num_qgroups=%llu, num_ref_copies=%llu, num_excl_copies=%llu, lim={flags=",
	   (unsigned long long)q.num_qgroups, (unsigned long long)q.num_ref_copies,
	   (unsigned long long)q.num_excl_copies);
	pr_flags_d(bt_qgroup_limit, q.lim.flags, "BTRFS_QGROUP_LIMIT_???");
	pr(", max_rfer=%llu, max_excl=%llu, rsv_rfer=%llu, rsv_excl=%llu}, ",
	   (unsigned long long)q.lim.max_rfer, (unsigned long long)q.lim.max_excl,
	   (unsigned long long)q.lim.rsv_rfer, (unsigned long long)q.lim.rsv_excl);
	if (cur_abbrev) {
		prs("...}");
		return;
	}
	prs("qgroups=");
	pr_array(t, addr + sizeof q, q.num_qgroups, sizeof (__u64), pr_qgroupid);
	prs("}");
}

/* BTRFS_IOC_SNAP_CREATE_V2, BTRFS_IOC_SUBVOL_CREATE_V2 */
static void pr_vol_args_v2(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_vol_args_v2 v;

	if (ioc_get(t, arg, &v, sizeof v) < 0)
		return;
	pr("{fd=%lld, flags=", (long long)v.fd);
	pr_flags_d(bt_subvol, v.flags, "BTRFS_SUBVOL_???");
	if (v.flags & BTRFS_SUBVOL_QGROUP_INHERIT) {
		pr(", size=%llu, qgroup_inherit=", (unsigned long long)v.size);
		pr_qgroup_inherit(t, (unsigned long)v.qgroup_inherit);
	}
	prs(", name=");
	ioc_cstr(v.name, sizeof v.name);
	prs("}");
}

static void pr_balance_args(const struct btrfs_balance_args *b)
{
	prs("{profiles=");
	pr_flags_d(bt_block_groups, b->profiles, "BTRFS_BLOCK_GROUP_???");
	pr(", usage=%llu, devid=", (unsigned long long)b->usage);
	pr_makedev(b->devid);
	pr(", pstart=%llu, pend=", (unsigned long long)b->pstart);
	pr_u64(b->pend);
	pr(", vstart=%llu, vend=", (unsigned long long)b->vstart);
	pr_u64(b->vend);
	prs(", target=");
	pr_flags_d(bt_block_groups, b->target, "BTRFS_BLOCK_GROUP_???");
	prs(", flags=");
	pr_flags_d(bt_balance_args, b->flags, "BTRFS_BALANCE_ARGS_???");
	prs("}");
}

/* BTRFS_IOC_BALANCE_V2: what to balance, and the filters of each kind of
 * chunk; after a success (out) the state too */
static void pr_balance_fields(const struct btrfs_ioctl_balance_args *bp, int out)
{
	struct btrfs_ioctl_balance_args b = *bp;

	prs("{flags=");
	pr_flags_d(bt_balance, b.flags, "BTRFS_BALANCE_???");
	if (out) {
		prs(", state=");
		pr_flags_d(bt_balance_state, b.state, "BTRFS_BALANCE_STATE_???");
	}
	/* the filters of the kinds the flags ask to balance */
	if (b.flags & BTRFS_BALANCE_DATA) {
		prs(", data=");
		pr_balance_args(&b.data);
	}
	if (b.flags & BTRFS_BALANCE_METADATA) {
		prs(", meta=");
		pr_balance_args(&b.meta);
	}
	if (b.flags & BTRFS_BALANCE_SYSTEM) {
		prs(", sys=");
		pr_balance_args(&b.sys);
	}
	prs("}");
}

static void pr_balance(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_balance_args b;

	if (ioc_get(t, arg, &b, sizeof b) == 0)
		pr_balance_fields(&b, 0);
}

static void pr_defrag_range(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_defrag_range_args d;

	if (ioc_get(t, arg, &d, sizeof d) < 0)
		return;
	pr("{start=%llu, len=", (unsigned long long)d.start);
	pr_u64(d.len);
	prs(", flags=");
	pr_flags_d(bt_defrag, d.flags, "BTRFS_DEFRAG_RANGE_???");
	pr(", extent_thresh=%u, compress_type=", d.extent_thresh);
	pr_xlat(bt_compress, d.compress_type, "%#lx", "BTRFS_COMPRESS_???");
	prs("}");
}

/* the key of a tree search (both versions start with it) */
static void pr_search_key(const struct btrfs_ioctl_search_key *k)
{
	prs("{tree_id=");
	pr_objectid(k->tree_id);
	/* without -v the bounds of the free range are left out */
	if (!cur_abbrev || k->min_objectid != BTRFS_FIRST_FREE_OBJECTID) {
		prs(", min_objectid=");
		pr_objectid(k->min_objectid);
	}
	if (!cur_abbrev || k->max_objectid != BTRFS_LAST_FREE_OBJECTID) {
		prs(", max_objectid=");
		pr_objectid(k->max_objectid);
	}
	pr(", min_offset=%llu, max_offset=", (unsigned long long)k->min_offset);
	pr_u64(k->max_offset);
	pr(", min_transid=%llu, max_transid=", (unsigned long long)k->min_transid);
	pr_u64(k->max_transid);
	prs(", min_type=");
	pr_key_type(k->min_type);
	prs(", max_type=");
	pr_key_type(k->max_type);
	pr(", nr_items=%u}", k->nr_items);
}

static void pr_tree_search(struct tcb *t, unsigned long arg, int v2)
{
	struct btrfs_ioctl_search_args_v2 s;

	if (ioc_get(t, arg, &s, sizeof s) < 0)
		return;
	prs("{key=");
	pr_search_key(&s.key);
	if (v2)
		pr(", buf_size=%llu", (unsigned long long)s.buf_size);
	prs("}");
}

static void pr_ino_lookup(struct tcb *t, unsigned long arg)
{
	struct { __u64 treeid, objectid; } l;	/* the head of ino_lookup_args */

	if (ioc_get(t, arg, &l, sizeof l) < 0)
		return;
	prs("{treeid=");
	pr_objectid(l.treeid);
	prs(", objectid=");
	pr_objectid(l.objectid);
	prs("}");
}

static void pr_scrub(struct tcb *t, unsigned long arg, int progress)
{
	struct { __u64 devid, start, end, flags; } s;	/* the head of scrub_args */

	if (ioc_get(t, arg, &s, sizeof s) < 0)
		return;
	prs("{devid=");
	pr_makedev(s.devid);
	if (!progress) {
		pr(", start=%llu, end=", (unsigned long long)s.start);
		pr_u64(s.end);
		prs(", flags=");
		pr_flags_d(bt_scrub, s.flags, "BTRFS_SCRUB_???");
	}
	prs("}");
}

static void pr_dev_info(struct tcb *t, unsigned long arg)
{
	struct { __u64 devid; __u8 uuid[BTRFS_UUID_SIZE]; } d;	/* its head */

	if (ioc_get(t, arg, &d, sizeof d) < 0)
		return;
	static const __u8 none[BTRFS_UUID_SIZE];

	prs("{devid=");
	pr_makedev(d.devid);
	if (memcmp(d.uuid, none, sizeof none)) {	/* a uuid to match, if any */
		prs(", uuid=");
		pr_uuid(d.uuid);
	}
	prs("}");
}

static void pr_ino_paths(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_ino_path_args p;

	if (ioc_get(t, arg, &p, sizeof p) < 0)
		return;
	pr("{inum=%llu, size=%llu, fspath=", (unsigned long long)p.inum,
	   (unsigned long long)p.size);
	pr_addr(p.fspath);
	prs("}");
}

/* BTRFS_IOC_LOGICAL_INO: the reserved words only when one is not 0 */
static void pr_logical_ino(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_logical_ino_args l;

	if (ioc_get(t, arg, &l, sizeof l) < 0)
		return;
	pr("{logical=%llu, size=%llu", (unsigned long long)l.logical,
	   (unsigned long long)l.size);
	if (l.reserved[0] || l.reserved[1] || l.reserved[2]) {
		prs(", reserved=[");
		for (int i = 0; i < 3; i++)
			pr("%s%#llx", i ? ", " : "", (unsigned long long)l.reserved[i]);
		prs("]");
	}
	prs(", flags=");
	pr_flags_d(bt_logical_ino, l.flags, "BTRFS_LOGICAL_INO_ARGS_???");
	prs(", inodes=");
	pr_addr(l.inodes);
	prs("}");
}

/* a btrfs timespec, and its date in a comment unless it is all 0 */
static void pr_bt_time(const struct btrfs_ioctl_timespec *ts)
{
	pr("{sec=%lld, nsec=%u}", (long long)ts->sec, ts->nsec);
	if (ts->sec || ts->nsec)
		pr_date_comment((long long)ts->sec, ts->nsec);
}

static void pr_received_subvol(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_received_subvol_args r;

	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return;
	prs("{uuid=");
	pr_uuid((const __u8 *)r.uuid);
	pr(", stransid=%llu, stime=", (unsigned long long)r.stransid);
	pr_bt_time(&r.stime);
	pr(", flags=%llu}", (unsigned long long)r.flags);
}

static void pr_clone_source(struct tcb *t, const void *e)
{
	(void)t;
	pr_objectid(*(const __u64 *)e);
}

static void pr_send(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_send_args s;

	if (ioc_get(t, arg, &s, sizeof s) < 0)
		return;
	pr("{send_fd=%lld, clone_sources_count=%llu, clone_sources=", (long long)s.send_fd,
	   (unsigned long long)s.clone_sources_count);
	if (cur_abbrev || !s.clone_sources)
		pr_addr((unsigned long)s.clone_sources);
	else
		pr_array(t, (unsigned long)s.clone_sources, s.clone_sources_count,
			 sizeof (__u64), pr_clone_source);
	prs(", parent_root=");
	pr_objectid(s.parent_root);
	prs(", flags=");
	pr_flags_d(bt_send, s.flags, "BTRFS_SEND_FLAGS_???");
	prs("}");
}

static void pr_dev_replace(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_dev_replace_args r;

	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return;
	prs("{cmd=");
	pr_xlat(bt_replace_cmd, r.cmd, "%#lx", "BTRFS_IOCTL_DEV_REPLACE_CMD_???");
	if (r.cmd == BTRFS_IOCTL_DEV_REPLACE_CMD_START) {
		prs(", start={srcdevid=");
		pr_makedev(r.start.srcdevid);
		prs(", cont_reading_from_srcdev_mode=");
		pr_xlat(bt_replace_read, r.start.cont_reading_from_srcdev_mode, "%#lx",
			"BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_???");
		prs(", srcdev_name=");
		ioc_cstr(r.start.srcdev_name, sizeof r.start.srcdev_name);
		prs(", tgtdev_name=");
		ioc_cstr(r.start.tgtdev_name, sizeof r.start.tgtdev_name);
		prs("}");
	}
	prs("}");
}

static void pr_features(const struct btrfs_ioctl_feature_flags *f)
{
	prs("{compat_flags=");
	pr_flags_d(bt_compat, f->compat_flags, "BTRFS_FEATURE_COMPAT_???");
	prs(", compat_ro_flags=");
	pr_flags_d(bt_compat_ro, f->compat_ro_flags, "BTRFS_FEATURE_COMPAT_RO_???");
	prs(", incompat_flags=");
	pr_flags_d(bt_incompat, f->incompat_flags, "BTRFS_FEATURE_INCOMPAT_???");
	prs("}");
}

/* BTRFS_IOC_SET_FEATURES: the bits to change, and their new values */
static void pr_set_features(struct tcb *t, unsigned long arg)
{
	struct btrfs_ioctl_feature_flags f[2];

	if (ioc_get(t, arg, f, sizeof f) < 0)
		return;
	prs("[");
	pr_features(&f[0]);
	prs(", ");
	pr_features(&f[1]);
	prs("]");
}

/* the small structs of the quota requests */
static void pr_quota(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case BTRFS_IOC_QUOTA_CTL: {
		struct btrfs_ioctl_quota_ctl_args q;

		if (ioc_get(t, arg, &q, sizeof q) == 0) {
			prs("{cmd=");
			pr_xlat(bt_quota_ctl, q.cmd, "%#lx", "BTRFS_QUOTA_CTL_???");
			prs("}");
		}
		return;
	}
	case BTRFS_IOC_QGROUP_ASSIGN: {
		struct btrfs_ioctl_qgroup_assign_args q;

		if (ioc_get(t, arg, &q, sizeof q) == 0)
			pr("{assign=%llu, src=%llu, dst=%llu}", (unsigned long long)q.assign,
			   (unsigned long long)q.src, (unsigned long long)q.dst);
		return;
	}
	case BTRFS_IOC_QGROUP_CREATE: {
		struct btrfs_ioctl_qgroup_create_args q;

		if (ioc_get(t, arg, &q, sizeof q) == 0)
			pr("{create=%llu, qgroupid=%llu}", (unsigned long long)q.create,
			   (unsigned long long)q.qgroupid);
		return;
	}
	default: {	/* BTRFS_IOC_QUOTA_RESCAN */
		struct btrfs_ioctl_quota_rescan_args q;

		if (ioc_get(t, arg, &q, sizeof q) == 0)
			pr("{flags=%llu}", (unsigned long long)q.flags);
	}
	}
}

static void pr_dev_stats(struct tcb *t, unsigned long arg)
{
	struct { __u64 devid, nr_items, flags; } s;	/* the head of get_dev_stats */

	if (ioc_get(t, arg, &s, sizeof s) < 0)
		return;
	prs("{devid=");
	pr_makedev(s.devid);
	pr(", nr_items=%llu, flags=", (unsigned long long)s.nr_items);
	pr_flags_d(bt_dev_stats, s.flags, "BTRFS_DEV_STATS_???");
	prs("}");
}

/* BTRFS_IOC_SUBVOL_SETFLAGS: the flags, read from where the argument points */
static void pr_setflags(struct tcb *t, unsigned long arg)
{
	__u64 f;

	if (ioc_get(t, arg, &f, sizeof f) == 0)
		pr_flags_d(bt_subvol, f, "BTRFS_SUBVOL_???");
}

/* what a successful call wrote back, for the requests whose answer is
 * decoded: " => {...}" */
static void pr_scrub_progress(const struct btrfs_scrub_progress *p)
{
	pr("{data_extents_scrubbed=%llu, tree_extents_scrubbed=%llu, data_bytes_scrubbed=%llu, "
	   "tree_bytes_scrubbed=%llu, read_errors=%llu, csum_errors=%llu, verify_errors=%llu, "
	   "no_csum=%llu, csum_discards=%llu, super_errors=%llu, malloc_errors=%llu, "
	   "uncorrectable_errors=%llu, corrected_errors=%llu, last_physical=%llu, "
	   "unverified_errors=%llu}",
	   (unsigned long long)p->data_extents_scrubbed, (unsigned long long)p->tree_extents_scrubbed,
	   (unsigned long long)p->data_bytes_scrubbed, (unsigned long long)p->tree_bytes_scrubbed,
	   (unsigned long long)p->read_errors, (unsigned long long)p->csum_errors,
	   (unsigned long long)p->verify_errors, (unsigned long long)p->no_csum,
	   (unsigned long long)p->csum_discards, (unsigned long long)p->super_errors,
	   (unsigned long long)p->malloc_errors, (unsigned long long)p->uncorrectable_errors,
	   (unsigned long long)p->corrected_errors, (unsigned long long)p->last_physical,
	   (unsigned long long)p->unverified_errors);
}

/* the statistics by their index's name, as many as the kernel counts (",
 * ..." for more asked); -s does not cut them */
static void pr_dev_stat_values(const struct btrfs_ioctl_get_dev_stats *d)
{
	unsigned long long n = d->nr_items < BTRFS_DEV_STAT_VALUES_MAX ? d->nr_items
								       : BTRFS_DEV_STAT_VALUES_MAX;

	prs("[");
	for (unsigned i = 0; i < n; i++) {
		prs(i ? ", [" : "[");
		pr_dec_named(i, xlat_name(bt_dev_stat, i));
		pr("]=%llu", (unsigned long long)d->values[i]);
	}
	if (d->nr_items > n)
		prs(n ? ", ..." : "...");
	prs("]");
}

/* 1 if the request's answer is decoded at the exit */
static int bt_answers(unsigned req, unsigned long arg, struct tcb *t)
{
	__u64 cmd;

	switch (req) {
	case BTRFS_IOC_SNAP_CREATE_V2: case BTRFS_IOC_SUBVOL_CREATE_V2: case BTRFS_IOC_INO_LOOKUP:
	case BTRFS_IOC_SCRUB: case BTRFS_IOC_SCRUB_PROGRESS: case BTRFS_IOC_DEV_INFO:
	case BTRFS_IOC_SET_RECEIVED_SUBVOL: case BTRFS_IOC_BALANCE_V2: case BTRFS_IOC_GET_DEV_STATS:
		return 1;
	case BTRFS_IOC_DEV_REPLACE:	/* not a status: its answer is not decoded yet */
		return umove(t->pid, arg, &cmd, sizeof cmd) == 0 &&
		       cmd != BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS;
	}
	return 0;
}

static void bt_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t_failed(t))
		return;
	switch (req) {
	case BTRFS_IOC_SNAP_CREATE_V2: case BTRFS_IOC_SUBVOL_CREATE_V2: {
		struct btrfs_ioctl_vol_args_v2 v;

		if (umove(t->pid, arg, &v, sizeof v) == 0)
			pr(" => {transid=%llu}", (unsigned long long)v.transid);
		return;
	}
	case BTRFS_IOC_INO_LOOKUP: {
		struct btrfs_ioctl_ino_lookup_args l;

		if (umove(t->pid, arg, &l, sizeof l) < 0)
			return;
		prs(" => {treeid=");
		pr_objectid(l.treeid);
		prs(", name=");
		ioc_cstr(l.name, sizeof l.name);
		prs("}");
		return;
	}
	case BTRFS_IOC_SCRUB: case BTRFS_IOC_SCRUB_PROGRESS: {
		struct btrfs_ioctl_scrub_args a;

		if (umove(t->pid, arg, &a, sizeof a) < 0)
			return;
		prs(" => {progress=");
		pr_scrub_progress(&a.progress);
		prs("}");
		return;
	}
	case BTRFS_IOC_GET_DEV_STATS: {
		struct btrfs_ioctl_get_dev_stats d;

		if (umove(t->pid, arg, &d, sizeof d) < 0)
			return;
		pr(" => {nr_items=%llu, flags=", (unsigned long long)d.nr_items);
		pr_flags_d(bt_dev_stats, d.flags, "BTRFS_DEV_STATS_???");
		prs(", ");
		pr_dev_stat_values(&d);
		prs("}");
		return;
	}
	case BTRFS_IOC_BALANCE_V2: {
		struct btrfs_ioctl_balance_args b;

		if (umove(t->pid, arg, &b, sizeof b) < 0)
			return;
		prs(" => ");
		pr_balance_fields(&b, 1);
		return;
	}
	case BTRFS_IOC_DEV_INFO: {
		struct btrfs_ioctl_dev_info_args d;
		static const __u8 none[BTRFS_UUID_SIZE];

		if (umove(t->pid, arg, &d, sizeof d) < 0)
			return;
		prs(" => {");
		if (memcmp(d.uuid, none, sizeof none)) {
			prs("uuid=");
			pr_uuid(d.uuid);
			prs(", ");
		}
		pr("bytes_used=%llu, total_bytes=%llu, path=", (unsigned long long)d.bytes_used,
		   (unsigned long long)d.total_bytes);
		ioc_cstr(d.path, sizeof d.path);
		prs("}");
		return;
	}
	case BTRFS_IOC_SET_RECEIVED_SUBVOL: {
		struct btrfs_ioctl_received_subvol_args r;

		if (umove(t->pid, arg, &r, sizeof r) < 0)
			return;
		pr(" => {rtransid=%llu, rtime=", (unsigned long long)r.rtransid);
		pr_bt_time(&r.rtime);
		prs("}");
		return;
	}
	default: {	/* BTRFS_IOC_DEV_REPLACE */
		struct { __u64 cmd, result; } r;

		if (umove(t->pid, arg, &r, sizeof r) < 0)
			return;
		prs(" => {result=");
		pr_xlat(bt_replace_result, r.result, "%#lx", "BTRFS_IOCTL_DEV_REPLACE_RESULT_???");
		prs("}");
	}
	}
}

/* the requests that only fill in a struct: its address (the answer is
 * not decoded yet, but for SUBVOL_GETFLAGS) */
static int bt_out_only(unsigned req)
{
	switch (req) {
	case BTRFS_IOC_BALANCE_PROGRESS: case BTRFS_IOC_FS_INFO: case BTRFS_IOC_GET_FEATURES:
	case BTRFS_IOC_GET_SUPPORTED_FEATURES: case BTRFS_IOC_QGROUP_LIMIT:
	case BTRFS_IOC_QUOTA_RESCAN_STATUS: case BTRFS_IOC_START_SYNC:
	case BTRFS_IOC_SUBVOL_GETFLAGS:
		return 1;
	}
	return 0;
}

/* t->aux: the entry decoded the struct whose answer the exit shows */
#define BT_ANSWER 1UL

/* the requests decoded here from their argument at the entry */
static int bt_in(unsigned req)
{
	switch (req) {
	case BTRFS_IOC_SNAP_CREATE: case BTRFS_IOC_SUBVOL_CREATE: case BTRFS_IOC_SNAP_DESTROY:
	case BTRFS_IOC_RESIZE: case BTRFS_IOC_SCAN_DEV: case BTRFS_IOC_FORGET_DEV:
	case BTRFS_IOC_ADD_DEV: case BTRFS_IOC_RM_DEV: case BTRFS_IOC_SNAP_CREATE_V2:
	case BTRFS_IOC_SUBVOL_CREATE_V2: case BTRFS_IOC_SUBVOL_SETFLAGS: case BTRFS_IOC_BALANCE_CTL:
	case BTRFS_IOC_BALANCE_V2: case BTRFS_IOC_DEFRAG_RANGE: case BTRFS_IOC_TREE_SEARCH:
	case BTRFS_IOC_TREE_SEARCH_V2: case BTRFS_IOC_INO_LOOKUP: case BTRFS_IOC_SPACE_INFO:
	case BTRFS_IOC_SCRUB: case BTRFS_IOC_SCRUB_PROGRESS: case BTRFS_IOC_DEV_INFO:
	case BTRFS_IOC_INO_PATHS: case BTRFS_IOC_LOGICAL_INO: case BTRFS_IOC_SET_RECEIVED_SUBVOL: case BTRFS_IOC_SEND: case BTRFS_IOC_QUOTA_CTL:
	case BTRFS_IOC_QGROUP_ASSIGN: case BTRFS_IOC_QGROUP_CREATE: case BTRFS_IOC_QUOTA_RESCAN:
	case BTRFS_IOC_GET_DEV_STATS: case BTRFS_IOC_DEV_REPLACE: case BTRFS_IOC_SET_FEATURES:
	case BTRFS_IOC_TRANS_START: case BTRFS_IOC_TRANS_END: case BTRFS_IOC_SYNC:
	case BTRFS_IOC_BALANCE: case BTRFS_IOC_DEFRAG: case BTRFS_IOC_SCRUB_CANCEL:
	case BTRFS_IOC_QUOTA_RESCAN_WAIT: case BTRFS_IOC_WAIT_SYNC: case BTRFS_IOC_DEFAULT_SUBVOL:
		return 1;
	}
	return 0;
}

int ioctl_btrfs(struct tcb *t, unsigned req, unsigned long arg)
{
	if (!bt_out_only(req) && !bt_in(req))
		return ioctl_fs(t, req, arg);	/* the VFS's, 0x94 too */
	if (bt_out_only(req)) {
		if (!t->exiting)
			return IOC_EXIT;
		if (req == BTRFS_IOC_SUBVOL_GETFLAGS && !t_failed(t)) {
			pr_sep();
			pr_setflags(t, arg);	/* the flags, as SETFLAGS shows them */
			return IOC_DONE;
		}
		pr_sep();
		pr_addr(arg);
		return IOC_DONE;
	}
	if (t->exiting) {
		if (t->aux & BT_ANSWER)
			bt_exit(t, req, arg);
		return IOC_DONE;
	}
	switch (req) {
	case BTRFS_IOC_TRANS_START: case BTRFS_IOC_TRANS_END: case BTRFS_IOC_SYNC:
	case BTRFS_IOC_BALANCE: case BTRFS_IOC_DEFRAG: case BTRFS_IOC_SCRUB_CANCEL:
	case BTRFS_IOC_QUOTA_RESCAN_WAIT:
		return IOC_DONE;	/* no argument */
	case BTRFS_IOC_WAIT_SYNC: case BTRFS_IOC_DEFAULT_SUBVOL:
		ioc_u64(t, arg);	/* ", [N]" */
		return IOC_DONE;
	}
	pr_sep();
	switch (req) {
	case BTRFS_IOC_SNAP_CREATE: case BTRFS_IOC_SUBVOL_CREATE: case BTRFS_IOC_SNAP_DESTROY:
	case BTRFS_IOC_RESIZE: case BTRFS_IOC_SCAN_DEV: case BTRFS_IOC_FORGET_DEV:
	case BTRFS_IOC_ADD_DEV: case BTRFS_IOC_RM_DEV:
		pr_vol_args(t, arg);
		break;
	case BTRFS_IOC_SNAP_CREATE_V2: case BTRFS_IOC_SUBVOL_CREATE_V2:
		pr_vol_args_v2(t, arg);
		break;
	case BTRFS_IOC_SUBVOL_SETFLAGS:
		pr_setflags(t, arg);
		break;
	case BTRFS_IOC_BALANCE_CTL:
		pr_xlat(bt_balance_ctl, (unsigned)arg, "%#lx", "BTRFS_BALANCE_CTL_???");
		break;
	case BTRFS_IOC_BALANCE_V2:
		pr_balance(t, arg);
		break;
	case BTRFS_IOC_DEFRAG_RANGE:
		pr_defrag_range(t, arg);
		break;
	case BTRFS_IOC_TREE_SEARCH: case BTRFS_IOC_TREE_SEARCH_V2:
		pr_tree_search(t, arg, req == BTRFS_IOC_TREE_SEARCH_V2);
		break;
	case BTRFS_IOC_INO_LOOKUP:
		pr_ino_lookup(t, arg);
		break;
	case BTRFS_IOC_SPACE_INFO: {
		__u64 slots;

		if (ioc_get(t, arg, &slots, sizeof slots) == 0)
			pr("{space_slots=%llu}", (unsigned long long)slots);
		break;
	}
	case BTRFS_IOC_SCRUB: case BTRFS_IOC_SCRUB_PROGRESS:
		pr_scrub(t, arg, req == BTRFS_IOC_SCRUB_PROGRESS);
		break;
	case BTRFS_IOC_DEV_INFO:
		pr_dev_info(t, arg);
		break;
	case BTRFS_IOC_INO_PATHS:
		pr_ino_paths(t, arg);
		break;
	case BTRFS_IOC_LOGICAL_INO:	/* not _V2: strace 6.1 leaves it a number */
		pr_logical_ino(t, arg);
		break;
	case BTRFS_IOC_SET_RECEIVED_SUBVOL:
		pr_received_subvol(t, arg);
		break;
	case BTRFS_IOC_SEND:
		pr_send(t, arg);
		break;
	case BTRFS_IOC_QUOTA_CTL: case BTRFS_IOC_QGROUP_ASSIGN: case BTRFS_IOC_QGROUP_CREATE:
	case BTRFS_IOC_QUOTA_RESCAN:
		pr_quota(t, req, arg);
		break;
	case BTRFS_IOC_GET_DEV_STATS:
		pr_dev_stats(t, arg);
		break;
	case BTRFS_IOC_DEV_REPLACE:
		pr_dev_replace(t, arg);
		break;
	case BTRFS_IOC_SET_FEATURES:
		pr_set_features(t, arg);
		break;
	}
	if (bt_answers(req, arg, t)) {
		t->aux |= BT_ANSWER;
		return IOC_EXIT;
	}
	return IOC_DONE;
}
