/* src/trace/ioctl_kd.c — the Linux console's requests ('K', ioctl_console(2)):
 * the display and keyboard modes, the LEDs, the meta key, the signal a
 * keyboard sends, the speaker's tones, the I/O ports, the keymap's entries
 * and function-key strings, the keycodes, the repeat rate, the diacritics,
 * the unicode maps, the fonts (as bytes, consolefontdesc, console_font_op)
 * and screen maps. The keysym names come from <linux/keyboard.h> through
 * src/gen/kdtab.sh. */
#include "ioctl.h"
#include <linux/kd.h>
#include <linux/keyboard.h>
#include "kdtab.h"

static const struct xlat kd_modes[] = {
	X(KD_TEXT), X(KD_GRAPHICS), X(KD_TEXT0), X(KD_TEXT1), XEND
};
static const struct xlat kb_modes[] = {
	X(K_RAW), X(K_XLATE), X(K_MEDIUMRAW), X(K_UNICODE), X(K_OFF), XEND
};
static const struct xlat kb_metas[] = { X(K_METABIT), X(K_ESCPREFIX), XEND };
static const struct xlat leds[] = { X(LED_SCR), X(LED_NUM), X(LED_CAP), XEND };
static const struct xlat kb_types[] = { X(KB_84), X(KB_101), X(KB_OTHER), XEND };
static const struct xlat kb_keys[] = { KDX_KEYS XEND };
static const struct xlat kb_ktypes[] = { KDX_TYPES XEND };
static const struct xlat kb_mods[] = { KDX_MODS XEND };
/* kb_table's whole-table names: plain numbers in <linux/keyboard.h> */
static const struct xlat kb_tables[] = {
	X(K_NORMTAB), X(K_SHIFTTAB), X(K_ALTTAB), X(K_ALTSHIFTTAB), XEND
};
/* the ports KDADDIO/KDDELIO accept: the kernel's vt_ioctl.c defines them,
 * no UAPI header does */
#define GPFIRST 0x3b4
#define GPLAST 0x3df
/* the font buffers of GIO_FONT/PIO_FONT: 256 glyphs of 32 rows (the kernel's
 * size, not in a UAPI header); the colour map: 16 colours of 3 bytes */
#define KD_FONT_BYTES (256 * 32)
#define KD_CMAP_BYTES (16 * 3)
/* KDFONTOP's flag the kernel sets for the old font requests: defined in the
 * kernel's own <linux/kd.h>, not the UAPI one */
#define KD_FONT_FLAG_OLD 0x80000000U
/* the longest font name KD_FONT_OP_SET_DEFAULT reads, with its NUL: the
 * kernel's MAX_FONT_NAME (<linux/font.h>, not a UAPI header) */
#define KD_FONT_NAME_MAX 32
static const struct xlat font_ops[] = {
	X(KD_FONT_OP_SET), X(KD_FONT_OP_GET), X(KD_FONT_OP_SET_DEFAULT), X(KD_FONT_OP_COPY), XEND
};
static const struct xlat font_flags[] = {
	X(KD_FONT_FLAG_DONT_RECALC), X(KD_FONT_FLAG_OLD), XEND
};
/* the PIT's input clock: a tone's count is this divided by the pitch */
#define PIT_HZ 1193182UL

/* KDSKBLED: the LEDs lit (low nibble) and the default flags (high nibble,
 * shown shifted: LED_SCR<<4) */
static void pr_kbled(unsigned char v)
{
	char text[128];
	size_t n = 0;

	if (opt_raw || !v) {
		pr("%#x", v);
		return;
	}
	text[0] = 0;
	for (const struct xlat *x = leds; x->name; x++)
		if (v & x->val)
			n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", n ? "|" : "", x->name);
	for (const struct xlat *x = leds; x->name; x++)
		if (v & (x->val << 4))
			n += (size_t)snprintf(text + n, sizeof text - n, "%s%s<<4", n ? "|" : "",
					      x->name);
	if (!n) {	/* only the bits no name covers */
		pr("%#x /* LED_??? */", v);
		return;
	}
	if (v & 0x88)
		snprintf(text + n, sizeof text - n, "|%#x", v & 0x88);
	if (opt_xverbose)
		pr("%#x /* %s */", v, text);
	else
		prs(text);
}

