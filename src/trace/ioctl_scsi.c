/* src/trace/ioctl_scsi.c — the SCSI generic driver's requests (type 0x22,
 * sg(4)): the ints set and got, the reset's kind, SG_IO's v3 header
 * (struct sg_io_hdr) and v4 header (<linux/bsg.h>).
 *
 * The numbers are not UAPI: the kernel keeps them in its private
 * include/scsi/sg.h, and glibc's copy of it (<scsi/sg.h>, whose names
 * src/gen/ioctls.sh reads) pulls in libc; so they are typed here. */
#include "ioctl.h"
#include <linux/bsg.h>

enum {
	SG_SET_TIMEOUT = 0x2201, SG_GET_TIMEOUT = 0x2202, SG_EMULATED_HOST = 0x2203,
	SG_SET_TRANSFORM = 0x2204, SG_GET_TRANSFORM = 0x2205,
	SG_GET_COMMAND_Q = 0x2270, SG_SET_COMMAND_Q = 0x2271, SG_GET_RESERVED_SIZE = 0x2272,
	SG_SET_RESERVED_SIZE = 0x2275, SG_GET_SCSI_ID = 0x2276, SG_SET_FORCE_LOW_DMA = 0x2279,
	SG_GET_LOW_DMA = 0x227a, SG_SET_FORCE_PACK_ID = 0x227b, SG_GET_PACK_ID = 0x227c,
	SG_GET_NUM_WAITING = 0x227d, SG_SET_DEBUG = 0x227e, SG_GET_SG_TABLESIZE = 0x227f,
	SG_GET_VERSION_NUM = 0x2282, SG_NEXT_CMD_LEN = 0x2283, SG_SCSI_RESET = 0x2284,
	SG_IO = 0x2285, SG_GET_REQUEST_TABLE = 0x2286, SG_SET_KEEP_ORPHAN = 0x2287,
	SG_GET_KEEP_ORPHAN = 0x2288, SG_GET_ACCESS_COUNT = 0x2289,
};
/* SG_SCSI_RESET's kinds, and the flag that may go with one */
static const struct xlat reset_kinds[] = {
	{ 0, "SG_SCSI_RESET_NOTHING" }, { 1, "SG_SCSI_RESET_DEVICE" },
	{ 2, "SG_SCSI_RESET_BUS" }, { 3, "SG_SCSI_RESET_HOST" }, { 4, "SG_SCSI_RESET_TARGET" },
	XEND
};
#define SG_SCSI_RESET_NO_ESCALATE 0x100

/* SG_IO's v3 header: the ABI of the kernel's include/scsi/sg.h (typed for
 * the reason the numbers are), and its constants */
struct sg_io_hdr_k {
	int interface_id;	/* 'S' */
	int dxfer_direction;
	unsigned char cmd_len, mx_sb_len;
	unsigned short iovec_count;
	unsigned dxfer_len;
	unsigned long dxferp, cmdp, sbp;
	unsigned timeout, flags;
	int pack_id;
	unsigned long usr_ptr;
	unsigned char status, masked_status, msg_status, sb_len_wr;
	unsigned short host_status, driver_status;
	int resid;
	unsigned duration, info;
};
enum { SG_DXFER_NONE = -1, SG_DXFER_TO_DEV = -2, SG_DXFER_FROM_DEV = -3, SG_DXFER_TO_FROM_DEV = -4 };
#define DIR(d) { (unsigned)(d), #d }	/* negative, seen as unsigned: 0x7 when unnamed */
static const struct xlat sg_dxfer_dirs[] = {
	DIR(SG_DXFER_NONE), DIR(SG_DXFER_TO_DEV), DIR(SG_DXFER_FROM_DEV), DIR(SG_DXFER_TO_FROM_DEV),
	XEND
};
static const struct xlat sg_flags[] = {
	{ 1, "SG_FLAG_DIRECT_IO" }, { 2, "SG_FLAG_UNUSED_LUN_INHIBIT" }, { 4, "SG_FLAG_MMAP_IO" },
	{ 0x10000, "SG_FLAG_NO_DXFER" }, { 0x10, "SG_FLAG_Q_AT_TAIL" }, { 0x20, "SG_FLAG_Q_AT_HEAD" },
	XEND
};

static const struct xlat bsg_protocols[] = { X(BSG_PROTOCOL_SCSI), XEND };
static const struct xlat bsg_subprotocols[] = {
	X(BSG_SUB_PROTOCOL_SCSI_CMD), X(BSG_SUB_PROTOCOL_SCSI_TMF),
	X(BSG_SUB_PROTOCOL_SCSI_TRANSPORT), XEND
};
static const struct xlat bsg_flags[] = { X(BSG_FLAG_Q_AT_TAIL), X(BSG_FLAG_Q_AT_HEAD), XEND };
/* what the driver says it did (info): <scsi/sg.h>'s SG_INFO_* bits */
static const struct xlat sg_info[] = {
	{ 1, "SG_INFO_CHECK" }, { 2, "SG_INFO_DIRECT_IO" }, { 4, "SG_INFO_MIXED_IO" }, XEND
};

