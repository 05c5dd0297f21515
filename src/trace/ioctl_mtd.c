/* src/trace/ioctl_mtd.c — MTD, raw flash devices ('M', <mtd/mtd-abi.h>):
 * erase and lock ranges, out-of-band buffers, writes, OTP areas, the
 * device's and the ECC's description, bad blocks. */
#include "ioctl.h"
#include <mtd/mtd-abi.h>

static const struct xlat mtd_types[] = {
	X(MTD_ABSENT), X(MTD_RAM), X(MTD_ROM), X(MTD_NORFLASH), X(MTD_NANDFLASH),
	X(MTD_DATAFLASH), X(MTD_UBIVOLUME), X(MTD_MLCNANDFLASH), XEND
};
static const struct xlat mtd_flags[] = {
	X(MTD_WRITEABLE), X(MTD_BIT_WRITEABLE), X(MTD_NO_ERASE), X(MTD_POWERUP_LOCK),
	X(MTD_SLC_ON_MLC_EMULATION), XEND
};
static const struct xlat nand_eccs[] = {
	X(MTD_NANDECC_OFF), X(MTD_NANDECC_PLACE), X(MTD_NANDECC_AUTOPLACE),
	X(MTD_NANDECC_PLACEONLY), X(MTD_NANDECC_AUTOPL_USR), XEND
};
static const struct xlat otp_modes[] = { X(MTD_OTP_OFF), X(MTD_OTP_FACTORY), X(MTD_OTP_USER), XEND };
static const struct xlat file_modes[] = {
	X(MTD_FILE_MODE_NORMAL), X(MTD_FILE_MODE_OTP_FACTORY), X(MTD_FILE_MODE_OTP_USER),
	X(MTD_FILE_MODE_RAW), XEND
};
static const struct xlat ops_modes[] = {
	X(MTD_OPS_PLACE_OOB), X(MTD_OPS_AUTO_OOB), X(MTD_OPS_RAW), XEND
};

static void pr_erase(struct tcb *t, unsigned long arg)
{
	struct erase_info_user e;

	if (ioc_get(t, arg, &e, sizeof e) == 0)
		pr("{start=%#x, length=%#x}", e.start, e.length);
}

static void pr_erase64(struct tcb *t, unsigned long arg)
{
	struct erase_info_user64 e;

	if (ioc_get(t, arg, &e, sizeof e) == 0)
		pr("{start=%#llx, length=%#llx}", (unsigned long long)e.start,
		   (unsigned long long)e.length);
}

static void pr_oob(struct tcb *t, unsigned long arg)
{
	struct mtd_oob_buf o;

	if (ioc_get(t, arg, &o, sizeof o) == 0)
		pr("{start=%#x, length=%#x, ptr=%#lx}", o.start, o.length, (unsigned long)o.ptr);
}

static void pr_oob64(struct tcb *t, unsigned long arg)
{
	struct mtd_oob_buf64 o;

	if (ioc_get(t, arg, &o, sizeof o) == 0)
		pr("{start=%#llx, length=%#x, usr_ptr=%#llx}", (unsigned long long)o.start, o.length,
		   (unsigned long long)o.usr_ptr);
}

static void pr_write_req(struct tcb *t, unsigned long arg)
{
	struct mtd_write_req w;

	if (ioc_get(t, arg, &w, sizeof w) < 0)
		return;
	pr("{start=%#llx, len=%#llx, ooblen=%#llx, usr_data=%#llx, usr_oob=%#llx, mode=",
	   (unsigned long long)w.start, (unsigned long long)w.len, (unsigned long long)w.ooblen,
	   (unsigned long long)w.usr_data, (unsigned long long)w.usr_oob);
	pr_xlat(ops_modes, w.mode, "%#x", "MTD_OPS_???");
	prs("}");
}

static void pr_otp_info(struct tcb *t, unsigned long arg)
{
	struct otp_info o;

	if (ioc_get(t, arg, &o, sizeof o) == 0)
		pr("{start=%#x, length=%#x, locked=%u}", o.start, o.length, o.locked);
}

static void pr_otp_select(struct tcb *t, unsigned long arg)
{
	unsigned v;

	if (ioc_get(t, arg, &v, sizeof v) < 0)
		return;
	prs("[");
	pr_xlat(otp_modes, v, "%#x", "MTD_OTP_???");
	prs("]");
}

/* the answers, read at the exit */
static void pr_info(const struct mtd_info_user *m)
{
	prs("{type=");
	pr_xlat(mtd_types, m->type, "%#x", "MTD_???");
	prs(", flags=");
	pr_flags_d(mtd_flags, m->flags, "MTD_???");
	pr(", size=%#x, erasesize=%#x, writesize=%#x, oobsize=%#x, padding=%#llx}", m->size,
	   m->erasesize, m->writesize, m->oobsize, (unsigned long long)m->padding);
}

static void pr_u32_hex(struct tcb *t, const void *e)
{
	pr("%#x", *(const __u32 *)e);
}

