/* src/trace/ioctl_dev.c — device requests: the real-time clock ('p',
 * rtc(4)), watchdogs ('W', the kernel's watchdog-api), network block
 * devices (0xab, <linux/nbd.h>). */
#include "ioctl.h"
#include <linux/rtc.h>
#include <linux/watchdog.h>
#include <linux/nbd.h>

static const struct xlat rtc_params[] = {
	X(RTC_PARAM_FEATURES), X(RTC_PARAM_CORRECTION), X(RTC_PARAM_BACKUP_SWITCH_MODE), XEND
};
#define BIT(c) { 1UL << (c), "1<<" #c }
static const struct xlat rtc_features[] = {
	BIT(RTC_FEATURE_ALARM), BIT(RTC_FEATURE_ALARM_RES_MINUTE), BIT(RTC_FEATURE_NEED_WEEK_DAY),
	BIT(RTC_FEATURE_ALARM_RES_2S), BIT(RTC_FEATURE_UPDATE_INTERRUPT),
	BIT(RTC_FEATURE_CORRECTION), BIT(RTC_FEATURE_BACKUP_SWITCH_MODE),
	BIT(RTC_FEATURE_ALARM_WAKEUP_ONLY), XEND
};
static const struct xlat rtc_bsms[] = {
	X(RTC_BSM_DISABLED), X(RTC_BSM_DIRECT), X(RTC_BSM_LEVEL), X(RTC_BSM_STANDBY), XEND
};
static const struct xlat rtc_vl_flags[] = {
	X(RTC_VL_DATA_INVALID), X(RTC_VL_BACKUP_LOW), X(RTC_VL_BACKUP_EMPTY),
	X(RTC_VL_ACCURACY_LOW), X(RTC_VL_BACKUP_SWITCH), XEND
};

/* the NBD protocol's transmission flags; five strace names are the
 * protocol's (its doc/proto.md) and not in <linux/nbd.h> */
static const struct xlat nbd_flags[] = {
	X(NBD_FLAG_HAS_FLAGS), X(NBD_FLAG_READ_ONLY), X(NBD_FLAG_SEND_FLUSH), X(NBD_FLAG_SEND_FUA),
	{ 1 << 4, "NBD_FLAG_ROTATIONAL" }, X(NBD_FLAG_SEND_TRIM),
	{ 1 << 6, "NBD_FLAG_SEND_WRITE_ZEROES" }, { 1 << 7, "NBD_FLAG_SEND_DF" },
	X(NBD_FLAG_CAN_MULTI_CONN), { 1 << 9, "NBD_FLAG_SEND_RESIZE" },
	{ 1 << 10, "NBD_FLAG_SEND_CACHE" }, XEND
};

/* struct rtc_time: the date; the day of the week and year, DST with -v */
static void pr_rtc_time_val(struct tcb *t, const struct rtc_time *r)
{
	pr("{tm_sec=%d, tm_min=%d, tm_hour=%d, tm_mday=%d, tm_mon=%d, tm_year=%d, ", r->tm_sec,
	   r->tm_min, r->tm_hour, r->tm_mday, r->tm_mon, r->tm_year);
	if (abbrev(t))
		prs("...}");
	else
		pr("tm_wday=%d, tm_yday=%d, tm_isdst=%d}", r->tm_wday, r->tm_yday, r->tm_isdst);
}

static void pr_rtc_time(struct tcb *t, unsigned long arg)
{
	struct rtc_time r;

	if (ioc_get(t, arg, &r, sizeof r) == 0)
		pr_rtc_time_val(t, &r);
}

static void pr_wkalrm(struct tcb *t, unsigned long arg)
{
	struct rtc_wkalrm w;

	if (ioc_get(t, arg, &w, sizeof w) < 0)
		return;
	pr("{enabled=%u, pending=%u, time=", w.enabled, w.pending);
	pr_rtc_time_val(t, &w.time);
	prs("}");
}

static void pr_pll(struct tcb *t, unsigned long arg)
{
	struct rtc_pll_info p;

	if (ioc_get(t, arg, &p, sizeof p) == 0)
		pr("{pll_ctrl=%d, pll_value=%d, pll_max=%d, pll_min=%d, pll_posmult=%d, "
		   "pll_negmult=%d, pll_clock=%ld}", p.pll_ctrl, p.pll_value, p.pll_max,
		   p.pll_min, p.pll_posmult, p.pll_negmult, p.pll_clock);
}

/* a parameter's value: signed for the correction, the feature bits, the
 * backup switch mode, else a number */
static void pr_param_value(const struct rtc_param *p)
{
	switch (p->param) {
	case RTC_PARAM_CORRECTION:
		pr("svalue=%lld", (long long)p->svalue);
		return;
	case RTC_PARAM_FEATURES:
		prs("uvalue=");
		pr_flags_d(rtc_features, p->uvalue, "1<<RTC_FEATURE_???");
		return;
	case RTC_PARAM_BACKUP_SWITCH_MODE:
		prs("uvalue=");
		pr_xlat(rtc_bsms, p->uvalue, "%#llx", "RTC_BSM_???");
		return;
	}
	pr("uvalue=%#llx", (unsigned long long)p->uvalue);
}

/* the padding after the index, then the closing brace: shown only when
 * something is in it */
static void pr_param_pad(const struct rtc_param *p)
{
	if (p->__pad)
		pr(", __pad=%#x", p->__pad);
	prs("}");
}

