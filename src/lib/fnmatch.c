/* src/lib/fnmatch.c — shell patterns as glibc's fnmatch(pattern, name, FNM_PERIOD).
 *
 * * any run, ? one character, [abc] [a-z] [!x] [^x] [[:alpha:]] a set, \x
 * the character x. A '.' at the start of the name is matched only by a '.'
 * in the pattern. In UTF-8 a "character" is a whole UTF-8 sequence. */
#include "sg.h"
#include "lsfmt.h"
#include "uchar.h"

/* one character of s: its value and length (a byte when not valid UTF-8) */
static size_t next_char(const char *s, bool utf8, uint32_t *c)
{
	if (utf8 && (unsigned char)*s >= 0x80) {
		size_t k = u8_decode(s, strlen(s), c);
		if (k != U8_INVALID && k != U8_INCOMPLETE)
			return k;
	}
	*c = (unsigned char)*s;
	return 1;
}

static bool in_class(const char *name, size_t n, uint32_t c)
{
	bool ascii = c < 0x80;
#define IS(s) (n == sizeof s - 1 && memcmp(name, s, n) == 0)
	if (IS("alpha")) return ascii && (c | 32) >= 'a' && (c | 32) <= 'z';
	if (IS("digit")) return c >= '0' && c <= '9';
	if (IS("alnum")) return ascii && (((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9'));
	if (IS("upper")) return c >= 'A' && c <= 'Z';
	if (IS("lower")) return c >= 'a' && c <= 'z';
	if (IS("space")) return c == ' ' || (c >= '\t' && c <= '\r');
	if (IS("blank")) return c == ' ' || c == '\t';
	if (IS("punct")) return c > 0x20 && c < 0x7f && !(((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9'));
	if (IS("print")) return c >= 0x20 && c < 0x7f;
	if (IS("graph")) return c > 0x20 && c < 0x7f;
	if (IS("cntrl")) return c < 0x20 || c == 0x7f;
	if (IS("xdigit")) return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f');
#undef IS
	return false;
}

/* [...] at p (just after '['): does it match c? *end gets the byte after
 * ']', or NULL when the bracket is not closed (then '[' is literal). */
static bool bracket(const char *p, uint32_t c, bool utf8, const char **end)
{
	bool neg = false, hit = false;
	if (*p == '!' || *p == '^')
		neg = true, p++;
	const char *start = p;
	for (;;) {
		uint32_t lo, hi;
		if (!*p) {
			*end = NULL;
			return false;
		}
		if (*p == ']' && p != start)
			break;
		if (p[0] == '[' && p[1] == ':') {
			const char *e = strchr(p + 2, ':');
			if (e && e[1] == ']') {
				hit |= in_class(p + 2, (size_t)(e - p - 2), c);
				p = e + 2;
				continue;
			}
		}
		if (*p == '\\' && p[1])
			p++;
		p += next_char(p, utf8, &lo);
		hi = lo;
		if (p[0] == '-' && p[1] && p[1] != ']') {
			p++;
			if (*p == '\\' && p[1])
				p++;
			p += next_char(p, utf8, &hi);
		}
		if (c >= lo && c <= hi)
			hit = true;
	}
	*end = p + 1;
	return hit != neg;
}

static int match(const char *p, const char *s, const char *start, bool utf8)
{
	for (;;) {
		uint32_t c, pc;
		const char *end;
		switch (*p) {
		case 0:
			return *s ? 1 : 0;
		case '?':
			if (!*s || (*s == '.' && s == start))
				return 1;
			s += next_char(s, utf8, &c);
			p++;
			continue;
		case '*':
			if (*s == '.' && s == start)
				return 1;
			while (*p == '*')
				p++;
			if (!*p)
				return 0;
			for (;;) {
				if (match(p, s, start, utf8) == 0)
					return 0;
				if (!*s)
					return 1;
				s += next_char(s, utf8, &c);
			}
		case '[':
			if (!*s || (*s == '.' && s == start))
				return 1;
			{
				size_t k = next_char(s, utf8, &c);
				bool hit = bracket(p + 1, c, utf8, &end);
				if (end) {
					if (!hit)
						return 1;
					s += k;
					p = end;
					continue;
				}
			}
			/* an unclosed '[' is an ordinary character */
			if (*s != '[')
				return 1;
			s++, p++;
			continue;
		case '\\':
			if (p[1])
				p++;
			/* fall through */
		default:
			p += next_char(p, utf8, &pc);
			if (!*s)
				return 1;
			s += next_char(s, utf8, &c);
			if (c != pc)
				return 1;
			continue;
		}
	}
}

int fnmatch_period(const char *pattern, const char *name, bool utf8)
{
	return match(pattern, name, name, utf8);
}
