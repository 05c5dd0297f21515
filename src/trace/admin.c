/* src/trace/admin.c — calls that run the machine: syslog, reboot,
 * adjtimex, clock_adjtime, iopl, ioperm, _sysctl, uselib, lookup_dcookie.
 * Constants from <linux/reboot.h>; syslog's actions are not UAPI (the
 * kernel's include/linux/syslog.h): their numbers are syslog(2)'s. */
#include "trace.h"
#include <linux/reboot.h>
#include <linux/timex.h>
#include <linux/sysctl.h>

static const struct xlat reboot_magic[] = {
	X(LINUX_REBOOT_MAGIC1), X(LINUX_REBOOT_MAGIC2), X(LINUX_REBOOT_MAGIC2A),
	X(LINUX_REBOOT_MAGIC2B), X(LINUX_REBOOT_MAGIC2C), XEND
};
static const struct xlat reboot_cmds[] = {
	X(LINUX_REBOOT_CMD_RESTART), X(LINUX_REBOOT_CMD_HALT), X(LINUX_REBOOT_CMD_CAD_ON),
	X(LINUX_REBOOT_CMD_CAD_OFF), X(LINUX_REBOOT_CMD_POWER_OFF), X(LINUX_REBOOT_CMD_RESTART2),
	X(LINUX_REBOOT_CMD_SW_SUSPEND), X(LINUX_REBOOT_CMD_KEXEC), XEND
};
enum { SL_READ = 2, SL_READ_ALL = 3, SL_READ_CLEAR = 4, SL_CONSOLE_LEVEL = 8 };
static const struct xlat syslog_actions[] = {
	{ 0, "SYSLOG_ACTION_CLOSE" }, { 1, "SYSLOG_ACTION_OPEN" }, { 2, "SYSLOG_ACTION_READ" },
	{ 3, "SYSLOG_ACTION_READ_ALL" }, { 4, "SYSLOG_ACTION_READ_CLEAR" },
	{ 5, "SYSLOG_ACTION_CLEAR" }, { 6, "SYSLOG_ACTION_CONSOLE_OFF" },
	{ 7, "SYSLOG_ACTION_CONSOLE_ON" }, { 8, "SYSLOG_ACTION_CONSOLE_LEVEL" },
	{ 9, "SYSLOG_ACTION_SIZE_UNREAD" }, { 10, "SYSLOG_ACTION_SIZE_BUFFER" }, XEND
};

/* SYSLOG_ACTION_CONSOLE_LEVEL's level: the kernel's LOGLEVEL_* (its
 * include/linux/kern_levels.h, not UAPI), 0..7 by name; 8, which the
 * kernel also takes (it prints everything), as strace names it */
static const struct xlat loglevels[] = {
	{ 0, "LOGLEVEL_EMERG" }, { 1, "LOGLEVEL_ALERT" }, { 2, "LOGLEVEL_CRIT" },
	{ 3, "LOGLEVEL_ERR" }, { 4, "LOGLEVEL_WARNING" }, { 5, "LOGLEVEL_NOTICE" },
	{ 6, "LOGLEVEL_INFO" }, { 7, "LOGLEVEL_DEBUG" }, { 8, "LOGLEVEL_DEBUG+1" }, XEND
};

/* the number, its name in a comment, as the action's */
static void pr_loglevel(int level)
{
	const char *n = level >= 0 ? xlat_name(loglevels, (unsigned long)level) : NULL;

	pr("%d /* %s */", level, n ? n : "LOGLEVEL_???");
}

/* The action as strace prints it: the number, its name in a comment. The
 * reads print their buffer at the exit; the level and the unknown ones
 * their two arguments; the others none. */
static void dec_syslog(struct tcb *t)
{
	int type = (int)t->a[0];
	int reads = type == SL_READ || type == SL_READ_ALL || type == SL_READ_CLEAR;

	if (!t->exiting) {
		const char *n = xlat_name(syslog_actions, (unsigned long)(long)type);
		/* strace names the action in a comment even with -X raw */
		pr("%d /* %s */", type, n ? n : "SYSLOG_ACTION_???");
		if (!reads && n && type != SL_CONSOLE_LEVEL)
			return;
		pr_sep();
		if (reads)
			return;
		pr_addr(t->a[1]);
		pr_sep();
		if (type == SL_CONSOLE_LEVEL)
			pr_loglevel((int)t->a[2]);
		else
			pr("%d", (int)t->a[2]);
		return;
	}
	if (!reads)
		return;
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_buf(t, t->a[1], (unsigned long)t->ret);
	pr(", %d", (int)t->a[2]);
}

static void dec_reboot(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_xlat(reboot_magic, (unsigned)t->a[0], "%#x", "LINUX_REBOOT_MAGIC_???");
	pr_sep();
	pr_xlat(reboot_magic, (unsigned)t->a[1], "%#x", "LINUX_REBOOT_MAGIC_???");
	pr_sep();
	pr_xlat(reboot_cmds, (unsigned)t->a[2], "%#x", "LINUX_REBOOT_CMD_???");
	if ((unsigned)t->a[2] == LINUX_REBOOT_CMD_RESTART2) {
		/* the kernel copies at most 255 bytes into its 256-byte buffer
		 * (kernel/reboot.c, not a UAPI constant) */
		pr_sep();
		pr_strn(t, t->a[3], 255);
	}
}

