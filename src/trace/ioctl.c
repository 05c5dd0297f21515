/* src/trace/ioctl.c — ioctl: the request's name and the argument's
 * decoding by family (ioctl.h). The names: every _IO/_IOR/_IOW/_IOWR
 * request of the UAPI headers, found and evaluated at build time by
 * src/gen/ioctls.sh into build/gen/ioctlent.h (sorted by number). */
#include "ioctl.h"
#include <linux/sockios.h>
#include <linux/kvm.h>
#include <linux/hidraw.h>
#include <linux/hiddev.h>

struct ioctlent { unsigned code; const char *name; };
static const struct ioctlent ioctlent[] = {
#include "ioctlent.h"
};
#define NIOCTL (sizeof ioctlent / sizeof ioctlent[0])

/* the first entry for req, or NIOCTL */
static size_t ioctl_find(unsigned req)
{
	size_t lo = 0, hi = NIOCTL;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ioctlent[mid].code < req)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < NIOCTL && ioctlent[lo].code == req ? lo : NIOCTL;
}

int ioctl_named(unsigned req)
{
	return ioctl_find(req) != NIOCTL;
}

/* OSS's mixer requests are one per channel, MIXER_READ(n) and
 * MIXER_WRITE(n) (<linux/soundcard.h>): strace names any 'M' request that
 * only reads, or only writes, so, whatever its size (MTD's share the type:
 * "MIXER_WRITE(2) or MEMERASE"). 1 if it named req. */
static int pr_mixer_name(unsigned req)
{
	if (_IOC_TYPE(req) != 'M')
		return 0;
	if (_IOC_DIR(req) == _IOC_READ)
		pr("MIXER_READ(%u)", _IOC_NR(req));
	else if (_IOC_DIR(req) == _IOC_WRITE)
		pr("MIXER_WRITE(%u)", _IOC_NR(req));
	else
		return 0;
	return 1;
}

/* HID's requests that carry a buffer length (<linux/hidraw.h>,
 * <linux/hiddev.h>): strace 6.1 names them by direction and number, with
 * the length, "HIDIOCGPHYS(8)". Its table, as it prints them: a read-only
 * 0x06 (hiddev's HIDIOCGNAME) comes out as HIDIOCSFEATURE, and hidraw's
 * later INPUT/OUTPUT requests are not in it. 1 if it named req. */
static int pr_hid_name(unsigned req)
{
	static const struct { unsigned req; const char *name; } hid[] = {
		{ HIDIOCGRAWNAME(0), "HIDIOCGRAWNAME" }, { HIDIOCGRAWPHYS(0), "HIDIOCGRAWPHYS" },
		{ HIDIOCGNAME(0), "HIDIOCSFEATURE" }, { HIDIOCGRAWUNIQ(0), "HIDIOCGRAWUNIQ" },
		{ HIDIOCGPHYS(0), "HIDIOCGPHYS" }, { HIDIOCSFEATURE(0), "HIDIOCSFEATURE" },
		{ HIDIOCGFEATURE(0), "HIDIOCGFEATURE" },
	};
	unsigned base = req & ~(_IOC_SIZEMASK << _IOC_SIZESHIFT);

	for (size_t i = 0; i < sizeof hid / sizeof hid[0]; i++) {
		if (hid[i].req == base) {
			pr("%s(%u)", hid[i].name, _IOC_SIZE(req));
			return 1;
		}
	}
	return 0;
}

/* The request's name; names that share its number follow, " or " between
 * them, as strace prints them. 0 if no header names it. */
int pr_ioctl_name(unsigned req)
{
	size_t lo = ioctl_find(req);
	int named = pr_mixer_name(req) || pr_hid_name(req);

	if (lo == NIOCTL)
		return named;
	pr("%s%s", named ? " or " : "", ioctlent[lo].name);
	while (++lo < NIOCTL && ioctlent[lo].code == req)
		pr(" or %s", ioctlent[lo].name);
	return 1;
}

/* An ioctl number packs direction, size, type and number (asm-generic/ioctl.h):
 *   bits 31..30 dir | 29..16 size | 15..8 type | 7..0 nr
 * strace shows unknown ones taken apart: _IOC(_IOC_READ, 0x54, 0x1, 0x4). */
