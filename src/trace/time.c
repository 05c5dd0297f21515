/* src/trace/time.c — clocks and sleeps: clock_gettime, clock_getres,
 * clock_settime, settimeofday,
 * nanosleep, clock_nanosleep, sysinfo. Constants from <linux/time.h>. */
#include "trace.h"
#include "start.h"
#include <linux/timerfd.h>
#include <linux/sysinfo.h>

static const struct xlat clocks[] = {
	X(CLOCK_REALTIME), X(CLOCK_MONOTONIC), X(CLOCK_PROCESS_CPUTIME_ID),
	X(CLOCK_THREAD_CPUTIME_ID), X(CLOCK_MONOTONIC_RAW), X(CLOCK_REALTIME_COARSE),
	X(CLOCK_MONOTONIC_COARSE), X(CLOCK_BOOTTIME), X(CLOCK_REALTIME_ALARM),
	X(CLOCK_BOOTTIME_ALARM), X(CLOCK_TAI), XEND
};

void pr_timespec(struct tcb *t, unsigned long addr)
{
	struct __kernel_timespec ts;

	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, &ts, sizeof ts) < 0) {
		pr_hex(addr);
		return;
	}
	/* strace 6.1 prints tv_nsec unsigned: -1 reads 18446744073709551615 */
	pr("{tv_sec=%lld, tv_nsec=%llu}", (long long)ts.tv_sec, (unsigned long long)ts.tv_nsec);
}

static void dec_clock_gettime(struct tcb *t)	/* and clock_getres */
{
	if (!t->exiting) {
		pr_xlat(clocks, (unsigned)t->a[0], "%#x", "CLOCK_???");
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_timespec(t, t->a[1]);
}

/* The remaining time is written only when a signal cut the sleep short. */
static void pr_remaining(struct tcb *t, unsigned long addr)
{
	if (addr && t_failed(t) && (t->ret == -EINTR || t->ret == -516))
		pr_timespec(t, addr);
	else
		pr_addr(addr);
}

static void dec_nanosleep(struct tcb *t)
{
	if (!t->exiting) {
		pr_timespec(t, t->a[0]);
		pr_sep();
		return;
	}
	pr_remaining(t, t->a[1]);
}

static const struct xlat abstime[] = { X(TIMER_ABSTIME), XEND };

static void dec_clock_nanosleep(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(clocks, (unsigned)t->a[0], "%#x", "CLOCK_???");
		pr_sep();
		pr_flags_d(abstime, (unsigned)t->a[1], "TIMER_???");
		pr_sep();
		pr_timespec(t, t->a[2]);
		pr_sep();
		return;
	}
	pr_remaining(t, t->a[3]);
}

static void dec_sysinfo(struct tcb *t)
{
	struct sysinfo si;

	if (!t->exiting)
		return;
	if (t_failed(t) || umove(t->pid, t->a[0], &si, sizeof si) < 0) {
		pr_addr(t->a[0]);
		return;
	}
	pr("{uptime=%ld, loads=[%lu, %lu, %lu], totalram=%lu, freeram=%lu, sharedram=%lu, "
	   "bufferram=%lu, totalswap=%lu, freeswap=%lu, procs=%u, totalhigh=%lu, freehigh=%lu, "
	   "mem_unit=%u}", (long)si.uptime, si.loads[0], si.loads[1], si.loads[2],
	   si.totalram, si.freeram, si.sharedram, si.bufferram, si.totalswap, si.freeswap,
	   si.procs, si.totalhigh, si.freehigh, si.mem_unit);
}

void pr_timeval(struct tcb *t, unsigned long addr)
{
	struct __kernel_old_timeval tv;
	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, &tv, sizeof tv) < 0) {
		pr_hex(addr);
		return;
	}
	pr("{tv_sec=%lld, tv_usec=%llu}", (long long)tv.tv_sec, (unsigned long long)tv.tv_usec);
}

static void dec_clock_settime(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(clocks, (unsigned)t->a[0], "%#x", "CLOCK_???");
		pr_sep();
		pr_timespec(t, t->a[1]);
	}
}

