/* include/quote.h — an operand quoted for a message, as GNU's quote() does (src/lib/quote.c). */
#ifndef SG_QUOTE_H
#define SG_QUOTE_H

/* 'name' in the C locale, ‘name’ in a UTF-8 one; backslash escapes for
 * control characters, octal for other unprintable bytes. The result lives
 * until the fourth call after this one. */
const char *quote(const char *s);

/* 'name' the way a shell would read it back (GNU's quoteaf): '...', or
 * "..." around a ', and $'\t' for unprintable bytes, in any locale. */
const char *quote_shell(const char *s);

#endif
