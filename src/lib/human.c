/* src/lib/human.c — sizes as GNU prints them (gnulib human.c, ceiling rounding).
 *
 * -h: autoscale, SI letter, base 1024 ("1.5K"); --si: base 1000 ("1.6k");
 * --block-size=SIZE: a fixed unit, with its letter when SIZE has no digits
 * ("K", "MB", "MiB"). Rounding is always up, as ls and du do. */
#include "sg.h"
#include "lsfmt.h"

static const char power_letter[] = { 0, 'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y' };

/* x / d with the CPU's 128-by-64 divide (libgcc's __udivmodti4 is not
 * linked in); a quotient past 64 bits saturates */
static uint64_t div128(unsigned __int128 x, uint64_t d, uint64_t *rem)
{
	uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x, q, r;
	if (hi >= d) {
		*rem = 0;
		return UINT64_MAX;
	}
	__asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d));
	*rem = r;
	return q;
}

char *human_readable(uint64_t n, char *buf, int opts, uint64_t from_size, uint64_t to_size)
{
	unsigned base = opts & HUMAN_BASE_1024 ? 1024 : 1000;
	uint64_t amt;
	unsigned tenths, rounding;
	int exponent = -1, exponent_max = sizeof power_letter - 1;
	char *psuffix = buf + HUMAN_BUFSIZE - 1 - 4, *p = psuffix;

	if (to_size <= from_size && from_size % to_size == 0 &&
	    (n == 0 || (from_size / to_size) <= UINT64_MAX / n)) {
		amt = n * (from_size / to_size);
		tenths = rounding = 0;
	} else if (to_size > from_size && from_size && to_size % from_size == 0) {
		uint64_t d = to_size / from_size, r10 = (n % d) * 10, r2 = (r10 % d) * 2;
		amt = n / d;
		tenths = (unsigned)(r10 / d);
		rounding = r2 < d ? 0 < r2 : 2 + (d < r2);
	} else {
		/* gnulib goes through long double here; the exact quotient,
		 * rounded up, is what that computes for any size ls shows */
		unsigned __int128 x = (unsigned __int128)n * from_size;
		uint64_t r;
		amt = div128(x, to_size, &r);
		x = (unsigned __int128)r * 10;
		tenths = (unsigned)div128(x, to_size, &r);
		unsigned __int128 r2 = (unsigned __int128)r * 2;
		rounding = r2 < to_size ? 0 < r2 : 2 + (to_size < r2);
	}
	if (opts & HUMAN_AUTOSCALE) {
		exponent = 0;
		if (base <= amt) {
			do {
				unsigned r10 = (unsigned)(amt % base) * 10 + tenths;
				unsigned r2 = (r10 % base) * 2 + (rounding >> 1);
				amt /= base;
				tenths = r10 / base;
				rounding = r2 < base ? (r2 + rounding) != 0 : 2 + (base < r2 + rounding);
				exponent++;
			} while (base <= amt && exponent < exponent_max);
			if (amt < 10) {
				if (rounding > 0) {
					tenths++;
					rounding = 0;
					if (tenths == 10)
						amt++, tenths = 0;
				}
				if (amt < 10) {
					*--p = (char)('0' + tenths);
					*--p = '.';
					tenths = rounding = 0;
				}
			}
		}
	}
	if (tenths + rounding > 0) {
		amt++;
		if ((opts & HUMAN_AUTOSCALE) && amt == base && exponent < exponent_max) {
			exponent++;
			*--p = '0';
			*--p = '.';
			amt = 1;
		}
	}
	char *integerlim = p;
	do
		*--p = (char)('0' + amt % 10);
	while ((amt /= 10) != 0);
	(void)integerlim;	/* grouping: the C locale has no thousands separator */
	if (opts & HUMAN_SI) {
		if (exponent < 0) {
			exponent = 0;
			for (uint64_t power = 1; power < to_size; power *= base)
				if (++exponent == exponent_max)
					break;
		}
		if (exponent)
			*psuffix++ = !(opts & HUMAN_BASE_1024) && exponent == 1 ? 'k' : power_letter[exponent];
		if (opts & HUMAN_B) {
			if ((opts & HUMAN_BASE_1024) && exponent)
				*psuffix++ = 'i';
			*psuffix++ = 'B';
		}
	}
	*psuffix = 0;
	return p;
}

