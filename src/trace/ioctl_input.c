/* src/trace/ioctl_input.c — input event devices (evdev, type 'E',
 * <linux/input.h>): the requests' names, several of which carry a length
 * or an event code in the number (EVIOCGNAME(len), EVIOCGBIT(EV_KEY, len),
 * EVIOCGABS(ABS_X)), and their arguments: ids, axis information, keymap
 * entries, force-feedback effects, bitmaps of event codes. The event-code
 * names come from <linux/input-event-codes.h> through src/gen/evdevtab.sh.
 * <linux/input.h> includes libc's <sys/time.h>: this file is built with
 * src/trace/nolibc first on the include path (see the Makefile). */
#include "ioctl.h"
#include <linux/input.h>
#include "evdevtab.h"

static const struct xlat ev_types[] = { EVX_ev, XEND };
static const struct xlat keys[] = { EVX_keys, XEND };
static const struct xlat rels[] = { EVX_rel, XEND };
static const struct xlat abss[] = { EVX_abs, XEND };
static const struct xlat abs_mt[] = { EVX_abs_mt, XEND };
static const struct xlat mscs[] = { EVX_msc, XEND };
static const struct xlat sws[] = { EVX_sw, XEND };
static const struct xlat leds[] = { EVX_led, XEND };
static const struct xlat snds[] = { EVX_snd, XEND };
static const struct xlat reps[] = { EVX_rep, XEND };
static const struct xlat props[] = { EVX_props, XEND };
static const struct xlat ff_types[] = {
	X(FF_RUMBLE), X(FF_PERIODIC), X(FF_CONSTANT), X(FF_SPRING), X(FF_FRICTION),
	X(FF_DAMPER), X(FF_INERTIA), X(FF_RAMP), XEND
};
/* the force-feedback bits EVIOCGBIT(EV_FF) reports: the effects, the
 * waveforms and the device's own controls */
static const struct xlat ff_bits[] = {
	X(FF_RUMBLE), X(FF_PERIODIC), X(FF_CONSTANT), X(FF_SPRING), X(FF_FRICTION),
	X(FF_DAMPER), X(FF_INERTIA), X(FF_RAMP), X(FF_SQUARE), X(FF_TRIANGLE), X(FF_SINE),
	X(FF_SAW_UP), X(FF_SAW_DOWN), X(FF_CUSTOM), X(FF_GAIN), X(FF_AUTOCENTER), XEND
};

/* the requests with a parameter in the number, by their nr */
enum {
	NR_GNAME = 0x06, NR_GPHYS = 0x07, NR_GUNIQ = 0x08, NR_GPROP = 0x09, NR_GMTSLOTS = 0x0a,
	NR_GKEY = 0x18, NR_GLED = 0x19, NR_GSND = 0x1a, NR_GSW = 0x1b,
	NR_GBIT = 0x20, NR_GABS = 0x40, NR_SABS = 0xc0,
};

static const char *len_name(unsigned nr)
{
	switch (nr) {
	case NR_GNAME: return "EVIOCGNAME";
	case NR_GPHYS: return "EVIOCGPHYS";
	case NR_GUNIQ: return "EVIOCGUNIQ";
	case NR_GPROP: return "EVIOCGPROP";
	case NR_GMTSLOTS: return "EVIOCGMTSLOTS";
	case NR_GKEY: return "EVIOCGKEY";
	case NR_GLED: return "EVIOCGLED";
	case NR_GSND: return "EVIOCGSND";
	case NR_GSW: return "EVIOCGSW";
	}
	return NULL;
}

