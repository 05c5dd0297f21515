/* src/trace/ioctl_ubi.c — UBI, the flash volume layer ('o' for the control
 * device and UBI devices, 'O' for volumes; <mtd/ubi-user.h>): attaching,
 * making, resizing and renaming volumes, the erase blocks' requests. */
#include "ioctl.h"
#include <mtd/ubi-user.h>

static const struct xlat vol_types[] = { X(UBI_DYNAMIC_VOLUME), X(UBI_STATIC_VOLUME), XEND };
static const struct xlat vol_flags[] = { X(UBI_VOL_SKIP_CRC_CHECK_FLG), XEND };
static const struct xlat vol_props[] = { X(UBI_VOL_PROP_DIRECT_WRITE), XEND };
/* an erase block's data type: obsolete, gone from the header, still in
 * the structs (the kernel ignores it); strace names the old values */
static const struct xlat data_types[] = {
	{ 1, "UBI_LONGTERM" }, { 2, "UBI_SHORTTERM" }, { 3, "UBI_UNKNOWN" }, XEND
};

/* a volume's name: name_len bytes (clamped to the array), cut at a NUL,
 * "..." when none ends it within one more byte */
static void pr_vol_name(int name_len, const char *name)
{
	int len = name_len < 0 ? 0 : name_len > UBI_MAX_VOLUME_NAME ? UBI_MAX_VOLUME_NAME : name_len;

	pr(", name_len=%d, name=", name_len);
	ioc_cstr(name, (size_t)len + 1);
}

static int pr_mkvol(struct tcb *t, unsigned long arg)
{
	struct ubi_mkvol_req m;

	if (ioc_get(t, arg, &m, sizeof m) < 0)
		return IOC_DONE;
	pr("{vol_id=%d, alignment=%d, bytes=%lld, vol_type=", m.vol_id, m.alignment,
	   (long long)m.bytes);
	pr_xlat(vol_types, (unsigned char)m.vol_type, "%#x", "UBI_???_VOLUME");
	prs(", flags=");
	pr_flags_d(vol_flags, m.flags, "UBI_VOL_???");
	pr_vol_name(m.name_len, m.name);
	prs("}");
	return IOC_EXIT;	/* the volume's number comes back */
}

static void pr_rename_entry(struct tcb *t, const void *e)
{
	const __typeof__(((struct ubi_rnvol_req *)0)->ents[0]) *x = e;	/* an unnamed struct */

	pr("{vol_id=%d", x->vol_id);
	pr_vol_name(x->name_len, x->name);
	prs("}");
}

/* UBI_IOCRNVOL: count entries, at most UBI_MAX_RNVOL (none if negative) */
static void pr_rnvol(struct tcb *t, unsigned long arg)
{
	struct ubi_rnvol_req r;
	int n;

	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return;
	n = r.count < 0 ? 0 : r.count > UBI_MAX_RNVOL ? UBI_MAX_RNVOL : r.count;
	pr("{count=%d, ents=[", r.count);
	for (int i = 0; i < n; i++) {
		if (i)
			prs(", ");
		pr_rename_entry(t, &r.ents[i]);
	}
	prs("]}");
}

static int pr_attach(struct tcb *t, unsigned long arg)
{
	struct ubi_attach_req a;

	if (ioc_get(t, arg, &a, sizeof a) < 0)
		return IOC_DONE;
	pr("{ubi_num=%d, mtd_num=%d, vid_hdr_offset=%d, max_beb_per1024=%d}", a.ubi_num,
	   a.mtd_num, a.vid_hdr_offset, a.max_beb_per1024);
	return IOC_EXIT;	/* the device's number comes back */
}

static void pr_leb_change(struct tcb *t, unsigned long arg)
{
	struct ubi_leb_change_req l;

	if (ioc_get(t, arg, &l, sizeof l) < 0)
		return;
	pr("{lnum=%d, bytes=%d, dtype=", l.lnum, l.bytes);
	pr_xlat(data_types, (unsigned char)l.dtype, "%#x", "UBI_???");
	prs("}");
}

static void pr_map(struct tcb *t, unsigned long arg)
{
	struct ubi_map_req m;

	if (ioc_get(t, arg, &m, sizeof m) < 0)
		return;
	pr("{lnum=%d, dtype=", m.lnum);
	pr_xlat(data_types, (unsigned char)m.dtype, "%#x", "UBI_???");
	prs("}");
}

static void pr_rsvol(struct tcb *t, unsigned long arg)
{
	struct ubi_rsvol_req r;

	if (ioc_get(t, arg, &r, sizeof r) == 0)
		pr("{bytes=%lld, vol_id=%d}", (long long)r.bytes, r.vol_id);
}

static void pr_vol_prop(struct tcb *t, unsigned long arg)
{
	struct ubi_set_vol_prop_req p;

	if (ioc_get(t, arg, &p, sizeof p) < 0)
		return;
	prs("{property=");
	pr_xlat(vol_props, p.property, "%#x", "UBI_VOL_PROP_???");
	pr(", value=%#llx}", (unsigned long long)p.value);
}

static void pr_s64(struct tcb *t, unsigned long arg)
{
	long long v;

	if (ioc_get(t, arg, &v, sizeof v) == 0)
		pr("[%lld]", v);
}

int ioctl_ubi(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {	/* ATT, MKVOL: the number given */
		if (!t_failed(t)) {
			int v;
			if (umove(t->pid, arg, &v, sizeof v) == 0)
				pr(" => [%d]", v);
		}
		return IOC_DONE;
	}
	switch (req) {
	case UBI_IOCVOLCRBLK: case UBI_IOCVOLRMBLK:	/* nothing read */
		return IOC_DONE;
	case UBI_IOCDET: case UBI_IOCEBER: case UBI_IOCEBISMAP: case UBI_IOCEBUNMAP:
	case UBI_IOCRMVOL: case UBI_IOCRPEB: case UBI_IOCSPEB:
		ioc_int(t, arg);
		return IOC_DONE;
	case UBI_IOCVOLUP:
		pr_sep();
		pr_s64(t, arg);
		return IOC_DONE;
	case UBI_IOCATT:
		pr_sep();
		return pr_attach(t, arg);
	case UBI_IOCMKVOL:
		pr_sep();
		return pr_mkvol(t, arg);
	case UBI_IOCRSVOL:
		pr_sep();
		pr_rsvol(t, arg);
		return IOC_DONE;
	case UBI_IOCRNVOL:
		pr_sep();
		pr_rnvol(t, arg);
		return IOC_DONE;
	case UBI_IOCEBCH:
		pr_sep();
		pr_leb_change(t, arg);
		return IOC_DONE;
	case UBI_IOCEBMAP:
		pr_sep();
		pr_map(t, arg);
		return IOC_DONE;
	case UBI_IOCSETVOLPROP:
		pr_sep();
		pr_vol_prop(t, arg);
		return IOC_DONE;
	}
	return IOC_NUM;	/* another 'o' or 'O' request */
}