/* RTC_PARAM_SET: all of it; RTC_PARAM_GET (get != 0): which one, the value
 * after " => " at the exit */
static int pr_param(struct tcb *t, unsigned long arg, int get)
{
	struct rtc_param p;

	if (ioc_get(t, arg, &p, sizeof p) < 0)
		return IOC_DONE;
	prs("{param=");
	pr_xlat(rtc_params, p.param, "%#llx", "RTC_PARAM_???");
	if (!get) {
		prs(", ");
		pr_param_value(&p);
	}
	pr(", index=%u", p.index);
	pr_param_pad(&p);
	return get ? IOC_EXIT : IOC_DONE;
}

static int rtc_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	if (req == RTC_PARAM_GET) {
		struct rtc_param p;
		prs(" => ");
		if (t_failed(t) || umove(t->pid, arg, &p, sizeof p) < 0) {
			pr_addr(arg);
		} else {	/* (a success is not seen here: no clock to ask) */
			prs("{");
			pr_param_value(&p);
			pr_param_pad(&p);
		}
		return IOC_DONE;
	}
	pr_sep();
	if (t_failed(t)) {
		pr_addr(arg);
		return IOC_DONE;
	}
	switch (req) {
	case RTC_RD_TIME: case RTC_ALM_READ:
		pr_rtc_time(t, arg);
		break;
	case RTC_WKALM_RD:
		pr_wkalrm(t, arg);
		break;
	case RTC_PLL_GET:
		pr_pll(t, arg);
		break;
	case RTC_VL_READ: {
		unsigned v;
		if (ioc_get(t, arg, &v, sizeof v) == 0) {
			prs("[");
			pr_flags_d(rtc_vl_flags, v, "RTC_VL_???");
			prs("]");
		}
		break;
	}
	default: {	/* RTC_IRQP_READ, RTC_EPOCH_READ */
		unsigned long v;
		if (ioc_get(t, arg, &v, sizeof v) == 0)
			pr("[%lu]", v);
	}
	}
	return IOC_DONE;
}

static int ioctl_rtc(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return rtc_exit(t, req, arg);
	switch (req) {
	case RTC_RD_TIME: case RTC_ALM_READ: case RTC_WKALM_RD: case RTC_PLL_GET:
	case RTC_IRQP_READ: case RTC_EPOCH_READ: case RTC_VL_READ:
		return IOC_EXIT;
	case RTC_SET_TIME: case RTC_ALM_SET:
		pr_sep();
		pr_rtc_time(t, arg);
		return IOC_DONE;
	case RTC_WKALM_SET:
		pr_sep();
		pr_wkalrm(t, arg);
		return IOC_DONE;
	case RTC_PLL_SET:
		pr_sep();
		pr_pll(t, arg);
		return IOC_DONE;
	case RTC_PARAM_SET: case RTC_PARAM_GET:
		pr_sep();
		return pr_param(t, arg, req == RTC_PARAM_GET);
	case RTC_IRQP_SET: case RTC_EPOCH_SET:
		pr(", %lu", arg);
		return IOC_DONE;
	case RTC_AIE_ON: case RTC_AIE_OFF: case RTC_UIE_ON: case RTC_UIE_OFF:
	case RTC_PIE_ON: case RTC_PIE_OFF: case RTC_WIE_ON: case RTC_WIE_OFF: case RTC_VL_CLR:
		return IOC_DONE;
	}
	return IOC_NUM;
}

/* strace 6.1 leaves WDIOC_SETOPTIONS and WDIOC_GETSUPPORT as numbers */
static int ioctl_watchdog(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {
		ioc_int_out(t, arg);
		return IOC_DONE;
	}
	switch (req) {
	case WDIOC_GETSTATUS: case WDIOC_GETBOOTSTATUS: case WDIOC_GETTEMP:
	case WDIOC_GETTIMEOUT: case WDIOC_GETPRETIMEOUT: case WDIOC_GETTIMELEFT:
		return IOC_EXIT;
	case WDIOC_SETTIMEOUT: case WDIOC_SETPRETIMEOUT:
		ioc_int(t, arg);
		return IOC_DONE;
	case WDIOC_KEEPALIVE:
		return IOC_DONE;
	}
	return IOC_NUM;
}

/* all at the entry: a socket, numbers, flags, or nothing */
static int ioctl_nbd(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case NBD_SET_SOCK:
		pr_sep();
		pr_fd((int)arg);
		return IOC_DONE;
	case NBD_SET_BLKSIZE: case NBD_SET_SIZE: case NBD_SET_SIZE_BLOCKS: case NBD_SET_TIMEOUT:
		pr(", %lu", arg);
		return IOC_DONE;
	case NBD_SET_FLAGS:
		pr_sep();
		pr_flags_d(nbd_flags, arg, "NBD_IOC_FLAG_???");
		return IOC_DONE;
	case NBD_DO_IT: case NBD_CLEAR_SOCK: case NBD_CLEAR_QUE: case NBD_PRINT_DEBUG:
	case NBD_DISCONNECT:
		return IOC_DONE;
	}
	return IOC_NUM;
}

int ioctl_dev(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (_IOC_TYPE(req)) {
	case 'p':
		return ioctl_rtc(t, req, arg);
	case 'W':
		return ioctl_watchdog(t, req, arg);
	}
	return t->exiting ? IOC_DONE : ioctl_nbd(t, req, arg);
}