/* the fixed requests' names */
static const char *fixed_name(unsigned req)
{
	switch (req) {
	case EVIOCGVERSION: return "EVIOCGVERSION";
	case EVIOCGID: return "EVIOCGID";
	case EVIOCGREP: return "EVIOCGREP";
	case EVIOCSREP: return "EVIOCSREP";
	case EVIOCGKEYCODE: return "EVIOCGKEYCODE";
	case EVIOCGKEYCODE_V2: return "EVIOCGKEYCODE_V2";
	case EVIOCSKEYCODE: return "EVIOCSKEYCODE";
	case EVIOCSKEYCODE_V2: return "EVIOCSKEYCODE_V2";
	case EVIOCSFF: return "EVIOCSFF";
	case EVIOCRMFF: return "EVIOCRMFF";
	case EVIOCGEFFECTS: return "EVIOCGEFFECTS";
	case EVIOCGRAB: return "EVIOCGRAB";
	case EVIOCREVOKE: return "EVIOCREVOKE";
	case EVIOCGMASK: return "EVIOCGMASK";
	case EVIOCSMASK: return "EVIOCSMASK";
	case EVIOCSCLOCKID: return "EVIOCSCLOCKID";
	}
	return NULL;
}

/* a code inside a request's name: its name, else the number, with strace's
 * "unknown" comment unless the whole name already sits in a comment */
static void pr_code(const struct xlat *x, unsigned v, const char *dflt, int in_comment)
{
	const char *n = xlat_name(x, v);

	if (n)
		prs(n);
	else if (in_comment)
		pr("%#x", v);
	else
		pr("%#x /* %s */", v, dflt);
}

/* which of the requests with a parameter in the number req is */
enum { P_NONE, P_GBIT, P_GABS, P_SABS, P_LEN };

static int param_kind(unsigned req)
{
	unsigned dir = _IOC_DIR(req), nr = _IOC_NR(req);

	if (dir == _IOC_READ && nr >= NR_GBIT && nr < NR_GBIT + EV_CNT)
		return P_GBIT;
	if (dir == _IOC_READ && nr >= NR_GABS && nr < NR_GABS + ABS_CNT)
		return P_GABS;
	if (dir == _IOC_WRITE && nr >= NR_SABS && nr < NR_SABS + ABS_CNT)
		return P_SABS;
	if (dir == _IOC_READ && len_name(nr))
		return P_LEN;
	return P_NONE;
}

int ioctl_input_name(unsigned req, int in_comment)
{
	unsigned nr = _IOC_NR(req), size = _IOC_SIZE(req);
	const char *n = fixed_name(req);

	if (n) {
		prs(n);
		return 1;
	}
	switch (param_kind(req)) {
	case P_GBIT:
		prs("EVIOCGBIT(");
		if (nr == NR_GBIT)	/* all the event types: 0, not EV_SYN */
			prs("0");
		else
			pr_code(ev_types, nr - NR_GBIT, "EV_???", in_comment);
		pr(", %u)", size);
		return 1;
	case P_GABS: case P_SABS:
		prs(param_kind(req) == P_GABS ? "EVIOCGABS(" : "EVIOCSABS(");
		pr_code(abss, nr & (ABS_CNT - 1), "ABS_???", in_comment);
		prs(")");
		return 1;
	case P_LEN:
		pr("%s(%u)", len_name(nr), size);
		return 1;
	}
	return 0;
}

/* --- the arguments -------------------------------------------------------- */

static void pr_input_id(struct tcb *t, unsigned long arg)
{
	struct input_id id;

	if (ioc_get(t, arg, &id, sizeof id) == 0)
		pr("{bustype=%u, vendor=%u, product=%u, version=%u}", id.bustype, id.vendor,
		   id.product, id.version);
}

/* struct input_absinfo, as long as the request's size says: the first
 * five fields (the value and minimum only without -v), the resolution when
 * it is all there, "..." for any more or any less of it */
static void pr_absinfo(struct tcb *t, unsigned long arg, unsigned size)
{
	struct input_absinfo a;
	const unsigned flat_end = offsetof(struct input_absinfo, resolution);

	if (size < flat_end) {
		pr_addr(arg);
		return;
	}
	if (ioc_get(t, arg, &a, size < sizeof a ? size : sizeof a) < 0)
		return;
	pr("{value=%u, minimum=%u", (unsigned)a.value, (unsigned)a.minimum);
	if (abbrev(t)) {
		prs(", ...}");
		return;
	}
	pr(", maximum=%u, fuzz=%u, flat=%u", (unsigned)a.maximum, (unsigned)a.fuzz,
	   (unsigned)a.flat);
	if (size >= sizeof a)
		pr(", resolution=%u", (unsigned)a.resolution);
	if (size != flat_end && size != sizeof a)
		prs(", ...");
	prs("}");
}

