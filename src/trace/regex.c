/* src/trace/regex.c — the POSIX extended regular expressions of -e trace=/REGEX.
 *
 * strace hands /REGEX to regcomp(REG_EXTENDED|REG_NOSUB) and keeps every
 * call whose name regexec finds it in (anywhere: "/^sig" or "/stat$" anchor
 * it). Names are short, so the expression is compiled into a few
 * instructions for a backtracking machine (as in Thompson's and Pike's
 * papers) at each search:
 *
 *   CHAR c   ANY   CLASS set   BOL   EOL   match one thing, or fail
 *   SPLIT x y   try x, then y      JMP x      MATCH
 *
 *   a|b   SPLIT L1 L2; L1: a; JMP E; L2: b; E:
 *   e*    L: SPLIT B E; B: e; JMP L; E:      e+   B: e; SPLIT B E; E:
 *   e?    SPLIT B E; B: e; E:
 *
 * Supported: literals, \c, ., [set] [^set] with ranges and [:classes:],
 * ( ), |, *, +, ?, ^, $. Errors use glibc's words ("Invalid preceding
 * regular expression"...). Bounds {n,m} are refused ("Unmatched \{" is
 * what glibc says for a bad one; trace says it for any).
 */
#include "trace.h"

enum { I_CHAR, I_ANY, I_CLASS, I_BOL, I_EOL, I_SPLIT, I_JMP, I_MATCH };
struct ins {
	unsigned char op, c;
	short x, y;
	unsigned char cls[32];
};
#define MAXINS 512

static struct ins code[MAXINS];
static int ncode;
static const char *src, *err;

static int emit(unsigned char op)
{
	if (ncode >= MAXINS) {
		err = "Regular expression too big";
		return ncode - 1;
	}
	memset(&code[ncode], 0, sizeof code[0]);
	code[ncode].op = op;
	return ncode++;
}

/* make room for one instruction at pos; jumps past it move along */
static void insert(int pos)
{
	if (ncode >= MAXINS) {
		err = "Regular expression too big";
		return;
	}
	memmove(&code[pos + 1], &code[pos], (size_t)(ncode - pos) * sizeof code[0]);
	ncode++;
	memset(&code[pos], 0, sizeof code[0]);
	/* a jump from before pos to pos now reaches the new instruction; one
	 * from the moved part follows its target */
	for (int i = 0; i < ncode; i++)
		if (i != pos && (code[i].op == I_SPLIT || code[i].op == I_JMP)) {
			int lim = i > pos ? pos : pos + 1;
			if (code[i].x >= lim)
				code[i].x++;
			if (code[i].y >= lim)
				code[i].y++;
		}
}

static void cls_set(unsigned char *cls, int c) { cls[c >> 3] |= (unsigned char)(1 << (c & 7)); }

static int is_class(const char *name, int c)
{
	if (!strcmp(name, "alpha")) return (c | 32) >= 'a' && (c | 32) <= 'z';
	if (!strcmp(name, "digit")) return c >= '0' && c <= '9';
	if (!strcmp(name, "alnum")) return is_class("alpha", c) || is_class("digit", c);
	if (!strcmp(name, "lower")) return c >= 'a' && c <= 'z';
	if (!strcmp(name, "upper")) return c >= 'A' && c <= 'Z';
	if (!strcmp(name, "space")) return c == ' ' || (c >= 9 && c <= 13);
	if (!strcmp(name, "punct")) return c > 32 && c < 127 && !is_class("alnum", c);
	if (!strcmp(name, "xdigit")) return is_class("digit", c) || ((c | 32) >= 'a' && (c | 32) <= 'f');
	return -1;
}

