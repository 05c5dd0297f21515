/* src/trace/ioctl_kd.c — the Linux console's requests ('K', ioctl_console(2)):
 * the display and keyboard modes, the LEDs, the meta key, the signal a
 * keyboard sends, the speaker's tones. strace 6.1 leaves the font and
 * keymap ones as addresses (ioctl.c's fallback). */
#include "ioctl.h"
#include <linux/kd.h>

static const struct xlat kd_modes[] = {
	X(KD_TEXT), X(KD_GRAPHICS), X(KD_TEXT0), X(KD_TEXT1), XEND
};
static const struct xlat kb_modes[] = {
	X(K_RAW), X(K_XLATE), X(K_MEDIUMRAW), X(K_UNICODE), X(K_OFF), XEND
};
static const struct xlat kb_metas[] = { X(K_METABIT), X(K_ESCPREFIX), XEND };
static const struct xlat leds[] = { X(LED_SCR), X(LED_NUM), X(LED_CAP), XEND };
static const struct xlat kb_types[] = { X(KB_84), X(KB_101), X(KB_OTHER), XEND };
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
	if (v & 0x88)
		snprintf(text + n, sizeof text - n, "%s%#x", n ? "|" : "", v & 0x88);
	if (opt_xverbose)
		pr("%#x /* %s */", v, text);
	else
		prs(text);
}

/* KDSKBMODE's mode: in decimal in every style, K_??? when unnamed */
static void pr_kb_mode(unsigned long v)
{
	const char *n = xlat_name(kb_modes, v);
	char num[24];

	snprintf(num, sizeof num, "%lu", v);
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

/* the getters: what the kernel wrote, by name */
static int kd_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	int v;

	pr_sep();
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
		pr_kb_mode((unsigned)v);
		break;
	case KDGKBMETA:
		pr_xlat(kb_metas, (unsigned)v, "%#x", "K_???");
		break;
	case KDGETLED:
		pr_flags(leds, (unsigned char)v, NULL);
		break;
	case KDGKBLED:
		pr_kbled((unsigned char)v);
		break;
	default:	/* KDGKBTYPE */
		pr_xlat(kb_types, (unsigned char)v, "%#x", "KB_???");
	}
	prs("]");
	return IOC_DONE;
}

int ioctl_kd(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return kd_exit(t, req, arg);
	switch (req) {
	case KDGETMODE: case KDGKBMODE: case KDGKBMETA: case KDGETLED: case KDGKBLED:
	case KDGKBTYPE:
		return IOC_EXIT;
	case KDSETMODE:
		pr_sep();
		pr_xlat(kd_modes, arg, "%#lx", "KD_???");
		return IOC_DONE;
	case KDSKBMODE:
		pr_sep();
		pr_kb_mode(arg);
		return IOC_DONE;
	case KDSKBMETA:
		pr_sep();
		pr_xlat(kb_metas, arg, "%#lx", "K_???");
		return IOC_DONE;
	case KDSETLED:
		pr_sep();
		pr_flags(leds, (unsigned char)arg, NULL);
		return IOC_DONE;
	case KDSKBLED:
		pr_sep();
		pr_kbled((unsigned char)arg);
		return IOC_DONE;
	case KDSIGACCEPT:
		pr_sep();
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