static void pr_oobinfo(const struct nand_oobinfo *o)
{
	prs("{useecc=");
	pr_xlat(nand_eccs, o->useecc, "%#x", "MTD_NANDECC_???");
	pr(", eccbytes=%#x, oobfree=[", o->eccbytes);
	for (unsigned i = 0; i < 8 && pr_elem((int)i); i++)
		pr("[%#x, %#x]", o->oobfree[i][0], o->oobfree[i][1]);
	prs("], eccpos=[");
	for (unsigned i = 0; i < 32 && pr_elem((int)i); i++)
		pr_u32_hex(NULL, &o->eccpos[i]);
	prs("]}");
}

static void pr_ecclayout(const struct nand_ecclayout_user *l)
{
	pr("{eccbytes=%#x, eccpos=[", l->eccbytes);
	for (unsigned i = 0; i < MTD_MAX_ECCPOS_ENTRIES && pr_elem((int)i); i++)
		pr("%#x", l->eccpos[i]);
	pr("], oobavail=%#x, oobfree=[", l->oobavail);
	for (unsigned i = 0; i < MTD_MAX_OOBFREE_ENTRIES && pr_elem((int)i); i++)
		pr("{offset=%#x, length=%#x}", l->oobfree[i].offset, l->oobfree[i].length);
	prs("]}");
}

static void mtd_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	union {
		struct mtd_info_user info;
		struct nand_oobinfo oob;
		struct nand_ecclayout_user layout;
		struct mtd_ecc_stats stats;
		struct region_info_user region;
	} u;
	size_t size = req == MEMGETINFO ? sizeof u.info : req == MEMGETOOBSEL ? sizeof u.oob :
		      req == ECCGETLAYOUT ? sizeof u.layout : req == ECCGETSTATS ? sizeof u.stats :
		      sizeof u.region;

	if (req == MEMGETREGIONINFO) {	/* the index was shown at the entry */
		if (!t_failed(t) && umove(t->pid, arg, &u, size) == 0)
			pr(", offset=%#x, erasesize=%#x, numblocks=%#x", u.region.offset,
			   u.region.erasesize, u.region.numblocks);
		prs("}");
		return;
	}
	if (req == MEMGETREGIONCOUNT || req == OTPGETREGIONCOUNT) {
		ioc_int_out(t, arg);
		return;
	}
	pr_sep();
	if (t_failed(t)) {
		pr_addr(arg);
		return;
	}
	if (ioc_get(t, arg, &u, size) < 0)
		return;
	switch (req) {
	case MEMGETINFO:
		pr_info(&u.info);
		break;
	case MEMGETOOBSEL:
		pr_oobinfo(&u.oob);
		break;
	case ECCGETLAYOUT:
		pr_ecclayout(&u.layout);
		break;
	case ECCGETSTATS:
		pr("{corrected=%#x, failed=%#x, badblocks=%#x, bbtblocks=%#x}", u.stats.corrected,
		   u.stats.failed, u.stats.badblocks, u.stats.bbtblocks);
		break;
	}
}

int ioctl_mtd(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {
		mtd_exit(t, req, arg);
		return IOC_DONE;
	}
	switch (req) {
	case MEMGETINFO: case MEMGETOOBSEL: case ECCGETLAYOUT: case ECCGETSTATS:
	case MEMGETREGIONCOUNT: case OTPGETREGIONCOUNT:
		return IOC_EXIT;
	case MTDFILEMODE:	/* a value */
		pr_sep();
		pr_xlat(file_modes, arg, "%#lx", "MTD_FILE_MODE_???");
		return IOC_DONE;
	case MEMGETREGIONINFO: {
		struct region_info_user r;
		pr_sep();
		if (ioc_get(t, arg, &r, sizeof r) < 0)
			return IOC_DONE;
		pr("{regionindex=%#x", r.regionindex);
		return IOC_EXIT;
	}
	case MEMGETBADBLOCK: case MEMSETBADBLOCK:
		ioc_u64(t, arg);
		return IOC_DONE;
	case MEMERASE: case MEMLOCK: case MEMUNLOCK: case MEMISLOCKED: case MEMERASE64:
	case MEMWRITEOOB: case MEMREADOOB: case MEMWRITEOOB64: case MEMREADOOB64: case MEMWRITE:
	case OTPLOCK: case OTPGETREGIONINFO: case OTPERASE: case OTPSELECT:
		break;
	default:	/* another 'M' request (other drivers', MEMREAD): a number */
		return IOC_NUM;
	}
	pr_sep();
	switch (req) {
	case MEMERASE: case MEMLOCK: case MEMUNLOCK: case MEMISLOCKED:
		pr_erase(t, arg);
		break;
	case MEMERASE64:
		pr_erase64(t, arg);
		break;
	case MEMWRITEOOB: case MEMREADOOB:
		pr_oob(t, arg);
		break;
	case MEMWRITEOOB64: case MEMREADOOB64:
		pr_oob64(t, arg);
		break;
	case MEMWRITE:
		pr_write_req(t, arg);
		break;
	case OTPLOCK: case OTPGETREGIONINFO: case OTPERASE:
		pr_otp_info(t, arg);
		break;
	case OTPSELECT:
		pr_otp_select(t, arg);
		break;
	}
	return IOC_DONE;
}
