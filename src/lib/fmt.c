/* src/lib/fmt.c — the printf formatter, and snprintf on top of it.
 *
 * One conversion is: %[flags][width][.precision][size]letter
 *   flags  '-' left-justify, '0' pad with zeros, '+' and ' ' sign of positive
 *          numbers, '#' 0x/0 prefix for %x/%o
 *   width, precision: digits or '*' (taken from the arguments)
 *   size   hh h l ll z j t (the integer types are all 64-bit or less here)
 * The formatter never allocates: it hands pieces to put(), which decides
 * where they go (a struct out, a fixed buffer).
 */
#include "sg.h"

struct spec {
	bool left, zero, plus, space, alt;
	int width, prec;	/* prec < 0: none given */
};

static int pad(void (*put)(void *, const char *, size_t), void *ctx, char c, int n)
{
	static const char zeros[16] = "0000000000000000";
	static const char blanks[16] = "                ";
	const char *src = c == '0' ? zeros : blanks;
	int total = n > 0 ? n : 0;

	while (n > 0) {
		int k = n < 16 ? n : 16;
		put(ctx, src, (size_t)k);
		n -= k;
	}
	return total;
}

/* Emit one integer conversion. neg: the value was negative (u holds its magnitude). */
static int put_int(void (*put)(void *, const char *, size_t), void *ctx,
		   const struct spec *s, uint64_t u, bool neg, int base, bool upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char buf[24], *end = buf + sizeof buf, *p = end;
	char prefix[3];
	int plen = 0, ndig, nzero, len, n = 0;

	while (u) {
		*--p = digits[u % (unsigned)base];
		u /= (unsigned)base;
	}
	ndig = (int)(end - p);
	/* "%.0d" of 0 prints nothing; otherwise at least one digit */
	nzero = s->prec >= 0 ? s->prec - ndig : (ndig == 0 ? 1 : 0);
	if (s->prec < 0 && ndig == 0)
		nzero = 1;
	if (nzero < 0)
		nzero = 0;

	if (neg)
		prefix[plen++] = '-';
	else if (s->plus)
		prefix[plen++] = '+';
	else if (s->space)
		prefix[plen++] = ' ';
	if (s->alt && base == 16 && ndig) {
		prefix[plen++] = '0';
		prefix[plen++] = upper ? 'X' : 'x';
	}
	if (s->alt && base == 8 && nzero == 0 && (ndig == 0 || p[0] != '0'))
		nzero = 1;	/* '#' makes octal start with 0 */

	len = plen + nzero + ndig;
	if (!s->left && !(s->zero && s->prec < 0))
		n += pad(put, ctx, ' ', s->width - len);
	put(ctx, prefix, (size_t)plen);
	if (!s->left && s->zero && s->prec < 0)
		n += pad(put, ctx, '0', s->width - len);
	n += pad(put, ctx, '0', nzero);
	put(ctx, p, (size_t)ndig);
	if (s->left)
		n += pad(put, ctx, ' ', s->width - len);
	return n + plen + ndig;
}

static int put_str(void (*put)(void *, const char *, size_t), void *ctx,
		   const struct spec *s, const char *str, size_t len)
{
	int n = 0;

	if (s->prec >= 0 && (size_t)s->prec < len)
		len = (size_t)s->prec;
	if (!s->left)
		n += pad(put, ctx, ' ', s->width - (int)len);
	put(ctx, str, len);
	if (s->left)
		n += pad(put, ctx, ' ', s->width - (int)len);
	return n + (int)len;
}