static void pr_timezone(struct tcb *t, unsigned long addr)
{
	struct { int minuteswest, dsttime; } tz;
	if (!addr)
		prs("NULL");
	else if (umove(t->pid, addr, &tz, sizeof tz) < 0)
		pr_hex(addr);
	else
		pr("{tz_minuteswest=%d, tz_dsttime=%d}", tz.minuteswest, tz.dsttime);
}

static void dec_settimeofday(struct tcb *t)
{
	if (!t->exiting) {
		pr_timeval(t, t->a[0]);
		pr_sep();
		pr_timezone(t, t->a[1]);
	}
}

static void dec_gettimeofday(struct tcb *t)
{
	if (!t->exiting)
		return;
	if (t_failed(t))
		pr_addr(t->a[0]);
	else
		pr_timeval(t, t->a[0]);
	pr_sep();
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_timezone(t, t->a[1]);	/* the kernel fills it in too */
}

/* time(2)'s result with the date strace adds, in local time (TZ, then
 * /etc/localtime, read by the runtime's tz.c): " (2026-11-22T21:17:34+0000)". */

/* the date comment with the fraction in digits places (9: ns, 6: us) */
static void pr_date_frac(long long sec, unsigned long long frac, int digits)
{
	struct tz_tm tm;

	tz_init();
	tz_localtime(sec, &tm);
	/* a year past struct tm's int (tm_year + 1900): localtime fails, and
	 * strace prints no comment */
	if (tm.year - 1900 > 0x7fffffff || tm.year - 1900 < -0x7fffffffL - 1)
		return;
	long off = tm.gmtoff < 0 ? -tm.gmtoff : tm.gmtoff;
	pr(" /* %04ld-%02d-%02dT%02d:%02d:%02d", (long)tm.year, tm.mon + 1, tm.mday, tm.hour,
	   tm.min, tm.sec);
	if (frac)
		pr(".%0*llu", digits, frac);
	pr("%c%02ld%02ld */", tm.gmtoff < 0 ? '-' : '+', off / 3600, off / 60 % 60);
}

void pr_date_comment(long long sec, unsigned long long nsec)
{
	if ((sec == 0 && nsec == 0) || nsec > 999999999)
		return;
	pr_date_frac(sec, nsec, 9);
}

/* the time_t time(2) stores: "[1796304711 / * 2026-12-03T13:31:51+0000 * /]"
 * ("[0]" without a date), its address when the call failed or the memory cannot be read */
static void pr_time_out(struct tcb *t, unsigned long addr)
{
	long long v;
	if (!addr) {
		prs("NULL");
		return;
	}
	if (t_failed(t) || umove(t->pid, addr, &v, sizeof v) < 0) {
		pr_hex(addr);
		return;
	}
	pr("[%lld", v);
	if (v)		/* 0 has no date */
		pr_date_frac(v, 0, 0);
	prs("]");
}

static void dec_time(struct tcb *t)
{
	struct tz_tm tm;

	if (!t->exiting)
		return;
	pr_time_out(t, t->a[0]);
	if (t_failed(t))
		return;
	tz_init();
	tz_localtime(t->ret, &tm);
	long off = tm.gmtoff < 0 ? -tm.gmtoff : tm.gmtoff;
	snprintf(t->rbuf, sizeof t->rbuf, " (%04ld-%02d-%02dT%02d:%02d:%02d%c%02ld%02ld)",
		 (long)tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec,
		 tm.gmtoff < 0 ? '-' : '+', off / 3600, off / 60 % 60);
	t->rtext = t->rbuf;
}

/* a struct timeval utimes(2) sets, with its date as strace adds it */
void pr_timeval_utime(struct tcb *t, unsigned long addr)
{
	struct __kernel_old_timeval tv;
	if (umove(t->pid, addr, &tv, sizeof tv) < 0) {
		pr_hex(addr);
		return;
	}
	pr("{tv_sec=%lld, tv_usec=%llu}", (long long)tv.tv_sec, (unsigned long long)tv.tv_usec);
	if ((tv.tv_sec || tv.tv_usec) && (unsigned long long)tv.tv_usec <= 999999)
		pr_date_frac(tv.tv_sec, (unsigned long long)tv.tv_usec, 6);
}

