/* src/lib/tz.c — TZ, TZif files and POSIX zone rules.
 *
 * A TZif file (RFC 8536):
 *
 *   header, 44 bytes:  "TZif" | version ('\0','2','3') | 15 unused |
 *                      six big-endian uint32 counts:
 *                      isutcnt isstdcnt leapcnt timecnt typecnt charcnt
 *   v1 data block, with 4-byte times:
 *      timecnt x int32  transition times (UTC seconds, ascending)
 *      timecnt x uint8  index of the local time type from each transition on
 *      typecnt x 6      ttinfo: int32 utoff | uint8 isdst | uint8 abbr index
 *      charcnt          abbreviations
 *      leapcnt x 8      leap records (time, correction)
 *      isstdcnt, isutcnt bytes
 *   version 2+: a second header and data block, the same but with 8-byte
 *      times (and 12-byte leap records), then the footer "\nPOSIX-TZ\n"
 *      that rules every time after the last transition.
 *
 * We use the 64-bit block when there is one, else the 32-bit one.
 */
#include "sg.h"
#include "tz.h"

/* A POSIX rule: "EST5EDT,M3.2.0,M11.1.0". Offsets are kept as seconds EAST
 * of UTC (the string says west: EST5 is -5 h). */
struct rule_date {
	char kind;		/* 'J' Julian 1..365 no Feb 29, 'D' 0..365, 'M' month.week.day */
	int n, m, w, d;
	long time;		/* seconds after local midnight; may be negative or > 24 h (v3) */
};

struct rule {
	char std_name[16], dst_name[16];	/* %Z: "EST", "EDT"; "+03" from <+03> */
	long std_off, dst_off;
	int has_dst;
	struct rule_date start, end;
};

#define MAXTRANS 4096
#define MAXTYPES 256
#define MAXLEAPS 64

static struct {
	int inited;
	int ntrans, ntypes;
	int64_t *trans;		/* transition times */
	uint8_t *idx;		/* type index from each transition on */
	long utoff[MAXTYPES];
	uint8_t isdst[MAXTYPES];
	int has_rule;
	struct rule rule;
	uint8_t abbr[MAXTYPES];	/* index into chars */
	char chars[256];
	int nleaps;
	int64_t leap_at[MAXLEAPS];	/* when a leap second was inserted (UTC, leap-counting) */
	long leap_corr[MAXLEAPS];	/* total correction from then on */
} Z;

/* ---- calendar arithmetic (proleptic Gregorian) ---- */

static int is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

/* Days from 1970-01-01 to y-01-01: count whole 400/100/4-year cycles of
 * leap days between year 1 and y, shifted by the 1970 value. */
static int64_t days_before_year(int64_t y)
{
	int64_t p = y - 1;
	int64_t fd = p >= 0 ? p : p - 399;	/* floor division for negatives */
	int64_t leaps = (p >= 0 ? p / 4 : (p - 3) / 4) - (p >= 0 ? p / 100 : (p - 99) / 100) + fd / 400;
	return 365 * p + leaps - 719162;	/* 719162 = days from 0001-01-01 to 1970-01-01 */
}

void tz_gmtime(int64_t t, struct tz_tm *tm)
{
	tm->zone = "GMT";
	int64_t days = t / 86400, secs = t % 86400, y;
	int m = 0;

	if (secs < 0)
		secs += 86400, days--;
	tm->hour = (int)(secs / 3600);
	tm->min = (int)(secs / 60 % 60);
	tm->sec = (int)(secs % 60);
	tm->wday = (int)(((days % 7) + 11) % 7);	/* 1970-01-01 was a Thursday */
	/* estimate the year, then correct: 365.2425 days a year on average */
	y = 1970 + days * 400 / 146097;
	while (days_before_year(y) > days)
		y--;
	while (days_before_year(y + 1) <= days)
		y++;
	days -= days_before_year(y);
	tm->year = y;
	tm->yday = (int)days;
	for (;; m++) {
		int md = mdays[m] + (m == 1 && is_leap(y));
		if (days < md)
			break;
		days -= md;
	}
	tm->mon = m;
	tm->mday = (int)days + 1;
	tm->isdst = 0;
	tm->gmtoff = 0;
}

