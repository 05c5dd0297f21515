/* src/trace/demangle.c — -k: C++ symbol names as strace shows them, read
 * by the Itanium C++ ABI's mangling grammar (section 5.1) and written the
 * way GNU's demangler writes them: "ns::A::f(std::string const&, int)",
 * qualifiers after the type, "> >" between closing brackets.
 *
 * A subset: nested and template names, constructors and destructors, the
 * operators, builtin, qualified, pointer and reference types, the std::
 * abbreviations and back-references (S_, T_). A name using anything else
 * (function and array types, expressions, lambdas...) stays mangled.
 */
#include "trace.h"

#define DM_MAX 4096
#define NSUB 64
struct dm {
	const char *p;
	int bad;
	char sub[NSUB][DM_MAX];		/* the substitution candidates, in order */
	int nsub;
	char targ[16][DM_MAX];		/* the function's template arguments, for T_ */
	int ntarg;
	int ctor;			/* the last component is a constructor or destructor */
	int packn[16];			/* a T_ that is a pack (J...E): its size, else -1 */
	int expand_ok;			/* Dp: the packs in its pattern have one element */
};
struct s { char b[DM_MAX]; size_t n; };

static void put(struct dm *d, struct s *o, const char *t)
{
	size_t n = strlen(t);
	if (o->n + n >= DM_MAX) {
		d->bad = 1;
		return;
	}
	memcpy(o->b + o->n, t, n + 1);
	o->n += n;
}

static void copy(char *dst, const char *src)	/* both DM_MAX */
{
	size_t n = strlen(src);
	memcpy(dst, src, n < DM_MAX ? n + 1 : DM_MAX);
	dst[DM_MAX - 1] = 0;
}

static void add_sub(struct dm *d, const char *t)
{
	if (d->nsub < NSUB)
		copy(d->sub[d->nsub++], t);
	else
		d->bad = 1;
}

static unsigned long number(struct dm *d)
{
	unsigned long v = 0;
	if (*d->p < '0' || *d->p > '9')
		d->bad = 1;
	while (*d->p >= '0' && *d->p <= '9')
		v = v * 10 + (unsigned long)(*d->p++ - '0');
	return v;
}

/* S_ S0_ ... S9_ SA_ ...: base 36, after the first; T_ T0_ alike */
static long seq_id(struct dm *d)
{
	long v = 0;
	if (*d->p == '_') {
		d->p++;
		return 0;
	}
	while (*d->p && *d->p != '_') {
		char c = *d->p++;
		if (c >= '0' && c <= '9')
			v = v * 36 + (c - '0');
		else if (c >= 'A' && c <= 'Z')
			v = v * 36 + (c - 'A' + 10);
		else
			return d->bad = 1, 0;
	}
	if (*d->p++ != '_')
		d->bad = 1;
	return v + 1;
}

static const struct { const char *code, *name; } builtins[] = {
	{ "v", "void" }, { "w", "wchar_t" }, { "b", "bool" }, { "c", "char" }, { "a", "signed char" },
	{ "h", "unsigned char" }, { "s", "short" }, { "t", "unsigned short" }, { "i", "int" },
	{ "j", "unsigned int" }, { "l", "long" }, { "m", "unsigned long" }, { "x", "long long" },
	{ "y", "unsigned long long" }, { "n", "__int128" }, { "o", "unsigned __int128" },
	{ "f", "float" }, { "d", "double" }, { "e", "long double" }, { "g", "__float128" },
	{ "z", "..." }, { "Di", "char32_t" }, { "Ds", "char16_t" }, { "Du", "char8_t" },
	{ "Dn", "decltype(nullptr)" }, { NULL, NULL }
};
static const struct { const char *code, *name; } operators[] = {
	{ "nw", "new" }, { "na", "new[]" }, { "dl", "delete" }, { "da", "delete[]" }, { "ps", "+" },
	{ "ng", "-" }, { "ad", "&" }, { "de", "*" }, { "co", "~" }, { "pl", "+" }, { "mi", "-" },
	{ "ml", "*" }, { "dv", "/" }, { "rm", "%" }, { "an", "&" }, { "or", "|" }, { "eo", "^" },
	{ "aS", "=" }, { "pL", "+=" }, { "mI", "-=" }, { "mL", "*=" }, { "dV", "/=" }, { "rM", "%=" },
	{ "aN", "&=" }, { "oR", "|=" }, { "eO", "^=" }, { "ls", "<<" }, { "rs", ">>" }, { "lS", "<<=" },
	{ "rS", ">>=" }, { "eq", "==" }, { "ne", "!=" }, { "lt", "<" }, { "gt", ">" }, { "le", "<=" },
	{ "ge", ">=" }, { "ss", "<=>" }, { "nt", "!" }, { "aa", "&&" }, { "oo", "||" }, { "pp", "++" },
	{ "mm", "--" }, { "cm", "," }, { "pm", "->*" }, { "pt", "->" }, { "cl", "()" }, { "ix", "[]" },
	{ NULL, NULL }
};
/* before a constructor or destructor, GNU's demangler writes them in full */
static const struct { char c; const char *name, *full; } std_subs[] = {
	{ 'a', "std::allocator", "std::allocator" },
	{ 'b', "std::basic_string", "std::basic_string" },
	{ 's', "std::string", "std::basic_string<char, std::char_traits<char>, std::allocator<char> >" },
	{ 'i', "std::istream", "std::basic_istream<char, std::char_traits<char> >" },
	{ 'o', "std::ostream", "std::basic_ostream<char, std::char_traits<char> >" },
	{ 'd', "std::iostream", "std::basic_iostream<char, std::char_traits<char> >" },
	{ 0, NULL, NULL }
};

