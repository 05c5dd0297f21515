/* src/trace/ioctl_block.c — the block layer's requests (type 0x12,
 * <linux/fs.h>, <linux/blkpg.h>, <linux/blktrace_api.h>): numbers in and
 * out, the ranges of BLKDISCARD and friends, BLKPG's partition, BLKTRACESETUP.
 * The zoned-device ones (<linux/blkzoned.h>) strace 6.1 leaves as numbers. */
#include "ioctl.h"
#include <linux/fs.h>
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>
#include <linux/blkzoned.h>

static const struct xlat blkpg_ops[] = {
	X(BLKPG_ADD_PARTITION), X(BLKPG_DEL_PARTITION), X(BLKPG_RESIZE_PARTITION), XEND
};

/* [start, length] of BLKDISCARD, BLKSECDISCARD, BLKZEROOUT */
static void pr_range(struct tcb *t, unsigned long arg)
{
	unsigned long long r[2];

	pr_sep();
	if (ioc_get(t, arg, r, sizeof r) == 0)
		pr("[%llu, %llu]", r[0], r[1]);
}

static void pr_partition(struct tcb *t, unsigned long addr)
{
	struct blkpg_partition p;

	if (ioc_get(t, addr, &p, sizeof p) < 0)
		return;
	pr("{start=%lld, length=%lld, pno=%d, devname=", p.start, p.length, p.pno);
	ioc_cstr(p.devname, sizeof p.devname);
	prs(", volname=");
	ioc_cstr(p.volname, sizeof p.volname);
	prs("}");
}

/* struct blkpg_ioctl_arg; its data is a partition whatever the op says */
static void pr_blkpg(struct tcb *t, unsigned long arg)
{
	struct blkpg_ioctl_arg a;

	pr_sep();
	if (ioc_get(t, arg, &a, sizeof a) < 0)
		return;
	prs("{op=");
	pr_xlat(blkpg_ops, (unsigned)a.op, "%#x", "BLKPG_???");
	pr(", flags=%d, datalen=%d, data=", a.flags, a.datalen);
	pr_partition(t, (unsigned long)a.data);
	prs("}");
}

/* what the program asks of the tracer at the entry (its name comes back) */
static void pr_trace_setup(struct tcb *t, unsigned long arg)
{
	struct blk_user_trace_setup b;

	pr_sep();
	if (ioc_get(t, arg, &b, sizeof b) == 0) {
		pr("{act_mask=%u, buf_size=%u, buf_nr=%u, start_lba=%llu, end_lba=%llu, pid=",
		   b.act_mask, b.buf_size, b.buf_nr, (unsigned long long)b.start_lba,
		   (unsigned long long)b.end_lba);
		pr_pid((int)b.pid, PT_TGID);	/* signed, translated (pidns) */
		prs("}");
	}
}

/* at the exit: the number the kernel wrote, of the request's type */
static int block_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t_failed(t)) {
		pr_sep();
		pr_addr(arg);
		return IOC_DONE;
	}
	switch (req) {
	case BLKGETSIZE: case BLKRAGET: case BLKFRAGET:
		ioc_ulong(t, arg);
		break;
	case BLKGETSIZE64: case BLKGETDISKSEQ:
		ioc_u64(t, arg);
		break;
	case BLKSECTGET: case BLKROTATIONAL: {
		unsigned short v;
		pr_sep();
		if (ioc_get(t, arg, &v, sizeof v) == 0)
			pr("[%u]", v);
		break;
	}
	case BLKIOMIN: case BLKIOOPT: case BLKPBSZGET: case BLKDISCARDZEROES:
	case BLKGETZONESZ: case BLKGETNRZONES:
		ioc_uint(t, arg);
		break;
	default:	/* BLKROGET BLKSSZGET BLKBSZGET BLKALIGNOFF */
		ioc_int(t, arg);
	}
	return IOC_DONE;
}

int ioctl_block(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return block_exit(t, req, arg);
	switch (req) {
	case BLKROGET: case BLKSSZGET: case BLKBSZGET: case BLKIOMIN: case BLKIOOPT:
	case BLKALIGNOFF: case BLKPBSZGET: case BLKDISCARDZEROES: case BLKROTATIONAL:
	case BLKSECTGET: case BLKGETSIZE: case BLKGETSIZE64: case BLKRAGET: case BLKFRAGET:
	case BLKGETDISKSEQ: case BLKGETZONESZ: case BLKGETNRZONES:
		return IOC_EXIT;
	case BLKROSET: case BLKBSZSET:
		ioc_int(t, arg);
		return IOC_DONE;
	case BLKRASET: case BLKFRASET:
		pr(", %lu", arg);
		return IOC_DONE;
	case BLKRRPART: case BLKFLSBUF: case BLKTRACESTART: case BLKTRACESTOP:
	case BLKTRACETEARDOWN:
		return IOC_DONE;
	case BLKDISCARD: case BLKSECDISCARD: case BLKZEROOUT:
		pr_range(t, arg);
		return IOC_DONE;
	case BLKPG:
		pr_blkpg(t, arg);
		return IOC_DONE;
	case BLKTRACESETUP:
		pr_trace_setup(t, arg);
		return IOC_DONE;
	}
	return IOC_NUM;
}
