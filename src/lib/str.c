/* src/lib/str.c — string functions. Plain loops, so a student sees the
 * whole idea, except memchr, which cat and ls lean on. */
#include "sg.h"

size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (!*a)
			break;
	}
	return 0;
}

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	for (;; s++) {
		if (*s == (char)c)
			last = s;
		if (!*s)
			return (char *)last;
	}
}

/* 8 bytes at a time: cat -n and ls spend their time looking for '\n'.
 * After w ^= c repeated in every byte, a byte of w is zero where the input
 * matched; (w - 0x01..01) & ~w & 0x80..80 is non-zero iff w has a zero byte,
 * and its lowest set bit marks the first one (borrows only run upwards). */
void *memchr(const void *s, int c, size_t n)
{
	const uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
	const unsigned char *p = s;

	for (; n >= 8; n -= 8, p += 8) {
		uint64_t w;
		__builtin_memcpy(&w, p, 8);	/* unaligned load, one instruction */
		w ^= ones * (unsigned char)c;
		uint64_t z = (w - ones) & ~w & highs;
		if (z)
			return (void *)(p + (__builtin_ctzll(z) >> 3));
	}
	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

char *stpcpy(char *dst, const char *src)
{
	while ((*dst = *src))
		dst++, src++;
	return dst;
}

size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t n = strlen(src);

	if (size) {
		size_t k = n < size - 1 ? n : size - 1;
		memcpy(dst, src, k);
		dst[k] = 0;
	}
	return n;
}

bool str_starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

const char *str_basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}