static const struct xlat rusage_who[] = {
	X(RUSAGE_SELF), X(RUSAGE_CHILDREN), X(RUSAGE_BOTH), X(RUSAGE_THREAD), XEND
};

static void dec_getrusage(struct tcb *t)
{
	if (!t->exiting) {
		/* RUSAGE_CHILDREN is -1: the table holds it sign-extended */
		pr_xlat(rusage_who, (unsigned long)(long)(int)t->a[0], "%#x", "RUSAGE_???");
		pr_sep();
		return;
	}
	pr_rusage(t, t->a[1]);
}

/* clock ticks (clock_t): the count, then unless -X raw and when not zero
 * its seconds in a comment, "43 / * 0.43 s * /", with as many decimals as
 * a tick needs (USER_HZ 100: 2). The tick rate is the kernel's AT_CLKTCK,
 * the same for the tracee as for us. */
void pr_clock_t(unsigned long long v)
{
	static unsigned long hz;
	static int digits;

	pr("%llu", v);
	if (!hz) {
		hz = getauxval(AT_CLKTCK);
		unsigned long long p = 1;
		for (digits = 0; hz > 1 && p < hz - 1 && digits < 9; digits++)
			p *= 10;
	}
	if (opt_raw || !v || !hz)
		return;
	unsigned long long scale = 1;
	for (int i = 0; i < digits; i++)
		scale *= 10;
	unsigned long long frac = ((v % hz) * scale + hz / 2) / hz;
	if (digits)
		pr(" /* %llu.%0*llu s */", v / hz, digits, frac);
	else
		pr(" /* %llu s */", v / hz);
}

static void dec_times(struct tcb *t)
{
	unsigned long v[4];
	static const char *const names[4] = { "tms_utime", "tms_stime", "tms_cutime",
					      "tms_cstime" };
	if (!t->exiting)
		return;
	if (t_failed(t) || umove(t->pid, t->a[0], v, sizeof v) < 0) {
		pr_addr(t->a[0]);
		return;
	}
	for (int i = 0; i < 4; i++) {
		pr("%s%s=", i ? ", " : "{", names[i]);
		pr_clock_t(v[i]);
	}
	prs("}");
}

static const struct xlat itimers[] = {
	X(ITIMER_REAL), X(ITIMER_VIRTUAL), X(ITIMER_PROF), XEND
};

static void pr_itimerval(struct tcb *t, unsigned long addr)
{
	if (!addr) {
		prs("NULL");
		return;
	}
	if (pr_nonverbose_addr(addr))
		return;
	char probe[32];
	if (umove(t->pid, addr, probe, sizeof probe) < 0) {	/* strace reads it whole */
		pr_hex(addr);
		return;
	}
	prs("{it_interval=");
	pr_timeval(t, addr);
	prs(", it_value=");
	pr_timeval(t, addr + 16);
	prs("}");
}

static void dec_getitimer(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(itimers, (unsigned)t->a[0], "%#x", "ITIMER_???");
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_itimerval(t, t->a[1]);
}

static void dec_setitimer(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(itimers, (unsigned)t->a[0], "%#x", "ITIMER_???");
		pr_sep();
		pr_itimerval(t, t->a[1]);
		pr_sep();
		return;
	}
	if (t_failed(t) || !t->a[2])
		pr_addr(t->a[2]);
	else
		pr_itimerval(t, t->a[2]);
}

/* timerfd_create's and timerfd_settime's flags: strace has one table for both */
static const struct xlat tfd_flags[] = {
	X(TFD_TIMER_ABSTIME), X(TFD_TIMER_CANCEL_ON_SET), X(TFD_CLOEXEC), X(TFD_NONBLOCK), XEND
};

static void dec_timerfd_create(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(clocks, (unsigned)t->a[0], "%#x", "CLOCK_???");
		pr_sep();
		pr_flags_d(tfd_flags, (unsigned)t->a[1], "TFD_???");
	}
}

