/* tests/rt/trace-ioctl.c — ioctl requests with edge-case arguments, for the
 * argument decoders of src/trace/ioctl*.c, the way strace's own tests make
 * them: a bad descriptor (-1: EBADF) or one of the wrong kind (ENOTTY) still
 * has its argument decoded; NULL and unmapped pointers; real descriptors
 * where cheap (a pseudo-terminal, /dev/null, a regular file, a pipe, an
 * inotify fd, a userfaultfd, a socket, /proc/self/ns/ files).
 * tests/trace-ioctl.bats traces it with strace and bin/trace and compares.
 *
 *   trace-ioctl [GROUP]   GROUP: all (default), tty, kd, dm, btrfs, block, fs, misc, sock,
 *                         dev
 */
#include "sg.h"
#include "net.h"
#include <linux/termios.h>
#include <linux/fs.h>
#include <linux/fiemap.h>
#include <linux/fscrypt.h>
#include <linux/fsverity.h>
#include <linux/fsmap.h>
#include <linux/kd.h>
#include <linux/keyboard.h>
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>
#include <linux/blkzoned.h>
#include <linux/nsfs.h>
#include <linux/random.h>
#include <linux/inotify.h>
#include <linux/userfaultfd.h>
#include <linux/seccomp.h>
#include <linux/perf_event.h>
#include <linux/sockios.h>
#include <linux/audit.h>
#include <linux/rtc.h>
#include <linux/loop.h>
#include <linux/nbd.h>
#include <linux/watchdog.h>
#include <mtd/ubi-user.h>
#include <mtd/mtd-abi.h>
#include <linux/bsg.h>
#include <linux/kvm.h>
#include <linux/dm-ioctl.h>
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define IO(fd, req, arg) S(__NR_ioctl, fd, req, arg, 0, 0, 0)
#define BAD ((long)0xbadc0ded)	/* an address nothing is mapped at */

/* each request on fd with NULL, an unmapped address and buf */
static void try3(int fd, unsigned long req, void *buf)
{
	IO(fd, req, 0);
	IO(fd, req, BAD);
	IO(fd, req, buf);
}

static void tty(void)
{
	int m = (int)sys_openat(AT_FDCWD, "/dev/ptmx", O_RDWR | O_NOCTTY, 0);
	struct termios tio;
	struct termio to;
	struct winsize ws = { 24, 80, 640, 480 };
	int v = 0;

	IO(m, TCGETS, &tio);
	IO(m, TCSETS, &tio);
	tio.c_iflag = 0xffffffff, tio.c_oflag = 0xffffffff, tio.c_cflag = 0xffffffff;
	tio.c_lflag = 0xffffffff, tio.c_line = 200;
	IO(-1, TCSETSW, &tio);
	memset(&tio, 0, sizeof tio);
	IO(-1, TCSETSF, &tio);
	try3(-1, TCSETS, &tio);
	try3(-1, TCGETS, &tio);
	IO(m, TCGETA, &to);
	IO(m, TCSETA, &to);
	try3(-1, TCSETAW, &to);
	try3(-1, TCSETAF, &to);
	try3(-1, TCGETA, &to);
	IO(m, TIOCSWINSZ, &ws);
	IO(m, TIOCGWINSZ, &ws);
	try3(-1, TIOCSWINSZ, &ws);
	try3(-1, TIOCSTI, "x");
	IO(m, TIOCGETD, &v);
	IO(m, TIOCSETD, &v);
	try3(-1, TIOCGETD, &v);
	v = 99;
	try3(-1, TIOCSETD, &v);
	v = TIOCM_DTR | TIOCM_RTS | 0x10000;
	IO(m, TIOCMGET, &v);
	try3(-1, TIOCMSET, &v);
	try3(-1, TIOCMBIS, &v);
	try3(-1, TIOCMBIC, &v);
	try3(-1, TIOCMGET, &v);
	v = 0;
	IO(-1, TIOCMSET, &v);
	v = -1;
	IO(-1, TIOCMBIS, &v);
	v = 0x40000000;	/* no bit named: the number and TIOCM_??? */
	IO(-1, TIOCMBIC, &v);
	static char big[256];
	try3(m, TIOCGSERIAL, big);
	try3(-1, TIOCSSERIAL, big);
	IO(m, TIOCEXCL, 0);
	IO(m, TIOCNXCL, 0);
	IO(m, TIOCGEXCL, &v);
	IO(m, TIOCSBRK, 0);
	IO(m, TIOCCBRK, 0);
	IO(m, TIOCGSOFTCAR, &v);
	try3(-1, TIOCSSOFTCAR, &v);
	try3(-1, FIOASYNC, &v);
	try3(-1, TIOCGICOUNT, big);
	try3(-1, TIOCGLCKTRMIOS, &tio);
	try3(-1, TIOCSLCKTRMIOS, &tio);
	try3(-1, TCGETS2, big);
	try3(-1, TCSETS2, big);
	IO(m, TIOCGDEV, &v);
	IO(-1, TIOCCONS, 0);
	IO(-1, TIOCVHANGUP, 0);
	IO(-1, TIOCSERGETLSR, &v);
	IO(-1, TCSBRKP, 5);
	IO(-1, TCXONC, 7);
	IO(-1, TCFLSH, 2);
	IO(-1, TIOCLINUX, "\x06");
	IO(-1, TIOCGPTPEER, 0x102);
	IO(-1, FIOQSIZE, &v);
	IO(-1, TIOCSIG, 9);
	IO(-1, TIOCGRS485, big);
	IO(-1, TIOCSRS485, big);
	IO(-1, 0x80285442, big);	/* TIOCGISO7816 */
	IO(-1, TIOCMIWAIT, 5);
	/* the console's ('K') numbers and getters (the structs: kd() below) */
	static const unsigned long kd[] = { GIO_FONT, KDGETLED, KDGKBTYPE, KDSETMODE, KDGKBMODE,
		KDSIGACCEPT };
	for (unsigned i = 0; i < sizeof kd / sizeof *kd; i++)
		IO(-1, kd[i], 0);
	static const unsigned long kdnum[] = { KDSETMODE, KDSKBMODE, KDSETLED, KDSKBLED, KDSKBMETA,
		KDSIGACCEPT, KIOCSOUND, KDMKTONE, KDADDIO, KDDELIO };
	for (unsigned i = 0; i < sizeof kdnum / sizeof *kdnum; i++) {
		IO(-1, kdnum[i], 1);
		IO(-1, kdnum[i], 3);
		IO(-1, kdnum[i], 0x7fff1234);
	}
	static const unsigned long kdout[] = { KDGETMODE, KDGKBMODE, KDGETLED, KDGKBLED, KDGKBMETA,
		KDGKBTYPE };
	for (unsigned i = 0; i < sizeof kdout / sizeof *kdout; i++)
		try3(-1, kdout[i], &v);
	IO(-1, KDENABIO, 0);
	IO(-1, KDDISABIO, 0);
	if (m >= 0)
		sys_close(m);
}

/* the console's structs ('K'): keymap entries of every keysym type, the
 * function keys' strings (cut at -s, or running into an unmapped page),
 * keycodes, the repeat rate, diacritics (a count past the table), unicode
 * maps and screen maps, the fonts (KDFONTOP's every op); each struct also at
 * the end of a page, the next one unmapped */
