/* src/lib/filevercmp.c — GNU's version order (gnulib filevercmp, 2022 rules).
 *
 * "." first, then "..", then other names starting with '.', then the rest.
 * A name's suffix ((\.[A-Za-z~][A-Za-z0-9~]*)*$, all of ".bashrc") is set aside for a first
 * comparison; runs of digits compare as numbers, other bytes as
 * letters < other bytes, with '~' before everything, even the end. */
#include "sg.h"
#include "lsfmt.h"

static bool isdig(unsigned char c) { return c >= '0' && c <= '9'; }
static bool isalph(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* The length of s without its suffix: the longest tail matching
 * (\.[A-Za-z~][A-Za-z0-9~]*)*$ — which may be all of a hidden name */
static size_t prefix_len(const char *s, size_t n)
{
	size_t prefix = 0;
	for (size_t i = 0; i < n;) {
		if (s[i] == '.' && i + 1 < n && (isalph((unsigned char)s[i + 1]) || s[i + 1] == '~')) {
			for (i += 2; i < n && (isalph((unsigned char)s[i]) || isdig((unsigned char)s[i]) || s[i] == '~'); i++)
				;
			continue;
		}
		prefix = ++i;
	}
	return prefix;
}

static int order(const char *s, size_t pos, size_t len)
{
	if (pos == len)
		return -1;
	unsigned char c = (unsigned char)s[pos];
	if (isdig(c))
		return 0;
	if (isalph(c))
		return c;
	if (c == '~')
		return -2;
	return c + 256;
}

static int verrevcmp(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0;
	while (i < alen || j < blen) {
		int first_diff = 0;
		while ((i < alen && !isdig((unsigned char)a[i])) || (j < blen && !isdig((unsigned char)b[j]))) {
			int ac = order(a, i, alen), bc = order(b, j, blen);
			if (ac != bc)
				return ac - bc;
			i++, j++;
		}
		while (i < alen && a[i] == '0')
			i++;
		while (j < blen && b[j] == '0')
			j++;
		while (i < alen && j < blen && isdig((unsigned char)a[i]) && isdig((unsigned char)b[j])) {
			if (!first_diff)
				first_diff = a[i] - b[j];
			i++, j++;
		}
		if (i < alen && isdig((unsigned char)a[i]))
			return 1;
		if (j < blen && isdig((unsigned char)b[j]))
			return -1;
		if (first_diff)
			return first_diff;
	}
	return 0;
}

int filevercmp(const char *a, const char *b)
{
	int simple = strcmp(a, b);

	if (simple == 0)
		return 0;
	if (!a[0])
		return -1;
	if (!b[0])
		return 1;
	if (a[0] == '.') {	/* ".", "..", then other hidden names, then the rest */
		if (b[0] != '.')
			return -1;
		if (!a[1])
			return -1;
		if (!b[1])
			return 1;
		if (a[1] == '.' && !a[2])
			return -1;
		if (b[1] == '.' && !b[2])
			return 1;
	} else if (b[0] == '.') {
		return 1;
	}
	size_t alen = strlen(a), blen = strlen(b);
	size_t ap = prefix_len(a, alen), bp = prefix_len(b, blen);
	int r = verrevcmp(a, ap, b, bp);
	if (!r && !(ap == alen && bp == blen))
		r = verrevcmp(a, alen, b, blen);
	return r ? r : simple;
}