/* KDSKBMODE's mode: in decimal (signed: an int) in every style, K_??? when
 * unnamed */
static void pr_kb_mode(unsigned long v)
{
	const char *n = xlat_name(kb_modes, v);
	char num[24];

	snprintf(num, sizeof num, "%ld", (long)v);
	if (n)
		pr_named(num, n);
	else if (opt_raw)
		prs(num);
	else
		pr("%s /* K_??? */", num);
}

/* KIOCSOUND: the count, and the pitch it makes (0: off) */
static void pr_sound(unsigned long count)
{
	pr("%lu", count);
	if (opt_raw)
		return;
	if (!count || PIT_HZ / count == 0)
		prs(" /* off */");
	else
		pr(" /* %lu Hz */", PIT_HZ / count);
}

/* KDMKTONE: the duration in ms (high 16 bits) and the count (low 16) */
static void pr_tone(unsigned long arg)
{
	unsigned ms = (arg >> 16) & 0xffff, count = arg & 0xffff;

	if (ms)
		pr("%u<<16|%u", ms, count);
	else
		pr("%u", count);
	if (opt_raw)
		return;
	if (!ms || !count)
		prs(" /* off */");
	else
		pr(" /* %lu Hz, %u ms */", PIT_HZ / count, ms);
}

/* KDADDIO/KDDELIO: a port, placed among the ones the kernel accepts */
static void pr_io_port(unsigned long port)
{
	pr_hex(port);
	if (!opt_raw && port >= GPFIRST && port <= GPLAST)
		pr(" /* GPFIRST + %lu */", port - GPFIRST);
}

/* kb_table: one of the four plain tables by name, else the modifier bits
 * that select it (1<<KG_SHIFT|1<<KG_CTRL) */
static void pr_kb_table(unsigned char v)
{
	const char *name = xlat_name(kb_tables, v);
	char text[256];
	size_t n = 0;

	if (opt_raw) {
		pr("%#x", v);
		return;
	}
	if (name) {
		snprintf(text, sizeof text, "%s", name);
	} else {
		text[0] = 0;
		for (unsigned bit = 0; bit < 8; bit++) {
			const char *m = (v >> bit) & 1 ? xlat_name(kb_mods, bit) : NULL;

			if (m)
				n += (size_t)snprintf(text + n, sizeof text - n, "%s1<<%s",
						      n ? "|" : "", m);
		}
	}
	if (opt_xverbose)
		pr("%#x /* %s */", v, text);
	else
		prs(text);
}

/* a keysym's value in K(): a character for the types that carry one, else
 * the number */
static int kt_is_char(unsigned type)
{
	return type == KT_LATIN || type == KT_META || type == KT_LETTER || type == KT_DEAD2;
}

/* a character in quotes, as C writes it: '\\n', '\\'', '\\x7f' */
static void pr_kt_char(unsigned char c)
{
	static const char esc[] = "\t\n\v\f\r";
	const char *e = c ? strchr(esc, c) : NULL;

	if (e)
		pr("'\\%c'", "tnvfr"[e - esc]);
	else if (c == '\'' || c == '\\')
		pr("'\\%c'", c);
	else if (c >= 0x20 && c < 0x7f)
		pr("'%c'", c);
	else
		pr("'\\x%02x'", c);
}

/* kb_value: the number, and in a comment its K_ name or K(KT_TYPE, value)
 * (the comment in every style but -X raw) */
static void pr_kb_value(unsigned short v)
{
	const char *name = xlat_name(kb_keys, v);
	const char *type = xlat_name(kb_ktypes, KTYP(v));

	pr("%#x", v);
	if (opt_raw)
		return;
	if (name) {
		pr(" /* %s */", name);
		return;
	}
	prs(" /* K(");
	if (type)
		prs(type);
	else
		pr("%#x", KTYP(v));
	prs(", ");
	if (kt_is_char(KTYP(v)))
		pr_kt_char((unsigned char)KVAL(v));
	else
		pr("%#x", KVAL(v));
	prs(") */");
}

/* KDGKBENT/KDSKBENT: table and index, and the value when it is the
 * program's (set) or the kernel's (get, after success); ??? when the struct
 * ends before it */