static void pr_key(unsigned v)
{
	pr_xlat(keys, v, "%#x", "KEY_???");
}

/* EVIOCGKEYCODE's and EVIOCSKEYCODE's [scancode, keycode] */
static void pr_keycode(struct tcb *t, unsigned long arg)
{
	unsigned v[2];

	if (ioc_get(t, arg, v, sizeof v) < 0)
		return;
	pr("[%u, ", v[0]);
	pr_key(v[1]);
	prs("]");
}

static void pr_keymap_entry(struct tcb *t, unsigned long arg)
{
	struct input_keymap_entry k;

	if (ioc_get(t, arg, &k, sizeof k) < 0)
		return;
	pr("{flags=%u, len=%u, ", k.flags, k.len);
	if (abbrev(t)) {
		prs("...}");
		return;
	}
	pr("index=%u, keycode=", k.index);
	pr_key(k.keycode);
	prs(", scancode=[");
	for (unsigned i = 0; i < sizeof k.scancode; i++)
		pr(i ? ", %#x" : "%#x", k.scancode[i]);
	prs("]}");
}

/* two unsigned ints: EVIOCGREP's and EVIOCSREP's delay and period */
static void pr_uint_pair(struct tcb *t, unsigned long arg)
{
	unsigned v[2];

	if (ioc_get(t, arg, v, sizeof v) == 0)
		pr("[%u, %u]", v[0], v[1]);
}

static void pr_envelope(const struct ff_envelope *e)
{
	pr(", envelope={attack_length=%u, attack_level=%u, fade_length=%u, fade_level=%#x}",
	   e->attack_length, e->attack_level, e->fade_length, e->fade_level);
}

/* the effect's own parameters, for the types that have a known layout */
static void pr_ff_params(const struct ff_effect *f)
{
	switch (f->type) {
	case FF_CONSTANT:
		pr(", constant={level=%d", f->u.constant.level);
		pr_envelope(&f->u.constant.envelope);
		prs("}");
		break;
	case FF_RAMP:
		pr(", ramp={start_level=%d, end_level=%d", f->u.ramp.start_level,
		   f->u.ramp.end_level);
		pr_envelope(&f->u.ramp.envelope);
		prs("}");
		break;
	case FF_PERIODIC:
		pr(", periodic={waveform=%u, period=%u, magnitude=%d, offset=%d, phase=%u",
		   f->u.periodic.waveform, f->u.periodic.period, f->u.periodic.magnitude,
		   f->u.periodic.offset, f->u.periodic.phase);
		pr_envelope(&f->u.periodic.envelope);
		pr(", custom_len=%u, custom_data=", f->u.periodic.custom_len);
		pr_addr((unsigned long)f->u.periodic.custom_data);
		prs("}");
		break;
	case FF_RUMBLE:
		pr(", rumble={strong_magnitude=%u, weak_magnitude=%u}",
		   f->u.rumble.strong_magnitude, f->u.rumble.weak_magnitude);
		break;
	}
}

static void pr_ff_effect(struct tcb *t, unsigned long arg)
{
	struct ff_effect f;

	if (ioc_get(t, arg, &f, sizeof f) < 0)
		return;
	prs("{type=");
	pr_xlat(ff_types, f.type, "%#x", "FF_???");
	pr(", id=%d, direction=%u, ", f.id, f.direction);
	if (abbrev(t)) {
		prs("...}");
		return;
	}
	pr("trigger={button=%u, interval=%u}, replay={length=%u, delay=%u}", f.trigger.button,
	   f.trigger.interval, f.replay.length, f.replay.delay);
	pr_ff_params(&f);
	prs("}");
}