/* ---- POSIX TZ strings ---- */

static const char *parse_name(const char *s)
{
	if (*s == '<') {		/* quoted: <+0330> */
		while (*s && *s != '>')
			s++;
		return *s ? s + 1 : NULL;
	}
	const char *b = s;
	while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))
		s++;
	return s - b >= 3 ? s : NULL;
}

static const char *parse_num(const char *s, int *v)
{
	if (*s < '0' || *s > '9')
		return NULL;
	for (*v = 0; *s >= '0' && *s <= '9'; s++)
		*v = *v * 10 + (*s - '0');
	return s;
}

/* [+-]hh[:mm[:ss]] -> seconds */
static const char *parse_hms(const char *s, long *out)
{
	int sign = 1, h, m = 0, sec = 0;

	if (*s == '+' || *s == '-')
		sign = *s++ == '-' ? -1 : 1;
	if (!(s = parse_num(s, &h)))
		return NULL;
	if (*s == ':' && (s = parse_num(s + 1, &m)) && *s == ':')
		s = parse_num(s + 1, &sec);
	if (!s)
		return NULL;
	*out = sign * ((long)h * 3600 + m * 60 + sec);
	return s;
}

static const char *parse_date(const char *s, struct rule_date *d)
{
	d->time = 7200;			/* 02:00:00 unless said */
	if (*s == 'M') {
		d->kind = 'M';
		if (!(s = parse_num(s + 1, &d->m)) || *s != '.' || !(s = parse_num(s + 1, &d->w)) ||
		    *s != '.' || !(s = parse_num(s + 1, &d->d)))
			return NULL;
	} else if (*s == 'J') {
		d->kind = 'J';
		if (!(s = parse_num(s + 1, &d->n)))
			return NULL;
	} else {
		d->kind = 'D';
		if (!(s = parse_num(s, &d->n)))
			return NULL;
	}
	if (*s == '/' && !(s = parse_hms(s + 1, &d->time)))
		return NULL;
	return s;
}

/* the name parse_name found between b and e, without <>, into out[16] */
static void keep_name(const char *b, const char *e, char *out)
{
	size_t n;

	if (*b == '<') {
		b++;
		e--;
	}
	n = (size_t)(e - b) < 15 ? (size_t)(e - b) : 15;
	memcpy(out, b, n);
	out[n] = 0;
}

static int parse_rule(const char *s, struct rule *r)
{
	const char *b = s;
	long off;

	if (!(s = parse_name(s)))
		return -1;
	keep_name(b, s, r->std_name);
	if (!(s = parse_hms(s, &off)))
		return -1;
	r->std_off = -off;
	r->has_dst = 0;
	if (!*s)
		return 0;
	b = s;
	if (!(s = parse_name(s)))
		return -1;
	keep_name(b, s, r->dst_name);
	r->has_dst = 1;
	r->dst_off = r->std_off + 3600;	/* one hour ahead unless said */
	if (*s && *s != ',') {
		if (!(s = parse_hms(s, &off)))
			return -1;
		r->dst_off = -off;
	}
	if (!*s)			/* no rule: glibc falls back to the US rule */
		s = ",M3.2.0,M11.1.0";
	if (*s != ',' || !(s = parse_date(s + 1, &r->start)) || *s != ',' ||
	    !(s = parse_date(s + 1, &r->end)))
		return -1;
	return *s ? -1 : 0;
}