/* [SG_SCSI_RESET_NO_ESCALATE|SG_SCSI_RESET_BUS]: the flag, then the kind,
 * each a value of its own (-X raw: 0x100|0x2); a kind no name covers: the
 * whole number, commented */
static void pr_reset(struct tcb *t, unsigned long arg)
{
	int v;
	unsigned kind;
	const char *n;

	pr_sep();
	if (ioc_get(t, arg, &v, sizeof v) < 0)
		return;
	kind = (unsigned)v & ~SG_SCSI_RESET_NO_ESCALATE;
	n = xlat_name(reset_kinds, kind);
	prs("[");
	if (!n) {
		pr("%#x", (unsigned)v);
		if (!opt_raw)
			prs(" /* SG_SCSI_RESET_??? */");
	} else {
		if ((unsigned)v & SG_SCSI_RESET_NO_ESCALATE) {
			pr_named_hex(SG_SCSI_RESET_NO_ESCALATE, "SG_SCSI_RESET_NO_ESCALATE");
			prs("|");
		}
		pr_named_hex(kind, n);
	}
	prs("]");
}

/* a transfer's data: an iovec array when count is not 0, else the bytes,
 * len in all */
static void pr_xfer(struct tcb *t, unsigned long addr, unsigned count, unsigned long len)
{
	if (count)
		pr_iov(t, addr, count, len);
	else
		pr_buf_hex(t, addr, len);
}

/* v3: what goes to the device at the entry (the data only when it goes
 * that way) */
static int sg_io_v3_entry(struct tcb *t, const struct sg_io_hdr_k *h)
{
	prs("dxfer_direction=");
	pr_xlat(sg_dxfer_dirs, (unsigned)h->dxfer_direction, "%#x", "SG_DXFER_???");
	pr(", cmd_len=%u, cmdp=", h->cmd_len);
	pr_buf_hex(t, h->cmdp, h->cmd_len);
	pr(", mx_sb_len=%u, iovec_count=%u, dxfer_len=%u, timeout=%u, flags=", h->mx_sb_len,
	   h->iovec_count, h->dxfer_len, h->timeout);
	pr_flags_d(sg_flags, h->flags, "SG_FLAG_???");
	if (h->dxfer_direction == SG_DXFER_TO_DEV || h->dxfer_direction == SG_DXFER_TO_FROM_DEV) {
		prs(", dxferp=");
		pr_xfer(t, h->dxferp, h->iovec_count, h->dxfer_len);
	}
	return IOC_EXIT;
}

/* v3 at the exit (after a failure too): the data that came from the
 * device (dxfer_len less a resid within it; " => " when it went both
 * ways, and then only if some came), the statuses, the sense bytes */
static void sg_io_v3_exit(struct tcb *t, unsigned long arg)
{
	struct sg_io_hdr_k h;

	if (umove(t->pid, arg, &h, sizeof h) < 0) {
		prs("}");
		return;
	}
	unsigned len = h.dxfer_len;
	if (h.resid > 0 && (unsigned)h.resid <= len)
		len -= (unsigned)h.resid;
	if (h.dxfer_direction == SG_DXFER_FROM_DEV) {
		prs(", dxferp=");
		pr_xfer(t, h.dxferp, h.iovec_count, len);
	} else if (h.dxfer_direction == SG_DXFER_TO_FROM_DEV && len) {
		prs(" => dxferp=");
		pr_xfer(t, h.dxferp, h.iovec_count, len);
	}
	pr(", status=%#x, masked_status=%#x, msg_status=%#x, sb_len_wr=%u, sbp=", h.status,
	   h.masked_status, h.msg_status, h.sb_len_wr);
	pr_buf_hex(t, h.sbp, h.sb_len_wr);
	pr(", host_status=%#x, driver_status=%#x, resid=%d, duration=%u, info=", h.host_status,
	   h.driver_status, h.resid, h.duration);
	pr_flags(sg_info, h.info, NULL);
	prs("}");
}

