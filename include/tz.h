/* include/tz.h — local time without libc (src/lib/tz.c).
 *
 * The zone comes from TZ as glibc reads it:
 *   unset            /etc/localtime
 *   ""               UTC
 *   ":FILE" or FILE  a TZif file: absolute, or under $TZDIR (/usr/share/zoneinfo)
 *   "STD1DST,M3.2.0,M11.1.0"   a POSIX rule string (used when no such file)
 * TZif files of version 1, 2 and 3 are read; times past the file's table
 * follow the POSIX string in its footer. Leap-second ("right/") zones
 * count their leap seconds as glibc does: a time is shown that many
 * seconds earlier, and the inserted second itself as :60.
 */
#ifndef SG_TZ_H
#define SG_TZ_H

#include <stdint.h>

struct tz_tm {
	int64_t year;		/* full year: 2026 */
	int mon;		/* 0..11 */
	int mday;		/* 1..31 */
	int hour, min, sec;
	int wday;		/* 0 = Sunday */
	int yday;		/* 0..365 */
	int isdst;
	long gmtoff;		/* seconds east of UTC */
	const char *zone;	/* abbreviation ("CET", "UTC"), "" if unknown (tz_localtime) */
};

/* Read TZ and the zone file; later calls do nothing. */
void tz_init(void);
/* Seconds since the epoch to local broken-down time. */
void tz_localtime(int64_t t, struct tz_tm *tm);
/* The same in UTC. */
void tz_gmtime(int64_t t, struct tz_tm *tm);

#endif