static void bracket(int at)
{
	unsigned char *cls = code[at].cls;
	int neg = *src == '^';
	src += neg;
	for (int first = 1; first || *src != ']'; first = 0) {
		if (!*src) {
			err = "Unmatched [, [^, [:, [., or [=";
			return;
		}
		if (src[0] == '[' && src[1] == ':') {
			const char *e = src + 2;
			while (*e && !(e[0] == ':' && e[1] == ']'))
				e++;
			if (!*e)
				e = NULL;
			char name[16];
			size_t n = e ? (size_t)(e - src - 2) : 0;
			if (!e || n >= sizeof name) {
				err = "Unmatched [, [^, [:, [., or [=";
				return;
			}
			memcpy(name, src + 2, n);
			name[n] = 0;
			if (is_class(name, 'a') < 0) {
				err = "Invalid character class name";
				return;
			}
			for (int c = 1; c < 256; c++)
				if (is_class(name, c) > 0)
					cls_set(cls, c);
			src = e + 2;
			continue;
		}
		int lo = (unsigned char)*src++, hi = lo;
		if (src[0] == '-' && src[1] && src[1] != ']') {
			hi = (unsigned char)src[1];
			src += 2;
			if (hi < lo) {
				err = "Invalid range end";
				return;
			}
		}
		for (int c = lo; c <= hi; c++)
			cls_set(cls, c);
	}
	src++;
	if (neg)
		for (int i = 0; i < 32; i++)
			cls[i] = (unsigned char)~cls[i];
}

static void alt(void);

/* one atom, then its quantifiers */
static void piece(void)
{
	int start = ncode;
	char c = *src++;

	switch (c) {
	case '(':
		alt();
		if (*src != ')') {
			err = "Unmatched ( or \\(";
			return;
		}
		src++;
		break;
	case '.': emit(I_ANY); break;
	case '^': emit(I_BOL); break;
	case '$': emit(I_EOL); break;
	case '[': bracket(emit(I_CLASS)); break;
	case '*': case '+': case '?':
		err = "Invalid preceding regular expression";
		return;
	case '{':
		err = "Invalid preceding regular expression";
		return;
	case '\\':
		if (!*src) {
			err = "Trailing backslash";
			return;
		}
		c = *src++;
		/* fall through */
	default:
		code[emit(I_CHAR)].c = (unsigned char)c;
	}
	while (!err && (*src == '*' || *src == '+' || *src == '?' || *src == '{')) {
		char q = *src++;
		if (q == '{') {
			err = "Unmatched \\{";
			return;
		}
		if (q == '+') {
			int s = emit(I_SPLIT);
			code[s].x = (short)start;
			code[s].y = (short)(s + 1);
			continue;
		}
		insert(start);		/* the SPLIT before the atom */
		code[start].op = I_SPLIT;
		code[start].x = (short)(start + 1);
		if (q == '*') {
			int j = emit(I_JMP);
			code[j].x = (short)start;
		}
		code[start].y = (short)ncode;
	}
}

static void seq(void)
{
	while (!err && *src && *src != '|' && *src != ')')
		piece();
}

static void alt(void)
{
	int start = ncode;
	seq();
	while (!err && *src == '|') {
		src++;
		insert(start);
		code[start].op = I_SPLIT;
		code[start].x = (short)(start + 1);
		int j = emit(I_JMP);
		code[start].y = (short)ncode;
		seq();
		code[j].x = (short)ncode;
	}
}

static const char *compile(const char *re)
{
	ncode = 0;
	err = NULL;
	src = re;
	alt();
	while (!err && *src == ')') {	/* an unmatched ')' is an ordinary character in ERE */
		code[emit(I_CHAR)].c = ')';
		src++;
		seq();
	}
	emit(I_MATCH);
	return err;
}

static int run(int pc, const char *s, const char *begin, int depth)
{
	if (depth > 10000)
		return 0;
	for (;;) {
		const struct ins *i = &code[pc];
		switch (i->op) {
		case I_CHAR: if (*s != (char)i->c) return 0; s++; pc++; break;
		case I_ANY: if (!*s) return 0; s++; pc++; break;
		case I_CLASS: {
			unsigned char c = (unsigned char)*s;
			if (!c || !(i->cls[c >> 3] & (1 << (c & 7))))
				return 0;
			s++;
			pc++;
			break;
		}
		case I_BOL: if (s != begin) return 0; pc++; break;
		case I_EOL: if (*s) return 0; pc++; break;
		case I_JMP: pc = i->x; break;
		case I_SPLIT:
			if (run(i->x, s, begin, depth + 1))
				return 1;
			pc = i->y;
			break;
		default: return 1;
		}
	}
}

const char *regex_check(const char *re)
{
	return compile(re);
}

int regex_search(const char *re, const char *s)
{
	if (compile(re))
		return 0;
	for (const char *p = s;; p++) {
		if (run(0, p, s, 0))
			return 1;
		if (!*p)
			return 0;
	}
}
