/* src/trace/ioctl_ptp.c — PTP hardware clocks (type '=',
 * <linux/ptp_clock.h>): the capabilities, external timestamp and periodic
 * output requests, pin functions and the system/device time offsets.
 * Reserved words are shown (in hex) when one is not 0; for the timestamp,
 * periodic-output and pin requests only in the "2" requests, the ones whose
 * reserved words the kernel checks. A time shows its
 * date when it is a wall-clock time (not a period, phase, duty time or the
 * raw monotonic clock). The PPS enables and unknown requests stay numbers. */
#include "ioctl.h"
#include <linux/ptp_clock.h>

static const struct xlat extts_flags[] = {
	X(PTP_ENABLE_FEATURE), X(PTP_RISING_EDGE), X(PTP_FALLING_EDGE), X(PTP_STRICT_FLAGS), XEND
};
static const struct xlat perout_flags[] = {
	X(PTP_PEROUT_ONE_SHOT), X(PTP_PEROUT_DUTY_CYCLE), X(PTP_PEROUT_PHASE), XEND
};
static const struct xlat pin_funcs[] = {
	X(PTP_PF_NONE), X(PTP_PF_EXTTS), X(PTP_PF_PEROUT), X(PTP_PF_PHYSYNC), XEND
};

/* the "2" requests */
static int is_v2(unsigned req)
{
	switch (req) {
	case PTP_CLOCK_GETCAPS2: case PTP_EXTTS_REQUEST2: case PTP_PEROUT_REQUEST2:
	case PTP_SYS_OFFSET2: case PTP_PIN_GETFUNC2: case PTP_PIN_SETFUNC2:
	case PTP_SYS_OFFSET_PRECISE2: case PTP_SYS_OFFSET_EXTENDED2:
		return 1;
	}
	return 0;
}

/* ", NAME=[a, b...]" in hex when one of the n words is not 0 */
static void pr_rsv(const char *name, const unsigned *a, unsigned n)
{
	unsigned i = 0;

	while (i < n && !a[i])
		i++;
	if (i == n)
		return;
	pr(", %s=[", name);
	for (i = 0; i < n; i++)
		pr(i ? ", %#x" : "%#x", a[i]);
	prs("]");
}
#define RSV(name, a) pr_rsv(name, (const unsigned *)(a), sizeof(a) / sizeof((a)[0]))

/* {sec=, nsec=[, reserved=]}, and its date when dated and not -X raw */
static void pr_clock_time(const struct ptp_clock_time *c, int dated)
{
	pr("{sec=%lld, nsec=%u", (long long)c->sec, c->nsec);
	if (c->reserved)
		pr(", reserved=%#x", c->reserved);
	prs("}");
	if (dated && !opt_raw)
		pr_date_comment(c->sec, c->nsec);
}

static void pr_caps(struct tcb *t, unsigned long arg)
{
	struct ptp_clock_caps c;

	if (ioc_get(t, arg, &c, sizeof c) < 0)
		return;
	pr("{max_adj=%d, n_alarm=%d, n_ext_ts=%d, n_per_out=%d, pps=%d, n_pins=%d, "
	   "cross_timestamping=%d, adjust_phase=%d", c.max_adj, c.n_alarm, c.n_ext_ts,
	   c.n_per_out, c.pps, c.n_pins, c.cross_timestamping, c.adjust_phase);
	RSV("rsv", c.rsv);
	prs("}");
}

static void pr_extts(struct tcb *t, unsigned long arg, int v2)
{
	struct ptp_extts_request e;

	if (ioc_get(t, arg, &e, sizeof e) < 0)
		return;
	pr("{index=%u, flags=", e.index);
	pr_flags_d(extts_flags, e.flags, "PTP_???");
	if (v2)
		RSV("rsv", e.rsv);
	prs("}");
}

/* the start (or, with PTP_PEROUT_PHASE, the phase), the period, the index
 * and flags; the on time with PTP_PEROUT_DUTY_CYCLE, else the reserved words */
static void pr_perout(struct tcb *t, unsigned long arg, int v2)
{
	struct ptp_perout_request p;

	if (ioc_get(t, arg, &p, sizeof p) < 0)
		return;
	if (p.flags & PTP_PEROUT_PHASE) {
		prs("{phase=");
		pr_clock_time(&p.phase, 0);
	} else {
		prs("{start=");
		pr_clock_time(&p.start, 1);
	}
	prs(", period=");
	pr_clock_time(&p.period, 0);
	pr(", index=%u, flags=", p.index);
	pr_flags_d(perout_flags, p.flags, "PTP_PEROUT_???");
	if (p.flags & PTP_PEROUT_DUTY_CYCLE) {
		prs(", on=");
		pr_clock_time(&p.on, 0);
	} else if (v2) {
		RSV("rsv", p.rsv);
	}
	prs("}");
}

/* PTP_SYS_OFFSET's and _EXTENDED's count in (the two share the head; the
 * whole struct, size bytes, must be readable) */
static int pr_offset_in(struct tcb *t, unsigned long arg, size_t size)
{
	struct ptp_sys_offset_extended o;	/* the larger */

	if (ioc_get(t, arg, &o, size) < 0)
		return IOC_DONE;
	pr("{n_samples=%u", o.n_samples);
	RSV("rsv", o.rsv);
	return IOC_EXIT;
}

static unsigned samples(unsigned n)
{
	return n < PTP_MAX_SAMPLES ? n : PTP_MAX_SAMPLES;
}

