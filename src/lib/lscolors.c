/* src/lib/lscolors.c — parse LS_COLORS the way GNU ls does (see include/lscolors.h).
 *
 * LS_COLORS is "key=value:key=value:*.ext=value:..." where key is one of
 * the two-letter names below and a value may use \e \n \ooo \xHH ^X
 * escapes. GNU's built-in colours apply to keys LS_COLORS leaves out. */
#include "sg.h"
#include "lscolors.h"
#include "lsfmt.h"
#include "dircolors.h"
#include "quotearg.h"

static const char names[C_COUNT][2] = {
	"lc", "rc", "ec", "rs", "no", "fi", "di", "ln", "pi", "so", "bd", "cd", "mi", "or", "ex",
	"do", "su", "sg", "st", "ow", "tw", "ca", "mh", "cl",
};

/* GNU ls's defaults (its color_indicator table) */
struct bin_str color_ind[C_COUNT] = {
	[C_LEFT] = { 2, "\033[" }, [C_RIGHT] = { 1, "m" }, [C_RESET] = { 1, "0" },
	[C_DIR] = { 5, "01;34" }, [C_LINK] = { 5, "01;36" }, [C_FIFO] = { 2, "33" },
	[C_SOCK] = { 5, "01;35" }, [C_BLK] = { 5, "01;33" }, [C_CHR] = { 5, "01;33" },
	[C_EXEC] = { 5, "01;32" }, [C_DOOR] = { 5, "01;35" }, [C_SETUID] = { 5, "37;41" },
	[C_SETGID] = { 5, "30;43" }, [C_STICKY] = { 5, "37;44" }, [C_OTHER_WRITABLE] = { 5, "34;42" },
	[C_STICKY_OTHER_WRITABLE] = { 5, "30;42" }, [C_CLR_TO_EOL] = { 3, "\033[K" },
};
struct color_ext *color_exts;
bool color_symlink_as_referent;

bool is_colored(int type)
{
	size_t n = color_ind[type].len;
	const char *s = color_ind[type].s;
	if (n == 0)
		return false;
	if (n > 2)
		return true;
	return s[0] != '0' || s[n - 1] != '0';
}

/* One value from *src into *dst: GNU's get_funky_string. Stops at ':' or
 * the end (and at '=' when equals_end). */
static bool funky(char **dst, const char **src, bool equals_end, size_t *count)
{
	enum { GND, BACKSLASH, OCTAL, HEX, CARET, END, ERR } st = GND;
	const char *p = *src;
	char *q = *dst, num = 0;
	size_t n = 0;

	while (st < END) {
		switch (st) {
		case GND:
			switch (*p) {
			case ':': case 0: st = END; break;
			case '\\': st = BACKSLASH; p++; break;
			case '^': st = CARET; p++; break;
			case '=':
				if (equals_end) {
					st = END;
					break;
				}
				/* fall through */
			default: *q++ = *p++; n++; break;
			}
			break;
		case BACKSLASH:
			switch (*p) {
			case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
				st = OCTAL; num = (char)(*p - '0'); break;
			case 'x': case 'X': st = HEX; num = 0; break;
			case 'a': num = '\a'; break;
			case 'b': num = '\b'; break;
			case 'e': num = 27; break;
			case 'f': num = '\f'; break;
			case 'n': num = '\n'; break;
			case 'r': num = '\r'; break;
			case 't': num = '\t'; break;
			case 'v': num = '\v'; break;
			case '?': num = 127; break;
			case '_': num = ' '; break;
			case 0: st = ERR; break;
			default: num = *p; break;
			}
			if (st == BACKSLASH) {
				*q++ = num, n++;
				st = GND;
			}
			p++;
			break;
		case OCTAL:
			if (*p < '0' || *p > '7') {
				*q++ = num, n++;
				st = GND;
			} else {
				num = (char)((num << 3) + (*p++ - '0'));
			}
			break;
		case HEX:
			if (*p >= '0' && *p <= '9')
				num = (char)((num << 4) + (*p++ - '0'));
			else if ((*p | 32) >= 'a' && (*p | 32) <= 'f')
				num = (char)((num << 4) + ((*p++ | 32) - 'a') + 10);
			else {
				*q++ = num, n++;
				st = GND;
			}
			break;
		case CARET:
			st = GND;
			if (*p >= '@' && *p <= '~')
				*q++ = (char)(*p++ & 037), n++;
			else if (*p == '?')
				*q++ = 127, n++, p++;
			else
				st = ERR;
			break;
		default:
			break;
		}
	}
	*dst = q;
	*src = p;
	*count = n;
	return st != ERR;
}

static bool known_term(void)
{
	const char *term = getenv("TERM");
	if (!term || !*term)
		return false;
	for (const char *const *t = dircolors_terms; *t; t++)
		if (fnmatch_period(*t, term, false) == 0)
			return true;
	return false;
}

bool lscolors_init(void)
{
	const char *p = getenv("LS_COLORS");
	if (!p || !*p) {
		const char *ct = getenv("COLORTERM");
		return (ct && *ct) || known_term();
	}
	char *buf = malloc(strlen(p) + 1);
	if (!buf)
		error(2, ENOMEM, "memory exhausted");
	enum { START, TWO, EQ, EXT_EQ, DONE, FAIL } st = START;
	char l0 = 0, l1 = 0;
	struct color_ext *ext = NULL;

	while (st != DONE && st != FAIL) {
		switch (st) {
		case START:
			if (*p == ':') {
				p++;
			} else if (*p == '*') {
				ext = malloc(sizeof *ext);
				if (!ext)
					error(2, ENOMEM, "memory exhausted");
				ext->next = color_exts;
				color_exts = ext;
				p++;
				ext->ext.s = buf;
				st = funky(&buf, &p, true, &ext->ext.len) ? EXT_EQ : FAIL;
			} else if (*p == 0) {
				st = DONE;
			} else {
				l0 = *p++;
				st = TWO;
			}
			break;
		case TWO:
			if (*p) {
				l1 = *p++;
				st = EQ;
			} else {
				st = FAIL;
			}
			break;
		case EQ:
			st = FAIL;
			if (*p++ == '=') {
				for (int i = 0; i < C_COUNT; i++)
					if (names[i][0] == l0 && names[i][1] == l1) {
						color_ind[i].s = buf;
						st = funky(&buf, &p, false, &color_ind[i].len) ? START : FAIL;
						break;
					}
				if (st == FAIL) {
					char lab[3] = { l0, l1, 0 };
					error(0, 0, "unrecognized prefix: %s", quote(lab));
				}
			}
			break;
		case EXT_EQ:
			if (*p++ == '=') {
				ext->seq.s = buf;
				st = funky(&buf, &p, false, &ext->seq.len) ? START : FAIL;
			} else {
				st = FAIL;
			}
			break;
		default:
			break;
		}
	}
	if (st == FAIL) {
		error(0, 0, "unparsable value for LS_COLORS environment variable");
		color_exts = NULL;
		return false;
	}
	if (color_ind[C_LINK].len == 6 && memcmp(color_ind[C_LINK].s, "target", 6) == 0)
		color_symlink_as_referent = true;
	return true;
}
