/* src/trace/ioctl_hdio.c — the old IDE disk requests (type 0x03,
 * <linux/hdreg.h>): the geometry, a drive command and what it returned, the
 * identify block, the getters' and setters' numbers, the "nice" bits and
 * the bus state. strace leaves the task-file, QDMA, transfer-rate and
 * tristate requests as numbers. */
#include "ioctl.h"
#include <linux/hdreg.h>

/* The ATA command opcodes strace names a drive command's by: the kernel's
 * enum in include/linux/ata.h, which is not exported to the UAPI headers
 * (<linux/hdreg.h> has the older WIN_* spellings of some): typed here. */
static const struct xlat ata_cmds[] = {
	{ 0x00, "ATA_CMD_NOP" }, { 0x03, "ATA_CMD_CFA_REQ_EXT_ERR" }, { 0x06, "ATA_CMD_DSM" },
	{ 0x08, "ATA_CMD_DEV_RESET" }, { 0x0b, "ATA_CMD_REQ_SENSE_DATA" },
	{ 0x10, "ATA_CMD_RESTORE" }, { 0x20, "ATA_CMD_PIO_READ" }, { 0x22, "ATA_CMD_READ_LONG" },
	{ 0x23, "ATA_CMD_READ_LONG_ONCE" }, { 0x24, "ATA_CMD_PIO_READ_EXT" },
	{ 0x25, "ATA_CMD_READ_EXT" }, { 0x26, "ATA_CMD_READ_QUEUED" },
	{ 0x27, "ATA_CMD_READ_NATIVE_MAX_EXT" }, { 0x29, "ATA_CMD_READ_MULTI_EXT" },
	{ 0x2a, "ATA_CMD_READ_STREAM_DMA_EXT" }, { 0x2b, "ATA_CMD_READ_STREAM_EXT" },
	{ 0x2f, "ATA_CMD_READ_LOG_EXT" }, { 0x30, "ATA_CMD_PIO_WRITE" },
	{ 0x32, "ATA_CMD_WRITE_LONG" }, { 0x33, "ATA_CMD_WRITE_LONG_ONCE" },
	{ 0x34, "ATA_CMD_PIO_WRITE_EXT" }, { 0x35, "ATA_CMD_WRITE_EXT" },
	{ 0x36, "ATA_CMD_WRITE_QUEUED" }, { 0x37, "ATA_CMD_SET_MAX_EXT" },
	{ 0x38, "ATA_CMD_CFA_WRITE_NE" }, { 0x39, "ATA_CMD_WRITE_MULTI_EXT" },
	{ 0x3a, "ATA_CMD_WRITE_STREAM_DMA_EXT" }, { 0x3b, "ATA_CMD_WRITE_STREAM_EXT" },
	{ 0x3d, "ATA_CMD_WRITE_FUA_EXT" }, { 0x3e, "ATA_CMD_WRITE_QUEUED_FUA_EXT" },
	{ 0x3f, "ATA_CMD_WRITE_LOG_EXT" }, { 0x40, "ATA_CMD_VERIFY" },
	{ 0x42, "ATA_CMD_VERIFY_EXT" }, { 0x45, "ATA_CMD_WRITE_UNCORR_EXT" },
	{ 0x47, "ATA_CMD_READ_LOG_DMA_EXT" }, { 0x4a, "ATA_CMD_ZAC_MGMT_IN" },
	{ 0x51, "ATA_CMD_CONFIG_STREAM" }, { 0x57, "ATA_CMD_WRITE_LOG_DMA_EXT" },
	{ 0x5b, "ATA_CMD_TRUSTED_NONDATA" }, { 0x5c, "ATA_CMD_TRUSTED_RCV" },
	{ 0x5d, "ATA_CMD_TRUSTED_RCV_DMA" }, { 0x5e, "ATA_CMD_TRUSTED_SND" },
	{ 0x5f, "ATA_CMD_TRUSTED_SND_DMA" }, { 0x60, "ATA_CMD_FPDMA_READ" },
	{ 0x61, "ATA_CMD_FPDMA_WRITE" }, { 0x63, "ATA_CMD_NCQ_NON_DATA" },
	{ 0x64, "ATA_CMD_FPDMA_SEND" }, { 0x65, "ATA_CMD_FPDMA_RECV" },
	{ 0x87, "ATA_CMD_CFA_TRANS_SECT" }, { 0x90, "ATA_CMD_EDD" },
	{ 0x91, "ATA_CMD_INIT_DEV_PARAMS" }, { 0x92, "ATA_CMD_DOWNLOAD_MICRO" },
	{ 0x93, "ATA_CMD_DOWNLOAD_MICRO_DMA" }, { 0x9f, "ATA_CMD_ZAC_MGMT_OUT" },
	{ 0xa0, "ATA_CMD_PACKET" }, { 0xa1, "ATA_CMD_ID_ATAPI" }, { 0xa2, "ATA_CMD_SERVICE" },
	{ 0xb0, "ATA_CMD_SMART" }, { 0xb1, "ATA_CMD_CONF_OVERLAY" },
	{ 0xb4, "ATA_CMD_SANITIZE_DEVICE" }, { 0xc0, "ATA_CMD_CFA_ERASE" },
	{ 0xc4, "ATA_CMD_READ_MULTI" }, { 0xc5, "ATA_CMD_WRITE_MULTI" },
	{ 0xc6, "ATA_CMD_SET_MULTI" }, { 0xc8, "ATA_CMD_READ" }, { 0xca, "ATA_CMD_WRITE" },
	{ 0xcd, "ATA_CMD_CFA_WRITE_MULT_NE" }, { 0xce, "ATA_CMD_WRITE_MULTI_FUA_EXT" },
	{ 0xd1, "ATA_CMD_CHK_MED_CRD_TYP" }, { 0xde, "ATA_CMD_MEDIA_LOCK" },
	{ 0xdf, "ATA_CMD_MEDIA_UNLOCK" }, { 0xe0, "ATA_CMD_STANDBYNOW1" },
	{ 0xe1, "ATA_CMD_IDLEIMMEDIATE" }, { 0xe2, "ATA_CMD_STANDBY" }, { 0xe3, "ATA_CMD_IDLE" },
	{ 0xe4, "ATA_CMD_PMP_READ" }, { 0xe5, "ATA_CMD_CHK_POWER" }, { 0xe6, "ATA_CMD_SLEEP" },
	{ 0xe7, "ATA_CMD_FLUSH" }, { 0xe8, "ATA_CMD_PMP_WRITE" }, { 0xe9, "ATA_CMD_PMP_READ_DMA" },
	{ 0xea, "ATA_CMD_FLUSH_EXT" }, { 0xeb, "ATA_CMD_PMP_WRITE_DMA" },
	{ 0xec, "ATA_CMD_ID_ATA" }, { 0xef, "ATA_CMD_SET_FEATURES" },
	{ 0xf1, "ATA_CMD_SEC_SET_PASS" }, { 0xf2, "ATA_CMD_SEC_UNLOCK" },
	{ 0xf3, "ATA_CMD_SEC_ERASE_PREP" }, { 0xf4, "ATA_CMD_SEC_ERASE_UNIT" },
	{ 0xf5, "ATA_CMD_SEC_FREEZE_LOCK" }, { 0xf6, "ATA_CMD_SEC_DISABLE_PASS" },
	{ 0xf8, "ATA_CMD_READ_NATIVE_MAX" }, { 0xf9, "ATA_CMD_SET_MAX" },
	XEND
};
/* the IDE_NICE_* are bit numbers: strace shows each set bit as "1 << NAME",
 * in the header's order */