static void type(struct dm *d, struct s *o);

/* I <arg>+ E: "<a, b>"; into args when given (the function's, for T_) */
static void template_args(struct dm *d, struct s *o, int keep)
{
	int ctor = d->ctor;	/* the arguments' own names do not change it */

	d->p++;
	put(d, o, o->n && o->b[o->n - 1] == '<' ? " <" : "<");	/* operator<< <T> */
	if (keep)
		d->ntarg = 0;
	for (int i = 0; *d->p != 'E' && !d->bad; i++) {
		struct s a = { "", 0 };
		int pack = -1;
		if (*d->p == 'J') {		/* J <arg>* E: a pack, its elements in line */
			d->p++;
			for (pack = 0; *d->p != 'E' && !d->bad; pack++) {
				if (pack)
					put(d, &a, ", ");
				type(d, &a);
			}
			d->p++;
			if (!pack) {	/* an empty pack leaves no ", " behind: not handled */
				d->bad = 1;
				break;
			}
		} else if (*d->p == 'L') {	/* L <type> <value> E: an integer */
			d->p++;
			struct s t = { "", 0 };
			type(d, &t);
			int neg = *d->p == 'n';
			d->p += neg;
			unsigned long v = number(d);
			if (*d->p++ != 'E')
				d->bad = 1;
			if (strcmp(t.b, "bool") == 0)
				put(d, &a, v ? "true" : "false");
			else {
				char num[32];
				snprintf(num, sizeof num, "%s%lu%s", neg ? "-" : "", v,
					 strcmp(t.b, "int") == 0 ? "" : strcmp(t.b, "unsigned int") == 0 ? "u" :
					 strcmp(t.b, "long") == 0 ? "l" : strcmp(t.b, "unsigned long") == 0 ? "ul" : "?");
				if (strchr(num, '?'))
					d->bad = 1;
				put(d, &a, num);
			}
		} else
			type(d, &a);
		if (i)
			put(d, o, ", ");
		put(d, o, a.b);
		if (keep && d->ntarg < 16) {
			d->packn[d->ntarg] = pack;
			copy(d->targ[d->ntarg++], a.b);
		}
	}
	d->p++;
	put(d, o, o->n && o->b[o->n - 1] == '>' ? " >" : ">");
	d->ctor = ctor;
}

