/* src/trace/ioctl_dm.c — the device mapper's requests (0xfd, <linux/dm-ioctl.h>):
 * each takes a struct dm_ioctl followed, inside its data_size, by a payload
 * at data_start: the targets of a table to load, a message for a target, a
 * geometry or a new name (strings); what comes back after a success is the
 * same header with the kernel's answer (a list of names, of target types, of
 * the devices a table depends on, the targets' status).
 *
 * strace's rules: the header is read up to its data; a data_size too small
 * to hold a version leaves the argument an address; another major version
 * or a data_size smaller than the header stops after them with a comment.
 * The fields a request does not use are left out (dev 0, an empty name),
 * the payload is shown only with -v (", ..." otherwise), a payload outside
 * data_size is "???" with a "misplaced" comment, and the whole is in [ ]. The flag
 * names come from <linux/dm-ioctl.h> through src/gen/dmtab.sh. */
#include "ioctl.h"
#include <linux/dm-ioctl.h>
#include "dmtab.h"

/* bit 2: a flag the UAPI header no longer defines but strace still names
 * (the kernel's old "device exists" answer) */
#define DM_EXISTS_FLAG (1U << 2)
static const struct xlat dm_flags[] = { DMX_FLAGS X(DM_EXISTS_FLAG), XEND };

/* the header up to its data: what the kernel reads first */
#define DM_HDR offsetof(struct dm_ioctl, data)

/* flags, by bit (the table is not in bit order) */
static void pr_dm_flags(unsigned v)
{
	char text[1024];
	size_t n = 0;
	unsigned rest = 0;

	if (opt_raw || !v) {
		pr("%#x", v);
		return;
	}
	text[0] = 0;
	for (unsigned bit = 0; bit < 32; bit++) {
		const char *name = (v >> bit) & 1 ? xlat_name(dm_flags, 1U << bit) : NULL;

		if (name)
			n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", n ? "|" : "", name);
		else
			rest |= v & (1U << bit);
	}
	if (rest)
		snprintf(text + n, sizeof text - n, "%s%#x", n ? "|" : "", rest);
	if (!n)
		pr("%#x /* DM_??? */", v);
	else if (opt_xverbose)
		pr("%#x /* %s */", v, text);
	else
		prs(text);
}

/* which of the header's fields a request uses */
static int dm_has_dev(unsigned req)
{
	return req != DM_REMOVE_ALL && req != DM_LIST_DEVICES && req != DM_LIST_VERSIONS;
}

static int dm_has_data_start(unsigned req)
{
	switch (req) {
	case DM_LIST_DEVICES: case DM_LIST_VERSIONS: case DM_DEV_WAIT: case DM_TABLE_DEPS:
	case DM_TABLE_STATUS: case DM_TABLE_LOAD: case DM_TARGET_MSG:
	case DM_DEV_SET_GEOMETRY: case DM_DEV_RENAME:
		return 1;
	}
	return 0;
}

/* event_nr: a cookie or event number in, for these (a suspend's only when
 * it resumes) */
static int dm_has_event_nr(unsigned req, const struct dm_ioctl *d)
{
	switch (req) {
	case DM_DEV_REMOVE: case DM_DEV_RENAME: case DM_DEV_WAIT:
		return 1;
	case DM_DEV_SUSPEND:
		return !(d->flags & DM_SUSPEND_FLAG);
	}
	return 0;
}

/* a string of the payload at addr, of which the kernel reads at most len
 * bytes: "" when none, the address when unreadable, cut at -s */
static void pr_dm_str(struct tcb *t, unsigned long addr, unsigned long len)
{
	if (!len) {
		prs("\"\"");
		return;
	}
	pr_strn(t, addr, len);
}

/* the targets: DM_TABLE_LOAD's going in, each spec at the previous one plus
 * its next, the parameters string after it; DM_TABLE_STATUS's and
 * DM_DEV_WAIT's coming back, with their status, each at the first one plus
 * its next; at most -s of them */