#define NICE(c) { 1UL << (c), "1 << " #c }
static const struct xlat ide_nice[] = {
	NICE(IDE_NICE_DSC_OVERLAP), NICE(IDE_NICE_ATAPI_OVERLAP), NICE(IDE_NICE_1),
	NICE(IDE_NICE_0), NICE(IDE_NICE_2), XEND
};
static const struct xlat busstates[] = {
	X(BUSSTATE_OFF), X(BUSSTATE_ON), X(BUSSTATE_TRISTATE), XEND
};

/* the identify blocks: the whole of 512 (142 for the obsolete request)
 * bytes, as a string cut at -s */
static void pr_identity(struct tcb *t, unsigned long arg, unsigned long size)
{
	pr_sep();
	if (t_failed(t))
		pr_addr(arg);
	else
		pr_buf(t, arg, size);
}

static void pr_geometry(struct tcb *t, unsigned long arg)
{
	struct hd_geometry g;

	pr_sep();
	if (t_failed(t))
		pr_addr(arg);
	else if (ioc_get(t, arg, &g, sizeof g) == 0)
		pr("{heads=%u, sectors=%u, cylinders=%u, start=%lu}", g.heads, g.sectors,
		   g.cylinders, g.start);
}

/* HDIO_DRIVE_CMD's header in: 1 and its sector count kept in t->aux for
 * the exit, 0 if it was not readable */
