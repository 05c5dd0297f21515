/* src/trace/ioctl_scsi.c — the SCSI generic driver's requests (type 0x22,
 * sg(4)): the ints set and got, the reset's kind. SG_IO's headers (v3's
 * sg_io_hdr, v4's <linux/bsg.h>) are not decoded yet: their address.
 *
 * The numbers are not UAPI: the kernel keeps them in its private
 * include/scsi/sg.h, and glibc's copy of it (<scsi/sg.h>, whose names
 * src/gen/ioctls.sh reads) pulls in libc; so they are typed here. */
#include "ioctl.h"

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

int ioctl_scsi(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {	/* the int getters */
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
	case SG_GET_SCSI_ID: case SG_GET_REQUEST_TABLE: case SG_IO:
		pr_sep();
		pr_addr(arg);
		return IOC_DONE;
	}
	return IOC_NUM;
}
