/* src/lib/quotearg.c — gnulib's quoting styles, byte for byte (see include/quotearg.h).
 *
 * One pass over the name decides, byte by byte (or character by character
 * in UTF-8), whether it passes, is backslash-escaped, or forces the styles
 * that quote only when needed (shell, shell-escape) to start over in their
 * "always" form. In the shell styles an escape opens a $'...' run: 'a'$'\n''b'.
 * A name whose only trouble is a ' is written "it's" instead.
 */
#include "sg.h"
#include "quotearg.h"
#include "uchar.h"

const char *const qstyle_names[] = {
	"literal", "shell", "shell-always", "shell-escape", "shell-escape-always",
	"c", "c-maybe", "escape", "locale", "clocale", NULL
};

struct qbuf {
	char *buf;
	size_t size, len;
};

static void put(struct qbuf *q, char c)
{
	if (q->len < q->size)
		q->buf[q->len] = c;
	q->len++;
}

static bool printable_byte(unsigned char c) { return c >= 0x20 && c < 0x7f; }

/* Returns false when the style must restart with outer quotes (gnulib's
 * force_outer_quoting_style). */
static bool quote_pass(struct qbuf *q, const char *arg, size_t argsize, enum qstyle style,
		       bool elide, const uint32_t *too, bool *redo_c)
{
	const char *qstr = NULL;
	bool bs = false, pending_end = false, seen_quote1 = false, all_compat = true;
	bool shell = false;

	switch (style) {
	case Q_C_MAYBE:
		style = Q_C;
		elide = true;
		/* fall through */
	case Q_C:
		if (!elide)
			put(q, '"');
		bs = true;
		qstr = "\"";
		break;
	case Q_ESCAPE:
		bs = true;
		elide = false;
		break;
	case Q_LOCALE:
	case Q_CLOCALE:
		if (!elide)
			for (const char *p = sg_utf8 ? "\xe2\x80\x98" : style == Q_CLOCALE ? "\"" : "'"; *p; p++)
				put(q, *p);
		bs = true;
		qstr = sg_utf8 ? "\xe2\x80\x99" : style == Q_CLOCALE ? "\"" : "'";
		break;
	case Q_SHELL_ESCAPE:
		bs = true;
		elide = true;
		shell = true;
		break;
	case Q_SHELL:
		elide = true;
		shell = true;
		break;
	case Q_SHELL_ESCAPE_ALWAYS:
		if (!elide)
			bs = true;
		shell = true;
		break;
	case Q_SHELL_ALWAYS:
		shell = true;
		break;
	case Q_LITERAL:
		elide = false;
		break;
	}
	if (shell) {
		if (!elide)
			put(q, '\'');
		qstr = "'";
	}
	size_t qlen = qstr ? strlen(qstr) : 0;
	if (argsize == SIZE_MAX)
		argsize = strlen(arg);

/* open an escape: in the shell styles, a $'...' run */
#define START_ESC() do {						\
		if (elide)						\
			return false;					\
		escaping = true;					\
		if (shell && !pending_end) {				\
			put(q, '\''); put(q, '$'); put(q, '\'');	\
			pending_end = true;				\
		}							\
		put(q, '\\');						\
	} while (0)