/* EVIOCGMTSLOTS(len): the code, then the slots' values, as many as the
 * request's length holds after it */
static void pr_mtslots(struct tcb *t, unsigned long arg, unsigned size)
{
	int v[64];
	unsigned n = size / sizeof(int);

	if (n > sizeof v / sizeof v[0])
		n = sizeof v / sizeof v[0];
	if (!n || ioc_get(t, arg, v, n * sizeof(int)) < 0) {
		if (!n)
			pr_addr(arg);
		return;
	}
	prs("{code=");
	pr_xlat(abs_mt, (unsigned)v[0], "%#x", "ABS_MT_???");
	prs(", values=[");
	for (unsigned i = 1; i < n; i++)
		pr(i > 1 ? ", %d" : "%d", v[i]);
	prs("]}");
}

/* the names a bitmap's bits are shown by, per request */
struct bitnames { const struct xlat *x; const char *dflt; unsigned cnt; };

static struct bitnames bits_of(unsigned nr)
{
	static const struct { unsigned ev; struct bitnames b; } by_ev[] = {
		{ 0, { ev_types, "EV_???", EV_CNT } }, { EV_KEY, { keys, "KEY_???", KEY_CNT } },
		{ EV_REL, { rels, "REL_???", REL_CNT } }, { EV_ABS, { abss, "ABS_???", ABS_CNT } },
		{ EV_MSC, { mscs, "MSC_???", MSC_CNT } }, { EV_SW, { sws, "SW_???", SW_CNT } },
		{ EV_LED, { leds, "LED_???", LED_CNT } }, { EV_SND, { snds, "SND_???", SND_CNT } },
		{ EV_REP, { reps, "REP_???", REP_CNT } }, { EV_FF, { ff_bits, "FF_???", FF_CNT } },
	};
	switch (nr) {
	case NR_GKEY: return (struct bitnames){ keys, "KEY_???", KEY_CNT };
	case NR_GLED: return (struct bitnames){ leds, "LED_???", LED_CNT };
	case NR_GSND: return (struct bitnames){ snds, "SND_???", SND_CNT };
	case NR_GSW: return (struct bitnames){ sws, "SW_???", SW_CNT };
	case NR_GPROP: return (struct bitnames){ props, "PROP_???", INPUT_PROP_CNT };
	}
	for (size_t i = 0; i < sizeof by_ev / sizeof by_ev[0]; i++)
		if (nr - NR_GBIT == by_ev[i].ev)
			return by_ev[i].b;
	return (struct bitnames){ NULL, NULL, 0 };
}

/* A bitmap the kernel filled in, as many bits as the call returned bytes
 * but fewer than the kind's *_MAX (strace stops before the MAX code
 * itself): the names of the bits set, space-separated (four, then "...",
 * without -v), and with -X raw or -X verbose the words that hold them. */
static void pr_bitmap(struct tcb *t, unsigned long arg, unsigned nr)
{
	unsigned long w[(KEY_CNT + 63) / 64];	/* the longest: the keys' */
	struct bitnames b = bits_of(nr);
	unsigned long nbits = (unsigned long)t->ret * 8;

	if (nbits > b.cnt - 1)
		nbits = b.cnt - 1;
	unsigned long nw = (nbits + 8 * sizeof(long) - 1) / (8 * sizeof(long));
	if (!nw || !b.x) {
		pr_addr(arg);
		return;
	}
	if (ioc_get(t, arg, w, nw * sizeof(long)) < 0)
		return;
	if (!opt_raw) {
		int shown = 0;
		prs("[");
		for (unsigned long i = 0; i < nbits; i++) {
			if (!(w[i / (8 * sizeof(long))] >> (i % (8 * sizeof(long))) & 1))
				continue;
			if (shown && abbrev(t) && shown >= 4) {
				prs(" ...");
				break;
			}
			if (shown++)
				prs(" ");
			pr_xlat(b.x, i, "%#x", b.dflt);
		}
		prs("]");
	}
	if (opt_xverbose)
		prs(" /* ");
	if (opt_raw || opt_xverbose) {
		prs("[");
		for (unsigned long i = 0; i < nw; i++)
			pr(i ? ", %#lx" : "%#lx", w[i]);
		prs("]");
	}
	if (opt_xverbose)
		prs(" */");
}