static void pr_ioctl_req(unsigned req)
{
	static const char *const dirs[] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"
	};

	if (opt_raw) {
		pr("%#x", req);
		return;
	}
	if (opt_xverbose)	/* -X verbose: the number, then the name */
		pr("%#x /* ", req);
	if (!pr_ioctl_name(req) && !(_IOC_TYPE(req) == 'E' && ioctl_input_name(req, opt_xverbose)))
		pr("_IOC(%s, %#x, %#x, %#x)", dirs[_IOC_DIR(req)], _IOC_TYPE(req), _IOC_NR(req),
		   _IOC_SIZE(req));
	if (opt_xverbose)
		prs(" */");
}

void ioc_int(struct tcb *t, unsigned long arg)
{
	int v;

	pr_sep();
	if (ioc_get(t, arg, &v, sizeof v) == 0)
		pr("[%d]", v);
}

void ioc_int_out(struct tcb *t, unsigned long arg)
{
	if (t_failed(t)) {
		pr_sep();
		pr_addr(arg);
	} else {
		ioc_int(t, arg);
	}
}

void ioc_uint(struct tcb *t, unsigned long arg)
{
	unsigned v;

	pr_sep();
	if (ioc_get(t, arg, &v, sizeof v) == 0)
		pr("[%u]", v);
}

void ioc_ulong(struct tcb *t, unsigned long arg)
{
	unsigned long v;

	pr_sep();
	if (ioc_get(t, arg, &v, sizeof v) == 0)
		pr("[%lu]", v);
}

void ioc_u64(struct tcb *t, unsigned long arg)
{
	unsigned long long v;

	pr_sep();
	if (ioc_get(t, arg, &v, sizeof v) == 0)
		pr("[%llu]", v);
}

int ioc_get(struct tcb *t, unsigned long arg, void *buf, size_t len)
{
	if (!arg || umove(t->pid, arg, buf, len) < 0) {
		pr_addr(arg);
		return -1;
	}
	return 0;
}

/* the family of a request, by its type byte (strace's split) */
static ioc_decoder *ioc_family(unsigned req)
{
	switch (_IOC_TYPE(req)) {
	case 'T':
		return ioctl_tty;
	case 0x12:
		return ioctl_block;
	case 'f': case 'X': case 0:
		return ioctl_fs;
	case 0x94:	/* btrfs's, and the VFS's that share its type */
		return ioctl_btrfs;
	case 0x89:
		return ioctl_sock;
	case 'p': case 'W': case 0xab:
		return ioctl_dev;
	case 'L':
		return ioctl_loop;
	case 'K':
		return ioctl_kd;
	case 0xfd:
		return ioctl_dm;
	case 0x03:
		return ioctl_hdio;
	case 0xb4:
		return ioctl_gpio;
	case 0x3e:
		return ioctl_counter;
	case 'i':
		return ioctl_lirc;
	case 'E':
		return ioctl_input;
	case '=':
		return ioctl_ptp;
	case 0xa4:
		return ioctl_tee;
	case 0x22:
		return ioctl_scsi;
	case 'o': case 'O':
		return ioctl_ubi;
	case 'M':
		return ioctl_mtd;
	case KVMIO:
		return ioctl_kvm;
	case 'V':
		return ioctl_v4l2;
	}
	return ioctl_misc;
}

/* The requests strace's decoders take and leave undecoded still show the
 * argument as an address: NULL rather than 0 (socket and console ones; the
 * device- and protocol-private socket ones are not its: a number). */
static void pr_undecoded(unsigned req, unsigned long arg)
{
	pr_sep();
	switch (ioctl_named(req) ? _IOC_TYPE(req) : 0) {
	case 0x89:
		if (_IOC_NR(req) >= _IOC_NR(SIOCPROTOPRIVATE))
			break;
		/* fall through */
	case 'K':
		pr_addr(arg);
		return;
	}
	pr("%#lx", arg);
}

void dec_ioctl(struct tcb *t)
{
	unsigned req = (unsigned)t->a[1];
	unsigned long arg = t->a[2];
	ioc_decoder *dec = ioc_family(req);

	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_ioctl_req(req);
		t->aux = 0;
		int r = dec(t, req, arg);
		if (r == IOC_NUM)
			pr_undecoded(req, arg);
		if (r == IOC_EXIT)
			t->aux |= IOC_AT_EXIT;
		return;
	}
	if (t->aux & IOC_AT_EXIT) {
		t->aux &= ~IOC_AT_EXIT;
		dec(t, req, arg);
	}
}

void ioc_cstr(const void *field, size_t size)
{
	const unsigned char *s = field;
	size_t n = 0;

	while (n < size && s[n])
		n++;
	if (n < size) {
		quote_bytes(s, n, 0);
	} else {
		quote_bytes(s, size - 1, 0);
		prs("...");
	}
}