static void kd(void)
{
	char *area = (char *)sys_mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = area + 4096;

	if ((long)area < 0)
		return;
	sys_munmap(end, 4096);

	/* keymap entries: tables by name and by modifier bits, keysyms by name,
	 * by type with a character or a number, of no type known */
	static const unsigned short vals[] = {
		K_F1, K_UNDO, K_HOLE, K(KT_SPEC, 0x7d), K(KT_LATIN, '\n'), K(KT_LATIN, '\''),
		K(KT_META, '\\'), K(KT_LETTER, 0xe9), K(KT_DEAD2, 0x7f), K(KT_CONS, 0),
		K(KT_BRL, 0x20), K(0x10, 5), 0xffff
	};
	static const unsigned char tables[] = { 0, 2, 3, 4, 0x21, 0xff };
	struct kbentry *ke = (void *)(end - sizeof *ke);
	for (unsigned i = 0; i < sizeof vals / sizeof *vals; i++) {
		ke->kb_table = tables[i % sizeof tables];
		ke->kb_index = (unsigned char)(i * 37);
		ke->kb_value = vals[i];
		IO(-1, KDSKBENT, ke);
		IO(-1, KDGKBENT, ke);
	}
	IO(-1, KDSKBENT, end - 2);	/* kb_value past the page: ??? */
	IO(-1, KDGKBENT, end - 1);

	/* function-key strings: short, exactly -s long, unterminated at the
	 * page's end, past the page before its NUL */
	struct kbsentry *ks = (void *)(end - sizeof *ks);
	ks->kb_func = 5;
	memcpy(ks->kb_string, "\033[[A\t\"x\"", 9);
	IO(-1, KDSKBSENT, ks);
	IO(-1, KDGKBSENT, ks);
	memset(ks->kb_string, 'a', 32);
	ks->kb_string[32] = 0;
	IO(-1, KDSKBSENT, ks);
	ks->kb_string[31] = 0;
	IO(-1, KDSKBSENT, ks);
	memset(end - 40, 'z', 40);
	IO(-1, KDSKBSENT, end - 41);
	IO(-1, KDSKBSENT, end - 20);
	IO(-1, KDSKBSENT, end - 1);

	struct kbkeycode *kc = (void *)(end - sizeof *kc);
	kc->scancode = 0xe01d, kc->keycode = 0;
	IO(-1, KDGETKEYCODE, kc);
	IO(-1, KDSETKEYCODE, kc);
	IO(-1, KDSETKEYCODE, end - 4);
	struct kbd_repeat *kr = (void *)(end - sizeof *kr);
	kr->delay = 250, kr->period = -1;
	IO(-1, KDKBDREP, kr);

	/* diacritics: characters that need escapes, a count past the table */
	struct kbdiacrs *kd = (void *)(end - sizeof *kd);
	kd->kb_cnt = 5;
	kd->kbdiacr[0] = (struct kbdiacr){ '`', 'a', 0xe0 };
	kd->kbdiacr[1] = (struct kbdiacr){ '\'', '\\', '\n' };
	kd->kbdiacr[2] = (struct kbdiacr){ '"', 0, 0x7f };
	kd->kbdiacr[3] = (struct kbdiacr){ '\t', '\r', '\a' };
	kd->kbdiacr[4] = (struct kbdiacr){ '\b', '\v', '\f' };
	IO(-1, KDSKBDIACR, kd);
	IO(-1, KDGKBDIACR, kd);
	kd->kb_cnt = 300;
	IO(-1, KDSKBDIACR, kd);
	IO(-1, KDSKBDIACR, end - 4);	/* no room for one entry: the array's address */
	struct kbdiacrsuc *ku = (void *)(end - sizeof *ku);
	ku->kb_cnt = 2;
	ku->kbdiacruc[0] = (struct kbdiacruc){ 0x301, 'e', 0xe9 };
	ku->kbdiacruc[1] = (struct kbdiacruc){ 0, 0x10ffff, 0xffffffff };
	IO(-1, KDSKBDIACRUC, ku);
	IO(-1, KDGKBDIACRUC, ku);

	/* unicode maps: pairs, the count that comes back, the hash's advice */
	struct unipair *up = (void *)(end - 3 * sizeof *up);
	up[0] = (struct unipair){ 0x41, 0x41 };
	up[1] = (struct unipair){ 0x20ac, 0x80 };
	up[2] = (struct unipair){ 0xf001, 0 };
	struct unimapdesc *um = (void *)(area + 1024);
	um->entry_ct = 3, um->entries = up;
	IO(-1, PIO_UNIMAP, um);
	IO(-1, GIO_UNIMAP, um);
	um->entry_ct = 4;	/* one past the page */
	IO(-1, PIO_UNIMAP, um);
	um->entries = NULL;
	IO(-1, PIO_UNIMAP, um);
	struct unimapinit *ui = (void *)(end - sizeof *ui);
	ui->advised_hashsize = 0, ui->advised_hashstep = 65535, ui->advised_hashlevel = 3;
	IO(-1, PIO_UNIMAPCLR, ui);

	/* the screen maps: unicode values in and out of the direct region */
	unsigned short *usm = (void *)(end - E_TABSZ * sizeof *usm);
	for (unsigned i = 0; i < E_TABSZ; i++)
		usm[i] = (unsigned short)(0xeff0 + i * 3);
	IO(-1, PIO_UNISCRNMAP, usm);
	IO(-1, PIO_UNISCRNMAP, usm + 200);	/* the page ends inside the map */
	IO(-1, GIO_UNISCRNMAP, usm);
	char *bytes = end - E_TABSZ;
	for (unsigned i = 0; i < E_TABSZ; i++)
		bytes[i] = (char)(i * 7);
	IO(-1, PIO_SCRNMAP, bytes);
	IO(-1, PIO_SCRNMAP, end - 33);
	IO(-1, PIO_SCRNMAP, end - 32);
	IO(-1, GIO_SCRNMAP, bytes);
	IO(-1, PIO_CMAP, end - 48);
	IO(-1, PIO_FONT, end - 40);
	IO(-1, PIO_FONTRESET, 0x1234);
	IO(-1, KDMAPDISP, 7);
	IO(-1, KDUNMAPDISP, 7);

	/* fonts: consolefontdesc in and out; KDFONTOP's every op */
	struct consolefontdesc *cf = (void *)(area + 2048);
	cf->charcount = 1, cf->charheight = 16, cf->chardata = end - 32;
	IO(-1, PIO_FONTX, cf);
	IO(-1, GIO_FONTX, cf);
	cf->chardata = end - 31;
	IO(-1, PIO_FONTX, cf);
	cf->charcount = 0;
	IO(-1, PIO_FONTX, cf);
	struct console_font_op *fo = (void *)(area + 3072);
	*fo = (struct console_font_op){ KD_FONT_OP_SET, KD_FONT_FLAG_DONT_RECALC, 9, 16, 1,
					 (unsigned char *)end - 64 };
	IO(-1, KDFONTOP, fo);
	fo->width = 8;
	IO(-1, KDFONTOP, fo);
	fo->op = KD_FONT_OP_GET, fo->flags = 0x80000003;
	IO(-1, KDFONTOP, fo);
	fo->op = KD_FONT_OP_SET_DEFAULT;
	memcpy(end - 64, "lat9w-16", 9);
	IO(-1, KDFONTOP, fo);
	memset(end - 40, 'f', 40);
	fo->data = (unsigned char *)end - 40;
	IO(-1, KDFONTOP, fo);
	fo->op = KD_FONT_OP_COPY;
	IO(-1, KDFONTOP, fo);
	fo->op = 9, fo->flags = 0x40;
	IO(-1, KDFONTOP, fo);

	/* the numbers: ports, an int-sized mode and LEDs with high bits set */
	IO(-1, KDADDIO, 0x3b4);
	IO(-1, KDADDIO, 0x3df);
	IO(-1, KDDELIO, 0x3e0);
	IO(-1, KDSKBMODE, 0x7fffffff00000000L | 0xfffffffe);
	IO(-1, KDSETLED, 0xff00000000000f0L);
	IO(-1, KDSETMODE, 0x1200000001L);
	sys_munmap(area, 4096);
}

/* the device mapper's dm_ioctl and what follows it: every request, fields
 * it leaves out, flags no name covers, payloads (targets, a message, a
 * string) in place, misplaced, unreadable; the answers the kernel would
 * write (names, target versions, dependencies, targets' status) for the
 * runs that inject a success */
static void dm_hdr(struct dm_ioctl *d, unsigned size, unsigned start)
{
	memset(d, 0, sizeof *d);
	d->version[0] = DM_VERSION_MAJOR, d->version[1] = 4, d->version[2] = 7;
	d->data_size = size, d->data_start = start;
	d->dev = 0xfd01;
	memcpy(d->name, "vg-lv", 6);
	memcpy(d->uuid, "LVM-abc", 8);
}