int fmt_format(void (*put)(void *ctx, const char *p, size_t n), void *ctx, const char *fmt, va_list ap)
{
	int total = 0;

	while (*fmt) {
		const char *lit = fmt;
		while (*fmt && *fmt != '%')
			fmt++;
		if (fmt > lit) {
			put(ctx, lit, (size_t)(fmt - lit));
			total += (int)(fmt - lit);
		}
		if (!*fmt)
			break;
		fmt++;	/* the '%' */

		struct spec s = { .prec = -1 };
		for (;; fmt++) {
			if (*fmt == '-') s.left = true;
			else if (*fmt == '0') s.zero = true;
			else if (*fmt == '+') s.plus = true;
			else if (*fmt == ' ') s.space = true;
			else if (*fmt == '#') s.alt = true;
			else break;
		}
		if (*fmt == '*') {
			s.width = va_arg(ap, int);
			if (s.width < 0) {
				s.left = true;
				s.width = -s.width;
			}
			fmt++;
		} else {
			while (*fmt >= '0' && *fmt <= '9')
				s.width = s.width * 10 + (*fmt++ - '0');
		}
		if (*fmt == '.') {
			fmt++;
			s.prec = 0;
			if (*fmt == '*') {
				s.prec = va_arg(ap, int);
				fmt++;
			} else {
				while (*fmt >= '0' && *fmt <= '9')
					s.prec = s.prec * 10 + (*fmt++ - '0');
			}
		}

		/* size: 0 int, 1 char (hh), 2 short (h), 3 long-sized */
		int size = 0;
		if (fmt[0] == 'h' && fmt[1] == 'h') size = 1, fmt += 2;
		else if (fmt[0] == 'h') size = 2, fmt++;
		else if (fmt[0] == 'l' && fmt[1] == 'l') size = 3, fmt += 2;
		else if (*fmt == 'l' || *fmt == 'z' || *fmt == 'j' || *fmt == 't') size = 3, fmt++;

		char c = *fmt ? *fmt++ : 0;
		switch (c) {
		case 'd': case 'i': {
			int64_t v = size == 3 ? va_arg(ap, long) : va_arg(ap, int);
			if (size == 1) v = (signed char)v;
			if (size == 2) v = (short)v;
			/* negate as unsigned: -INT64_MIN does not fit an int64_t */
			uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
			total += put_int(put, ctx, &s, u, v < 0, 10, false);
			break;
		}
		case 'u': case 'x': case 'X': case 'o': {
			uint64_t u = size == 3 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
			if (size == 1) u = (unsigned char)u;
			if (size == 2) u = (unsigned short)u;
			s.plus = s.space = false;
			total += put_int(put, ctx, &s, u, false,
					 c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X');
			break;
		}
		case 'p': {
			void *p = va_arg(ap, void *);
			if (!p) {
				s.prec = -1;
				total += put_str(put, ctx, &s, "(nil)", 5);
			} else {
				s.alt = true;
				total += put_int(put, ctx, &s, (uintptr_t)p, false, 16, false);
			}
			break;
		}
		case 'c': {
			char ch = (char)va_arg(ap, int);
			s.prec = -1;
			total += put_str(put, ctx, &s, &ch, 1);
			break;
		}
		case 's': {
			const char *str = va_arg(ap, const char *);
			if (!str)
				str = "(null)";
			total += put_str(put, ctx, &s, str,
					 s.prec >= 0 ? strnlen(str, (size_t)s.prec) : strlen(str));
			break;
		}
		case '%':
			put(ctx, "%", 1);
			total++;
			break;
		default:	/* unknown conversion: print it as it was written */
			put(ctx, "%", 1);
			total++;
			if (c) {
				put(ctx, &c, 1);
				total++;
			}
		}
	}
	return total;
}

struct sbuf {
	char *p;
	size_t room;	/* bytes left, keeping one for the NUL */
};

static void put_sbuf(void *ctx, const char *p, size_t n)
{
	struct sbuf *b = ctx;
	size_t k = n < b->room ? n : b->room;

	memcpy(b->p, p, k);
	b->p += k;
	b->room -= k;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct sbuf b = { buf, size ? size - 1 : 0 };
	int n = fmt_format(put_sbuf, &b, fmt, ap);

	if (size)
		*b.p = 0;
	return n;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