/* one component of a name; last: the name's last ctor/dtor takes prefix's last part */
static void unqualified(struct dm *d, struct s *o, const char *enclosing)
{
	char c = *d->p;
	d->ctor = 0;
	if (c >= '0' && c <= '9') {
		unsigned long n = number(d);
		if (strlen(d->p) < n)
			return (void)(d->bad = 1);
		if (n > 10 && memcmp(d->p, "_GLOBAL__N", 10) == 0)
			put(d, o, "(anonymous namespace)");
		else {
			char t[DM_MAX];
			if (n >= sizeof t)
				return (void)(d->bad = 1);
			memcpy(t, d->p, n);
			t[n] = 0;
			put(d, o, t);
		}
		d->p += n;
	} else if ((c == 'C' && d->p[1] >= '1' && d->p[1] <= '5') || (c == 'D' && d->p[1] >= '0' && d->p[1] <= '5')) {
		const char *last = enclosing;	/* the class's own name, without its template args */
		int depth = 0;
		for (const char *q = enclosing; *q; q++)
			if (*q == '<' || *q == '>')
				depth += *q == '<' ? 1 : -1;
			else if (!depth && q[0] == ':' && q[1] == ':')
				last = q + 2;
		char t[DM_MAX];
		snprintf(t, sizeof t, "%s%.*s", c == 'D' ? "~" : "", (int)upto(last, '<'), last);
		put(d, o, t);
		d->p += 2;
		d->ctor = 1;
		return;
	} else if (c >= 'a' && c <= 'z') {
		for (int i = 0; operators[i].code; i++)
			if (memcmp(d->p, operators[i].code, 2) == 0) {
				put(d, o, "operator");
				if (operators[i].name[0] >= 'a')	/* operator new, operator* */
					put(d, o, " ");
				put(d, o, operators[i].name);
				d->p += 2;
				return;
			}
		d->bad = 1;
	} else
		d->bad = 1;
}

/* S...: a back-reference or std:: abbreviation; 1 if it was one */
static int substitution(struct dm *d, struct s *o)
{
	if (d->p[0] != 'S')
		return 0;
	for (int i = 0; std_subs[i].c; i++)
		if (d->p[1] == std_subs[i].c) {
			int ctor = (d->p[2] == 'C' || d->p[2] == 'D') && d->p[3] >= '0' && d->p[3] <= '5';
			put(d, o, ctor ? std_subs[i].full : std_subs[i].name);
			d->p += 2;
			return 1;
		}
	if (d->p[1] == 't')
		return 0;
	d->p++;
	long id = seq_id(d);
	if (id >= d->nsub)
		return d->bad = 1, 1;
	put(d, o, d->sub[id]);
	return 1;
}

/* N [K] [V] [R|O] <prefix>... E, St..., or one component; *cv the method's
 * " const"; template_last: it ended in template args (a return type follows) */
static void name(struct dm *d, struct s *o, struct s *cv, int *template_last, int is_fn)
{
	*template_last = 0;
	if (*d->p == 'N') {
		d->p++;
		for (; *d->p == 'K' || *d->p == 'V' || *d->p == 'r'; d->p++)
			if (cv)
				put(d, cv, *d->p == 'K' ? " const" : *d->p == 'V' ? " volatile" : " restrict");
		if (*d->p == 'R' || *d->p == 'O') {
			if (cv)
				put(d, cv, *d->p == 'R' ? " &" : " &&");
			d->p++;
		}
		int first = 1;
		while (*d->p != 'E' && !d->bad) {
			if (*d->p == 'I') {
				template_args(d, o, is_fn);
				*template_last = 1;
			} else {
				*template_last = 0;
				if (first && d->p[0] == 'S' && d->p[1] == 't') {
					put(d, o, "std");
					d->p += 2;
					first = 0;
					continue;	/* St alone is no candidate */
				}
				if (!(first && substitution(d, o))) {
					char enc[DM_MAX];
					copy(enc, o->b);
					if (!first)
						put(d, o, "::");
					unqualified(d, o, enc);
				} else {
					first = 0;
					if (*d->p == 'E')
						break;
					continue;
				}
			}
			first = 0;
			if (*d->p != 'E' || !is_fn)
				add_sub(d, o->b);
		}
		d->p++;
		return;
	}
	if (d->p[0] == 'S' && d->p[1] == 't') {
		d->p += 2;
		put(d, o, "std::");
	} else if (substitution(d, o)) {
		if (*d->p == 'I') {
			template_args(d, o, is_fn);
			*template_last = 1;
			if (!is_fn)
				add_sub(d, o->b);
		}
		return;
	}
	unqualified(d, o, "");
	if (*d->p == 'I') {
		add_sub(d, o->b);	/* the template's name */
		template_args(d, o, is_fn);
		*template_last = 1;
	}
}