/* the 2n+1 times: system, device, system... */
static void pr_offset_out(struct tcb *t, unsigned long arg)
{
	struct ptp_sys_offset o;

	if (umove(t->pid, arg, &o, sizeof o) == 0) {
		prs(", ts=[");
		for (unsigned i = 0; i < 2 * samples(o.n_samples) + 1; i++) {
			if (!pr_elem((int)i))
				break;
			pr_clock_time(&o.ts[i], 1);
		}
		prs("]");
	}
	prs("}");
}

/* n triples [system, device, system] */
static void pr_offset_ext_out(struct tcb *t, unsigned long arg)
{
	struct ptp_sys_offset_extended o;

	if (umove(t->pid, arg, &o, sizeof o) == 0) {
		prs(", ts=[");
		for (unsigned i = 0; i < samples(o.n_samples); i++) {
			if (!pr_elem((int)i))
				break;
			prs("[");
			for (unsigned j = 0; j < 3; j++) {
				if (j)
					prs(", ");
				pr_clock_time(&o.ts[i][j], 1);
			}
			prs("]");
		}
		prs("]");
	}
	prs("}");
}

static void pr_precise(struct tcb *t, unsigned long arg)
{
	struct ptp_sys_offset_precise p;

	if (ioc_get(t, arg, &p, sizeof p) < 0)
		return;
	prs("{device=");
	pr_clock_time(&p.device, 1);
	prs(", sys_realtime=");
	pr_clock_time(&p.sys_realtime, 1);
	prs(", sys_monoraw=");
	pr_clock_time(&p.sys_monoraw, 0);
	RSV("rsv", p.rsv);
	prs("}");
}

/* PTP_PIN_GETFUNC: the index in, the rest out */
static int pr_pin_in(struct tcb *t, unsigned long arg, int v2)
{
	struct ptp_pin_desc d;

	if (ioc_get(t, arg, &d, sizeof d) < 0)
		return IOC_DONE;
	pr("{index=%u", d.index);
	if (v2)
		RSV("rsv", d.rsv);
	return IOC_EXIT;
}

static void pr_pin_func_chan(const struct ptp_pin_desc *d)
{
	prs(", func=");
	pr_xlat(pin_funcs, d->func, "%#x", "PTP_PF_???");
	pr(", chan=%u", d->chan);
}

static void pr_pin_out(struct tcb *t, unsigned long arg)
{
	struct ptp_pin_desc d;

	if (!t_failed(t) && umove(t->pid, arg, &d, sizeof d) == 0) {
		prs(", name=");
		ioc_cstr(d.name, sizeof d.name);
		pr_pin_func_chan(&d);
	}
	prs("}");
}

static void pr_pin_set(struct tcb *t, unsigned long arg, int v2)
{
	struct ptp_pin_desc d;

	if (ioc_get(t, arg, &d, sizeof d) < 0)
		return;
	pr("{index=%u", d.index);
	pr_pin_func_chan(&d);
	if (v2)
		RSV("rsv", d.rsv);
	prs("}");
}

static void ptp_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case PTP_SYS_OFFSET: case PTP_SYS_OFFSET2:
		if (t_failed(t))
			prs("}");
		else
			pr_offset_out(t, arg);
		return;
	case PTP_SYS_OFFSET_EXTENDED: case PTP_SYS_OFFSET_EXTENDED2:
		if (t_failed(t))
			prs("}");
		else
			pr_offset_ext_out(t, arg);
		return;
	case PTP_PIN_GETFUNC: case PTP_PIN_GETFUNC2:
		pr_pin_out(t, arg);
		return;
	}
	/* the requests read only at the exit */
	pr_sep();
	if (t_failed(t))
		pr_addr(arg);
	else if (req == PTP_CLOCK_GETCAPS || req == PTP_CLOCK_GETCAPS2)
		pr_caps(t, arg);
	else
		pr_precise(t, arg);
}

int ioctl_ptp(struct tcb *t, unsigned req, unsigned long arg)
{
	int v2 = is_v2(req);

	if (t->exiting) {
		ptp_exit(t, req, arg);
		return IOC_DONE;
	}
	switch (req) {
	case PTP_CLOCK_GETCAPS: case PTP_CLOCK_GETCAPS2:
	case PTP_SYS_OFFSET_PRECISE: case PTP_SYS_OFFSET_PRECISE2:
		return IOC_EXIT;
	case PTP_EXTTS_REQUEST: case PTP_EXTTS_REQUEST2:
		pr_sep();
		pr_extts(t, arg, v2);
		return IOC_DONE;
	case PTP_PEROUT_REQUEST: case PTP_PEROUT_REQUEST2:
		pr_sep();
		pr_perout(t, arg, v2);
		return IOC_DONE;
	case PTP_SYS_OFFSET: case PTP_SYS_OFFSET2:
		pr_sep();
		return pr_offset_in(t, arg, sizeof(struct ptp_sys_offset));
	case PTP_SYS_OFFSET_EXTENDED: case PTP_SYS_OFFSET_EXTENDED2:
		pr_sep();
		return pr_offset_in(t, arg, sizeof(struct ptp_sys_offset_extended));
	case PTP_PIN_GETFUNC: case PTP_PIN_GETFUNC2:
		pr_sep();
		return pr_pin_in(t, arg, v2);
	case PTP_PIN_SETFUNC: case PTP_PIN_SETFUNC2:
		pr_sep();
		pr_pin_set(t, arg, v2);
		return IOC_DONE;
	}
	return IOC_NUM;
}
