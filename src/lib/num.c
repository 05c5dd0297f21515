/* src/lib/num.c — text to numbers, refusing junk and overflow. */
#include "sg.h"

static int digit(char c, int base)
{
	int d = c >= '0' && c <= '9' ? c - '0'
	      : c >= 'a' && c <= 'z' ? c - 'a' + 10
	      : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
	return d < base ? d : -1;
}

static int parse_mag(const char *s, int base, uint64_t *out, bool *neg)
{
	uint64_t v = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	*neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
	    digit(s[2], 16) >= 0)
		base = 16, s += 2;
	else if (base == 0) {
		if (s[0] == '0')
			base = 8;
		else
			base = 10;
	}
	if (digit(*s, base) < 0)
		return -EINVAL;
	for (; *s; s++) {
		int d = digit(*s, base);
		if (d < 0)
			return -EINVAL;
		if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			return -ERANGE;
		v = v * (uint64_t)base + (uint64_t)d;
	}
	*out = v;
	return 0;
}

int parse_u64(const char *s, int base, uint64_t *out)
{
	bool neg;
	int r = parse_mag(s, base, out, &neg);

	if (neg && (r == 0 || r == -ERANGE))	/* a sign, not a size, is the problem */
		return -EINVAL;
	return r;
}

int parse_i64(const char *s, int base, int64_t *out)
{
	uint64_t mag;
	bool neg;
	int r = parse_mag(s, base, &mag, &neg);

	if (r)
		return r;
	if (mag > (uint64_t)INT64_MAX + neg)
		return -ERANGE;
	*out = neg ? (int64_t)(0 - mag) : (int64_t)mag;
	return 0;
}
