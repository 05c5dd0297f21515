/* include/num.h — numbers from text, with overflow checks (src/lib/num.c). */
#ifndef SG_NUM_H
#define SG_NUM_H

#include <stdint.h>

/* Whole string in `base` (0: 0x.. hex, 0.. octal, else decimal); leading
 * blanks and one sign allowed (no '-' for the unsigned one).
 * Return 0, -EINVAL (not a number, trailing junk) or -ERANGE (too big). */
int parse_u64(const char *s, int base, uint64_t *out);
int parse_i64(const char *s, int base, int64_t *out);

#endif