static void dm(void)
{
	static const unsigned long reqs[] = {
		DM_VERSION, DM_REMOVE_ALL, DM_LIST_DEVICES, DM_DEV_CREATE, DM_DEV_REMOVE,
		DM_DEV_RENAME, DM_DEV_SUSPEND, DM_DEV_STATUS, DM_DEV_WAIT, DM_TABLE_LOAD,
		DM_TABLE_CLEAR, DM_TABLE_DEPS, DM_TABLE_STATUS, DM_LIST_VERSIONS, DM_TARGET_MSG,
		DM_DEV_SET_GEOMETRY, DM_DEV_ARM_POLL, DM_GET_TARGET_VERSION
	};
	char *area = (char *)sys_mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = area + 4096;

	if ((long)area < 0)
		return;
	sys_munmap(end, 4096);
	struct dm_ioctl *d = (void *)area;
	char *data = area + sizeof *d;

	/* every request with its header alone */
	for (unsigned i = 0; i < sizeof reqs / sizeof *reqs; i++) {
		dm_hdr(d, sizeof *d, sizeof *d);
		d->flags = DM_READONLY_FLAG | (1U << 2) | 0x80;
		d->target_count = 0, d->event_nr = 7;
		IO(-1, reqs[i], d);
	}
	IO(-1, DM_VERSION, end - 100);	/* the header unreadable */
	IO(-1, DM_VERSION, 0);
	dm_hdr(d, 11, 0);		/* too small to say its version */
	IO(-1, DM_VERSION, d);
	dm_hdr(d, 200, 0);
	IO(-1, DM_VERSION, d);
	d->version[0] = 3;
	IO(-1, DM_VERSION, d);
	dm_hdr(d, sizeof *d, 0);
	d->dev = 0, d->name[0] = 0, d->flags = 0xfff00000;
	memset(d->uuid, 'u', sizeof d->uuid);
	IO(-1, DM_DEV_STATUS, d);
	dm_hdr(d, sizeof *d, 0);
	d->flags = DM_SUSPEND_FLAG;
	IO(-1, DM_DEV_SUSPEND, d);

	/* DM_TABLE_LOAD's targets: two in place, one whose next is short of a
	 * spec, one past data_size, one unreadable */
	dm_hdr(d, 1024, sizeof *d);
	d->target_count = 3;
	struct dm_target_spec *ts = (void *)data;
	*ts = (struct dm_target_spec){ 0, 2048, 0, 64, "linear" };
	memcpy(ts + 1, "8:1 0", 6);
	struct dm_target_spec *ts2 = (void *)(data + 64);
	*ts2 = (struct dm_target_spec){ 2048, 4096, 0, 8, "striped" };
	memcpy(ts2 + 1, "2 64 8:2 0 8:3 0 and more", 26);
	IO(-1, DM_TABLE_LOAD, d);
	d->target_count = 2;
	IO(-1, DM_TABLE_LOAD, d);
	ts2->next = 0x1000000;
	d->target_count = 3;
	IO(-1, DM_TABLE_LOAD, d);
	ts->next = 42;		/* the next one starts inside the parameters */
	IO(-1, DM_TABLE_LOAD, d);
	ts->next = 40;		/* ... right after this one */
	IO(-1, DM_TABLE_LOAD, d);
	ts->next = 64;
	d->data_size = sizeof *d + 20;
	IO(-1, DM_TABLE_LOAD, d);
	dm_hdr((void *)(end - sizeof *d - 8), 4096, sizeof *d);
	((struct dm_ioctl *)(end - sizeof *d - 8))->target_count = 1;
	IO(-1, DM_TABLE_LOAD, end - sizeof *d - 8);

	/* a target message, a geometry, a new name: in place, at data_size,
	 * past it */
	dm_hdr(d, 1024, sizeof *d);
	struct dm_target_msg *tm = (void *)data;
	tm->sector = 12345;
	memcpy(tm->message, "set_param x\n", 13);
	IO(-1, DM_TARGET_MSG, d);
	d->data_size = sizeof *d + 8;
	IO(-1, DM_TARGET_MSG, d);
	d->data_size = sizeof *d + 4;
	IO(-1, DM_TARGET_MSG, d);
	dm_hdr(d, 1024, sizeof *d);
	memcpy(data, "1024 255 63 0", 14);
	IO(-1, DM_DEV_SET_GEOMETRY, d);
	d->data_start = 1024;
	IO(-1, DM_DEV_SET_GEOMETRY, d);
	d->data_start = 1023;
	IO(-1, DM_DEV_RENAME, d);
	d->data_start = sizeof *d;
	d->data_size = sizeof *d + 3;
	IO(-1, DM_DEV_RENAME, d);

	/* the answers: a list of names, of target versions, dependencies, the
	 * targets' status */
	dm_hdr(d, 2048, sizeof *d);
	struct dm_name_list *nl = (void *)data;
	nl->dev = 0xfd00, nl->next = 32;
	memcpy(nl->name, "first", 6);
	struct dm_name_list *nl2 = (void *)(data + 32);
	nl2->dev = 0xfd02, nl2->next = 0;
	memcpy(nl2->name, "second", 7);
	IO(-1, DM_LIST_DEVICES, d);
	struct dm_target_versions *tv = (void *)data;
	tv->next = 32, tv->version[0] = 1, tv->version[1] = 14, tv->version[2] = 0;
	memcpy(tv->name, "linear", 7);
	struct dm_target_versions *tv2 = (void *)(data + 32);
	tv2->next = 0, tv2->version[0] = 1, tv2->version[1] = 6, tv2->version[2] = 2;
	memcpy(tv2->name, "striped", 8);
	IO(-1, DM_LIST_VERSIONS, d);
	IO(-1, DM_GET_TARGET_VERSION, d);
	struct dm_target_deps *dd = (void *)data;
	dd->count = 3, dd->padding = 0;
	dd->dev[0] = 0x801, dd->dev[1] = 0x10302, dd->dev[2] = 0;
	IO(-1, DM_TABLE_DEPS, d);
	d->target_count = 2;
	*ts = (struct dm_target_spec){ 0, 2048, 0, 64, "linear" };
	memcpy(ts + 1, "8:1 0", 6);
	*ts2 = (struct dm_target_spec){ 2048, 4096, -5, 0, "striped" };
	memcpy(ts2 + 1, "2 64", 5);
	IO(-1, DM_TABLE_STATUS, d);
	d->event_nr = 3;
	IO(-1, DM_DEV_WAIT, d);
	d->target_count = 0;
	IO(-1, DM_TABLE_STATUS, d);
	/* answers cut short: a name record past data_size, a next pointing
	 * inside the record, dependencies past the buffer, a full buffer */
	memcpy(nl->name, "first", 6);
	nl->next = 4;
	d->flags = DM_BUFFER_FULL_FLAG;
	IO(-1, DM_LIST_DEVICES, d);
	nl->next = 32;
	d->data_size = sizeof *d + 40;
	IO(-1, DM_LIST_DEVICES, d);
	tv->next = 0x7fff0000;
	IO(-1, DM_LIST_VERSIONS, d);
	dd->count = 100;
	IO(-1, DM_TABLE_DEPS, d);
	d->data_size = sizeof *d + 4;
	IO(-1, DM_TABLE_DEPS, d);
	dm_hdr(d, 1024, sizeof *d);
	d->flags = DM_DATA_OUT_FLAG;
	memcpy(tm->message, "reply", 6);
	IO(-1, DM_TARGET_MSG, d);
	IO(-1, _IOWR(DM_IOCTL, 0x30, struct dm_ioctl), d);
	sys_munmap(area, 4096);
}

/* btrfs's structs ('0x94'): names without their NUL, flags no name covers,
 * ids by name and the 64-bit limits, the qgroups to inherit, the arrays -v
 * shows (clone sources, dedupe destinations), structs at a page's end */