/* struct itimerspec: two timespecs, interval then value */
static void pr_itimerspec(struct tcb *t, unsigned long addr)
{
	if (!addr) {
		prs("NULL");
		return;
	}
	struct __kernel_timespec ts[2];
	if (umove(t->pid, addr, ts, sizeof ts) < 0) {
		pr_hex(addr);
		return;
	}
	pr("{it_interval={tv_sec=%lld, tv_nsec=%llu}, it_value={tv_sec=%lld, tv_nsec=%llu}}",
	   (long long)ts[0].tv_sec, (unsigned long long)ts[0].tv_nsec, (long long)ts[1].tv_sec,
	   (unsigned long long)ts[1].tv_nsec);
}

/* an itimerspec the kernel fills in: shown after the call, if it worked */
static void pr_itimerspec_out(struct tcb *t, unsigned long addr)
{
	if (t_failed(t) || !addr)
		pr_addr(addr);
	else
		pr_itimerspec(t, addr);
}

static const struct xlat sigev_notify[] = {
	X(SIGEV_SIGNAL), X(SIGEV_NONE), X(SIGEV_THREAD), X(SIGEV_THREAD_ID), XEND
};

/* struct sigevent: sigev_value (8 bytes) | sigev_signo | sigev_notify | the
 * union: a tid, or SIGEV_THREAD's function and attributes (timer_create,
 * mq_notify); a zero sigev_value is left out, as strace does */
void pr_sigevent(struct tcb *t, unsigned long addr)
{
	struct { unsigned long value; int signo, notify; unsigned long fn, attr; } ev;

	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, &ev, sizeof ev) < 0) {
		pr_hex(addr);
		return;
	}
	prs("{");
	if (ev.value)
		pr("sigev_value={sival_int=%d, sival_ptr=%#lx}, ", (int)ev.value, ev.value);
	prs("sigev_signo=");
	if (ev.notify == SIGEV_SIGNAL || ev.notify == SIGEV_THREAD || ev.notify == SIGEV_THREAD_ID)
		pr_signame(ev.signo);
	else			/* no signal is involved: strace shows the number */
		pr("%u", (unsigned)ev.signo);
	prs(", sigev_notify=");
	pr_xlat(sigev_notify, (unsigned)ev.notify, "%#x", "SIGEV_???");
	if (ev.notify == SIGEV_THREAD_ID) {
		prs(", sigev_notify_thread_id=");
		pr_pid((int)ev.fn, PT_TID);
	} else if (ev.notify == SIGEV_THREAD) {
		prs(", sigev_notify_function=");
		pr_addr(ev.fn);
		prs(", sigev_notify_attributes=");
		pr_addr(ev.attr);
	}
	prs("}");
}

static void dec_timer_create(struct tcb *t)
{
	if (!t->exiting) {
		pr_xlat(clocks, (unsigned)t->a[0], "%#x", "CLOCK_???");
		pr_sep();
		pr_sigevent(t, t->a[1]);
		pr_sep();
		return;
	}
	int id;
	if (t_failed(t) || umove(t->pid, t->a[2], &id, sizeof id) < 0)
		pr_addr(t->a[2]);
	else
		pr("[%d]", id);
}

static void dec_timer_settime(struct tcb *t)	/* and timerfd_settime */
{
	if (!t->exiting) {
		pr("%d, ", (int)t->a[0]);
		if (t_is(t, "timerfd_settime"))
			pr_flags_d(tfd_flags, (unsigned)t->a[1], "TFD_???");
		else
			pr_flags_d(abstime, (unsigned)t->a[1], "TIMER_???");
		pr_sep();
		pr_itimerspec(t, t->a[2]);
		pr_sep();
		return;
	}
	pr_itimerspec_out(t, t->a[3]);
}

static void dec_timer_gettime(struct tcb *t)	/* and timerfd_gettime */
{
	if (!t->exiting) {
		if (t_is(t, "timerfd_gettime"))
			pr_fd(t->a[0]);	/* -y: 3<anon_inode:[timerfd]> */
		else
			pr("%d", (int)t->a[0]);
		prs(", ");
		return;
	}
	pr_itimerspec_out(t, t->a[1]);
}