static void pr_dm_targets(struct tcb *t, unsigned long arg, const struct dm_ioctl *d, int out)
{
	unsigned long off = d->data_start;

	for (unsigned i = 0; i < d->target_count; i++) {
		struct dm_target_spec s;
		unsigned long end = off + sizeof s;

		prs(", ");
		if (end < off || end > d->data_size) {
			prs("??? /* misplaced struct dm_target_spec */");
			return;
		}
		if (i >= (unsigned)opt_strlen) {	/* -s counts them, -v or not */
			prs("...");
			return;
		}
		if (umove(t->pid, arg + off, &s, sizeof s) < 0) {
			pr_addr(arg + off);
			return;
		}
		pr("{sector_start=%llu, length=%llu", (unsigned long long)s.sector_start,
		   (unsigned long long)s.length);
		if (out)
			pr(", status=%d", s.status);
		prs(", target_type=");
		ioc_cstr(s.target_type, sizeof s.target_type);
		prs(", string=");
		pr_dm_str(t, arg + end, d->data_size - end);
		prs("}");
		if (out) {	/* from the first one */
			off = d->data_start + s.next;
			continue;
		}
		/* the next one starts past this one and at least its
		 * parameters' NUL */
		if (s.next <= sizeof s) {
			if (i + 1 < d->target_count)
				prs(", ??? /* misplaced struct dm_target_spec */");
			return;
		}
		off += s.next;
	}
}

/* DM_TARGET_MSG's sector and message */
static void pr_dm_msg(struct tcb *t, unsigned long arg, const struct dm_ioctl *d)
{
	unsigned long off = d->data_start, end = off + sizeof (struct dm_target_msg);
	struct dm_target_msg m;

	prs(", ");
	if (end < off || end > d->data_size) {
		prs("??? /* misplaced struct dm_target_msg */");
		return;
	}
	if (umove(t->pid, arg + off, &m, sizeof m) < 0) {
		pr_addr(arg + off);
		return;
	}
	pr("{sector=%llu, message=", (unsigned long long)m.sector);
	pr_dm_str(t, arg + end, d->data_size - end);
	prs("}");
}

/* DM_DEV_SET_GEOMETRY's and DM_DEV_RENAME's string */
static void pr_dm_string(struct tcb *t, unsigned long arg, const struct dm_ioctl *d)
{
	prs(", ");
	if (d->data_start > d->data_size) {
		prs("??? /* misplaced string */");
		return;
	}
	prs("{string=");
	pr_dm_str(t, arg + d->data_start, d->data_size - d->data_start);
	prs("}");
}

/* the payload a request passes in; 0 when it has none */
static int dm_in_payload(unsigned req, const struct dm_ioctl *d)
{
	switch (req) {
	case DM_TABLE_LOAD:
		return d->target_count != 0;
	case DM_TARGET_MSG:	/* none when the data ends where it starts */
		return d->data_start != d->data_size;
	case DM_DEV_SET_GEOMETRY: case DM_DEV_RENAME:	/* maybe "" */
		return 1;
	}
	return 0;
}

static void pr_dm_in(struct tcb *t, unsigned req, unsigned long arg, const struct dm_ioctl *d)
{
	if (!dm_in_payload(req, d))
		return;
	if (cur_abbrev) {	/* without -v */
		prs(", ...");
		return;
	}
	if (req == DM_TABLE_LOAD)
		pr_dm_targets(t, arg, d, 0);
	else if (req == DM_TARGET_MSG)
		pr_dm_msg(t, arg, d);
	else
		pr_dm_string(t, arg, d);
}

/* the requests that answer with the device's counts (target_count,
 * open_count, event_nr after a success) */
static int dm_has_counts_out(unsigned req)
{
	switch (req) {
	case DM_DEV_CREATE: case DM_DEV_RENAME: case DM_DEV_SUSPEND: case DM_DEV_STATUS:
	case DM_DEV_WAIT: case DM_TABLE_LOAD: case DM_TABLE_CLEAR: case DM_TABLE_DEPS:
	case DM_TABLE_STATUS: case DM_TARGET_MSG:
		return 1;
	}
	return 0;
}