static void btrfs(void)
{
	char *area = (char *)sys_mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = area + 2 * 4096;

	if ((long)area < 0)
		return;
	sys_munmap(end, 4096);
	static const unsigned long noarg[] = {
		BTRFS_IOC_TRANS_START, BTRFS_IOC_SYNC, BTRFS_IOC_BALANCE, BTRFS_IOC_DEFRAG,
		BTRFS_IOC_SCRUB_CANCEL, BTRFS_IOC_QUOTA_RESCAN_WAIT
	};
	for (unsigned i = 0; i < sizeof noarg / sizeof *noarg; i++)
		IO(-1, noarg[i], 0x1234);
	static const unsigned long out[] = {
		BTRFS_IOC_BALANCE_PROGRESS, BTRFS_IOC_FS_INFO, BTRFS_IOC_GET_FEATURES,
		BTRFS_IOC_SUBVOL_GETFLAGS, BTRFS_IOC_QUOTA_RESCAN_STATUS
	};
	for (unsigned i = 0; i < sizeof out / sizeof *out; i++) {
		IO(-1, out[i], 0);
		IO(-1, out[i], end - 8);
	}
	__u64 *u = (void *)(end - 8);
	*u = UINT64_MAX;
	IO(-1, BTRFS_IOC_WAIT_SYNC, u);
	IO(-1, BTRFS_IOC_DEFAULT_SUBVOL, end - 4);
	*u = BTRFS_SUBVOL_RDONLY | (1ULL << 40);
	IO(-1, BTRFS_IOC_SUBVOL_SETFLAGS, u);
	IO(-1, BTRFS_IOC_BALANCE_CTL, 2);
	IO(-1, BTRFS_IOC_BALANCE_CTL, 0x100000007L);

	/* names: short, filling the field, the struct cut by the page */
	struct btrfs_ioctl_vol_args *va = (void *)(end - sizeof *va);
	va->fd = -100;
	memcpy(va->name, "snap\n1", 7);
	IO(-1, BTRFS_IOC_SNAP_CREATE, va);
	IO(-1, BTRFS_IOC_RM_DEV, va);
	memset(va->name, 'n', sizeof va->name);
	IO(-1, BTRFS_IOC_SCAN_DEV, va);
	IO(-1, BTRFS_IOC_ADD_DEV, end - 100);
	struct btrfs_ioctl_vol_args_v2 *v2 = (void *)(end - sizeof *v2);
	memset(v2, 0, sizeof *v2);
	v2->fd = 3, v2->flags = BTRFS_SUBVOL_RDONLY;
	memcpy(v2->name, "sub", 4);
	IO(-1, BTRFS_IOC_SUBVOL_CREATE_V2, v2);
	struct btrfs_qgroup_inherit *qi = (void *)area;
	memset(qi, 0, sizeof *qi + 3 * 8);
	qi->flags = 0, qi->num_qgroups = 3, qi->lim.flags = BTRFS_QGROUP_LIMIT_MAX_RFER;
	qi->lim.max_rfer = 1 << 20;
	qi->qgroups[0] = 5, qi->qgroups[1] = (1ULL << 48) | 7, qi->qgroups[2] = 0;
	v2->flags = BTRFS_SUBVOL_QGROUP_INHERIT, v2->size = sizeof *qi + 3 * 8;
	v2->qgroup_inherit = qi;
	IO(-1, BTRFS_IOC_SNAP_CREATE_V2, v2);
	v2->qgroup_inherit = (void *)(end - 8);
	IO(-1, BTRFS_IOC_SNAP_CREATE_V2, v2);

	/* balance filters, a defragment range, tree searches */
	struct btrfs_ioctl_balance_args *ba = (void *)(end - sizeof *ba);
	memset(ba, 0, sizeof *ba);
	ba->flags = BTRFS_BALANCE_METADATA | (1ULL << 50);
	ba->data.profiles = BTRFS_BLOCK_GROUP_RAID1C3 | (1ULL << 60);
	ba->data.target = BTRFS_BLOCK_GROUP_DUP, ba->data.flags = BTRFS_BALANCE_ARGS_CONVERT;
	ba->meta.pend = UINT64_MAX, ba->sys.devid = 0x803;
	IO(-1, BTRFS_IOC_BALANCE_V2, ba);
	ba->state = BTRFS_BALANCE_STATE_RUNNING | (1ULL << 20);
	ba->stat.expected = 10, ba->stat.considered = 5, ba->stat.completed = 2;
	IO(-1, BTRFS_IOC_BALANCE_V2, ba);
	struct btrfs_ioctl_defrag_range_args *dr = (void *)(end - sizeof *dr);
	memset(dr, 0, sizeof *dr);
	dr->len = 4096, dr->compress_type = 3;
	IO(-1, BTRFS_IOC_DEFRAG_RANGE, dr);
	struct btrfs_ioctl_search_args_v2 *sa = (void *)(end - sizeof *sa);
	memset(sa, 0, sizeof *sa);
	sa->key.tree_id = BTRFS_ROOT_TREE_OBJECTID, sa->key.min_objectid = BTRFS_FIRST_FREE_OBJECTID;
	sa->key.max_objectid = BTRFS_LAST_FREE_OBJECTID, sa->key.max_offset = 77;
	sa->key.min_type = BTRFS_DIR_ITEM_KEY, sa->key.max_type = 250;
	sa->key.nr_items = 1, sa->buf_size = 65536;
	IO(-1, BTRFS_IOC_TREE_SEARCH_V2, sa);
	struct btrfs_ioctl_search_key key = sa->key;
	struct btrfs_ioctl_search_args *s1 = (void *)(end - sizeof *s1);
	memset(s1, 0, sizeof *s1);
	s1->key = key;
	s1->key.min_objectid = 0, s1->key.tree_id = 12345, s1->key.max_type = UINT32_MAX;
	s1->key.max_transid = UINT64_MAX;
	IO(-1, BTRFS_IOC_TREE_SEARCH, s1);
	IO(-1, BTRFS_IOC_TREE_SEARCH, end - 8);
	struct btrfs_ioctl_ino_lookup_args *il = (void *)(end - sizeof *il);
	il->treeid = 0, il->objectid = BTRFS_FREE_INO_OBJECTID;
	IO(-1, BTRFS_IOC_INO_LOOKUP, il);

	/* devices, scrub, inode paths, send, received subvolume */
	struct btrfs_ioctl_scrub_args *sc = (void *)(end - sizeof *sc);
	memset(sc, 0, sizeof *sc);
	sc->devid = 2, sc->start = 4096, sc->end = UINT64_MAX - 1, sc->flags = 0;
	IO(-1, BTRFS_IOC_SCRUB, sc);
	IO(-1, BTRFS_IOC_SCRUB_PROGRESS, sc);
	struct btrfs_ioctl_dev_info_args *di = (void *)(end - sizeof *di);
	memset(di, 0, sizeof *di);
	di->devid = 0x10002;
	IO(-1, BTRFS_IOC_DEV_INFO, di);
	struct btrfs_ioctl_logical_ino_args *li = (void *)(end - sizeof *li);
	memset(li, 0, sizeof *li);
	li->logical = 1 << 30, li->size = 4096, li->flags = 2, li->inodes = (unsigned long)area;
	IO(-1, BTRFS_IOC_LOGICAL_INO_V2, li);
	struct btrfs_ioctl_ino_path_args *ip = (void *)(end - sizeof *ip);
	memset(ip, 0, sizeof *ip);
	ip->inum = 257, ip->size = 100;
	IO(-1, BTRFS_IOC_INO_PATHS, ip);
	struct btrfs_ioctl_send_args *sd = (void *)(end - sizeof *sd);
	memset(sd, 0, sizeof *sd);
	__u64 *srcs = (void *)(area + 512);
	srcs[0] = 5, srcs[1] = 300, srcs[2] = BTRFS_FIRST_FREE_OBJECTID;
	sd->send_fd = 1, sd->clone_sources_count = 3, sd->clone_sources = srcs;
	sd->parent_root = BTRFS_FS_TREE_OBJECTID, sd->flags = 0x40;
	IO(-1, BTRFS_IOC_SEND, sd);
	struct btrfs_ioctl_received_subvol_args *rs = (void *)(end - sizeof *rs);
	memset(rs, 0, sizeof *rs);
	memset(rs->uuid, 0xab, sizeof rs->uuid);
	rs->stransid = 1, rs->stime.sec = 0, rs->stime.nsec = 999999999, rs->flags = 3;
	IO(-1, BTRFS_IOC_SET_RECEIVED_SUBVOL, rs);
	rs->rtransid = 5, rs->rtime.sec = 1000000000, rs->rtime.nsec = 5;
	IO(-1, BTRFS_IOC_SET_RECEIVED_SUBVOL, rs);
	memset(di->uuid, 0x11, sizeof di->uuid);
	di->bytes_used = 1, di->total_bytes = 2;
	memcpy(di->path, "/dev/vdc", 9);
	IO(-1, BTRFS_IOC_DEV_INFO, di);

	/* quotas, device statistics and replacement, features */
	struct btrfs_ioctl_quota_ctl_args *qc = (void *)(end - sizeof *qc);
	qc->cmd = BTRFS_QUOTA_CTL_DISABLE, qc->status = 9;
	IO(-1, BTRFS_IOC_QUOTA_CTL, qc);
	struct btrfs_ioctl_qgroup_assign_args *qa = (void *)(end - sizeof *qa);
	qa->assign = 0, qa->src = 1, qa->dst = (1ULL << 48) | 1;
	IO(-1, BTRFS_IOC_QGROUP_ASSIGN, qa);
	struct btrfs_ioctl_get_dev_stats *ds = (void *)(end - sizeof *ds);
	memset(ds, 0, sizeof *ds);
	ds->devid = 1, ds->nr_items = BTRFS_DEV_STAT_VALUES_MAX;
	ds->values[1] = 9;
	IO(-1, BTRFS_IOC_GET_DEV_STATS, ds);
	ds->nr_items = 7, ds->flags = BTRFS_DEV_STATS_RESET;
	IO(-1, BTRFS_IOC_GET_DEV_STATS, ds);
	ds->nr_items = 2;
	IO(-1, BTRFS_IOC_GET_DEV_STATS, ds);
	struct btrfs_ioctl_dev_replace_args *dp = (void *)(end - sizeof *dp);
	memset(dp, 0, sizeof *dp);
	dp->cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_CANCEL;
	IO(-1, BTRFS_IOC_DEV_REPLACE, dp);
	dp->cmd = 7;
	IO(-1, BTRFS_IOC_DEV_REPLACE, dp);
	dp->cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_START, dp->start.srcdevid = 3;
	memcpy(dp->start.tgtdev_name, "/dev/vdb", 9);
	IO(-1, BTRFS_IOC_DEV_REPLACE, dp);
	struct btrfs_ioctl_feature_flags *ff = (void *)(end - 2 * sizeof *ff);
	memset(ff, 0, 2 * sizeof *ff);
	ff[0].incompat_flags = BTRFS_FEATURE_INCOMPAT_ZONED, ff[1].compat_ro_flags = 1ULL << 40;
	IO(-1, BTRFS_IOC_SET_FEATURES, ff);
	IO(-1, BTRFS_IOC_SET_FEATURES, end - sizeof *ff);

	/* the VFS's dedupe, whose type btrfs shares: destinations -v shows */
	struct file_dedupe_range *fd = (void *)area;
	memset(fd, 0, sizeof *fd + 4 * sizeof fd->info[0]);
	fd->src_offset = 4096, fd->src_length = 8192, fd->dest_count = 4;
	static const int st[] = { 0, FILE_DEDUPE_RANGE_DIFFERS, -22, 7 };
	for (int i = 0; i < 4; i++) {
		fd->info[i].dest_fd = i, fd->info[i].dest_offset = (__u64)i << 12;
		fd->info[i].bytes_deduped = (__u64)i * 100, fd->info[i].status = st[i];
	}
	IO(-1, FIDEDUPERANGE, fd);
	fd->dest_count = 2;
	IO(-1, FIDEDUPERANGE, fd);
	fd->info[0] = fd->info[2];
	IO(-1, FIDEDUPERANGE, fd);
	fd->info[0] = fd->info[3];
	IO(-1, FIDEDUPERANGE, fd);
	sys_munmap(area, 2 * 4096);
}

static void block(void)
{
	static const unsigned long in_int[] = { BLKROSET, BLKBSZSET }, out_int[] = {
		BLKROGET, BLKSSZGET, BLKBSZGET, BLKIOMIN, BLKIOOPT, BLKALIGNOFF, BLKPBSZGET,
		BLKDISCARDZEROES, BLKROTATIONAL, BLKSECTGET, BLKGETSIZE, BLKGETSIZE64, BLKRAGET,
		BLKFRAGET, BLKGETDISKSEQ, BLKGETZONESZ, BLKGETNRZONES },
		none[] = { BLKRRPART, BLKFLSBUF, BLKTRACESTART, BLKTRACESTOP, BLKTRACETEARDOWN },
		num[] = { BLKRASET, BLKFRASET, BLKSECTSET };
	static unsigned long long range[2] = { 4096, 1ULL << 40 };
	int n = (int)sys_openat(AT_FDCWD, "/dev/null", O_RDONLY, 0);
	unsigned long long big[64] = { 0 };
	int v = 1;

	for (unsigned i = 0; i < sizeof in_int / sizeof *in_int; i++)
		try3(n, in_int[i], &v);
	for (unsigned i = 0; i < sizeof out_int / sizeof *out_int; i++)
		try3(i & 1 ? n : -1, out_int[i], big);
	for (unsigned i = 0; i < sizeof none / sizeof *none; i++)
		IO(-1, none[i], 0x123);
	for (unsigned i = 0; i < sizeof num / sizeof *num; i++)
		IO(-1, num[i], 0xfeedface);
	try3(n, BLKDISCARD, range);
	try3(-1, BLKSECDISCARD, range);
	try3(-1, BLKZEROOUT, range);
	struct blkpg_partition part = { 1 << 20, 1 << 30, 3, "devname", "volname" };
	struct blkpg_ioctl_arg pa = { BLKPG_ADD_PARTITION, 7, sizeof part, &part };
	try3(-1, BLKPG, &pa);
	pa.op = 99, pa.datalen = 1, pa.data = (void *)BAD;
	IO(-1, BLKPG, &pa);
	pa.op = BLKPG_DEL_PARTITION, pa.data = NULL;
	IO(-1, BLKPG, &pa);
	pa.op = BLKPG_RESIZE_PARTITION, pa.data = &part;
	IO(-1, BLKPG, &pa);
	pa.op = 99;
	IO(-1, BLKPG, &pa);
	memset(part.devname, 'd', sizeof part.devname);	/* no NUL */
	memset(part.volname, 'v', sizeof part.volname - 1);
	pa.op = BLKPG_ADD_PARTITION, part.start = -1;
	IO(-1, BLKPG, &pa);
	struct blk_user_trace_setup bt = { "name", 0x3, 128, 4, 1000, 2000, 42 };
	try3(n, BLKTRACESETUP, &bt);
	struct blk_zone_range zr = { 8, 16 };
	try3(-1, BLKRESETZONE, &zr);
	try3(-1, BLKOPENZONE, &zr);
	struct blk_zone_report *zrep = (void *)big;
	zrep->sector = 100, zrep->nr_zones = 2;
	try3(-1, BLKREPORTZONE, zrep);
	sys_close(n);
}

