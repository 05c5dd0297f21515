/* include/quotearg.h — names quoted the way GNU tools quote them (src/lib/quotearg.c).
 *
 * The styles of gnulib's quotearg, as ls --quoting-style and error lines
 * use them:
 *   literal              as is
 *   shell                'a b' only when a shell needs quotes; control bytes raw
 *   shell-always         always '...'
 *   shell-escape         like shell, control bytes as $'\n'
 *   shell-escape-always  like shell-always, with $'\n'   (error lines: quoteaf)
 *   c                    "a\nb"
 *   c-maybe              like c, quotes only when needed
 *   escape               a\nb
 *   locale, clocale      'a' / "a" in the C locale, ‘a’ in UTF-8   (quote())
 * In a UTF-8 locale (utf8 true) printable characters pass as they are and
 * only unprintable or invalid bytes are escaped; in the C locale every byte
 * >= 0x80 is unprintable.
 */
#ifndef SG_QUOTEARG_H
#define SG_QUOTEARG_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

enum qstyle {
	Q_LITERAL, Q_SHELL, Q_SHELL_ALWAYS, Q_SHELL_ESCAPE, Q_SHELL_ESCAPE_ALWAYS,
	Q_C, Q_C_MAYBE, Q_ESCAPE, Q_LOCALE, Q_CLOCALE
};

struct qopts {
	enum qstyle style;
	uint32_t too[8];	/* bitmap of further bytes to backslash (set_char_quoting) */
};

/* The names ls --quoting-style accepts, in Q_ order. */
extern const char *const qstyle_names[];

/* Quote arg (argsize bytes, or up to its NUL when argsize is SIZE_MAX) into
 * buf (size bytes, NUL-terminated when it fits). Returns the quoted length,
 * which may be more than size: then call again with a bigger buffer. */
size_t quotearg_buf(char *buf, size_t size, const char *arg, size_t argsize, const struct qopts *o);

/* Quoted into one of a few rotating static buffers (long names are cut). */
const char *quote_style(enum qstyle s, const char *arg);
/* quote(): the locale style, for arguments in messages ('x' or ‘x’) */
const char *quote(const char *arg);
/* quoteaf(): shell-escape-always, for file names in messages */
const char *quoteaf(const char *arg);

/* Whether the C type functions see UTF-8 (set once by locale_init). */
extern bool sg_utf8;

#endif