/* Seconds from the start of year y (local) to the rule date's moment. */
static int64_t rule_when(const struct rule_date *d, int64_t y)
{
	int64_t day;

	if (d->kind == 'J')		/* 1..365, Feb 29 never counted */
		day = d->n - 1 + (is_leap(y) && d->n >= 60);
	else if (d->kind == 'D')
		day = d->n;
	else {				/* day d of week w (5 = last) of month m */
		int64_t first = 0;
		for (int i = 0; i < d->m - 1; i++)
			first += mdays[i] + (i == 1 && is_leap(y));
		int wd1 = (int)(((days_before_year(y) + first) % 7 + 11) % 7);	/* weekday of the 1st */
		int md = mdays[d->m - 1] + (d->m == 2 && is_leap(y));
		day = (d->d - wd1 + 7) % 7 + (int64_t)(d->w - 1) * 7;
		while (day >= md)
			day -= 7;
		day += first;
	}
	return day * 86400 + d->time;
}

static int rule_isdst(const struct rule *r, int64_t t)
{
	struct tz_tm tm;

	if (!r->has_dst)
		return 0;
	tz_gmtime(t + r->std_off, &tm);
	int64_t y0 = days_before_year(tm.year) * 86400;
	/* the start moment is in standard time, the end one in daylight time */
	int64_t start = y0 + rule_when(&r->start, tm.year) - r->std_off;
	int64_t end = y0 + rule_when(&r->end, tm.year) - r->dst_off;
	if (start < end)
		return t >= start && t < end;
	return !(t >= end && t < start);	/* southern hemisphere: DST spans new year */
}

/* ---- TZif ---- */

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]; }
static int64_t be64(const uint8_t *p) { return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4)); }

static int load_tzif(const char *path)
{
	static uint8_t buf[1 << 17];
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	size_t len = 0;
	long r;

	if (fd < 0)
		return -1;
	while (len < sizeof buf && (r = sys_read((int)fd, buf + len, sizeof buf - len)) > 0)
		len += (size_t)r;
	sys_close((int)fd);

	const uint8_t *p = buf, *end = buf + len;
	if (len < 44 || memcmp(p, "TZif", 4) != 0)
		return -1;
	int ver = p[4];
	int tsize = 4;
	uint32_t c[6];
	for (int i = 0; i < 6; i++)
		c[i] = be32(p + 20 + 4 * i);
	if (ver >= '2') {		/* skip the v1 block to the 64-bit one */
		p += 44 + c[3] * 5 + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];
		if (p + 44 > end || memcmp(p, "TZif", 4) != 0)
			return -1;
		for (int i = 0; i < 6; i++)
			c[i] = be32(p + 20 + 4 * i);
		tsize = 8;
	}
	uint32_t isut = c[0], isstd = c[1], leap = c[2], timecnt = c[3], typecnt = c[4], charcnt = c[5];
	p += 44;
	if (typecnt == 0 || typecnt > MAXTYPES || timecnt > MAXTRANS ||
	    p + timecnt * (tsize + 1) + typecnt * 6 + charcnt + leap * (tsize + 4) + isstd + isut > end)
		return -1;
	Z.trans = malloc(timecnt * sizeof *Z.trans + timecnt);
	if (!Z.trans)
		return -1;
	Z.idx = (uint8_t *)(Z.trans + timecnt);
	for (uint32_t i = 0; i < timecnt; i++, p += tsize)
		Z.trans[i] = tsize == 8 ? be64(p) : (int32_t)be32(p);
	for (uint32_t i = 0; i < timecnt; i++)
		Z.idx[i] = *p++ < typecnt ? p[-1] : 0;
	for (uint32_t i = 0; i < typecnt; i++, p += 6) {
		Z.utoff[i] = (int32_t)be32(p);
		Z.isdst[i] = p[4];
		Z.abbr[i] = p[5] < charcnt ? p[5] : 0;
	}
	memcpy(Z.chars, p, charcnt < sizeof Z.chars - 1 ? charcnt : sizeof Z.chars - 1);
	p += charcnt;
	/* leap records: (time, total correction), ascending */
	for (uint32_t i = 0; i < leap; i++, p += tsize + 4)
		if (i < MAXLEAPS) {
			Z.leap_at[i] = tsize == 8 ? be64(p) : (int32_t)be32(p);
			Z.leap_corr[i] = (int32_t)be32(p + tsize);
			Z.nleaps = (int)i + 1;
		}
	p += isstd + isut;
	Z.ntrans = (int)timecnt;
	Z.ntypes = (int)typecnt;
	if (tsize == 8 && p < end && *p == '\n') {	/* footer */
		char footer[128];
		size_t n = 0;
		p++;
		while (p < end && *p != '\n' && n < sizeof footer - 1)
			footer[n++] = (char)*p++;
		footer[n] = 0;
		if (n && parse_rule(footer, &Z.rule) == 0)
			Z.has_rule = 1;
	}
	return 0;
}