static int pr_drive_cmd_in(struct tcb *t, unsigned long arg)
{
	struct hd_drive_cmd_hdr c;

	pr_sep();
	if (ioc_get(t, arg, &c, sizeof c) < 0)
		return 0;
	prs("{command=");
	pr_xlat(ata_cmds, c.command, "%#x", "ATA_CMD_???");
	pr(", sector_number=%u, feature=%u, sector_count=%u", c.sector_number, c.feature,
	   c.sector_count);
	t->aux = c.sector_count;
	return 1;
}

/* ... and out: the same four bytes read as the status, the error and the
 * count, then the sectors read (512 bytes each) */
static void pr_drive_cmd_out(struct tcb *t, unsigned long arg)
{
	struct hd_drive_cmd_hdr c;
	unsigned long count = t->aux & 0xff;

	if (!t_failed(t) && umove(t->pid, arg, &c, sizeof c) == 0) {
		pr("} => {status=%#x, error=%u, nsector=%u", c.command, c.sector_number, c.feature);
		if (count) {
			prs(", buf=");
			pr_buf_hex(t, arg + sizeof c, count * 512);
		}
	}
	prs("}");
}

/* DRIVE_RESET's and SCAN_HWIF's three ints, in hex */
static void pr_three_ints(struct tcb *t, unsigned long arg)
{
	unsigned v[3];

	pr_sep();
	if (ioc_get(t, arg, v, sizeof v) == 0)
		pr("[%#x, %#x, %#x]", v[0], v[1], v[2]);
}

/* a getter's unsigned long out, printed by how */
static void pr_ulong_out(struct tcb *t, unsigned long arg, void (*how)(unsigned long))
{
	unsigned long v;

	pr_sep();
	if (t_failed(t)) {
		pr_addr(arg);
		return;
	}
	if (ioc_get(t, arg, &v, sizeof v) == 0) {
		prs("[");
		how(v);
		prs("]");
	}
}

static void pr_nice(unsigned long v)
{
	pr_flags(ide_nice, v, NULL);
}

static void pr_busstate(unsigned long v)
{
	pr_xlat(busstates, v, "%#lx", "BUSSTATE_???");
}

static int hdio_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case HDIO_GETGEO:
		pr_geometry(t, arg);
		break;
	case HDIO_DRIVE_CMD:
		pr_drive_cmd_out(t, arg);
		break;
	case HDIO_OBSOLETE_IDENTITY:
		pr_identity(t, arg, 142);	/* the size the header's comment gives */
		break;
	case HDIO_GET_IDENTITY:
		pr_identity(t, arg, sizeof(struct hd_driveid));
		break;
	case HDIO_GET_NICE:
		pr_ulong_out(t, arg, pr_nice);
		break;
	case HDIO_GET_BUSSTATE:
		pr_ulong_out(t, arg, pr_busstate);
		break;
	default:	/* the plain getters */
		pr_ulong_out(t, arg, pr_udec);
	}
	return IOC_DONE;
}

int ioctl_hdio(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return hdio_exit(t, req, arg);
	switch (req) {
	case HDIO_GETGEO: case HDIO_OBSOLETE_IDENTITY: case HDIO_GET_IDENTITY:
	case HDIO_GET_NICE: case HDIO_GET_BUSSTATE:
	case HDIO_GET_32BIT: case HDIO_GET_ACOUSTIC: case HDIO_GET_ADDRESS: case HDIO_GET_DMA:
	case HDIO_GET_KEEPSETTINGS: case HDIO_GET_MULTCOUNT: case HDIO_GET_NOWERR:
	case HDIO_GET_UNMASKINTR: case HDIO_GET_WCACHE:
		return IOC_EXIT;
	case HDIO_DRIVE_CMD:
		return pr_drive_cmd_in(t, arg) ? IOC_EXIT : IOC_DONE;
	case HDIO_DRIVE_RESET: case HDIO_SCAN_HWIF:
		pr_three_ints(t, arg);
		return IOC_DONE;
	case HDIO_SET_32BIT: case HDIO_SET_ACOUSTIC: case HDIO_SET_ADDRESS: case HDIO_SET_DMA:
	case HDIO_SET_KEEPSETTINGS: case HDIO_SET_MULTCOUNT: case HDIO_SET_NOWERR:
	case HDIO_SET_PIO_MODE: case HDIO_SET_UNMASKINTR: case HDIO_SET_WCACHE:
	case HDIO_UNREGISTER_HWIF:
		pr(", %lu", arg);
		return IOC_DONE;
	case HDIO_SET_NICE:
		pr_sep();
		pr_nice(arg);
		return IOC_DONE;
	case HDIO_SET_BUSSTATE:
		pr_sep();
		pr_busstate(arg);
		return IOC_DONE;
	}
	return IOC_NUM;
}
