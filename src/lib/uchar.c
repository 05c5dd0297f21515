/* src/lib/uchar.c — UTF-8 decoding and character widths as glibc's C.UTF-8 has them. */
#include "sg.h"
#include "uchar.h"
#include "wcwidth.h"

size_t u8_decode(const char *str, size_t n, uint32_t *wc)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0], len;
	uint32_t v, min;

	if (c < 0x80) {
		*wc = c;
		return 1;
	}
	if (c < 0xc2 || c > 0xf4)	/* a continuation byte, or the start of an overlong form */
		return U8_INVALID;
	if (c < 0xe0)
		len = 2, v = c & 0x1f, min = 0x80;
	else if (c < 0xf0)
		len = 3, v = c & 0x0f, min = 0x800;
	else
		len = 4, v = c & 0x07, min = 0x10000;
	for (unsigned i = 1; i < len; i++) {
		if (i >= n)
			return U8_INCOMPLETE;
		if ((s[i] & 0xc0) != 0x80)
			return U8_INVALID;
		v = v << 6 | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
		return U8_INVALID;
	*wc = v;
	return len;
}

int uc_width(uint32_t wc)
{
	size_t lo = 0, hi = sizeof uc_ranges / sizeof uc_ranges[0];

	if (wc >= 0x20 && wc < 0x7f)
		return 1;
	while (lo < hi) {	/* binary search of the generated ranges */
		size_t mid = (lo + hi) / 2;
		if (wc < uc_ranges[mid].lo)
			hi = mid;
		else if (wc > uc_ranges[mid].hi)
			lo = mid + 1;
		else
			return uc_ranges[mid].w;
	}
	return -1;
}

bool uc_cntrl(uint32_t wc)
{
	return wc < 0x20 || (wc >= 0x7f && wc < 0xa0) || wc == 0x2028 || wc == 0x2029;
}

size_t u8_width(const char *s, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7f) {
			w++, i++;
			continue;
		}
		uint32_t wc;
		size_t k = u8_decode(s + i, n - i, &wc);
		if (k == U8_INVALID) {
			w++, i++;
			continue;
		}
		if (k == U8_INCOMPLETE) {
			w++;
			break;
		}
		int cw = uc_width(wc);
		if (cw >= 0)
			w += (size_t)cw;
		else if (!uc_cntrl(wc))
			w++;
		i += k;
	}
	return w;
}