static void dec_timer_id(struct tcb *t)	/* timer_delete, timer_getoverrun */
{
	if (!t->exiting)
		pr("%d", (int)t->a[0]);
}

void pr_rusage(struct tcb *t, unsigned long addr)
{
	struct rusage ru;
	if (!addr) {
		prs("NULL");
		return;
	}
	if (t_failed(t) || umove(t->pid, addr, &ru, sizeof ru) < 0) {
		pr_hex(addr);
		return;
	}
	/* tv_sec signed, tv_usec and the counters unsigned, as strace */
	pr("{ru_utime={tv_sec=%lld, tv_usec=%llu}, ru_stime={tv_sec=%lld, tv_usec=%llu}",
	   (long long)ru.ru_utime.tv_sec, (unsigned long long)ru.ru_utime.tv_usec,
	   (long long)ru.ru_stime.tv_sec, (unsigned long long)ru.ru_stime.tv_usec);
	if (abbrev(t)) {
		prs(", ...}");
		return;
	}
	/* -v: every field */
	pr(", ru_maxrss=%lu, ru_ixrss=%lu, ru_idrss=%lu, ru_isrss=%lu, ru_minflt=%lu, "
	   "ru_majflt=%lu, ru_nswap=%lu, ru_inblock=%lu, ru_oublock=%lu, ru_msgsnd=%lu, "
	   "ru_msgrcv=%lu, ru_nsignals=%lu, ru_nvcsw=%lu, ru_nivcsw=%lu}",
	   (unsigned long)ru.ru_maxrss, (unsigned long)ru.ru_ixrss, (unsigned long)ru.ru_idrss,
	   (unsigned long)ru.ru_isrss, (unsigned long)ru.ru_minflt, (unsigned long)ru.ru_majflt,
	   (unsigned long)ru.ru_nswap, (unsigned long)ru.ru_inblock,
	   (unsigned long)ru.ru_oublock, (unsigned long)ru.ru_msgsnd,
	   (unsigned long)ru.ru_msgrcv, (unsigned long)ru.ru_nsignals,
	   (unsigned long)ru.ru_nvcsw, (unsigned long)ru.ru_nivcsw);
}

void time_init(void)
{
	sys_set("clock_gettime", 2, dec_clock_gettime, R_DEC);
	sys_set("clock_getres", 2, dec_clock_gettime, R_DEC);
	sys_set("nanosleep", 2, dec_nanosleep, R_DEC);
	sys_set("clock_nanosleep", 4, dec_clock_nanosleep, R_DEC);
	sys_set("sysinfo", 1, dec_sysinfo, R_DEC);
	sys_set("gettimeofday", 2, dec_gettimeofday, R_DEC);
	sys_set("settimeofday", 2, dec_settimeofday, R_DEC);
	sys_set("clock_settime", 2, dec_clock_settime, R_DEC);
	sys_set("time", 1, dec_time, R_DEC);
	sys_set("getrusage", 2, dec_getrusage, R_DEC);
	sys_set("times", 1, dec_times, R_DEC);
	sys_set("getitimer", 2, dec_getitimer, R_DEC);
	sys_set("setitimer", 3, dec_setitimer, R_DEC);
	sys_set("timerfd_create", 2, dec_timerfd_create, R_DEC);
	sys_set("timer_create", 3, dec_timer_create, R_DEC);
	sys_set("timer_settime", 4, dec_timer_settime, R_DEC);
	sys_set("timer_gettime", 2, dec_timer_gettime, R_DEC);
	sys_set("timer_delete", 1, dec_timer_id, R_DEC);
	sys_set("timer_getoverrun", 1, dec_timer_id, R_DEC);
	sys_set("timerfd_settime", 4, dec_timer_settime, R_DEC);
	sys_set("timerfd_gettime", 2, dec_timer_gettime, R_DEC);
}

/* a clockid_t by name (futex_waitv, clock_adjtime) */
void pr_clockid(unsigned long id)
{
	pr_xlat(clocks, (unsigned)id, "%#x", "CLOCK_???");
}

void pr_clockid_d(unsigned long id, const char *dflt)
{
	pr_xlat(clocks, (unsigned)id, "%#x", dflt);
}