/* the two read-only composites first: 0xa001 is ADJ_OFFSET_SS_READ, not
 * ADJ_OFFSET_SINGLESHOT|ADJ_NANO */
static const struct xlat adjtimex_modes[] = {
	X(ADJ_OFFSET_SS_READ), X(ADJ_OFFSET_SINGLESHOT), X(ADJ_OFFSET), X(ADJ_FREQUENCY),
	X(ADJ_MAXERROR), X(ADJ_ESTERROR), X(ADJ_STATUS), X(ADJ_TIMECONST), X(ADJ_TAI),
	X(ADJ_SETOFFSET), X(ADJ_MICRO), X(ADJ_NANO), X(ADJ_TICK), XEND
};
static const struct xlat adjtimex_status[] = {
	X(STA_PLL), X(STA_PPSFREQ), X(STA_PPSTIME), X(STA_FLL), X(STA_INS), X(STA_DEL),
	X(STA_UNSYNC), X(STA_FREQHOLD), X(STA_PPSSIGNAL), X(STA_PPSJITTER), X(STA_PPSWANDER),
	X(STA_PPSERROR), X(STA_CLOCKERR), X(STA_NANO), X(STA_MODE), X(STA_CLK), XEND
};
static const struct xlat adjtimex_state[] = {
	X(TIME_OK), X(TIME_INS), X(TIME_DEL), X(TIME_OOP), X(TIME_WAIT), X(TIME_ERROR), XEND
};

/* adjtimex, clock_adjtime: the struct timex comes back at the exit (an
 * address if the call failed); the result is the clock's state by name */
static void dec_adjtimex(struct tcb *t)
{
	int clk = t_is(t, "clock_adjtime");
	struct __kernel_timex x;

	if (!t->exiting) {
		if (clk) {
			pr_clockid(t->a[0]);
			pr_sep();
		}
		return;
	}
	if (t_failed(t) || umove(t->pid, t->a[clk], &x, sizeof x) < 0) {
		pr_addr(t->a[clk]);
		return;
	}
	prs("{modes=");
	pr_flags(adjtimex_modes, x.modes, NULL);
	pr(", offset=%lld, freq=%lld, maxerror=%lld, esterror=%lld, status=", x.offset, x.freq,
	   x.maxerror, x.esterror);
	pr_flags(adjtimex_status, (unsigned)x.status, NULL);
	pr(", constant=%lld, precision=%lld, tolerance=%lld, time={tv_sec=%lld, tv_usec=%lld}, "
	   "tick=%lld, ppsfreq=%lld, jitter=%lld, shift=%d, stabil=%lld, jitcnt=%lld, calcnt=%lld, "
	   "errcnt=%lld, stbcnt=%lld, tai=%d}", x.constant, x.precision, x.tolerance,
	   (long long)x.time.tv_sec, x.time.tv_usec, x.tick, x.ppsfreq, x.jitter, x.shift, x.stabil,
	   x.jitcnt, x.calcnt, x.errcnt, x.stbcnt, x.tai);
	const char *n = xlat_name(adjtimex_state, (unsigned long)t->ret);
	if (n) {
		snprintf(t->rbuf, sizeof t->rbuf, " (%s)", n);
		t->rtext = t->rbuf;
	}
}

static void dec_iopl(struct tcb *t)
{
	if (!t->exiting)
		pr("%d", (int)t->a[0]);
}

static void dec_ioperm(struct tcb *t)
{
	if (!t->exiting)
		pr("%#lx, %#lx, %d", t->a[0], t->a[1], (int)t->a[2]);
}

/* struct __sysctl_args: strace 6.1 shows its pointers as pointers (the
 * call is gone from the kernel; nothing behind them is read) */
static void dec_sysctl(struct tcb *t)
{
	struct __sysctl_args a;

	if (t->exiting)
		return;
	if (umove(t->pid, t->a[0], &a, sizeof a) < 0) {
		pr_addr(t->a[0]);
		return;
	}
	prs("{name=");
	pr_addr((unsigned long)a.name);
	pr(", nlen=%d, oldval=", a.nlen);
	pr_addr((unsigned long)a.oldval);
	prs(", oldlenp=");
	pr_addr((unsigned long)a.oldlenp);
	prs(", newval=");
	pr_addr((unsigned long)a.newval);
	pr(", newlen=%lu}", (unsigned long)a.newlen);
}

static void dec_uselib(struct tcb *t)
{
	if (!t->exiting)
		pr_path(t, t->a[0]);
}

static void dec_lookup_dcookie(struct tcb *t)
{
	if (!t->exiting) {
		pr("%llu, ", (unsigned long long)t->a[0]);
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_str(t, t->a[1]);
	pr(", %lu", t->a[2]);
}

void admin_init(void)
{
	sys_set("syslog", 3, dec_syslog, R_DEC);
	sys_set("reboot", 4, dec_reboot, R_DEC);
	sys_set("adjtimex", 1, dec_adjtimex, R_DEC);
	sys_set("clock_adjtime", 2, dec_adjtimex, R_DEC);
	sys_set("iopl", 1, dec_iopl, R_DEC);
	sys_set("ioperm", 3, dec_ioperm, R_DEC);
	sys_set("_sysctl", 1, dec_sysctl, R_DEC);
	sys_set("uselib", 1, dec_uselib, R_DEC);
	sys_set("lookup_dcookie", 3, dec_lookup_dcookie, R_DEC);
}