/* a string the kernel filled in (EVIOCGNAME...): up to its NUL, at most
 * the bytes the call returned */
static void pr_name_out(struct tcb *t, unsigned long arg)
{
	pr_buf(t, arg, (unsigned long)t->ret);
}

/* [int] */
static void pr_int(struct tcb *t, unsigned long arg)
{
	int v;

	if (ioc_get(t, arg, &v, sizeof v) == 0)
		pr("[%d]", v);
}

/* the driver version, an int strace shows in hex */
static void pr_version(struct tcb *t, unsigned long arg)
{
	int v;

	if (ioc_get(t, arg, &v, sizeof v) == 0)
		pr("[%#x]", v);
}

static int input_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	unsigned nr = _IOC_NR(req);

	pr_sep();
	if (t_failed(t)) {
		pr_addr(arg);
		return IOC_DONE;
	}
	switch (req) {
	case EVIOCGVERSION:
		pr_version(t, arg);
		return IOC_DONE;
	case EVIOCGEFFECTS:
		pr_int(t, arg);
		return IOC_DONE;
	case EVIOCGID:
		pr_input_id(t, arg);
		return IOC_DONE;
	case EVIOCGKEYCODE:
		pr_keycode(t, arg);
		return IOC_DONE;
	case EVIOCGKEYCODE_V2:
		pr_keymap_entry(t, arg);
		return IOC_DONE;
	case EVIOCGREP:
		pr_uint_pair(t, arg);
		return IOC_DONE;
	}
	if (nr >= NR_GABS && nr < NR_GABS + ABS_CNT)
		pr_absinfo(t, arg, _IOC_SIZE(req));
	else if (nr == NR_GMTSLOTS)
		pr_mtslots(t, arg, _IOC_SIZE(req));
	else if (nr == NR_GNAME || nr == NR_GPHYS || nr == NR_GUNIQ)
		pr_name_out(t, arg);
	else
		pr_bitmap(t, arg, nr);
	return IOC_DONE;
}

int ioctl_input(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return input_exit(t, req, arg);
	switch (req) {
	case EVIOCGVERSION: case EVIOCGEFFECTS: case EVIOCGID: case EVIOCGKEYCODE:
	case EVIOCGKEYCODE_V2: case EVIOCGREP:
		return IOC_EXIT;
	case EVIOCSKEYCODE:
		pr_sep();
		pr_keycode(t, arg);
		return IOC_DONE;
	case EVIOCSKEYCODE_V2:
		pr_sep();
		pr_keymap_entry(t, arg);
		return IOC_DONE;
	case EVIOCSREP:
		pr_sep();
		pr_uint_pair(t, arg);
		return IOC_DONE;
	case EVIOCSFF:
		pr_sep();
		pr_ff_effect(t, arg);
		return IOC_DONE;
	case EVIOCSCLOCKID:
		ioc_uint(t, arg);
		return IOC_DONE;
	case EVIOCRMFF:
		pr(", %d", (int)arg);
		return IOC_DONE;
	case EVIOCGRAB: case EVIOCREVOKE:
		pr(", %lu", arg);
		return IOC_DONE;
	}
	switch (param_kind(req)) {
	case P_GBIT: case P_GABS: case P_LEN:
		return IOC_EXIT;
	case P_SABS:
		pr_sep();
		pr_absinfo(t, arg, _IOC_SIZE(req));
		return IOC_DONE;
	}
	/* the others, named or not, are strace's evdev requests: an address */
	pr_sep();
	pr_addr(arg);
	return IOC_DONE;
}