static void pr_kbentry(struct tcb *t, unsigned long arg, int with_value)
{
	struct kbentry e;

	if (ioc_get(t, arg, &e, 2) < 0)
		return;
	prs("{kb_table=");
	pr_kb_table(e.kb_table);
	pr(", kb_index=%u", e.kb_index);
	if (with_value) {
		prs(", kb_value=");
		if (umove(t->pid, arg + offsetof(struct kbentry, kb_value), &e.kb_value,
			  sizeof e.kb_value) < 0)
			prs("???");
		else
			pr_kb_value(e.kb_value);
	}
	prs("}");
}

/* kb_func: a function key's number, as KVAL(K_Fn) */
static void pr_kb_func(unsigned char f)
{
	const char *name = xlat_name(kb_keys, K(KT_FN, f));
	char text[64];

	if (opt_raw || !name) {
		pr("%#x", f);
		return;
	}
	snprintf(text, sizeof text, "KVAL(%s)", name);
	if (opt_xverbose)
		pr("%#x /* %s */", f, text);
	else
		prs(text);
}

/* kb_string: a C string in its fixed buffer, read up to its NUL (??? when it
 * runs into memory the tracee cannot read first), shown up to -s; strace
 * cuts ("...") one of -s bytes or more */
static void pr_kb_string(struct tcb *t, unsigned long addr)
{
	size_t limit = sizeof ((struct kbsentry *)0)->kb_string;
	size_t s = (size_t)opt_strlen;
	unsigned char buf[sizeof ((struct kbsentry *)0)->kb_string + 1];
	long n = umovestr(t->pid, addr, (char *)buf, limit);

	if (n < 0) {
		prs("???");
		return;
	}
	quote_bytes(buf, (size_t)n < s ? (size_t)n : s, 0);
	if ((size_t)n >= s || (size_t)n == limit)
		prs("...");
}

/* a font, a screen map, a colour map: bytes in hex, cut at -s; strace reads
 * -s and one more byte (up to the buffer's size) at once, and shows the
 * address when it cannot */
static void pr_kd_bytes(struct tcb *t, unsigned long addr, size_t len)
{
	size_t s = (size_t)opt_strlen;
	size_t want = s + 1 < len ? s + 1 : len;
	unsigned char buf[KD_FONT_BYTES];

	if (!addr) {
		prs("NULL");
		return;
	}
	if (want > sizeof buf)
		want = sizeof buf;
	if (umove(t->pid, addr, buf, want) < 0) {
		pr_addr(addr);
		return;
	}
	quote_bytes(buf, want < s ? want : s, QUOTE_HEX);
	if (len > s)
		prs("...");
}

static void pr_kbsentry(struct tcb *t, unsigned long arg, int with_string)
{
	unsigned char func;

	if (ioc_get(t, arg, &func, 1) < 0)
		return;
	prs("{kb_func=");
	pr_kb_func(func);
	if (with_string) {
		prs(", kb_string=");
		pr_kb_string(t, arg + offsetof(struct kbsentry, kb_string));
	}
	prs("}");
}

/* KDGETKEYCODE/KDSETKEYCODE: a scancode and its keycode, in hex; the get's
 * keycode as the kernel left it after " => " */
static void pr_keycode_in(const struct kbkeycode *k)
{
	pr("{scancode=%#x, keycode=%#x", k->scancode, k->keycode);
}

/* KDKBDREP: the delay and period in ms (signed: -1 asks without setting) */
static void pr_kbdrep(const struct kbd_repeat *r)
{
	pr("{delay=%d, period=%d}", r->delay, r->period);
}

/* KDGKBDIACR/KDSKBDIACR(UC): the count and the pairs, at most the
 * table's size of them */
static void pr_diacr(struct tcb *t, const void *e)
{
	const struct kbdiacr *d = e;

	(void)t;
	prs("{diacr=");
	pr_kt_char(d->diacr);
	prs(", base=");
	pr_kt_char(d->base);
	prs(", result=");
	pr_kt_char(d->result);
	prs("}");
}

static void pr_diacruc(struct tcb *t, const void *e)
{
	const struct kbdiacruc *d = e;

	(void)t;
	pr("{diacr=%#x, base=%#x, result=%#x}", d->diacr, d->base, d->result);
}

