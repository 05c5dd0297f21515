/* src/trace/stamp.c — -t -tt -ttt -r before a line, -T after it.
 *
 *   -t     19:57:53             wall clock in local time (TZ, /etc/localtime)
 *   -tt    19:57:53.666064      and microseconds
 *   -ttt   1795377473.682012    seconds since the epoch
 *   -r          0.000084        since the previous line began (monotonic);
 *                               with -t: 19:57:53 (+     0.000084)
 *   -T     ... = 0 <0.000023>   time between the call's entry and exit stop
 *
 * The stamps are read when trace prints, at the stop, as strace does:
 * they include the tracer's own latency, which is part of the lesson.
 */
#include "trace.h"

int opt_stamp;			/* 1 -t, 2 -tt, 3 -ttt */
int opt_rel;			/* -r */
int opt_dur;			/* -T */

uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void stamp_prefix(void)
{
	if (opt_stamp) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		long us = ts.tv_nsec / 1000, s = (long)ts.tv_sec;
		if (opt_stamp == 3)
			pr("%ld.%06ld ", s, us);
		else {
			struct tz_tm tm;
			tz_init();
			tz_localtime(s, &tm);
			pr("%02d:%02d:%02d", tm.hour, tm.min, tm.sec);
			if (opt_stamp == 2)
				pr(".%06ld", us);
			prs(" ");
		}
	}
	if (opt_rel) {
		static uint64_t last;
		uint64_t now = mono_ns();
		uint64_t d = last ? now - last : 0;
		last = now;
		/* with -t the relative time goes in "(+...)" after the clock */
		pr(opt_stamp ? "(+%6lu.%06lu) " : "%6lu.%06lu ", (unsigned long)(d / 1000000000u),
		   (unsigned long)(d / 1000 % 1000000));
	}
}

/* " <0.000023>": the time the call took */
void stamp_suffix(struct tcb *t)
{
	uint64_t d = mono_ns() - t->etime;
	pr(" <%lu.%06lu>", (unsigned long)(d / 1000000000u), (unsigned long)(d / 1000 % 1000000));
}
