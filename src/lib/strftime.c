/* src/lib/strftime.c — strftime in the C locale, with GNU's extensions.
 *
 * Flags after '%': '_' pad with spaces, '-' do not pad, '0' pad with zeros,
 * '^' upper case, '#' swap case; then a field width; E and O are accepted
 * and ignored. %N is the nanoseconds (a width keeps that many digits),
 * %z +hhmm, %:z +hh:mm, %::z +hh:mm:ss. */
#include "sg.h"
#include "lsfmt.h"

static const char *const days[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
				      "August", "September", "October", "November", "December" };

struct sbuf {
	char *p;
	size_t size, len;
};

static void put(struct sbuf *b, char c)
{
	if (b->len + 1 < b->size)
		b->p[b->len] = c;
	b->len++;
}

/* s padded to width (pad char padc, '\0' for none), with case changes */
static void put_str(struct sbuf *b, const char *s, int width, char padc, bool upper, bool lower)
{
	int n = (int)strlen(s);
	for (; padc && width > n; width--)
		put(b, padc);
	for (; *s; s++) {
		char c = *s;
		if (upper && c >= 'a' && c <= 'z')
			c = (char)(c - 32);
		if (lower && c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		put(b, c);
	}
}

/* a number with its default width and padding, overridden by the flags */
static void put_num(struct sbuf *b, int64_t v, int defw, char defpad, int width, char flag)
{
	char tmp[32], *e = tmp + sizeof tmp, *p = e;
	bool neg = v < 0;
	uint64_t u = neg ? -(uint64_t)v : (uint64_t)v;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (neg)
		*--p = '-';
	char padc = flag == '-' ? 0 : flag == '_' ? ' ' : flag == '0' ? '0' : defpad;
	int w = width >= 0 ? width : defw;
	int n = (int)(e - p);
	if (padc == '0' && neg) {
		put(b, '-');
		p++, n--, w--;
	}
	for (; padc && w > n; w--)
		put(b, padc);
	for (; p < e; p++)
		put(b, *p);
}

static int64_t iso_year_week(const struct tz_tm *tm, int *week)
{
	/* ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday */
	int64_t year = tm->year;
	int wday = (tm->wday + 6) % 7;	/* Monday = 0 */
	int yday = tm->yday;
	int w = (yday - wday + 10) / 7;
	if (w < 1) {
		year--;
		int py = (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365;
		w = (yday + py - wday + 10) / 7;
	} else {
		int ylen = (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365;
		if (w == 53 && yday - wday + 3 >= ylen)
			year++, w = 1;
	}
	*week = w;
	return year;
}

size_t sg_strftime(char *buf, size_t size, const char *fmt, const struct tz_tm *tm, int64_t t, long ns,
		   const char *zone)
{
	struct sbuf b = { buf, size, 0 };

	for (const char *f = fmt; *f; f++) {
		if (*f != '%') {
			put(&b, *f);
			continue;
		}
		const char *start = f;
		char flag = 0;
		bool upper = false, swap = false;
		int width = -1, colons = 0;
		for (f++;; f++) {
			if (*f == '_' || *f == '-' || *f == '0')
				flag = *f;
			else if (*f == '^')
				upper = true;
			else if (*f == '#')
				swap = true;
			else
				break;
		}
		if (*f >= '1' && *f <= '9') {
			width = 0;
			while (*f >= '0' && *f <= '9')
				width = width * 10 + (*f++ - '0');
		}
		while (*f == 'E' || *f == 'O')
			f++;
		while (*f == ':')
			colons++, f++;
		char padc = flag == '0' ? '0' : flag == '-' ? 0 : ' ';
		char tmp[64];
		int hour12 = tm->hour % 12 ? tm->hour % 12 : 12;
		switch (colons && *f != 'z' ? 0 : *f) {
		case '%': put_str(&b, "%", width, padc, false, false); break;
		case 'n': put(&b, '\n'); break;
		case 't': put(&b, '\t'); break;
		case 'a': snprintf(tmp, sizeof tmp, "%.3s", days[tm->wday]); put_str(&b, tmp, width, padc, upper || swap, false); break;
		case 'A': put_str(&b, days[tm->wday], width, padc, upper || swap, false); break;
		case 'b': case 'h': snprintf(tmp, sizeof tmp, "%.3s", months[tm->mon]); put_str(&b, tmp, width, padc, upper || swap, false); break;
		case 'B': put_str(&b, months[tm->mon], width, padc, upper || swap, false); break;
		case 'p': put_str(&b, tm->hour < 12 ? "AM" : "PM", width, padc, false, swap); break;
		case 'P': put_str(&b, tm->hour < 12 ? "am" : "pm", width, padc, upper, false); break;
		case 'Z': put_str(&b, zone ? zone : "", width, padc, upper, swap); break;
		case 'C': put_num(&b, tm->year / 100 - (tm->year % 100 < 0), 2, '0', width, flag); break;
		case 'y': put_num(&b, ((tm->year % 100) + 100) % 100, 2, '0', width, flag); break;
		case 'Y': put_num(&b, tm->year, 1, '0', width, flag); break;
		case 'm': put_num(&b, tm->mon + 1, 2, '0', width, flag); break;
		case 'd': put_num(&b, tm->mday, 2, '0', width, flag); break;
		case 'e': put_num(&b, tm->mday, 2, ' ', width, flag); break;
		case 'H': put_num(&b, tm->hour, 2, '0', width, flag); break;
		case 'k': put_num(&b, tm->hour, 2, ' ', width, flag); break;
		case 'I': put_num(&b, hour12, 2, '0', width, flag); break;
		case 'l': put_num(&b, hour12, 2, ' ', width, flag); break;
		case 'M': put_num(&b, tm->min, 2, '0', width, flag); break;
		case 'S': put_num(&b, tm->sec, 2, '0', width, flag); break;
		case 'j': put_num(&b, tm->yday + 1, 3, '0', width, flag); break;
		case 'u': put_num(&b, tm->wday ? tm->wday : 7, 1, '0', width, flag); break;
		case 'w': put_num(&b, tm->wday, 1, '0', width, flag); break;
		case 'U': put_num(&b, (tm->yday - tm->wday + 7) / 7, 2, '0', width, flag); break;
		case 'W': put_num(&b, (tm->yday - (tm->wday + 6) % 7 + 7) / 7, 2, '0', width, flag); break;
		case 's': put_num(&b, t, 1, '0', width, flag); break;
		case 'G': case 'g': case 'V': {
			int wk;
			int64_t y = iso_year_week(tm, &wk);
			if (*f == 'G')
				put_num(&b, y, 1, '0', width, flag);
			else if (*f == 'g')
				put_num(&b, ((y % 100) + 100) % 100, 2, '0', width, flag);
			else
				put_num(&b, wk, 2, '0', width, flag);
			break;
		}
		case 'N': {
			int digits = width > 0 ? width : 9;
			snprintf(tmp, sizeof tmp, "%09ld", ns);
			for (int i = 0; i < digits; i++)
				put(&b, i < 9 ? tmp[i] : '0');
			break;
		}
		case 'z': {
			long off = tm->gmtoff, a = off < 0 ? -off : off;
			char sign = off < 0 ? '-' : '+';
			if (colons == 0)
				snprintf(tmp, sizeof tmp, "%c%02ld%02ld", sign, a / 3600, a / 60 % 60);
			else if (colons == 1)
				snprintf(tmp, sizeof tmp, "%c%02ld:%02ld", sign, a / 3600, a / 60 % 60);
			else if (colons == 2)
				snprintf(tmp, sizeof tmp, "%c%02ld:%02ld:%02ld", sign, a / 3600, a / 60 % 60, a % 60);
			else
				snprintf(tmp, sizeof tmp, a % 3600 ? "%c%02ld:%02ld" : "%c%02ld", sign, a / 3600, a / 60 % 60);
			put_str(&b, tmp, width, flag == '_' ? ' ' : flag == '-' ? 0 : '0', false, false);
			break;
		}
		case 'D': snprintf(tmp, sizeof tmp, "%02d/%02d/%02d", tm->mon + 1, tm->mday, (int)(((tm->year % 100) + 100) % 100)); put_str(&b, tmp, width, padc, false, false); break;
		case 'F': {
			char y[32];
			snprintf(y, sizeof y, "%lld", (long long)tm->year);
			snprintf(tmp, sizeof tmp, "%s%s-%02d-%02d", strlen(y) < 4 ? &"0000"[strlen(y)] : "", y, tm->mon + 1, tm->mday);
			put_str(&b, tmp, width, padc, false, false);
			break;
		}
		case 'T': snprintf(tmp, sizeof tmp, "%02d:%02d:%02d", tm->hour, tm->min, tm->sec); put_str(&b, tmp, width, padc, false, false); break;
		case 'R': snprintf(tmp, sizeof tmp, "%02d:%02d", tm->hour, tm->min); put_str(&b, tmp, width, padc, false, false); break;
		case 'r': snprintf(tmp, sizeof tmp, "%02d:%02d:%02d %s", hour12, tm->min, tm->sec, tm->hour < 12 ? "AM" : "PM"); put_str(&b, tmp, width, padc, false, false); break;
		case 'X': snprintf(tmp, sizeof tmp, "%02d:%02d:%02d", tm->hour, tm->min, tm->sec); put_str(&b, tmp, width, padc, false, false); break;
		case 'x': snprintf(tmp, sizeof tmp, "%02d/%02d/%02d", tm->mon + 1, tm->mday, (int)(((tm->year % 100) + 100) % 100)); put_str(&b, tmp, width, padc, false, false); break;
		case 'c':
			snprintf(tmp, sizeof tmp, "%.3s %.3s %2d %02d:%02d:%02d %lld", days[tm->wday], months[tm->mon], tm->mday,
				 tm->hour, tm->min, tm->sec, (long long)tm->year);
			put_str(&b, tmp, width, padc, upper || swap, false);
			break;
		default:
			/* unknown: copied as it is, flags and all */
			for (const char *p = start; p <= f && *p; p++)
				put(&b, *p);
			if (!*f)
				f--;
			break;
		}
	}
	if (b.len < size)
		buf[b.len] = 0;
	return b.len < size ? b.len : 0;
}