static void type(struct dm *d, struct s *o)
{
	struct s t = { "", 0 };
	char c = *d->p;

	if (d->bad)
		return;
	for (int i = 0; builtins[i].code; i++) {
		size_t n = strlen(builtins[i].code);
		if (memcmp(d->p, builtins[i].code, n) == 0) {
			d->p += n;
			put(d, o, builtins[i].name);
			return;
		}
	}
	if (c == 'P' && d->p[1] == 'F') {	/* pointer to function: "bool (*)(int)" */
		struct s ret = { "", 0 }, params = { "", 0 }, fn = { "", 0 };
		d->p += 2 + (d->p[2] == 'Y');
		type(d, &ret);
		for (int i = 0; *d->p != 'E' && !d->bad; i++) {
			struct s a = { "", 0 };
			type(d, &a);
			if (i == 0 && *d->p == 'E' && strcmp(a.b, "void") == 0)
				break;
			if (i)
				put(d, &params, ", ");
			put(d, &params, a.b);
		}
		d->p++;
		put(d, &fn, ret.b);
		put(d, &fn, " (");
		put(d, &fn, params.b);
		put(d, &fn, ")");
		add_sub(d, fn.b);	/* the function type, then the pointer */
		put(d, &t, ret.b);
		put(d, &t, " (*)(");
		put(d, &t, params.b);
		put(d, &t, ")");
	} else if (c == 'D' && d->p[1] == 'p') {	/* a pack expansion */
		d->p += 2;
		d->expand_ok = 1;
		type(d, &t);
		if (!d->expand_ok)
			d->bad = 1;
	} else if (c == 'F') {
		return (void)(d->bad = 1);	/* a bare function type: its forms are not written here */
	} else if (c == 'K' || c == 'V' || c == 'P' || c == 'R' || c == 'O') {
		d->p++;
		type(d, &t);
		if ((c == 'R' || c == 'O') && t.n && t.b[t.n - 1] == '&') {
			/* references collapse: & wins over && */
			if (c == 'R' && t.n > 1 && t.b[t.n - 2] == '&')
				t.b[--t.n] = 0;
		} else
			put(d, &t, c == 'K' ? " const" : c == 'V' ? " volatile" : c == 'P' ? "*" : c == 'R' ? "&" : "&&");
		if (t.b[0] == '(' || strchr(t.b, '('))
			d->bad = 1;	/* function types are not written this way */
	} else if (c == 'T') {
		d->p++;
		long id = seq_id(d);
		if (id >= d->ntarg)
			return (void)(d->bad = 1);
		if (d->packn[id] != -1 && d->packn[id] != 1)
			d->expand_ok = 0;
		put(d, &t, d->targ[id]);
	} else if (c == 'S' && d->p[1] != 't') {
		substitution(d, &t);
		if (*d->p != 'I') {
			put(d, o, t.b);
			return;		/* a back-reference is not a new candidate */
		}
		template_args(d, &t, 0);	/* ... but with arguments it is */
	} else if ((c >= '0' && c <= '9') || c == 'N' || c == 'S') {
		int tl;
		name(d, &t, NULL, &tl, 0);
		put(d, o, t.b);
		if (c != 'N')
			add_sub(d, t.b);
		return;
	} else
		return (void)(d->bad = 1);
	put(d, o, t.b);
	add_sub(d, t.b);
}

/* name into out (size n), demangled; 0 if it could not be */
int demangle(const char *mangled, char *out, size_t n)
{
	static struct dm d;
	struct s o = { "", 0 }, cv = { "", 0 }, params = { "", 0 }, ret = { "", 0 };
	int tl;

	if (memcmp(mangled, "_Z", 2))
		return 0;
	memset(&d, 0, sizeof d);
	d.p = mangled + 2;
	name(&d, &o, &cv, &tl, 1);
	if (*d.p && *d.p != '.') {
		if (tl && !d.ctor)	/* a template function's return type comes first */
			type(&d, &ret);
		for (int i = 0; *d.p && *d.p != '.' && !d.bad; i++) {
			struct s a = { "", 0 };
			type(&d, &a);
			if (i == 0 && !*d.p && strcmp(a.b, "void") == 0)
				break;
			if (i)
				put(&d, &params, ", ");
			put(&d, &params, a.b);
		}
	} else if (*d.p != '.')
		return 0;	/* data, not a function */
	if (d.bad)
		return 0;
	snprintf(out, n, "%s%s%s(%s)%s", ret.b, ret.n ? " " : "", o.b, params.b, cv.b);
	for (const char *s = d.p; *s == '.';) {	/* clones: foo.cold, foo.isra.0 */
		size_t l = 1 + upto(s + 1, '.');
		while (s[l] == '.' && s[l + 1] >= '0' && s[l + 1] <= '9')
			l += 1 + upto(s + l + 1, '.');
		size_t k = strlen(out);
		snprintf(out + k, n - k, " [clone %.*s]", (int)l, s);
		s += l;
	}
	return 1;
}