static void pr_kbdiacrs(struct tcb *t, unsigned long arg, int uc)
{
	unsigned cnt;
	unsigned long max = uc ? sizeof ((struct kbdiacrsuc *)0)->kbdiacruc /
				 sizeof (struct kbdiacruc)
			       : sizeof ((struct kbdiacrs *)0)->kbdiacr / sizeof (struct kbdiacr);

	if (ioc_get(t, arg, &cnt, sizeof cnt) < 0)
		return;
	pr("{kb_cnt=%u, %s=", cnt, uc ? "kbdiacruc" : "kbdiacr");
	/* a count past the table: its entries and ", ..." */
	if (uc)
		pr_array_more(t, arg + offsetof(struct kbdiacrsuc, kbdiacruc),
			      cnt < max ? cnt : max, sizeof (struct kbdiacruc), pr_diacruc,
			      cnt > max);
	else
		pr_array_more(t, arg + offsetof(struct kbdiacrs, kbdiacr), cnt < max ? cnt : max,
			      sizeof (struct kbdiacr), pr_diacr, cnt > max);
	prs("}");
}

/* GIO_UNIMAP/PIO_UNIMAP: the pairs of a unicode value and a font position */
static void pr_unipair(struct tcb *t, const void *e)
{
	const struct unipair *u = e;

	(void)t;
	pr("{unicode=%#x, fontpos=%#x}", u->unicode, u->fontpos);
}

static void pr_unipairs(struct tcb *t, unsigned long addr, unsigned n)
{
	prs(", entries=");
	pr_array(t, addr, n, sizeof (struct unipair), pr_unipair);
	prs("}");
}

/* GIO_UNISCRNMAP/PIO_UNISCRNMAP: the screen map's unicode values, those of
 * the direct-to-font region as UNI_DIRECT_BASE+offset */
static void pr_uni(struct tcb *t, const void *e)
{
	unsigned short v = *(const unsigned short *)e;
	char text[48];

	(void)t;
	if (opt_raw || (v & ~UNI_DIRECT_MASK) != UNI_DIRECT_BASE) {
		pr("%#x", v);
		return;
	}
	snprintf(text, sizeof text, "UNI_DIRECT_BASE+%#x", v - UNI_DIRECT_BASE);
	if (opt_xverbose)
		pr("%#x /* %s */", v, text);
	else
		prs(text);
}

/* GIO_FONTX/PIO_FONTX: 32 bytes a glyph */
static void pr_fontdesc(struct tcb *t, const struct consolefontdesc *d, int data)
{
	pr("{charcount=%u, charheight=%u, chardata=", d->charcount, d->charheight);
	if (data)
		pr_kd_bytes(t, (unsigned long)d->chardata, (size_t)d->charcount * 32);
	else
		pr_addr((unsigned long)d->chardata);
	prs("}");
}

/* KD_FONT_OP_SET_DEFAULT's font name: read up to its buffer's size (or -s
 * and one more byte); with no NUL there, all but the last byte and "..." */
static void pr_font_name(struct tcb *t, unsigned long addr)
{
	size_t s = (size_t)opt_strlen;
	size_t want = s + 1 < KD_FONT_NAME_MAX ? s + 1 : KD_FONT_NAME_MAX;
	char buf[KD_FONT_NAME_MAX + 1];
	long n;

	if (!addr) {
		prs("NULL");
		return;
	}
	n = umovestr(t->pid, addr, buf, want);
	if (n < 0) {
		pr_addr(addr);
		return;
	}
	if ((size_t)n < want) {
		quote_bytes((unsigned char *)buf, (size_t)n < s ? (size_t)n : s, 0);
		if ((size_t)n > s)
			prs("...");
		return;
	}
	quote_bytes((unsigned char *)buf, want - 1 < s ? want - 1 : s, 0);
	prs("...");
}

/* KDFONTOP: a glyph is 32 rows of (width+7)/8 bytes */
static size_t font_bytes(const struct console_font_op *f)
{
	return (size_t)((f->width + 7) / 8) * 32 * f->charcount;
}