/* SG_IO: the header's first int says which: 'S' v3, 'Q' v4, else the int */
static int sg_io_entry(struct tcb *t, unsigned long arg)
{
	union {
		struct sg_io_hdr_k v3;
		struct sg_io_v4 v4;
	} u;
	struct sg_io_v4 h;
	int guard;

	pr_sep();
	if (ioc_get(t, arg, &guard, sizeof guard) < 0)
		return IOC_DONE;
	if (guard != 'Q' && guard != 'S') {
		pr("[%u]", (unsigned)guard);
		return IOC_DONE;
	}
	pr(guard == 'S' ? "{interface_id='S', " : "{guard='Q', ");
	if (umove(t->pid, arg, &u, guard == 'S' ? sizeof u.v3 : sizeof u.v4) < 0) {
		pr_addr(arg + sizeof guard);	/* only the first int could be read */
		prs("}");
		return IOC_DONE;
	}
	t->aux = (unsigned)guard;	/* for the exit */
	if (guard == 'S')
		return sg_io_v3_entry(t, &u.v3);
	h = u.v4;
	prs("protocol=");
	pr_xlat(bsg_protocols, h.protocol, "%#x", "BSG_PROTOCOL_???");
	prs(", subprotocol=");
	pr_xlat(bsg_subprotocols, h.subprotocol, "%#x", "BSG_SUB_PROTOCOL_???");
	pr(", request_len=%u, request=", h.request_len);
	pr_buf_hex(t, h.request, h.request_len);
	pr(", request_tag=%#llx, request_attr=%u, request_priority=%u, request_extra=%u, "
	   "max_response_len=%u, dout_iovec_count=%u, dout_xfer_len=%u, din_iovec_count=%u, "
	   "din_xfer_len=%u, dout_xferp=", (unsigned long long)h.request_tag, h.request_attr,
	   h.request_priority, h.request_extra, h.max_response_len, h.dout_iovec_count,
	   h.dout_xfer_len, h.din_iovec_count, h.din_xfer_len);
	pr_xfer(t, h.dout_xferp, h.dout_iovec_count, h.dout_xfer_len);
	pr(", timeout=%u, flags=", h.timeout);
	pr_flags_d(bsg_flags, h.flags, "BSG_FLAG_???");
	pr(", usr_ptr=%#llx", (unsigned long long)h.usr_ptr);
	return IOC_EXIT;
}

/* what the driver wrote back: shown after a failure too; the data read
 * in, as much as came (din_xfer_len less what was left) */
static void sg_io_v4_exit(struct tcb *t, unsigned long arg)
{
	struct sg_io_v4 h;

	if (umove(t->pid, arg, &h, sizeof h) < 0) {
		prs("}");
		return;
	}
	pr(", response_len=%u, response=", h.response_len);
	pr_buf_hex(t, h.response, h.response_len);
	prs(", din_xferp=");
	pr_xfer(t, h.din_xferp, h.din_iovec_count, (unsigned)(h.din_xfer_len - h.din_resid));
	pr(", driver_status=%#x, transport_status=%#x, device_status=%#x, retry_delay=%u, info=",
	   h.driver_status, h.transport_status, h.device_status, h.retry_delay);
	pr_flags(sg_info, h.info, NULL);
	pr(", duration=%u, response_len=%u, din_resid=%d, dout_resid=%d, generated_tag=%#llx}",
	   h.duration, h.response_len, h.din_resid, h.dout_resid,
	   (unsigned long long)h.generated_tag);
}

int ioctl_scsi(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {
		if (req == SG_IO && (t->aux & 0xff) == 'S')
			sg_io_v3_exit(t, arg);
		else if (req == SG_IO)
			sg_io_v4_exit(t, arg);
		else	/* the int getters */
			ioc_int_out(t, arg);
		return IOC_DONE;
	}
	switch (req) {
	case SG_GET_TIMEOUT:	/* the result is the timeout: no argument */
		return IOC_DONE;
	case SG_SET_TRANSFORM:	/* a value, not a pointer */
		pr(", %#lx", arg);
		return IOC_DONE;
	case SG_SET_TIMEOUT: case SG_SET_COMMAND_Q: case SG_SET_RESERVED_SIZE:
	case SG_SET_FORCE_LOW_DMA: case SG_SET_FORCE_PACK_ID: case SG_SET_DEBUG:
	case SG_NEXT_CMD_LEN: case SG_SET_KEEP_ORPHAN:
		ioc_int(t, arg);
		return IOC_DONE;
	case SG_EMULATED_HOST: case SG_GET_TRANSFORM: case SG_GET_COMMAND_Q:
	case SG_GET_RESERVED_SIZE: case SG_GET_LOW_DMA: case SG_GET_PACK_ID:
	case SG_GET_NUM_WAITING: case SG_GET_SG_TABLESIZE: case SG_GET_VERSION_NUM:
	case SG_GET_KEEP_ORPHAN: case SG_GET_ACCESS_COUNT:
		return IOC_EXIT;
	case SG_SCSI_RESET:
		pr_reset(t, arg);
		return IOC_DONE;
	case SG_IO:
		return sg_io_entry(t, arg);
	case SG_GET_SCSI_ID: case SG_GET_REQUEST_TABLE:
		pr_sep();
		pr_addr(arg);
		return IOC_DONE;
	}
	return IOC_NUM;
}