/* DM_LIST_DEVICES' names: records chained by their next (from each one's
 * start) until a next of 0 */
static void pr_dm_names(struct tcb *t, unsigned long arg, const struct dm_ioctl *d)
{
	unsigned long off = d->data_start;

	for (unsigned i = 0;; i++) {
		struct dm_name_list n;
		unsigned long end = off + offsetof(struct dm_name_list, name);

		prs(", ");
		if (end < off || end > d->data_size) {
			prs("??? /* misplaced struct dm_name_list */");
			return;
		}
		if (i >= (unsigned)opt_strlen) {
			prs("...");
			return;
		}
		if (umove(t->pid, arg + off, &n, offsetof(struct dm_name_list, name)) < 0) {
			pr_addr(arg + off);
			return;
		}
		prs("{dev=");
		pr_makedev(n.dev);
		prs(", name=");
		pr_dm_str(t, arg + end, d->data_size - end);
		prs("}");
		if (!n.next)
			return;
		if (n.next <= offsetof(struct dm_name_list, name)) {	/* inside this one */
			prs(", ??? /* misplaced struct dm_name_list */");
			return;
		}
		off += n.next;
	}
}

/* DM_LIST_VERSIONS' target types: the same chain */
static void pr_dm_versions(struct tcb *t, unsigned long arg, const struct dm_ioctl *d)
{
	unsigned long off = d->data_start;

	for (unsigned i = 0;; i++) {
		struct dm_target_versions v;
		unsigned long end = off + offsetof(struct dm_target_versions, name);

		prs(", ");
		if (end < off || end > d->data_size) {
			prs("??? /* misplaced struct dm_target_versions */");
			return;
		}
		if (i >= (unsigned)opt_strlen) {
			prs("...");
			return;
		}
		if (umove(t->pid, arg + off, &v, offsetof(struct dm_target_versions, name)) < 0) {
			pr_addr(arg + off);
			return;
		}
		prs("{name=");
		pr_dm_str(t, arg + end, d->data_size - end);
		pr(", version=[%u, %u, %u]}", v.version[0], v.version[1], v.version[2]);
		if (!v.next)
			return;
		if (v.next <= offsetof(struct dm_target_versions, name)) {	/* inside this one */
			prs(", ??? /* misplaced struct dm_target_versions */");
			return;
		}
		off += v.next;
	}
}

/* DM_TABLE_DEPS' devices */
static void pr_dm_dep(struct tcb *t, const void *e)
{
	(void)t;
	pr_makedev(*(const __u64 *)e);
}

static void pr_dm_deps(struct tcb *t, unsigned long arg, const struct dm_ioctl *d)
{
	unsigned long off = d->data_start, end = off + offsetof(struct dm_target_deps, dev);
	struct dm_target_deps deps;

	prs(", ");
	if (end < off || end > d->data_size) {
		prs("??? /* misplaced struct dm_target_deps */");
		return;
	}
	if (umove(t->pid, arg + off, &deps, sizeof deps) < 0) {
		pr_addr(arg + off);
		return;
	}
	/* the devices too must be inside data_size */
	if (deps.count > (d->data_size - end) / sizeof (__u64)) {
		prs("??? /* misplaced struct dm_target_deps */");
		return;
	}
	pr("{count=%u, deps=", deps.count);
	pr_array(t, arg + end, deps.count, sizeof (__u64), pr_dm_dep);
	prs("}");
}

/* the answer a request brings back after a success; 0 when it has none */
static int dm_out_payload(unsigned req, const struct dm_ioctl *d)
{
	switch (req) {
	case DM_LIST_DEVICES: case DM_LIST_VERSIONS: case DM_TABLE_DEPS:
		return d->data_size > d->data_start;
	case DM_TABLE_STATUS: case DM_DEV_WAIT:
		return d->data_size > d->data_start && d->target_count;
	case DM_TARGET_MSG:	/* the target's reply, as a string */
		return (d->flags & DM_DATA_OUT_FLAG) != 0;
	}
	return 0;
}