static void pr_fontop_in(struct tcb *t, const struct console_font_op *f)
{
	prs("{op=");
	pr_xlat(font_ops, f->op, "%#lx", "KD_FONT_OP_???");
	switch (f->op) {
	case KD_FONT_OP_SET_DEFAULT:	/* data: the font's name, or NULL */
		pr(", width=%u, height=%u, data=", f->width, f->height);
		pr_font_name(t, (unsigned long)f->data);
		break;
	case KD_FONT_OP_COPY:
		pr(", height=%u", f->height);
		break;
	default:
		prs(", flags=");
		pr_flags_d(font_flags, f->flags, "KD_FONT_FLAG_???");
		pr(", width=%u, height=%u, charcount=%u, data=", f->width, f->height,
		   f->charcount);
		if (f->op == KD_FONT_OP_SET)
			pr_kd_bytes(t, (unsigned long)f->data, font_bytes(f));
		else
			pr_addr((unsigned long)f->data);
	}
	prs("}");
}

/* what a successful KDFONTOP wrote back: the sizes, the glyphs of a get */
static void pr_fontop_out(struct tcb *t, const struct console_font_op *f)
{
	switch (f->op) {
	case KD_FONT_OP_SET: case KD_FONT_OP_COPY:
		return;
	case KD_FONT_OP_SET_DEFAULT:
		pr(" => {width=%u, height=%u}", f->width, f->height);
		return;
	}
	pr(" => {width=%u, height=%u, charcount=%u, data=", f->width, f->height, f->charcount);
	if (f->op == KD_FONT_OP_GET)
		pr_kd_bytes(t, (unsigned long)f->data, font_bytes(f));
	else
		pr_addr((unsigned long)f->data);
	prs("}");
}

/* the requests whose argument both goes in and comes back: the entry's part
 * (1: the exit is wanted) */
static int kd_inout_entry(struct tcb *t, unsigned req, unsigned long arg)
{
	struct unimapdesc u;
	struct consolefontdesc d;
	struct console_font_op f;

	switch (req) {
	case GIO_UNIMAP:
		if (ioc_get(t, arg, &u, sizeof u) < 0)
			return 0;
		pr("{entry_ct=%u", u.entry_ct);
		return 1;
	case GIO_FONTX:
		if (ioc_get(t, arg, &d, sizeof d) < 0)
			return 0;
		pr_fontdesc(t, &d, 0);
		return 1;
	default:	/* KDFONTOP */
		if (ioc_get(t, arg, &f, sizeof f) < 0)
			return 0;
		pr_fontop_in(t, &f);
		return 1;
	}
}

static void kd_inout_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	struct unimapdesc u;
	struct consolefontdesc d;
	struct console_font_op f;

	switch (req) {
	case GIO_UNIMAP:	/* the count the kernel wrote back, even after a failure */
		if (umove(t->pid, arg, &u, sizeof u) < 0) {
			prs(" => ???}");
			return;
		}
		pr(" => %u", u.entry_ct);
		if (t_failed(t)) {
			prs(", entries=");
			pr_addr((unsigned long)u.entries);
			prs("}");
		} else {
			pr_unipairs(t, (unsigned long)u.entries, u.entry_ct);
		}
		return;
	case GIO_FONTX:
		if (!t_failed(t) && umove(t->pid, arg, &d, sizeof d) == 0) {
			prs(" => ");
			pr_fontdesc(t, &d, 1);
		}
		return;
	default:	/* KDFONTOP */
		if (!t_failed(t) && umove(t->pid, arg, &f, sizeof f) == 0)
			pr_fontop_out(t, &f);
	}
}

/* the getters: what the kernel wrote, by name */
static int kd_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	int v;

	pr_sep();
	switch (req) {	/* the byte-sized results */
	case KDGETLED: case KDGKBLED: case KDGKBTYPE: {
		unsigned char c;

		if (t_failed(t))
			pr_addr(arg);
		else if (ioc_get(t, arg, &c, 1) == 0) {
			prs("[");
			if (req == KDGETLED)
				pr_flags_d(leds, c, "LED_???");
			else if (req == KDGKBLED)
				pr_kbled(c);
			else
				pr_xlat(kb_types, c, "%#x", "KB_???");
			prs("]");
		}
		return IOC_DONE;
	}
	case GIO_SCRNMAP: case GIO_FONT: case GIO_CMAP:
		if (t_failed(t))
			pr_addr(arg);
		else
			pr_kd_bytes(t, arg, req == GIO_SCRNMAP ? E_TABSZ :
				    req == GIO_FONT ? KD_FONT_BYTES : KD_CMAP_BYTES);
		return IOC_DONE;
	}
	if (t_failed(t) || ioc_get(t, arg, &v, sizeof v) < 0) {
		if (t_failed(t))
			pr_addr(arg);
		return IOC_DONE;
	}
	prs("[");
	switch (req) {
	case KDGETMODE:
		pr_xlat(kd_modes, (unsigned)v, "%#x", "KD_???");
		break;
	case KDGKBMODE:
		pr_kb_mode((unsigned long)(long)v);
		break;
	case KDGKBMETA:
		pr_xlat(kb_metas, (unsigned)v, "%#x", "K_???");
		break;
	}
	prs("]");
	return IOC_DONE;
}

