/* include/uchar.h — UTF-8 characters: decoding, width, printability (src/lib/uchar.c).
 *
 * What glibc's mbrtowc, wcwidth, iswprint and iswcntrl answer in C.UTF-8,
 * without libc: the width table is generated at build time from Debian's
 * unicode-data (src/gen/wcwidth.c), never typed.
 */
#ifndef SG_UCHAR_H
#define SG_UCHAR_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define U8_INVALID ((size_t)-1)		/* not UTF-8: skip one byte */
#define U8_INCOMPLETE ((size_t)-2)	/* a valid start cut off by the end */

/* Decode one character of s (n > 0 bytes) into *wc: its length in bytes,
 * or U8_INVALID / U8_INCOMPLETE as glibc's mbrtowc (overlong forms,
 * surrogates and values past U+10FFFF are invalid). */
size_t u8_decode(const char *s, size_t n, uint32_t *wc);
/* wcwidth(): columns of a printable character, -1 if not printable. */
int uc_width(uint32_t wc);
/* iswcntrl(): C0, DEL, C1, U+2028, U+2029. */
bool uc_cntrl(uint32_t wc);
/* mbsnwidth(s, n, 0): columns of a string; an invalid byte or a cut-off
 * character counts 1, an unprintable character 1 unless it is a control. */
size_t u8_width(const char *s, size_t n);

/* The locale for LC_CTYPE as glibc's setlocale(LC_ALL, "") picks it from
 * LC_ALL, LC_CTYPE and LANG: true when it is an installed UTF-8 locale
 * (C.UTF-8, xx_YY.UTF-8, ...). Also sets sg_utf8. */
bool locale_init(void);
/* Whether LC_TIME is a locale other than C/POSIX (hard_locale), as loaded. */
extern bool sg_hard_time;
/* Whether LC_COLLATE is a locale other than C/POSIX. */
extern bool sg_hard_collate;

#endif
