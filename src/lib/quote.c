/* src/lib/quote.c — GNU's quote(): how coreutils name an operand in a message.
 *
 * gnulib's "locale" quoting style: the operand between the locale's quote
 * marks ('...' in C, ‘...’ in UTF-8), a backslash before a backslash and
 * before the closing mark when it is the ASCII one, \a \b \f \n \r \t \v for
 * those controls, and \ooo for every other byte that is not printable — in
 * UTF-8 a whole character is kept when it is valid and printable.
 */
#include "sg.h"
#include "locale.h"
#include "quote.h"

/* the length of the valid UTF-8 character at s, its code point in *cp; 0 if invalid */
static int utf8_char(const unsigned char *s, unsigned *cp)
{
	int n = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
	unsigned c = n == 4 ? s[0] & 7u : n == 3 ? s[0] & 15u : s[0] & 31u;

	if (n == 0 || s[0] > 0xf4)
		return 0;
	for (int i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 63u);
	}
	/* overlong forms, surrogates and values past U+10FFFF are not characters */
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* C1 controls and the line and paragraph separators are not printable;
 * nor are the noncharacters. */
static bool uc_print(unsigned c)
{
	return c >= 0xa0 && c != 0x2028 && c != 0x2029 && (c & 0xfffe) != 0xfffe &&
		!(c >= 0xfdd0 && c <= 0xfdef);
}

static char *put(char *o, const char *s)
{
	size_t n = strlen(s);

	memcpy(o, s, n);
	return o + n;
}

/* one of four buffers, big enough for s quoted (each byte at most \ooo in $'...') */
static char *ring_buf(const char *s)
{
	static char *ring[4];
	static int next;
	char *buf = realloc(ring[next], strlen(s) * 8 + 16);

	if (buf) {
		ring[next] = buf;
		next = (next + 1) % 4;
	}
	return buf;
}

/* how many bytes at p make one character printed as itself (0: not printable) */
static int printable_len(const unsigned char *p, bool utf8)
{
	unsigned cp;
	int n;

	if (*p >= 0x20 && *p < 0x7f)
		return 1;
	if (utf8 && *p >= 0x80 && (n = utf8_char(p, &cp)) && uc_print(cp))
		return n;
	return 0;
}

/* the escape for one unprintable byte: \t, or \ooo */
static char *put_escape(char *o, unsigned char c)
{
	const char *esc = c ? strchr("\a\b\f\n\r\t\v", (int)c) : NULL;

	*o++ = '\\';
	if (esc) {
		*o++ = "abfnrtv"[esc - "\a\b\f\n\r\t\v"];
	} else {
		*o++ = (char)('0' + (c >> 6));
		*o++ = (char)('0' + ((c >> 3) & 7));
		*o++ = (char)('0' + (c & 7));
	}
	return o;
}

const char *quote(const char *s)
{
	bool utf8 = locale_utf8();
	char *buf = ring_buf(s), *o;
	const unsigned char *p = (const unsigned char *)s;

	if (!buf)
		return s;
	o = put(buf, utf8 ? "\xe2\x80\x98" : "'");
	while (*p) {
		int n = printable_len(p, utf8);

		if (*p == '\\' || (*p == '\'' && !utf8))
			*o++ = '\\';
		if (n) {
			memcpy(o, p, (size_t)n);
			o += n;
			p += n;
		} else {
			o = put_escape(o, *p++);
		}
	}
	o = put(o, utf8 ? "\xe2\x80\x99" : "'");
	*o = 0;
	return buf;
}

/* gnulib's "shell-escape-always" style (quoteaf, as env names a directory):
 * what a shell reads back as the same bytes. '...' around it; "..." instead
 * when it holds a ' and nothing a shell expands inside "..."; a ' inside
 * '...' as '\''; each run of unprintable bytes as $'\t\001'. */
const char *quote_shell(const char *s)
{
	bool utf8 = locale_utf8(), dq = strchr(s, '\'') != NULL, in_dollar = false;
	char *buf = ring_buf(s), *o;
	const unsigned char *p;

	if (!buf)
		return s;
	for (p = (const unsigned char *)s; *p && dq; ) {
		int n = printable_len(p, utf8);
		dq = n && !strchr("$`\"\\!", *p);
		p += n ? n : 1;
	}
	if (dq) {
		snprintf(buf, strlen(s) * 8 + 16, "\"%s\"", s);
		return buf;
	}
	o = buf;
	*o++ = '\'';
	for (p = (const unsigned char *)s; *p; ) {
		int n = printable_len(p, utf8);

		if (n && in_dollar) {		/* back from $'...' into '...' */
			o = put(o, "''");
			in_dollar = false;
		}
		if (!n) {
			if (!in_dollar)
				o = put(o, "'$'");
			in_dollar = true;
			o = put_escape(o, *p++);
		} else if (*p == '\'') {
			o = put(o, "'\\''");
			p++;
		} else {
			memcpy(o, p, (size_t)n);
			o += n;
			p += n;
		}
	}
	*o++ = '\'';
	*o = 0;
	return buf;
}