/* t->aux: the entry printed the struct's opening, the exit closes it */
#define KD_OPEN 1UL

/* the exit of the requests whose struct the entry opened: what the kernel
 * filled in after a success, then the closing brace */
static int kd_struct_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	if (!(t->aux & KD_OPEN))
		return IOC_DONE;
	if (!t_failed(t)) {
		switch (req) {
		case KDGKBENT: {
			unsigned short v;

			prs(", kb_value=");
			if (umove(t->pid, arg + offsetof(struct kbentry, kb_value), &v, sizeof v) < 0)
				prs("???");
			else
				pr_kb_value(v);
			break;
		}
		case KDGKBSENT:
			prs(", kb_string=");
			pr_kb_string(t, arg + offsetof(struct kbsentry, kb_string));
			break;
		case KDGETKEYCODE: {
			struct kbkeycode k;

			if (umove(t->pid, arg, &k, sizeof k) < 0)
				prs(" => ???");
			else
				pr(" => %#x", k.keycode);
			break;
		}
		case KDKBDREP: {
			struct kbd_repeat r;

			prs(" => ");
			if (umove(t->pid, arg, &r, sizeof r) < 0)
				pr_addr(arg);
			else
				pr_kbdrep(&r);
			return IOC_DONE;
		}
		}
	}
	if (req != KDKBDREP)
		prs("}");
	return IOC_DONE;
}

/* the entry of a request whose struct the exit completes */
static int kd_struct_entry(struct tcb *t, unsigned req, unsigned long arg)
{
	unsigned char head[2];
	struct kbkeycode k;
	struct kbd_repeat r;

	pr_sep();
	switch (req) {
	case KDGKBENT:
		if (ioc_get(t, arg, head, 2) < 0)
			return IOC_DONE;
		prs("{kb_table=");
		pr_kb_table(head[0]);
		pr(", kb_index=%u", head[1]);
		break;
	case KDGKBSENT:
		if (ioc_get(t, arg, head, 1) < 0)
			return IOC_DONE;
		prs("{kb_func=");
		pr_kb_func(head[0]);
		break;
	case KDGETKEYCODE:
		if (ioc_get(t, arg, &k, sizeof k) < 0)
			return IOC_DONE;
		pr_keycode_in(&k);
		break;
	default:	/* KDKBDREP */
		if (ioc_get(t, arg, &r, sizeof r) < 0)
			return IOC_DONE;
		pr_kbdrep(&r);
	}
	t->aux |= KD_OPEN;
	return IOC_EXIT;
}