/* xstrtoumax(spec, base 0, suffixes "eEgGkKmMpPtTyYzZ0"): 0 ok, 1 invalid,
 * 2 bad suffix, 3 overflow; *end is where the number and suffix ended */
static int parse_size(const char *s, uint64_t *v, const char **end)
{
	const char *p = s;
	uint64_t x = 0;
	bool overflow = false, digits = false;
	unsigned base = 10;

	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '-')
		return 1;
	if (*p == '+')
		p++;
	if (p[0] == '0' && (p[1] | 32) == 'x' &&
	    ((p[2] >= '0' && p[2] <= '9') || ((p[2] | 32) >= 'a' && (p[2] | 32) <= 'f')))
		base = 16, p += 2;
	else if (p[0] == '0')
		base = 8;
	for (;; p++) {
		unsigned d;
		char c = *p;
		if (c >= '0' && c <= '9')
			d = (unsigned)(c - '0');
		else if (base == 16 && (c | 32) >= 'a' && (c | 32) <= 'f')
			d = (unsigned)((c | 32) - 'a' + 10);
		else
			break;
		if (d >= base)
			break;
		digits = true;
		if (x > (UINT64_MAX - d) / base)
			overflow = true;
		else
			x = x * base + d;
	}
	if (!digits) {
		if (!*p || !strchr("eEgGkKmMpPtTyYzZ", *p))
			return 1;
		x = 1;
	}
	*end = p;
	if (!*p) {
		*v = x;
		return overflow ? 3 : 0;
	}
	if (!strchr("eEgGkKmMpPtTyYzZ", *p)) {
		*v = x;
		return 2;
	}
	unsigned b = 1024, power;
	const char *q = p + 1;
	if (*q == 'B' || *q == 'D')
		b = 1000, q++;
	else if (q[0] == 'i' && q[1] == 'B')
		q += 2;
	switch (*p) {
	case 'k': case 'K': power = 1; break;
	case 'm': case 'M': power = 2; break;
	case 'g': case 'G': power = 3; break;
	case 't': case 'T': power = 4; break;
	case 'p': case 'P': power = 5; break;
	case 'e': case 'E': power = 6; break;
	case 'z': case 'Z': power = 7; break;
	default: power = 8; break;
	}
	while (power--) {
		if (x > UINT64_MAX / b)
			overflow = true, x = UINT64_MAX;
		else
			x *= b;
	}
	*v = x;
	*end = q;
	if (*q)
		return overflow ? 3 : 2;
	return overflow ? 3 : 0;
}

int human_options(const char *spec, int *opts, uint64_t *block_size)
{
	int o = 0, e = 0;

	if (!spec && !(spec = getenv("BLOCK_SIZE")) && !(spec = getenv("BLOCKSIZE"))) {
		*block_size = getenv("POSIXLY_CORRECT") ? 512 : 1024;
	} else {
		if (*spec == '\'')
			o |= HUMAN_GROUP, spec++;
		/* argmatch: a unique prefix of "human-readable" or "si" */
		size_t n = strlen(spec);
		if (n && strncmp(spec, "human-readable", n) == 0) {
			o |= HUMAN_AUTOSCALE | HUMAN_SI | HUMAN_BASE_1024;
			*block_size = 1;
		} else if (n && strncmp(spec, "si", n) == 0) {
			o |= HUMAN_AUTOSCALE | HUMAN_SI;
			*block_size = 1;
		} else {
			const char *end;
			e = parse_size(spec, block_size, &end);
			if (e) {
				*opts = 0;
				if (*block_size == 0 || e == 1)
					*block_size = getenv("POSIXLY_CORRECT") ? 512 : 1024;
				return e;
			}
			if (!(spec[0] >= '0' && spec[0] <= '9') && end > spec) {
				/* no digits: the unit is printed ("K", "MB", "MiB") */
				o |= HUMAN_SI;
				if (end[-1] == 'B')
					o |= HUMAN_B;
				if (end[-1] != 'B' || (end - spec >= 2 && end[-2] == 'i'))
					o |= HUMAN_BASE_1024;
			}
		}
	}
	*opts = o;
	if (*block_size == 0) {
		*block_size = getenv("POSIXLY_CORRECT") ? 512 : 1024;
		return 1;
	}
	return 0;
}