#define END_ESC() do {							\
		if (pending_end && !escaping) {				\
			put(q, '\''); put(q, '\'');			\
			pending_end = false;				\
		}							\
	} while (0)

	for (size_t i = 0; i < argsize; i++) {
		unsigned char c = (unsigned char)arg[i], esc = 0;
		bool right_quote = false, escaping = false, compat = false;

		if (bs && !shell && qlen && i + qlen <= argsize && memcmp(arg + i, qstr, qlen) == 0) {
			if (elide)
				return false;
			right_quote = true;
		}
		switch (c) {
		case '\0':
			if (bs) {
				START_ESC();
				c = '0';
			}
			goto check_too;
		case '?':
			if (shell && elide)
				return false;
			goto check_too;
		case '\a': esc = 'a'; goto c_escape;
		case '\b': esc = 'b'; goto c_escape;
		case '\f': esc = 'f'; goto c_escape;
		case '\n': esc = 'n'; goto c_and_shell_escape;
		case '\r': esc = 'r'; goto c_and_shell_escape;
		case '\t': esc = 't'; goto c_and_shell_escape;
		case '\v': esc = 'v'; goto c_escape;
		case '\\':
			esc = c;
			if (shell) {	/* a shell needs no \\ inside '...' */
				if (elide)
					return false;
				goto store_c;
			}
			if (bs && elide && qlen)
				goto store_c;
c_and_shell_escape:
			if (shell && elide)
				return false;
c_escape:
			if (bs) {
				c = esc;
				goto store_escape;
			}
			goto check_too;
		case '{': case '}':
			if (argsize != 1)
				goto check_too;
			/* fall through */
		case '#': case '~':
			if (i != 0)
				goto check_too;
			/* fall through */
		case ' ':
			compat = true;
			/* fall through */
		case '!': case '"': case '$': case '&': case '(': case ')': case '*':
		case ';': case '<': case '=': case '>': case '[': case '^': case '`': case '|':
			if (shell && elide)
				return false;
			goto check_too;
		case '\'':
			seen_quote1 = true;
			compat = true;
			if (shell) {
				if (elide)
					return false;
				put(q, '\''); put(q, '\\'); put(q, '\'');
				pending_end = false;
			}
			goto check_too;
		case '%': case '+': case ',': case '-': case '.': case '/': case ':': case ']': case '_':
			compat = true;
			goto check_too;
		default:
			if ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')) {
				compat = true;
				goto check_too;
			}
			break;
		}

		/* anything else: one character, maybe several bytes */
		{
			size_t m = 1;
			bool printable;
			if (!sg_utf8) {
				printable = printable_byte(c);
			} else {
				uint32_t wc;
				size_t k = u8_decode(arg + i, argsize - i, &wc);
				if (k == U8_INVALID) {
					m = 0, printable = false;
				} else if (k == U8_INCOMPLETE) {
					m = argsize - i, printable = false;
				} else {
					m = k;
					printable = uc_width(wc) >= 0;
					/* old shells took a second byte for a special ASCII one */
					if (elide && shell)
						for (size_t j = 1; j < k; j++)
							if (strchr("[\\^`|", arg[i + j]))
								return false;
				}
			}
			compat = printable;
			if (m > 1 || (bs && !printable)) {
				size_t ilim = i + m;
				for (;;) {
					if (bs && !printable) {
						START_ESC();
						put(q, (char)('0' + (c >> 6)));
						put(q, (char)('0' + ((c >> 3) & 7)));
						c = (unsigned char)('0' + (c & 7));
					} else if (right_quote) {
						put(q, '\\');
						right_quote = false;
					}
					if (ilim <= i + 1)
						break;
					END_ESC();
					put(q, (char)c);
					c = (unsigned char)arg[++i];
				}
				goto store_c;
			}
		}
check_too:
		if (!(((bs && !shell) || elide) && too && (too[c / 32] >> (c % 32) & 1)) && !right_quote)
			goto store_c;
store_escape:
		START_ESC();
store_c:
		END_ESC();
		put(q, (char)c);
		if (!compat)
			all_compat = false;
	}
	if (q->len == 0 && shell && elide)
		return false;
	if (shell && !elide && seen_quote1 && all_compat) {
		*redo_c = true;
		return true;
	}
	if (qstr && !elide)
		for (const char *p = qstr; *p; p++)
			put(q, *p);
	return true;
#undef START_ESC
#undef END_ESC
}

size_t quotearg_buf(char *buf, size_t size, const char *arg, size_t argsize, const struct qopts *o)
{
	struct qbuf q = { buf, size, 0 };
	enum qstyle style = o->style;
	const uint32_t *too = o->too;
	bool elide = false, redo_c = false;

	for (;;) {
		q.len = 0;
		redo_c = false;
		if (quote_pass(&q, arg, argsize, style, elide, too, &redo_c)) {
			if (!redo_c)
				break;
			style = Q_C;	/* "it's" reads better than 'it'\''s' */
			continue;
		}
		/* restart with outer quotes; the extra bytes no longer need escapes */
		style = style == Q_SHELL_ESCAPE || style == Q_SHELL_ESCAPE_ALWAYS ? Q_SHELL_ESCAPE_ALWAYS
			: style == Q_SHELL || style == Q_SHELL_ALWAYS ? Q_SHELL_ALWAYS
			: style == Q_C_MAYBE ? Q_C : style;
		too = NULL;
		elide = false;
	}
	if (q.len < size)
		buf[q.len] = 0;
	return q.len;
}

const char *quote_style(enum qstyle s, const char *arg)
{
	static char bufs[4][4 * 4096 + 64];
	static unsigned which;
	char *b = bufs[which++ % 4];
	struct qopts o;

	memset(&o, 0, sizeof o);
	o.style = s;
	size_t n = quotearg_buf(b, sizeof bufs[0], arg, SIZE_MAX, &o);
	if (n >= sizeof bufs[0])
		b[sizeof bufs[0] - 1] = 0;
	return b;
}

const char *quote(const char *arg) { return quote_style(Q_LOCALE, arg); }
const char *quoteaf(const char *arg) { return quote_style(Q_SHELL_ESCAPE_ALWAYS, arg); }