static void pr_dm_out(struct tcb *t, unsigned req, unsigned long arg, const struct dm_ioctl *d)
{
	if (!dm_out_payload(req, d))
		return;
	if (cur_abbrev) {
		prs(", ...");
		return;
	}
	switch (req) {
	case DM_LIST_DEVICES:
		pr_dm_names(t, arg, d);
		break;
	case DM_LIST_VERSIONS:
		pr_dm_versions(t, arg, d);
		break;
	case DM_TABLE_DEPS:
		pr_dm_deps(t, arg, d);
		break;
	case DM_TARGET_MSG:
		pr_dm_string(t, arg, d);
		break;
	default:
		pr_dm_targets(t, arg, d, 1);
	}
}

/* the header: 0 when it stopped early (another version, too small); out:
 * as the kernel left it after a success */
static int pr_dm_header(unsigned req, const struct dm_ioctl *d, int out)
{
	pr("{version=[%u, %u, %u]", d->version[0], d->version[1], d->version[2]);
	if (d->version[0] != DM_VERSION_MAJOR) {
		prs(" /* unsupported device mapper ABI version */}");
		return 0;
	}
	pr(", data_size=%u", d->data_size);
	if (d->data_size < DM_HDR) {
		prs(" /* data_size too small */}");
		return 0;
	}
	if (dm_has_data_start(req))
		pr(", data_start=%u", d->data_start);
	if (dm_has_dev(req)) {
		if (d->dev) {
			prs(", dev=");
			pr_makedev(d->dev);
		}
		if (d->name[0]) {
			prs(", name=");
			ioc_cstr(d->name, sizeof d->name);
		}
		if (d->uuid[0]) {
			prs(", uuid=");
			ioc_cstr(d->uuid, sizeof d->uuid);
		}
	}
	if (out && dm_has_counts_out(req))
		pr(", target_count=%u, open_count=%u, event_nr=%u", d->target_count,
		   d->open_count, d->event_nr);
	else if (!out && req == DM_TABLE_LOAD)
		pr(", target_count=%u", d->target_count);
	if (!out && dm_has_event_nr(req, d))
		pr(", event_nr=%u", d->event_nr);
	prs(", flags=");
	pr_dm_flags(d->flags);
	prs("}");
	return 1;
}

static int dm_known(unsigned req)
{
	switch (req) {
	case DM_VERSION: case DM_REMOVE_ALL: case DM_LIST_DEVICES: case DM_DEV_CREATE:
	case DM_DEV_REMOVE: case DM_DEV_RENAME: case DM_DEV_SUSPEND: case DM_DEV_STATUS:
	case DM_DEV_WAIT: case DM_TABLE_LOAD: case DM_TABLE_CLEAR: case DM_TABLE_DEPS:
	case DM_TABLE_STATUS: case DM_LIST_VERSIONS: case DM_TARGET_MSG:
	case DM_DEV_SET_GEOMETRY: case DM_DEV_ARM_POLL:
		return 1;	/* not DM_GET_TARGET_VERSION: strace 6.1 leaves it an address */
	}
	return 0;
}

int ioctl_dm(struct tcb *t, unsigned req, unsigned long arg)
{
	struct dm_ioctl d;

	if (!dm_known(req))
		return IOC_NUM;
	/* unreadable, or too small to say its version: an address */
	if (umove(t->pid, arg, &d, DM_HDR) < 0 || d.data_size < offsetof(struct dm_ioctl, data_size))
		return t->exiting ? IOC_DONE : IOC_NUM;
	if (t->exiting) {	/* after a failure the kernel wrote nothing back */
		if (t_failed(t))
			return IOC_DONE;
		prs(" => [");
		if (pr_dm_header(req, &d, 1))
			pr_dm_out(t, req, arg, &d);
		prs("]");
		return IOC_DONE;
	}
	pr_sep();
	prs("[");
	if (pr_dm_header(req, &d, 0))
		pr_dm_in(t, req, arg, &d);
	prs("]");
	return IOC_EXIT;
}
