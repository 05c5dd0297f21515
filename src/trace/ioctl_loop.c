/* src/trace/ioctl_loop.c — loop devices ('L', loop(4)): the backing file's
 * descriptor, struct loop_info and loop_info64 (the device numbers, the
 * file name, the key; abbreviated without -v), LOOP_CONFIGURE's. */
#include "ioctl.h"
#include <linux/loop.h>

static const struct xlat lo_flags[] = {
	X(LO_FLAGS_READ_ONLY), X(LO_FLAGS_AUTOCLEAR), X(LO_FLAGS_PARTSCAN), X(LO_FLAGS_DIRECT_IO),
	XEND
};
static const struct xlat lo_crypts[] = {
	X(LO_CRYPT_NONE), X(LO_CRYPT_XOR), X(LO_CRYPT_DES), X(LO_CRYPT_FISH2), X(LO_CRYPT_BLOW),
	X(LO_CRYPT_CAST128), X(LO_CRYPT_IDEA), X(LO_CRYPT_DUMMY), X(LO_CRYPT_SKIPJACK),
	X(LO_CRYPT_CRYPTOAPI), XEND
};

/* the encryption fields: without -v, only when a cipher is set */
static int lo_crypt_shown(struct tcb *t, unsigned type)
{
	return !abbrev(t) || type != LO_CRYPT_NONE;
}

/* the cipher and the key's size, then the flags: common to both structs */
static void pr_lo_mid(struct tcb *t, unsigned type, unsigned keysize, unsigned flags)
{
	if (lo_crypt_shown(t, type)) {
		prs(", lo_encrypt_type=");
		pr_xlat(lo_crypts, type, "%#x", "LO_CRYPT_???");
		pr(", lo_encrypt_key_size=%u", keysize);
	}
	prs(", lo_flags=");
	pr_flags_d(lo_flags, flags, "LO_FLAGS_???");
}

/* the key: as many bytes as its size says, at most the array */
static void pr_lo_key(const unsigned char *key, unsigned keysize)
{
	prs(", lo_encrypt_key=");
	quote_bytes(key, keysize < LO_KEY_SIZE ? keysize : LO_KEY_SIZE, 0);
}

static void pr_loop_info64_val(struct tcb *t, const struct loop_info64 *l)
{
	prs("{");
	if (!abbrev(t)) {
		prs("lo_device=");
		pr_makedev(l->lo_device);
		pr(", lo_inode=%llu, lo_rdevice=", (unsigned long long)l->lo_inode);
		pr_makedev(l->lo_rdevice);
		prs(", ");
	}
	pr("lo_offset=%#llx, ", (unsigned long long)l->lo_offset);
	if (!abbrev(t))
		pr("lo_sizelimit=%llu, ", (unsigned long long)l->lo_sizelimit);
	pr("lo_number=%u", l->lo_number);
	pr_lo_mid(t, l->lo_encrypt_type, l->lo_encrypt_key_size, l->lo_flags);
	prs(", lo_file_name=");
	ioc_cstr(l->lo_file_name, sizeof l->lo_file_name);
	if (lo_crypt_shown(t, l->lo_encrypt_type)) {
		prs(", lo_crypt_name=");
		ioc_cstr(l->lo_crypt_name, sizeof l->lo_crypt_name);
		pr_lo_key(l->lo_encrypt_key, l->lo_encrypt_key_size);
	}
	if (abbrev(t))
		prs(", ...}");
	else
		pr(", lo_init=[%#llx, %#llx]}", (unsigned long long)l->lo_init[0],
		   (unsigned long long)l->lo_init[1]);
}

static void pr_loop_info64(struct tcb *t, unsigned long arg)
{
	struct loop_info64 l;

	if (ioc_get(t, arg, &l, sizeof l) == 0)
		pr_loop_info64_val(t, &l);
}