int ioctl_kd(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {
		switch (req) {
		case KDGKBENT: case KDGKBSENT: case KDGETKEYCODE: case KDKBDREP:
			return kd_struct_exit(t, req, arg);
		case GIO_UNIMAP: case GIO_FONTX: case KDFONTOP:
			kd_inout_exit(t, req, arg);
			return IOC_DONE;
		case KDGKBDIACR: case KDGKBDIACRUC: case GIO_UNISCRNMAP:
			pr_sep();
			if (t_failed(t))
				pr_addr(arg);
			else if (req == GIO_UNISCRNMAP)
				pr_array(t, arg, E_TABSZ, sizeof (unsigned short), pr_uni);
			else
				pr_kbdiacrs(t, arg, req == KDGKBDIACRUC);
			return IOC_DONE;
		}
		return kd_exit(t, req, arg);
	}
	switch (req) {
	case KDGKBENT: case KDGKBSENT: case KDGETKEYCODE: case KDKBDREP:
		return kd_struct_entry(t, req, arg);
	case GIO_UNIMAP: case GIO_FONTX: case KDFONTOP:
		pr_sep();
		return kd_inout_entry(t, req, arg) ? IOC_EXIT : IOC_DONE;
	case KDGKBDIACR: case KDGKBDIACRUC: case GIO_UNISCRNMAP:
		return IOC_EXIT;
	case KDSKBDIACR: case KDSKBDIACRUC:
		pr_sep();
		pr_kbdiacrs(t, arg, req == KDSKBDIACRUC);
		return IOC_DONE;
	case PIO_UNISCRNMAP:
		pr_sep();
		pr_array(t, arg, E_TABSZ, sizeof (unsigned short), pr_uni);
		return IOC_DONE;
	case PIO_UNIMAP: {
		struct unimapdesc u;

		pr_sep();
		if (ioc_get(t, arg, &u, sizeof u) == 0) {
			pr("{entry_ct=%u", u.entry_ct);
			pr_unipairs(t, (unsigned long)u.entries, u.entry_ct);
		}
		return IOC_DONE;
	}
	case PIO_UNIMAPCLR: {
		struct unimapinit u;

		pr_sep();
		if (ioc_get(t, arg, &u, sizeof u) == 0)
			pr("{advised_hashsize=%u, advised_hashstep=%u, advised_hashlevel=%u}",
			   u.advised_hashsize, u.advised_hashstep, u.advised_hashlevel);
		return IOC_DONE;
	}
	case PIO_FONTX: {
		struct consolefontdesc d;

		pr_sep();
		if (ioc_get(t, arg, &d, sizeof d) == 0)
			pr_fontdesc(t, &d, 1);
		return IOC_DONE;
	}
	case KDSKBENT:
		pr_sep();
		pr_kbentry(t, arg, 1);
		return IOC_DONE;
	case KDSKBSENT:
		pr_sep();
		pr_kbsentry(t, arg, 1);
		return IOC_DONE;
	case KDSETKEYCODE: {
		struct kbkeycode k;

		pr_sep();
		if (ioc_get(t, arg, &k, sizeof k) == 0) {
			pr_keycode_in(&k);
			prs("}");
		}
		return IOC_DONE;
	}
	case KDADDIO: case KDDELIO:
		pr_sep();
		pr_io_port(arg);
		return IOC_DONE;
	case KDMAPDISP: case KDUNMAPDISP: case PIO_FONTRESET:
		return IOC_DONE;	/* no argument */
	case PIO_SCRNMAP:
		pr_sep();
		pr_kd_bytes(t, arg, E_TABSZ);
		return IOC_DONE;
	case PIO_FONT:
		pr_sep();
		pr_kd_bytes(t, arg, KD_FONT_BYTES);
		return IOC_DONE;
	case PIO_CMAP:
		pr_sep();
		pr_kd_bytes(t, arg, KD_CMAP_BYTES);
		return IOC_DONE;
	case KDGETMODE: case KDGKBMODE: case KDGKBMETA: case KDGETLED: case KDGKBLED:
	case KDGKBTYPE: case GIO_SCRNMAP: case GIO_FONT: case GIO_CMAP:
		return IOC_EXIT;
	case KDSETMODE:	/* an int: the upper half of the register is not read */
		pr_sep();
		pr_xlat(kd_modes, (unsigned)arg, "%#lx", "KD_???");
		return IOC_DONE;
	case KDSKBMODE:	/* an int */
		pr_sep();
		pr_kb_mode((unsigned long)(long)(int)arg);
		return IOC_DONE;
	case KDSKBMETA:
		pr_sep();
		pr_xlat(kb_metas, (unsigned)arg, "%#lx", "K_???");
		return IOC_DONE;
	case KDSETLED:
		pr_sep();
		pr_flags_d(leds, (unsigned char)arg, "LED_???");
		return IOC_DONE;
	case KDSKBLED:
		pr_sep();
		pr_kbled((unsigned char)arg);
		return IOC_DONE;
	case KDSIGACCEPT:	/* a long: a signal by name, else unsigned */
		pr_sep();
		if ((long)arg < 0)
			pr_udec(arg);
		else
			pr_signame((long)arg);
		return IOC_DONE;
	case KIOCSOUND:
		pr_sep();
		pr_sound(arg);
		return IOC_DONE;
	case KDMKTONE:
		pr_sep();
		pr_tone(arg);
		return IOC_DONE;
	case KDENABIO: case KDDISABIO:
		return IOC_DONE;
	}
	return IOC_NUM;
}
