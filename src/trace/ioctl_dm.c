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

/* DM_TABLE_LOAD's targets: each spec at the previous one plus its next, the
 * parameters string after it; at most -s of them */
static void pr_dm_targets(struct tcb *t, unsigned long arg, const struct dm_ioctl *d)
{
	unsigned long off = d->data_start;

	for (unsigned i = 0; i < d->target_count; i++) {
		struct dm_target_spec s;
		unsigned long end = off + sizeof s;

		prs(", ");
		if (i >= (unsigned)opt_strlen) {	/* -s counts them, -v or not */
			prs("...");
			return;
		}
		if (end < off || end > d->data_size) {
			prs("??? /* misplaced struct dm_target_spec */");
			return;
		}
		if (umove(t->pid, arg + off, &s, sizeof s) < 0) {
			pr_addr(arg + off);
			return;
		}
		pr("{sector_start=%llu, length=%llu, target_type=",
		   (unsigned long long)s.sector_start, (unsigned long long)s.length);
		ioc_cstr(s.target_type, sizeof s.target_type);
		prs(", string=");
		pr_dm_str(t, arg + end, d->data_size - end);
		prs("}");
		if (!s.next) {	/* the next one would be this one again */
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
	if (d->data_start >= d->data_size) {
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
	case DM_TARGET_MSG: case DM_DEV_SET_GEOMETRY: case DM_DEV_RENAME:
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
		pr_dm_targets(t, arg, d);
	else if (req == DM_TARGET_MSG)
		pr_dm_msg(t, arg, d);
	else
		pr_dm_string(t, arg, d);
}

/* the header: 0 when it stopped early (another version, too small) */
static int pr_dm_header(unsigned req, const struct dm_ioctl *d)
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
	if (req == DM_TABLE_LOAD)
		pr(", target_count=%u", d->target_count);
	if (dm_has_event_nr(req, d))
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
	case DM_DEV_SET_GEOMETRY: case DM_DEV_ARM_POLL: case DM_GET_TARGET_VERSION:
		return 1;
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
		return IOC_NUM;
	if (t->exiting)
		return IOC_DONE;
	pr_sep();
	prs("[");
	if (pr_dm_header(req, &d))
		pr_dm_in(t, req, arg, &d);
	prs("]");
	return IOC_DONE;
}