/* the old struct: its reserved bytes shown with -v even when 0 */
static void pr_loop_info(struct tcb *t, unsigned long arg)
{
	struct loop_info l;

	if (ioc_get(t, arg, &l, sizeof l) < 0)
		return;
	pr("{lo_number=%d", l.lo_number);
	if (!abbrev(t)) {
		prs(", lo_device=");
		pr_makedev(l.lo_device);
		pr(", lo_inode=%lu, lo_rdevice=", l.lo_inode);
		pr_makedev(l.lo_rdevice);
	}
	pr(", lo_offset=%#x", (unsigned)l.lo_offset);
	pr_lo_mid(t, (unsigned)l.lo_encrypt_type, (unsigned)l.lo_encrypt_key_size,
		  (unsigned)l.lo_flags);
	prs(", lo_name=");
	ioc_cstr(l.lo_name, sizeof l.lo_name);
	if (lo_crypt_shown(t, (unsigned)l.lo_encrypt_type))
		pr_lo_key(l.lo_encrypt_key, (unsigned)l.lo_encrypt_key_size);
	if (abbrev(t)) {
		prs(", ...}");
		return;
	}
	pr(", lo_init=[%#lx, %#lx], reserved=[", l.lo_init[0], l.lo_init[1]);
	for (unsigned i = 0; i < sizeof l.reserved; i++)
		pr("%s%#x", i ? ", " : "", (unsigned char)l.reserved[i]);
	prs("]}");
}

/* LOOP_CONFIGURE: the descriptor, the block size, the info; the reserved
 * words only when one is not 0 */
static void pr_loop_config(struct tcb *t, unsigned long arg)
{
	struct loop_config c;
	int any = 0;

	if (ioc_get(t, arg, &c, sizeof c) < 0)
		return;
	prs("{fd=");
	pr_fd((int)c.fd);
	pr(", block_size=%u, info=", c.block_size);
	pr_loop_info64_val(t, &c.info);
	for (unsigned i = 0; i < sizeof c.__reserved / sizeof c.__reserved[0]; i++)
		any |= c.__reserved[i] != 0;
	if (any) {
		prs(", __reserved=[");
		for (unsigned i = 0; i < sizeof c.__reserved / sizeof c.__reserved[0]; i++)
			pr("%s%#llx", i ? ", " : "", (unsigned long long)c.__reserved[i]);
		prs("]");
	}
	prs("}");
}

int ioctl_loop(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {	/* LOOP_GET_STATUS, LOOP_GET_STATUS64 */
		pr_sep();
		if (t_failed(t))
			pr_addr(arg);
		else if (req == LOOP_GET_STATUS)
			pr_loop_info(t, arg);
		else
			pr_loop_info64(t, arg);
		return IOC_DONE;
	}
	switch (req) {
	case LOOP_GET_STATUS: case LOOP_GET_STATUS64:
		return IOC_EXIT;
	case LOOP_SET_STATUS:
		pr_sep();
		pr_loop_info(t, arg);
		return IOC_DONE;
	case LOOP_SET_STATUS64:
		pr_sep();
		pr_loop_info64(t, arg);
		return IOC_DONE;
	case LOOP_CONFIGURE:
		pr_sep();
		pr_loop_config(t, arg);
		return IOC_DONE;
	case LOOP_SET_FD: case LOOP_CHANGE_FD:
		pr_sep();
		pr_fd((int)arg);
		return IOC_DONE;
	case LOOP_SET_DIRECT_IO: case LOOP_SET_BLOCK_SIZE:
		pr(", %lu", arg);
		return IOC_DONE;
	case LOOP_CTL_ADD: case LOOP_CTL_REMOVE:	/* a device number: the kernel's int */
		pr(", %d", (int)arg);
		return IOC_DONE;
	case LOOP_CLR_FD: case LOOP_SET_CAPACITY: case LOOP_CTL_GET_FREE:
		return IOC_DONE;
	}
	return IOC_NUM;
}
