/* include/lsfmt.h — what ls needs beside the runtime, each in its own file:
 *
 *   human.c       human_readable / human_options (gnulib): -h, --si, --block-size
 *   fnmatch.c     fnmatch(pattern, name, FNM_PERIOD) for --ignore and --hide
 *   filevercmp.c  GNU's version order (ls -v, sort -V)
 *   strftime.c    strftime with GNU's flags, %N and %z, for --time-style
 */
#ifndef SG_LSFMT_H
#define SG_LSFMT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "tz.h"

enum {
	HUMAN_AUTOSCALE = 1 << 0,	/* pick the unit: 1.5K */
	HUMAN_SI = 1 << 1,		/* print the unit letter */
	HUMAN_BASE_1024 = 1 << 2,	/* powers of 1024, not 1000 */
	HUMAN_B = 1 << 3,		/* append "B" (and "i" for 1024) */
	HUMAN_GROUP = 1 << 4,		/* 1,234 (the C locale has no separator) */
};
#define HUMAN_BUFSIZE 64
/* n units of from_size bytes, written in units of to_size bytes with
 * ceiling rounding; returns a pointer into buf. */
char *human_readable(uint64_t n, char *buf, int opts, uint64_t from_size, uint64_t to_size);
/* Parse a --block-size / BLOCK_SIZE value (spec NULL: the environment's
 * BLOCK_SIZE, BLOCKSIZE, else 1024 or 512 with POSIXLY_CORRECT).
 * Returns 0, or 1 invalid, 2 invalid suffix, 3 too large. */
int human_options(const char *spec, int *opts, uint64_t *block_size);

/* 0 when name matches the shell pattern; a leading '.' must be matched by
 * a '.' in the pattern (FNM_PERIOD). utf8: '?' and [...] take a character. */
int fnmatch_period(const char *pattern, const char *name, bool utf8);

/* <0, 0, >0 as a sorts before, equal to, after b in GNU's version order. */
int filevercmp(const char *a, const char *b);

/* strftime(3) with GNU's extensions (flags _ - 0 ^ #, widths, %N, %:z);
 * t is the time in seconds, ns its nanoseconds, zone the abbreviation for
 * %Z. Returns the length written (0 when it does not fit). */
size_t sg_strftime(char *buf, size_t size, const char *fmt, const struct tz_tm *tm, int64_t t, long ns,
		   const char *zone);

#endif