static void fs(void)
{
	int f = (int)sys_openat(AT_FDCWD, "f", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int v = FS_APPEND_FL | FS_NOATIME_FL | 0x40000000;
	static unsigned long long big[128];

	try3(f, FS_IOC_GETFLAGS, &v);
	try3(-1, FS_IOC_SETFLAGS, &v);
	v = 0;
	IO(-1, FS_IOC_SETFLAGS, &v);
	v = -1;
	IO(-1, FS_IOC_SETFLAGS, &v);
	v = 0x1000 | 0x04000000;	/* BTREE/INDEX, and a bit no name covers */
	IO(-1, FS_IOC_SETFLAGS, &v);
	IO(-1, FS_IOC32_GETFLAGS, &v);
	IO(-1, FS_IOC32_SETFLAGS, &v);
	v = 0x0d000000;	/* only bits no name covers: FS_???_FL */
	IO(-1, FS_IOC_SETFLAGS, &v);
	try3(f, FS_IOC_GETVERSION, &v);
	struct fiemap *fm = (void *)big;
	fm->fm_start = 0, fm->fm_length = ~0ULL, fm->fm_flags = FIEMAP_FLAG_SYNC;
	fm->fm_extent_count = 4;
	try3(f, FS_IOC_FIEMAP, fm);
	sys_pwrite64(f, "data", 4, 0);
	sys_pwrite64(f, "more", 4, 1 << 20);
	fm->fm_length = 2 << 20;
	IO(f, FS_IOC_FIEMAP, fm);	/* two extents back */
	fm->fm_extent_count = 1;
	IO(f, FS_IOC_FIEMAP, fm);
	fm->fm_flags = 0xff, fm->fm_extent_count = 0;
	IO(-1, FS_IOC_FIEMAP, fm);
	fm->fm_flags = 0xfffffff8;	/* no flag named */
	IO(-1, FS_IOC_FIEMAP, fm);
	IO(-1, FICLONE, 5);
	struct file_clone_range cr = { f, 4096, 8192, 0 };
	try3(-1, FICLONERANGE, &cr);
	struct file_dedupe_range *dr = (void *)big;
	dr->src_offset = 0, dr->src_length = 4096, dr->dest_count = 2;
	dr->info[0].dest_fd = f, dr->info[0].dest_offset = 512;
	dr->info[1].dest_fd = -1, dr->info[1].dest_offset = 1024;
	try3(-1, FIDEDUPERANGE, dr);
	try3(f, FIDEDUPERANGE, dr);
	struct fsxattr fx = { FS_XFLAG_APPEND | FS_XFLAG_IMMUTABLE, 4096, 7, 8, 9, { 0 } };
	try3(f, FS_IOC_FSGETXATTR, &fx);
	try3(-1, FS_IOC_FSSETXATTR, &fx);
	fx.fsx_xflags = 0xffffffff, fx.fsx_projid = 5, fx.fsx_extsize = 4096;
	fx.fsx_nextents = 3, fx.fsx_cowextsize = 8192;
	IO(-1, FS_IOC_FSSETXATTR, &fx);
	fx.fsx_xflags = 0x40000000;
	IO(-1, FS_IOC_FSSETXATTR, &fx);
	IO(-1, FIFREEZE, 0x11);
	IO(-1, FITHAW, 0x11);
	struct fstrim_range tr = { 0, ~0ULL, 4096 };
	try3(-1, FITRIM, &tr);
	tr.start = 0xdeadbeefcafef00dULL;	/* the start is printed in hex */
	IO(-1, FITRIM, &tr);
	v = 3;
	try3(f, FIBMAP, &v);
	try3(f, FIGETBSZ, &v);
	try3(-1, FS_IOC_GETFSLABEL, big);
	try3(-1, FS_IOC_SETFSLABEL, "label");
	static char label[FSLABEL_MAX + 8];
	memset(label, 'l', FSLABEL_MAX);	/* no NUL in the first FSLABEL_MAX */
	IO(-1, FS_IOC_SETFSLABEL, label);
	label[FSLABEL_MAX - 1] = 0;
	IO(-1, FS_IOC_SETFSLABEL, label);
	IO(f, FIONREAD, &v);
	IO(-1, FIONREAD, &v);
	/* of these families, but not decoded: a number */
	static const unsigned long undecoded[] = { FS_IOC_GET_ENCRYPTION_PWSALT,
		FS_IOC_GET_ENCRYPTION_POLICY, FS_IOC_ENABLE_VERITY, FS_IOC_GETFSMAP,
		FS_IOC_GETVERSION, FIBMAP };
	for (unsigned i = 0; i < sizeof undecoded / sizeof *undecoded; i++)
		IO(-1, undecoded[i], 0);
	sys_close(f);
	sys_unlinkat(AT_FDCWD, "f", 0);
}

static void misc(void)
{
	static unsigned long long big[64];
	int v = 0;
	int ns = (int)sys_openat(AT_FDCWD, "/proc/self/ns/uts", O_RDONLY, 0);
	int us = (int)sys_openat(AT_FDCWD, "/proc/self/ns/user", O_RDONLY, 0);
	IO(-1, NS_GET_NSTYPE, 0);	/* before any succeeded */
	IO(ns, NS_GET_NSTYPE, 0);
	IO(us, NS_GET_NSTYPE, 0);
	IO(-1, NS_GET_NSTYPE, 0);
	long r = IO(ns, NS_GET_USERNS, 0);
	if (r >= 0) sys_close((int)r);
	IO(us, NS_GET_PARENT, 0);
	IO(-1, NS_GET_USERNS, 0);
	try3(us, NS_GET_OWNER_UID, &v);
	try3(-1, NS_GET_OWNER_UID, &v);
	sys_close(ns), sys_close(us);
	/* random */
	int rnd = (int)sys_openat(AT_FDCWD, "/dev/urandom", O_RDONLY, 0);
	try3(rnd, RNDGETENTCNT, &v);
	v = 8;
	try3(-1, RNDADDTOENTCNT, &v);
	IO(-1, RNDZAPENTCNT, 0);
	IO(-1, RNDCLEARPOOL, 0);
	IO(-1, RNDRESEEDCRNG, 0);
	struct rand_pool_info *rp = (void *)big;
	rp->entropy_count = 16, rp->buf_size = 8;
	memcpy(rp->buf, "abcdefgh", 8);
	try3(-1, RNDADDENTROPY, rp);
	try3(-1, RNDGETPOOL, big);
	sys_close(rnd);
	/* inotify */
	int in = (int)sys_inotify_init1(0);
	v = 5;
	IO(in, INOTIFY_IOC_SETNEXTWD, 5);
	IO(-1, INOTIFY_IOC_SETNEXTWD, -1);
	IO(in, FIONREAD, &v);
	sys_close(in);
	/* userfaultfd */
	int uf = (int)S(__NR_userfaultfd, 0, 0, 0, 0, 0, 0);
	char *area = (char *)sys_mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long a = (unsigned long)area;
	struct uffdio_api api = { UFFD_API, 0, 0 };
	IO(uf, UFFDIO_API, &api);	/* the features and ioctls come back */
	api.features = UFFD_FEATURE_THREAD_ID | 0x80000000;
	try3(uf, UFFDIO_API, &api);
	api.api = 0, api.features = 0;
	IO(-1, UFFDIO_API, &api);
	struct uffdio_register reg = { { a, 2 * 4096 }, UFFDIO_REGISTER_MODE_MISSING, 0 };
	IO(uf, UFFDIO_REGISTER, &reg);	/* the ioctls come back */
	reg.mode |= 0x40;
	try3(uf, UFFDIO_REGISTER, &reg);
	struct uffdio_copy cp = { a, (unsigned long)big, 4096, UFFDIO_COPY_MODE_DONTWAKE, 0 };
	IO(uf, UFFDIO_COPY, &cp);	/* what was copied comes back */
	IO(uf, UFFDIO_COPY, &cp);	/* EEXIST: the page is there */
	cp.mode = UFFDIO_COPY_MODE_DONTWAKE | 4;
	try3(-1, UFFDIO_COPY, &cp);
	struct uffdio_zeropage zp = { { a + 4096, 4096 }, UFFDIO_ZEROPAGE_MODE_DONTWAKE, 0 };
	IO(uf, UFFDIO_ZEROPAGE, &zp);
	zp.mode = 6;
	try3(-1, UFFDIO_ZEROPAGE, &zp);
	struct uffdio_range rng = { a, 4096 };
	try3(-1, UFFDIO_WAKE, &rng);
	IO(uf, UFFDIO_WAKE, &rng);
	rng.len = 2 * 4096;
	IO(uf, UFFDIO_UNREGISTER, &rng);
	try3(-1, UFFDIO_UNREGISTER, &rng);
	struct uffdio_writeprotect wp = { { 0x10000, 0x1000 }, 3 };
	try3(-1, UFFDIO_WRITEPROTECT, &wp);
	struct uffdio_continue co = { { 0x10000, 0x1000 }, 1, 0 };
	try3(-1, UFFDIO_CONTINUE, &co);
	/* a struct that ends where the mapping does: read at its own size */
	int uf2 = (int)S(__NR_userfaultfd, 0, 0, 0, 0, 0, 0);
	sys_munmap(area + 2 * 4096, 4096);
	struct uffdio_api *tail = (void *)(area + 2 * 4096 - sizeof *tail);
	tail->api = UFFD_API, tail->features = 0, tail->ioctls = 0;
	IO(uf2, UFFDIO_API, tail);
	if (uf2 >= 0) sys_close(uf2);
	sys_munmap(area, 2 * 4096);
	if (uf >= 0) sys_close(uf);
	/* seccomp user notification: the request is read at the entry too */
	struct seccomp_notif sn = { 0x1234, 77, 0x5, { 0, 0, 0, { 1, 2, 3, 4, 5, 6 } } };
	try3(-1, SECCOMP_IOCTL_NOTIF_RECV, &sn);
	sn.data.arch = AUDIT_ARCH_X86_64, sn.data.instruction_pointer = 0x401000;
	IO(-1, SECCOMP_IOCTL_NOTIF_RECV, &sn);
	struct seccomp_notif_resp sr = { 0x1234, -5, -1, SECCOMP_USER_NOTIF_FLAG_CONTINUE };
	try3(-1, SECCOMP_IOCTL_NOTIF_SEND, &sr);
	sr.flags = 6;
	IO(-1, SECCOMP_IOCTL_NOTIF_SEND, &sr);
	unsigned long long id = 0x1234;
	try3(-1, SECCOMP_IOCTL_NOTIF_ID_VALID, &id);
	struct seccomp_notif_addfd af = { 0x1234, SECCOMP_ADDFD_FLAG_SETFD | 0x10, 1, 7, O_CLOEXEC };
	try3(-1, SECCOMP_IOCTL_NOTIF_ADDFD, &af);
	af.flags = 0, af.newfd_flags = 0, af.newfd = 2;	/* ours too: still a number */
	IO(-1, SECCOMP_IOCTL_NOTIF_ADDFD, &af);
	af.flags = 0x100, af.newfd_flags = O_DSYNC | O_CLOEXEC;	/* no flag named; any O_ flag */
	IO(-1, SECCOMP_IOCTL_NOTIF_ADDFD, &af);
	/* zeroed, as the kernel wants it: shown at the exit only */
	struct seccomp_notif zn = { 0 };
	try3(-1, SECCOMP_IOCTL_NOTIF_RECV, &zn);
	sn.data.nr = (int)0xbad5ca11;	/* a number no syscall has: unsigned */
	sn.data.arch = 0xfeedface;
	IO(-1, SECCOMP_IOCTL_NOTIF_RECV, &sn);
	/* NOTIF_ID_VALID's first number, gone from the headers */
	try3(-1, SECCOMP_IOR(2, __u64), &id);
	/* perf */
	IO(-1, PERF_EVENT_IOC_ENABLE, 0);
	IO(-1, PERF_EVENT_IOC_ENABLE, 6);
	IO(-1, PERF_EVENT_IOC_DISABLE, 1);
	IO(-1, PERF_EVENT_IOC_RESET, 1);
	IO(-1, PERF_EVENT_IOC_REFRESH, 3);
	id = 1000;
	try3(-1, PERF_EVENT_IOC_PERIOD, &id);
	IO(-1, PERF_EVENT_IOC_SET_OUTPUT, 5);
	IO(-1, PERF_EVENT_IOC_SET_OUTPUT, -1);
	try3(-1, PERF_EVENT_IOC_SET_FILTER, "filter");
	try3(-1, PERF_EVENT_IOC_ID, &id);
	IO(-1, PERF_EVENT_IOC_SET_BPF, 4);
	IO(-1, PERF_EVENT_IOC_PAUSE_OUTPUT, 1);
	try3(-1, PERF_EVENT_IOC_QUERY_BPF, big);
	memset(big, 0, 64);
	IO(-1, PERF_EVENT_IOC_QUERY_BPF, big);
	IO(-1, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, 0);
	IO(-1, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, BAD);
	/* the attr, whole at the entry (the -v tail up to its size) */
	struct perf_event_attr pa = { .type = PERF_TYPE_SOFTWARE, .size = sizeof pa,
		.config = PERF_COUNT_SW_CPU_CLOCK, .sample_period = 1000,
		.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID, .disabled = 1, .exclude_kernel = 1 };
	try3(-1, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, &pa);
	pa.type = 0xadacabaa, pa.size = 0xb1b0afae;	/* unnamed type and size */
	IO(-1, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, &pa);
	IO(-1, PERF_EVENT_IOC_ENABLE, 0xdeadbeef00000001UL);	/* a u32: the high half dropped */
}

/* sockets: the owner, the mark, struct ifreq and SIOCGIFCONF on a UDP
 * socket (the interfaces are the machine's: both tracers see the same) */
static void sock(void)
{
	static unsigned long long big[64];
	int v = 0;
	int s = (int)sys_socket(AF_INET, SOCK_DGRAM, 0);
	char ifr[40] = "lo";
	try3(s, SIOCGIFINDEX, ifr);
	memset(ifr, 0, sizeof ifr);
	*(int *)(ifr + 16) = 1;
	IO(s, SIOCGIFNAME, ifr);
	memcpy(ifr, "lo", 3);
	IO(s, SIOCGIFFLAGS, ifr);
	IO(s, SIOCGIFMTU, ifr);
	IO(s, SIOCGIFADDR, ifr);
	IO(-1, SIOCGIFFLAGS, ifr);
	struct { int len; int pad; void *buf; } ic = { 0, 0, NULL };
	IO(s, SIOCGIFCONF, &ic);
	ic.len = 40 * 2, ic.buf = big;
	IO(s, SIOCGIFCONF, &ic);
	try3(-1, SIOCGIFCONF, &ic);
	ic.len = 40 * 4;	/* room for more than there are: the length comes back */
	IO(s, SIOCGIFCONF, &ic);
	ic.len = 50;		/* room for one and a bit */
	IO(s, SIOCGIFCONF, &ic);
	ic.len = 7;
	IO(s, SIOCGIFCONF, &ic);
	ic.len = 80, ic.buf = (void *)BAD;
	IO(s, SIOCGIFCONF, &ic);
	ic.len = 0, ic.buf = big;
	IO(-1, SIOCGIFCONF, &ic);
	memset(ifr, 0, sizeof ifr);
	IO(s, SIOCGIFINDEX, ifr);	/* no such interface: "" */
	memset(ifr, 'x', 16);		/* a name with no NUL */
	IO(-1, SIOCGIFINDEX, ifr);
	memcpy(ifr, "lo", 3);
	IO(s, SIOCGIFNETMASK, ifr);
	IO(s, SIOCGIFBRDADDR, ifr);
	IO(s, SIOCGIFDSTADDR, ifr);
	IO(s, SIOCGIFHWADDR, ifr);
	IO(s, SIOCGIFMETRIC, ifr);
	IO(s, SIOCGIFTXQLEN, ifr);
	IO(s, SIOCGIFMAP, ifr);
	IO(-1, SIOCSIFFLAGS, ifr);
	IO(-1, SIOCSIFMTU, ifr);
	IO(-1, SIOCSIFADDR, ifr);
	IO(-1, SIOCSIFNAME, ifr);
	IO(-1, SIOCSIFSLAVE, ifr);
	IO(-1, SIOCSIFHWBROADCAST, ifr);
	IO(-1, SIOCADDMULTI, ifr);
	IO(-1, SIOCDELMULTI, ifr);
	/* a hardware address is as long as its type's: PPP 1, ROSE 5, NONE all 14 */
	static const unsigned short hwtypes[] = { 0x200, 270, 3, 0xfffe, 0x1234 };
	for (unsigned i = 0; i < sizeof hwtypes / sizeof *hwtypes; i++) {
		for (int j = 0; j < 14; j++)
			ifr[18 + j] = (char)(0x11 * (j + 1));
		memcpy(ifr + 16, &hwtypes[i], 2);
		IO(-1, SIOCSIFHWADDR, ifr);
	}
	memset(ifr + 16, 0xa5, 24);	/* the map's bytes in hex */
	IO(-1, SIOCSIFMAP, ifr);
	/* bridges: a name of up to 16 bytes, a port's index by name */
	try3(-1, SIOCBRADDBR, "br0");
	memset(ifr, '0', 16);
	IO(-1, SIOCBRDELBR, ifr);
	*(int *)(ifr + 16) = 1;
	try3(-1, SIOCBRADDIF, ifr);
	*(int *)(ifr + 16) = 12345;
	IO(-1, SIOCBRDELIF, ifr);
	v = -1;
	try3(-1, SIOCSIFENCAP, &v);
	v = 1234;
	try3(s, FIOSETOWN, &v);
	try3(s, SIOCSPGRP, &v);
	try3(s, FIOGETOWN, &v);
	try3(s, SIOCGPGRP, &v);
	try3(s, SIOCATMARK, &v);
	try3(-1, SIOCATMARK, &v);
	try3(s, SIOCOUTQ, &v);
	try3(s, SIOCINQ, &v);
	try3(s, FIONBIO, &v);
	/* requests of the family left undecoded: the argument as an address */
	static const unsigned long undecoded[] = { SIOCGSTAMP_OLD, SIOCADDRT, SIOCSIFLINK,
		SIOCGIFPFLAGS, SIOCGIFBR, SIOCDEVPRIVATE, SIOCPROTOPRIVATE, SIOCGIFSLAVE, 0x89ee,
		SIOCGSTAMP_NEW, SIOCGSTAMPNS_NEW };
	for (unsigned i = 0; i < sizeof undecoded / sizeof *undecoded; i++) {
		IO(-1, undecoded[i], 0);
		IO(-1, undecoded[i], BAD);
	}
	sys_close(s);
}

/* devices: the real-time clock, watchdogs, loop and nbd devices
 * (descriptor -1: the arguments are decoded all the same) */
static void dev(void)
{
	static unsigned long long big[64];
	struct rtc_time tm = { 1, 2, 3, 4, 5, 126, 6, 7, 0 };
	int v = 0;
	try3(-1, RTC_SET_TIME, &tm);
	try3(-1, RTC_RD_TIME, &tm);
	try3(-1, RTC_ALM_SET, &tm);
	try3(-1, RTC_ALM_READ, &tm);
	struct rtc_wkalrm wk = { 1, 0, { 1, 2, 3, 4, 5, 126, 6, 7, 0 } };
	try3(-1, RTC_WKALM_SET, &wk);
	try3(-1, RTC_WKALM_RD, &wk);
	IO(-1, RTC_IRQP_SET, 64);
	IO(-1, RTC_EPOCH_SET, 1900);
	try3(-1, RTC_IRQP_READ, big);
	try3(-1, RTC_EPOCH_READ, big);
	IO(-1, RTC_PIE_ON, 0);
	IO(-1, RTC_UIE_OFF, 0);
	struct rtc_pll_info pll = { 1, 2, 3, 4, 5, 6, 7 };
	try3(-1, RTC_PLL_SET, &pll);
	try3(-1, RTC_PLL_GET, &pll);
	struct rtc_param par = { 1, { 5 }, 0, 0 };
	try3(-1, RTC_PARAM_SET, &par);
	try3(-1, RTC_PARAM_GET, &par);
	par.param = RTC_PARAM_FEATURES, par.uvalue = 0x5, par.index = 2;
	IO(-1, RTC_PARAM_SET, &par);
	IO(-1, RTC_PARAM_GET, &par);
	par.uvalue = 0xbeef00, par.__pad = 1;	/* no feature named; the padding shown */
	IO(-1, RTC_PARAM_SET, &par);
	IO(-1, RTC_PARAM_GET, &par);
	par.__pad = 0;
	par.param = RTC_PARAM_BACKUP_SWITCH_MODE, par.uvalue = 3;
	IO(-1, RTC_PARAM_SET, &par);
	par.param = 77;
	IO(-1, RTC_PARAM_SET, &par);
	IO(-1, RTC_AIE_ON, 0);
	IO(-1, RTC_AIE_OFF, 0);
	IO(-1, RTC_UIE_ON, 0);
	IO(-1, RTC_PIE_OFF, 0);
	IO(-1, RTC_WIE_ON, 0);
	IO(-1, RTC_WIE_OFF, 0);
	IO(-1, RTC_VL_CLR, 0);
	try3(-1, RTC_VL_READ, &v);
	v = WDIOS_DISABLECARD | WDIOS_ENABLECARD;
	try3(-1, WDIOC_SETOPTIONS, &v);
	v = 30;
	try3(-1, WDIOC_SETTIMEOUT, &v);
	try3(-1, WDIOC_GETTIMEOUT, &v);
	try3(-1, WDIOC_GETSTATUS, &v);
	try3(-1, WDIOC_GETSUPPORT, big);
	IO(-1, WDIOC_KEEPALIVE, 0);
	try3(-1, WDIOC_SETPRETIMEOUT, &v);
	try3(-1, WDIOC_GETPRETIMEOUT, &v);
	IO(-1, WDIOC_GETTIMELEFT, &v);
	IO(-1, WDIOC_GETBOOTSTATUS, &v);
	IO(-1, WDIOC_GETTEMP, &v);
	/* loop devices */
	IO(-1, LOOP_SET_FD, 1);
	IO(-1, LOOP_CLR_FD, 0);
	IO(-1, LOOP_CHANGE_FD, 1);
	IO(-1, LOOP_SET_CAPACITY, 0);
	IO(-1, LOOP_SET_DIRECT_IO, 1);
	IO(-1, LOOP_SET_BLOCK_SIZE, 4096);
	IO(-1, LOOP_CTL_ADD, 7);
	IO(-1, LOOP_CTL_REMOVE, 7);
	IO(-1, LOOP_CTL_ADD, 0xdeadbeefbadc0dedUL);	/* an int: the low half, signed */
	IO(-1, LOOP_CTL_REMOVE, -1L);
	IO(-1, LOOP_CTL_GET_FREE, 0);
	struct loop_info64 li = { 0x801, 2, 3, 4, 5, 6, 1, 7,
		LO_FLAGS_READ_ONLY | LO_FLAGS_AUTOCLEAR | 0x1000, "file", "crypt", "key", { 8, 9 } };
	try3(-1, LOOP_SET_STATUS64, &li);
	try3(-1, LOOP_GET_STATUS64, &li);
	li.lo_encrypt_type = 99, li.lo_flags = 0;
	IO(-1, LOOP_SET_STATUS64, &li);
	/* no cipher: the key's fields only with -v; flags no name covers; a
	 * device number past 32 bits of minor (glibc's minor() cuts it) */
	li.lo_encrypt_type = LO_CRYPT_NONE, li.lo_flags = 0x10000000;
	li.lo_device = 0x8786858483828180ULL;
	IO(-1, LOOP_SET_STATUS64, &li);
	struct loop_config lc = { 1, 512, { 0 }, { 0 } };
	lc.info = li;
	try3(-1, LOOP_CONFIGURE, &lc);
	lc.__reserved[0] = 5;
	IO(-1, LOOP_CONFIGURE, &lc);
	struct loop_info lo = { 1, 2, 3, 4, 5, 6, 7, 8, "name", "key", { 1, 2 }, { 0 } };
	try3(-1, LOOP_SET_STATUS, &lo);
	lo.lo_encrypt_type = LO_CRYPT_NONE;
	IO(-1, LOOP_SET_STATUS, &lo);
	try3(-1, LOOP_GET_STATUS, &lo);
	/* network block devices: numbers, a socket, flags */
	IO(-1, NBD_SET_SOCK, 1);
	IO(-1, NBD_SET_BLKSIZE, 4096);
	IO(-1, NBD_SET_SIZE, 1UL << 40);
	IO(-1, NBD_SET_SIZE_BLOCKS, 123);
	IO(-1, NBD_SET_TIMEOUT, 30);
	IO(-1, NBD_SET_FLAGS, NBD_FLAG_HAS_FLAGS | NBD_FLAG_READ_ONLY | 0x10000);
	IO(-1, NBD_SET_FLAGS, 0);
	IO(-1, NBD_SET_FLAGS, 0x1ff);
	IO(-1, NBD_SET_FLAGS, 0x10000);
	IO(-1, NBD_SET_FLAGS, 0x600);	/* SEND_RESIZE, SEND_CACHE */
	IO(-1, NBD_DO_IT, 5);
	IO(-1, NBD_CLEAR_SOCK, 5);
	IO(-1, NBD_CLEAR_QUE, 5);
	IO(-1, NBD_PRINT_DEBUG, 5);
	IO(-1, NBD_DISCONNECT, 5);
	/* the SCSI generic driver (numbers: <scsi/sg.h> is libc's) */
	v = 30;
	IO(-1, 0x2202, 0xdeadbeef);	/* SG_GET_TIMEOUT: no argument */
	try3(-1, 0x2201, &v);		/* SG_SET_TIMEOUT */
	try3(-1, 0x2282, &v);		/* SG_GET_VERSION_NUM */
	try3(-1, 0x2289, &v);		/* SG_GET_ACCESS_COUNT */
	IO(-1, 0x2204, 0xfacefeed);	/* SG_SET_TRANSFORM: a value */
	v = 0x100;			/* SG_SCSI_RESET: NO_ESCALATE|NOTHING */
	try3(-1, 0x2284, &v);
	v = 3;
	IO(-1, 0x2284, &v);
	v = 0x1234;
	IO(-1, 0x2284, &v);
	IO(-1, 0x22ff, 0);
	/* SG_IO: the first int says which header; v4's ('Q') both ways */
	static unsigned char cdb[3] = { 0x12, 0, 0x24 }, out[4] = "abc", in[8] = "xyzw", sense[4];
	struct sg_io_v4 h4 = { .guard = 'Q', .subprotocol = 1, .request_len = sizeof cdb,
		.request = (unsigned long)cdb, .dout_xfer_len = 4, .dout_xferp = (unsigned long)out,
		.din_xfer_len = 8, .din_xferp = (unsigned long)in, .din_resid = 5,
		.response = (unsigned long)sense, .response_len = 2, .flags = 0x30 | 0x100,
		.info = 3 };
	try3(-1, 0x2285, &h4);
	h4.dout_iovec_count = 99, h4.dout_xferp = BAD, h4.request = BAD, h4.protocol = 7;
	IO(-1, 0x2285, &h4);
	/* v3 ('S'): the data at the entry or the exit by its direction, as
	 * much as came back (dxfer_len less resid) */
	struct { int id, dir; unsigned char cmd_len, mx_sb_len; unsigned short iovec_count;
		unsigned dxfer_len; void *dxferp, *cmdp, *sbp; unsigned timeout, flags; int pack_id;
		void *usr_ptr; unsigned char status, masked, msg, sb_len_wr;
		unsigned short host, driver; int resid; unsigned duration, info; } h3 = {
		'S', -2, 3, 4, 0, 4, out, cdb, sense, 100, 0x10 | 0x40, 0, NULL, 1, 2, 3, 2, 4, 5, 1,
		6, 1 };
	try3(-1, 0x2285, &h3);
	h3.dir = -3;	/* from the device */
	IO(-1, 0x2285, &h3);
	h3.dir = -4, h3.resid = 4;	/* both ways, nothing came */
	IO(-1, 0x2285, &h3);
	h3.resid = 1;
	IO(-1, 0x2285, &h3);
	h3.dir = 7, h3.info = 0;
	IO(-1, 0x2285, &h3);
	v = 'S' + 1;
	IO(-1, 0x2285, &v);
}

/* flash: UBI's volumes and erase blocks */
static void flash(void)
{
	static struct ubi_rnvol_req rn;
	long long up = -5;
	int v = 7;

	IO(-1, UBI_IOCVOLCRBLK, 0x1234);
	IO(-1, UBI_IOCVOLRMBLK, 0x1234);
	try3(-1, UBI_IOCDET, &v);
	try3(-1, UBI_IOCEBER, &v);
	try3(-1, UBI_IOCRMVOL, &v);
	try3(-1, UBI_IOCVOLUP, &up);
	struct ubi_attach_req at = { 1, 2, 2048, 20, 0, { 0 } };
	try3(-1, UBI_IOCATT, &at);
	struct ubi_mkvol_req mk = { 3, 1, 1 << 20, UBI_DYNAMIC_VOLUME, 0, 4, { 0 }, "root" };
	try3(-1, UBI_IOCMKVOL, &mk);
	/* an unnamed type and flags; the name as long as name_len says, or
	 * with "..." when no NUL ends it there */
	mk.vol_type = 9, mk.flags = 0x6, mk.name_len = 2;
	IO(-1, UBI_IOCMKVOL, &mk);
	mk.name_len = -1;
	IO(-1, UBI_IOCMKVOL, &mk);
	memset(mk.name, 'n', sizeof mk.name);
	mk.name_len = 500, mk.vol_type = UBI_STATIC_VOLUME, mk.flags = UBI_VOL_SKIP_CRC_CHECK_FLG;
	IO(-1, UBI_IOCMKVOL, &mk);
	struct ubi_rsvol_req rs = { -1, 4 };
	try3(-1, UBI_IOCRSVOL, &rs);
	rn.count = 2;
	rn.ents[0].vol_id = 1, rn.ents[0].name_len = 3;
	memcpy(rn.ents[0].name, "abc", 4);
	rn.ents[1].vol_id = 2, rn.ents[1].name_len = 1;
	memcpy(rn.ents[1].name, "xyz", 4);
	try3(-1, UBI_IOCRNVOL, &rn);
	rn.count = -3;	/* none shown */
	IO(-1, UBI_IOCRNVOL, &rn);
	struct ubi_leb_change_req ch = { 5, 4096, 2, { 0 } };
	try3(-1, UBI_IOCEBCH, &ch);
	ch.dtype = 9;
	IO(-1, UBI_IOCEBCH, &ch);
	struct ubi_map_req mp = { 6, 1, { 0 } };
	try3(-1, UBI_IOCEBMAP, &mp);
	struct ubi_set_vol_prop_req vp = { UBI_VOL_PROP_DIRECT_WRITE, { 0 }, 1 };
	try3(-1, UBI_IOCSETVOLPROP, &vp);
	vp.property = 7;
	IO(-1, UBI_IOCSETVOLPROP, &vp);
	IO(-1, _IO('o', 0x70), 0x1234);	/* one the family does not know */
	/* MTD: 'M' requests that only read or only write are also OSS's
	 * MIXER_READ(n) and MIXER_WRITE(n) */
	static unsigned long long big[64];
	try3(-1, MEMGETINFO, big);
	try3(-1, ECCGETLAYOUT, big);
	try3(-1, MEMGETREGIONCOUNT, big);
	IO(-1, MTDFILEMODE, MTD_FILE_MODE_RAW);
	IO(-1, MTDFILEMODE, 9);
	v = MTD_OTP_USER;
	try3(-1, OTPSELECT, &v);
	up = 1 << 20;
	try3(-1, MEMGETBADBLOCK, &up);
	struct region_info_user ri = { 1, 2, 3, 4 };
	try3(-1, MEMGETREGIONINFO, &ri);
	struct erase_info_user ei = { 0x1000, 0x2000 };
	try3(-1, MEMERASE, &ei);
	IO(-1, MEMISLOCKED, &ei);
	struct erase_info_user64 e64 = { 1ULL << 33, 0x2000 };
	try3(-1, MEMERASE64, &e64);
	struct mtd_oob_buf ob = { 0x10, 0x20, (void *)0x1234 };
	try3(-1, MEMWRITEOOB, &ob);
	struct mtd_oob_buf64 o64 = { 0x10, 0, 0x20, 0x5678 };
	try3(-1, MEMREADOOB64, &o64);
	struct mtd_write_req wr = { 1, 2, 3, 4, 5, MTD_OPS_RAW, { 0 } };
	try3(-1, MEMWRITE, &wr);
	wr.mode = 7;
	IO(-1, MEMWRITE, &wr);
	struct otp_info oi = { 0x10, 0x20, 1 };
	try3(-1, OTPLOCK, &oi);
	IO(-1, _IOR('M', 0x80, char[3]), 0x1234);
	IO(-1, _IOW('M', 5, char[100]), 0x1234);
	IO(-1, _IOWR('M', 0x90, int), 0x1234);
	IO(-1, 0x80044d01, 0);	/* MCE_GET_RECORD_LEN, another driver's */
}

/* KVM, when /dev/kvm opens: a VM, a memory slot, a vCPU, CPUID, registers */
static void kvm(void)
{
	static unsigned char cpuid[sizeof(struct kvm_cpuid2) + 300 * sizeof(struct kvm_cpuid_entry2)];
	struct kvm_cpuid2 *c = (void *)cpuid;
	unsigned long cpu0 = 1;	/* CPUID's APIC ids are the running CPU's: stay on one */
	S(__NR_sched_setaffinity, 0, sizeof cpu0, (long)&cpu0, 0, 0, 0);
	int k = (int)sys_openat(AT_FDCWD, "/dev/kvm", O_RDWR | O_CLOEXEC, 0);

	IO(k, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY);
	IO(k, KVM_CHECK_EXTENSION, 0xffff);	/* no such capability */
	int vm = (int)IO(k, KVM_CREATE_VM, 0);
	void *mem = (void *)sys_mmap(NULL, 4096, PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct kvm_userspace_memory_region r = { 0, 0, 0x1000, 4096, (unsigned long)mem };
	IO(vm, KVM_SET_USER_MEMORY_REGION, &r);
	r.flags = KVM_MEM_READONLY | 0x80, r.slot = 1;
	IO(-1, KVM_SET_USER_MEMORY_REGION, &r);
	int cpu = (int)IO(vm, KVM_CREATE_VCPU, 0);
	c->nent = 0;
	IO(k, KVM_GET_SUPPORTED_CPUID, c);	/* E2BIG: the address */
	c->nent = 300;
	IO(k, KVM_GET_SUPPORTED_CPUID, c);
	IO(cpu, KVM_SET_CPUID2, c);
	c->nent = 0;
	IO(cpu, KVM_SET_CPUID2, c);
	IO(cpu, KVM_SET_CPUID2, 0);
	struct kvm_sregs sr;
	IO(cpu, KVM_GET_SREGS, &sr);
	sr.cs.base = 0, sr.cs.selector = 0;
	IO(cpu, KVM_SET_SREGS, &sr);
	struct kvm_regs rg;
	IO(cpu, KVM_GET_REGS, &rg);
	rg.rip = 0x1000, rg.rax = 2, rg.rflags = 2;
	IO(cpu, KVM_SET_REGS, &rg);
	IO(-1, KVM_GET_REGS, &rg);
	/* a run: the guest's one instruction is hlt; -e kvm=vcpu says so */
	long sz = IO(k, KVM_GET_VCPU_MMAP_SIZE, 0);
	void *run = sz > 0 ? (void *)sys_mmap(NULL, (size_t)sz, PROT_READ | PROT_WRITE, MAP_SHARED,
					     cpu, 0) : NULL;
	*(unsigned char *)mem = 0xf4;
	if (run)
		IO(cpu, KVM_RUN, 0);
	IO(-1, KVM_RUN, 0);
	sys_close(cpu);
	sys_close(vm);
	sys_close(k);
}

int main(int argc, char **argv, char **envp)
{
	const char *g = argc > 1 ? argv[1] : "all";
	int all = strcmp(g, "all") == 0;

	if (all || !strcmp(g, "tty")) tty();
	if (all || !strcmp(g, "kd")) kd();
	if (all || !strcmp(g, "dm")) dm();
	if (all || !strcmp(g, "btrfs")) btrfs();
	if (all || !strcmp(g, "block")) block();
	if (all || !strcmp(g, "fs")) fs();
	if (all || !strcmp(g, "misc")) misc();
	if (all || !strcmp(g, "sock")) sock();
	if (all || !strcmp(g, "dev")) dev();
	if (all || !strcmp(g, "flash")) flash();
	if (!strcmp(g, "kvm")) kvm();	/* not in "all": it needs /dev/kvm */
	return 0;
}