void tz_init(void)
{
	const char *tz = getenv("TZ"), *dir;
	char path[4096];

	if (Z.inited)
		return;
	Z.inited = 1;
	if (!tz) {
		load_tzif("/etc/localtime");
		return;
	}
	if (*tz == ':')
		tz++;
	if (!*tz)			/* "" or ":" is UTC */
		return;
	if (*tz == '/')
		strlcpy(path, tz, sizeof path);
	else if ((dir = getenv("TZDIR")) && *dir)	/* glibc reads it too */
		snprintf(path, sizeof path, "%s/%s", dir, tz);
	else
		snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", tz);
	if (load_tzif(path) == 0)
		return;
	if (parse_rule(tz, &Z.rule) == 0)
		Z.has_rule = 1;
}

void tz_localtime(int64_t t, struct tz_tm *tm)
{
	long off = 0, corr = 0;
	int dst = 0, hit = 0;
	const char *zone = Z.ntypes || Z.has_rule ? "" : "UTC";

	if (!Z.inited)
		tz_init();
	if (Z.ntrans > 0 && t >= Z.trans[Z.ntrans - 1] && Z.has_rule) {
		dst = rule_isdst(&Z.rule, t);
		off = dst ? Z.rule.dst_off : Z.rule.std_off;
		zone = dst ? Z.rule.dst_name : Z.rule.std_name;
	} else if (Z.ntypes > 0) {
		int type = 0;
		if (Z.ntrans == 0 || t < Z.trans[0]) {
			/* before the first transition: the first standard-time type */
			for (int i = 0; i < Z.ntypes; i++)
				if (!Z.isdst[i]) {
					type = i;
					break;
				}
		} else {		/* the last transition at or before t */
			int lo = 0, hi = Z.ntrans - 1;
			while (lo < hi) {
				int mid = (lo + hi + 1) / 2;
				if (Z.trans[mid] <= t)
					lo = mid;
				else
					hi = mid - 1;
			}
			type = Z.idx[lo];
		}
		off = Z.utoff[type];
		dst = Z.isdst[type];
		zone = Z.chars + Z.abbr[type];
	} else if (Z.has_rule) {
		dst = rule_isdst(&Z.rule, t);
		off = dst ? Z.rule.dst_off : Z.rule.std_off;
		zone = dst ? Z.rule.dst_name : Z.rule.std_name;
	}
	/* glibc: the last leap record at or before t gives the correction; at
	 * the very second a leap is inserted, the seconds field reads 60 */
	for (int i = Z.nleaps; i-- > 0;)
		if (t >= Z.leap_at[i]) {
			corr = Z.leap_corr[i];
			if (t == Z.leap_at[i] && (i == 0 ? corr > 0 : corr > Z.leap_corr[i - 1]))
				hit = 1;
			break;
		}
	tz_gmtime(t + off - corr, tm);
	tm->sec += hit;
	tm->isdst = dst;
	tm->gmtoff = off;
	tm->zone = zone;
}
