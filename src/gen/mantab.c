/* src/gen/mantab.c — host generator: bin/trace --explain's texts, from man(2).
 *
 *   mantab MAN2DIR BUNDLE < (cc -E -dD of the x86-64 <asm/unistd_64.h> and <linux/errno.h>)
 *
 * BUNDLE holds the pages of MAN2DIR uncompressed, each after a line
 * "\1 NAME" (the Makefile makes it with `zcat -f`, so compressed and plain
 * pages both work).
 *
 * For every syscall in the kernel's table (#define __NR_name N) it finds the
 * man(2) page that documents it: MAN2DIR/name.2[.gz] (following ".so"
 * redirects, as man does), else a page whose NAME line lists the name. From
 * that page it takes
 *   - the NAME line's description ("open, openat, creat \- open and possibly
 *     create a file" gives "open and possibly create a file");
 *   - every ERRORS entry (".TP", then the tag line naming one or more E*
 *     codes, then the text up to the next entry), as plain text. Where the
 *     ERRORS section says the call "can fail ... with any error specified
 *     for read(2)", the entries of read(2) are added for codes it lacks.
 * Output (stdout): a C header of tables (see the end of this file); on
 * stderr, one line naming the syscalls that have no page.
 *
 * This runs on the build host and may use libc; its output is never edited.
 */
#define _GNU_SOURCE	/* strcasestr */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NSYS 1024
#define MAXPAGES 1024

static const char *man2;
static char *sysname[NSYS];
static char *errname[4096];

struct entry { int err; char *text; };
struct page {
	char *name;		/* file name without .2[.gz]: "open" */
	char *desc;		/* NAME line's description */
	char *names;		/* NAME line's list: "open, openat, creat" */
	struct entry *e;
	int ne;
	char *refs[8];		/* pages named in the ERRORS preface ("see read(2)") */
	int nrefs;
	int merged;
};
static struct page pages[MAXPAGES];
static int npages;

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p) {
		perror("mantab");
		exit(1);
	}
	return p;
}

/* ---- the text of a page: roff to plain text ---- */
struct buf { char *s; size_t n, cap; };

static void bput(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

static void bputs(struct buf *b, const char *s) { bput(b, s, strlen(s)); }

/* special characters by name, as groff_char(7) spells them */
static const char *special(const char *nm)
{
	static const char *const t[][2] = {
		{ "aq", "'" }, { "dq", "\"" }, { "lq", "\"" }, { "rq", "\"" }, { "oq", "'" },
		{ "cq", "'" }, { "em", "\xe2\x80\x94" }, { "en", "\xe2\x80\x93" }, { "hy", "-" },
		{ "ti", "~" }, { "ha", "^" }, { "rs", "\\" }, { "ga", "`" }, { "bu", "*" },
		{ "mu", "x" }, { "<=", "<=" }, { ">=", ">=" }, { "!=", "!=" }, { "->", "->" },
		{ "co", "(C)" }, { "at", "@" }, { "sh", "#" }, { "Do", "$" }, { "lB", "[" },
		{ "rB", "]" }, { "lC", "{" }, { "rC", "}" }, { "ba", "|" }, { "or", "|" },
		{ "pl", "+" }, { "mi", "-" }, { "eq", "=" }, { "sl", "/" }, { "dg", "+" },
		{ "aa", "'" }, { "cq", "'" }, { NULL, NULL }
	};
	for (int i = 0; t[i][0]; i++)
		if (strcmp(nm, t[i][0]) == 0)
			return t[i][1];
	return "";
}

/* Inline text with its escapes resolved; returns 1 if it ended in \c (no
 * space before the next line). */
static int text(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s != '\\') {
			if (*s != '\n')
				bput(b, s, 1);
			continue;
		}
		s++;
		char nm[32];
		switch (*s) {
		case 0: return 1;
		case 'f':		/* font: \fB \fI \fR \fP \f(CW \f[B] */
			if (s[1] == '(' && s[2] && s[3])
				s += 3;
			else if (s[1] == '[') {
				while (s[1] && s[1] != ']')
					s++;
				if (s[1])
					s++;
			} else if (s[1])
				s++;
			break;
		case '(':		/* \(xx */
			if (s[1] && s[2]) {
				nm[0] = s[1], nm[1] = s[2], nm[2] = 0;
				bputs(b, special(nm));
				s += 2;
			}
			break;
		case '[': {		/* \[name] */
			size_t k = 0;
			while (s[1] && s[1] != ']' && k < sizeof nm - 1)
				nm[k++] = *++s;
			nm[k] = 0;
			if (s[1])
				s++;
			bputs(b, special(nm));
			break;
		}
		case '*':		/* predefined strings: \*(lq \*(rq \*R */
			if (s[1] == '(' && s[2] && s[3]) {
				nm[0] = s[2], nm[1] = s[3], nm[2] = 0;
				bputs(b, special(nm));
				s += 3;
			} else if (s[1])
				s++;
			break;
		case 'c': if (!s[1] || s[1] == '\n') return 1; break;
		case '-': bputs(b, "-"); break;
		case 'e': bputs(b, "\\"); break;
		case '\\': bputs(b, "\\"); break;
		case '~': case ' ': case '0': bputs(b, " "); break;
		case '.': bputs(b, "."); break;
		case '\'': bputs(b, "'"); break;
		case '`': bputs(b, "`"); break;
		case '"': return 0;	/* a comment to the end of the line */
		case 's':		/* size changes: \s-1 \s+2 \s0 */
			if (s[1] == '-' || s[1] == '+')
				s++;
			while (isdigit((unsigned char)s[1]))
				s++;
			break;
		default: break;		/* \& \: \% \| \^ and others print nothing */
		}
	}
	return 0;
}

/* The arguments of a macro line: words, "quoted strings" ("" is a quote). */
static int args(const char *s, char out[][512], int max)
{
	int n = 0;
	while (*s && n < max) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s || *s == '\n')
			break;
		size_t k = 0;
		if (*s == '"') {
			s++;
			while (*s && *s != '\n') {
				if (*s == '"' && s[1] == '"') {
					s++;
				} else if (*s == '"') {
					s++;
					break;
				}
				if (k < 511)
					out[n][k++] = *s;
				s++;
			}
		} else {
			while (*s && *s != ' ' && *s != '\t' && *s != '\n') {
				if (*s == '\\' && s[1] && k < 510)
					out[n][k++] = *s++;
				if (k < 511)
					out[n][k++] = *s;
				s++;
			}
		}
		out[n][k] = 0;
		n++;
	}
	return n;
}

/* One line of roff into b: text lines and the font macros give text; the
 * other requests give none. Words are separated by one space. */
static void line_text(struct buf *b, const char *ln)
{
	char a[16][512];
	struct buf t = { 0 };
	int glue = 0;

	if (ln[0] != '.' && ln[0] != '\'') {
		glue = text(&t, ln);
	} else {
		char mac[8] = { 0 };
		size_t k = 0;
		const char *p = ln + 1;
		while (*p == ' ')
			p++;
		while (*p && *p != ' ' && *p != '\n' && k < sizeof mac - 1)
			mac[k++] = *p++;
		int alt = strlen(mac) == 2 && strchr("BIR", mac[0]) && strchr("BIR", mac[1]);
		if (!alt && strcmp(mac, "B") && strcmp(mac, "I") && strcmp(mac, "SM") &&
		    strcmp(mac, "SB"))
			return;
		int n = args(p, a, 16);
		for (int i = 0; i < n; i++) {
			if (i && !alt)
				bputs(&t, " ");
			text(&t, a[i]);
		}
	}
	if (!t.n)
		return;
	if (b->n && b->s[b->n - 1] != ' ' && b->s[b->n - 1] != 1)
		bputs(b, " ");
	if (b->n && b->s[b->n - 1] == 1)	/* the previous line ended in \c */
		b->s[--b->n] = 0;
	bputs(b, t.s);
	if (glue)
		bputs(b, "\1");
	free(t.s);
}

/* collapse runs of blanks, trim */
static char *tidy(char *s)
{
	char *w = s, *r = s;
	while (*r == ' ' || *r == '\1')
		r++;
	for (; *r; r++) {
		if (*r == '\1')
			continue;
		if (*r == ' ' && (w == s || w[-1] == ' '))
			continue;
		*w++ = *r;
	}
	while (w > s && w[-1] == ' ')
		w--;
	*w = 0;
	return s;
}

/* ---- reading a page ---- */
/* The bundle: every page of MAN2DIR, each after a line "\1 NAME" (NAME
 * without .2[.gz]), made by the Makefile with one zcat per page. */
struct file { char *name; char **lines; };
static struct file *files;
static int nfiles;

static void read_bundle(FILE *f)
{
	char ln[8192];
	size_t n = 0;
	struct file *cur = NULL;

	while (fgets(ln, sizeof ln, f)) {
		if (ln[0] == 1) {
			files = xrealloc(files, (size_t)(nfiles + 1) * sizeof *files);
			cur = &files[nfiles++];
			ln[strcspn(ln, "\n")] = 0;
			cur->name = strdup(ln + 2);
			cur->lines = xrealloc(NULL, sizeof *cur->lines);
			cur->lines[0] = NULL;
			n = 0;
			continue;
		}
		if (!cur || (ln[0] == '.' && ln[1] == '\\' && ln[2] == '"'))
			continue;	/* a comment */
		cur->lines = xrealloc(cur->lines, (n + 2) * sizeof *cur->lines);
		cur->lines[n++] = strdup(ln);
		cur->lines[n] = NULL;
	}
}

/* the page's lines, ".so man2/open.2" followed; *real: the page's own name */
static char **read_page(const char *name, const char **real, int depth)
{
	int i;
	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i].name, name) == 0)
			break;
	if (i == nfiles || depth > 4 || !files[i].lines[0])
		return NULL;
	char **lines = files[i].lines;
	*real = files[i].name;
	if (strncmp(lines[0], ".so ", 4) == 0) {
		char t[512], *sl, *dot;
		snprintf(t, sizeof t, "%s", lines[0] + 4);
		t[strcspn(t, "\n")] = 0;
		sl = strrchr(t, '/');
		if ((dot = strstr(sl ? sl + 1 : t, ".2")))
			*dot = 0;
		return read_page(sl ? sl + 1 : t, real, depth + 1);
	}
	return lines;
}

static struct { char *name, *to; } alias[16];
static int nalias;

/* Names the pages use as tags that no UAPI header defines: glibc's ENOTSUP
 * (<bits/errno.h>: EOPNOTSUPP), and the kernel's own restart codes
 * (include/linux/errno.h), which a program never sees but strace shows */
static const struct { const char *name; int val; } extra_err[] = {
	{ "ENOTSUP", 0 /* EOPNOTSUPP */ }, { "ERESTARTSYS", 512 }, { "ERESTARTNOINTR", 513 },
	{ "ERESTARTNOHAND", 514 }, { "ERESTART_RESTARTBLOCK", 516 },
};

static int is_errname(const char *w)
{
	for (int i = 1; i < 4096; i++)
		if (errname[i] && strcmp(errname[i], w) == 0)
			return i;
	for (size_t i = 0; i < sizeof extra_err / sizeof extra_err[0]; i++)
		if (strcmp(extra_err[i].name, w) == 0)
			return extra_err[i].val ? extra_err[i].val : is_errname("EOPNOTSUPP");
	for (int i = 0; i < nalias; i++)
		if (strcmp(alias[i].name, w) == 0)
			return is_errname(alias[i].to);
	return 0;
}

/* the errno codes a tag line names: ".BR EAGAIN \" or \" EWOULDBLOCK";
 * what follows the last of them (".BR EPERM \" (since Linux 3.6)\"") goes
 * to note, as man prints it before the entry's text */
static int tag_codes(const char *ln, int *codes, int max, struct buf *note)
{
	struct buf b = { 0 };
	int n = 0;
	line_text(&b, ln);
	if (!b.s)
		return 0;
	for (char *p = b.s; *p && n < max;) {
		while (*p && !isalnum((unsigned char)*p) && *p != '(')
			p++;
		if (*p == '(') {	/* "(since Linux 4.9; beforehand EUSERS)": a note */
			if (note) {
				note->n = 0;
				if (note->s)
					note->s[0] = 0;
				line_text(note, p);
			}
			break;
		}
		char w[64];
		size_t k = 0;
		while (isalnum((unsigned char)*p) || *p == '_') {
			if (k < sizeof w - 1)
				w[k++] = *p;
			p++;
		}
		w[k] = 0;
		int e = k ? is_errname(w) : 0;
		for (int j = 0; e && j < n; j++)
			if (codes[j] == e)
				e = -1;		/* named twice ("EAGAIN or EWOULDBLOCK"): once */
		if (e > 0) {
			codes[n++] = e;
			if (note && note->s)
				note->n = 0, note->s[0] = 0;
		}
	}
	free(b.s);
	return n;
}

static int macro_is(const char *ln, const char *m)
{
	size_t n = strlen(m);
	return ln[0] == '.' && strncmp(ln + 1, m, n) == 0 &&
	       (ln[1 + n] == ' ' || ln[1 + n] == '\n' || ln[1 + n] == 0);
}

static void add_entry(struct page *pg, int err, const char *t)
{
	pg->e = xrealloc(pg->e, (size_t)(pg->ne + 1) * sizeof *pg->e);
	pg->e[pg->ne].err = err;
	pg->e[pg->ne].text = strdup(t);
	pg->ne++;
}

static void parse_page(struct page *pg, char **lines)
{
	int sec = 0;		/* 1 NAME, 2 ERRORS */
	struct buf name = { 0 }, pre = { 0 }, body = { 0 };
	int codes[8], ncodes = 0, depth = 0, in_entry = 0;

	for (int i = 0; lines[i]; i++) {
		char *ln = lines[i];
		if (macro_is(ln, "SH")) {
			if (sec == 2 && in_entry && body.s)
				for (int k = 0; k < ncodes; k++)
					add_entry(pg, codes[k], tidy(body.s));
			in_entry = 0;
			char a[4][512];
			int n = args(ln + 3, a, 4);
			sec = n && strcmp(a[0], "NAME") == 0 ? 1 : n && strcmp(a[0], "ERRORS") == 0 ? 2 : 0;
			continue;
		}
		if (sec == 1) {
			line_text(&name, ln);
			continue;
		}
		if (sec != 2)
			continue;
		if (macro_is(ln, "RS")) {
			depth++;
			continue;
		}
		if (macro_is(ln, "RE")) {
			if (depth)
				depth--;
			continue;
		}
		/* a paragraph at the list's own level ends the list's last entry */
		if (depth == 0 && in_entry && (macro_is(ln, "PP") || macro_is(ln, "P") ||
					       macro_is(ln, "LP"))) {
			if (body.s)
				for (int k = 0; k < ncodes; k++)
					add_entry(pg, codes[k], tidy(body.s));
			in_entry = 0;
			ncodes = 0;
			body.n = 0;
			if (body.s)
				body.s[0] = 0;
			continue;
		}
		if (depth == 0 && (macro_is(ln, "TP") || macro_is(ln, "TQ")) && lines[i + 1]) {
			struct buf note = { 0 };
			int c[8], nc = tag_codes(lines[i + 1], c, 8, &note);
			if (nc) {
				if (macro_is(ln, "TP")) {	/* a new entry: the old one is done */
					if (in_entry && body.s)
						for (int k = 0; k < ncodes; k++)
							add_entry(pg, codes[k], tidy(body.s));
					ncodes = 0;
					body.n = 0;
					if (body.s)
						body.s[0] = 0;
				}
				for (int k = 0; k < nc && ncodes < 8; k++)
					codes[ncodes++] = c[k];
				if (note.s && note.s[0])
					line_text(&body, note.s);
				free(note.s);
				in_entry = 1;
				i++;
				continue;
			}
			free(note.s);
		}
		if (in_entry)
			line_text(&body, ln);
		else
			line_text(&pre, ln);
	}
	if (sec == 2 && in_entry && body.s)
		for (int k = 0; k < ncodes; k++)
			add_entry(pg, codes[k], tidy(body.s));
	if (name.s) {
		tidy(name.s);
		/* lexgrog's rule: the names, " - ", the description */
		char *d = strstr(name.s, " - ");
		if (d) {
			*d = 0;
			pg->names = strdup(name.s);
			pg->desc = strdup(d + 3);
		}
	}
	/* "any error specified for read(2) or lseek(2)": remember those pages */
	if (pre.s && (strcasestr(pre.s, "specified for") || strcasestr(pre.s, "described in") ||
		      strcasestr(pre.s, "errors that may occur for") ||
		      strcasestr(pre.s, "same errors as") || strcasestr(pre.s, "as for"))) {
		for (char *p = pre.s; (p = strstr(p, "(2)")) && pg->nrefs < 8; p += 3) {
			char *s = p;
			while (s > pre.s && (isalnum((unsigned char)s[-1]) || s[-1] == '_'))
				s--;
			if (s < p)
				pg->refs[pg->nrefs++] = strndup(s, (size_t)(p - s));
		}
	}
	free(name.s);
	free(pre.s);
	free(body.s);
}

/* The page documenting name (an alias shares its target's entry). */
static int page_load(const char *name)
{
	const char *real = NULL;
	char **lines = read_page(name, &real, 0);
	if (!lines)
		return -1;
	for (int i = 0; i < npages; i++)
		if (strcmp(pages[i].name, real) == 0)
			return pages[i].desc ? i : -1;
	if (npages == MAXPAGES)
		return -1;
	struct page *pg = &pages[npages++];
	pg->name = strdup(real);
	parse_page(pg, lines);
	return pg->desc ? (int)(pg - pages) : -1;
}

/* a page whose NAME line lists this name ("newfstatat" in stat(2)?) */
static int page_listing(const char *sys)
{
	for (int i = 0; i < npages; i++) {
		if (!pages[i].names)
			continue;
		char *l = strdup(pages[i].names);
		for (char *w = strtok(l, ", "); w; w = strtok(NULL, ", "))
			if (strcmp(w, sys) == 0) {
				free(l);
				return i;
			}
		free(l);
	}
	return -1;
}

static int has_err(struct page *pg, int e)
{
	for (int i = 0; i < pg->ne; i++)
		if (pg->e[i].err == e)
			return 1;
	return 0;
}

/* the entries of the pages named in the preface, for codes this one lacks */
static void merge_refs(int pi)
{
	struct page *pg = &pages[pi];
	if (pg->merged)
		return;
	pg->merged = 1;
	int nown = pg->ne;
	for (int r = 0; r < pg->nrefs; r++) {
		int q = page_load(pg->refs[r]);
		if (q < 0 || q == pi)
			continue;
		pg = &pages[pi];	/* (page_load does not move pages: a fixed array) */
		for (int i = 0; i < pages[q].ne; i++) {
			int e = pages[q].e[i].err, own = 0;
			for (int k = 0; k < nown; k++)
				own |= pg->e[k].err == e;
			if (own)
				continue;
			char t[16384];
			snprintf(t, sizeof t, "(as for %s(2)) %s", pages[q].name, pages[q].e[i].text);
			add_entry(pg, e, t);
		}
	}
	(void)has_err;
}

static void put_c_string(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s);
	}
	putchar('"');
}

static int cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	return x->err - y->err;
}

int main(int argc, char **argv)
{
	char line[1024], nm[256];
	long v;
	static int of_sys[NSYS];

	if (argc != 3) {
		fprintf(stderr, "usage: mantab MAN2DIR BUNDLE < defines\n");
		return 2;
	}
	man2 = argv[1];
	char to[256];
	while (fgets(line, sizeof line, stdin)) {
		/* an alias (EWOULDBLOCK is EAGAIN): tags name it too */
		if (sscanf(line, "#define %255s %255s", nm, to) == 2 && nm[0] == 'E' && to[0] == 'E' &&
		    nalias < (int)(sizeof alias / sizeof alias[0])) {
			alias[nalias].name = strdup(nm);
			alias[nalias++].to = strdup(to);
			continue;
		}
		if (sscanf(line, "#define %255s %ld", nm, &v) != 2)
			continue;
		if (strncmp(nm, "__NR_", 5) == 0 && v >= 0 && v < NSYS && !sysname[v])
			sysname[v] = strdup(nm + 5);
		else if (nm[0] == 'E' && v > 0 && v < 4096 && !errname[v])
			errname[v] = strdup(nm);
	}
	FILE *bf = fopen(argv[2], "r");
	if (!bf) {
		perror(argv[2]);
		return 1;
	}
	read_bundle(bf);
	fclose(bf);
	/* every page's NAME line first, for the names that have no file */
	for (int i = 0; i < nfiles; i++)
		page_load(files[i].name);
	int missing = 0;
	for (int i = 0; i < NSYS; i++) {
		of_sys[i] = -1;
		if (!sysname[i])
			continue;
		int p = page_load(sysname[i]);
		if (p < 0)
			p = page_listing(sysname[i]);
		of_sys[i] = p;
		if (p < 0) {
			if (!missing++)
				fprintf(stderr, "mantab: no man(2) page in %s for:", man2);
			fprintf(stderr, " %s", sysname[i]);
		}
	}
	if (missing)
		fprintf(stderr, " (%d of the kernel's calls: --explain prints their errno texts only)\n", missing);
	/* keep only the pages a syscall uses; number them in order */
	static int idx[MAXPAGES];
	int nused = 0;
	for (int i = 0; i < npages; i++)
		idx[i] = -1;
	for (int i = 0; i < NSYS; i++)
		if (of_sys[i] >= 0 && idx[of_sys[i]] < 0) {
			merge_refs(of_sys[i]);
			idx[of_sys[i]] = nused++;
		}
	printf("/* generated by src/gen/mantab.c from %s: the NAME line and ERRORS\n"
	       " * entries of each syscall's man(2) page. Do not edit. */\n", man2);
	printf("#define MAN_NPAGES %d\n", nused);
	printf("static const struct man_page man_pages[MAN_NPAGES + 1] = {\n");
	int nerr = 0;
	for (int k = 0; k < nused; k++)
		for (int i = 0; i < npages; i++)
			if (idx[i] == k) {
				qsort(pages[i].e, (size_t)pages[i].ne, sizeof *pages[i].e, cmp_entry);
				printf("\t{ ");
				put_c_string(pages[i].name);
				printf(", ");
				put_c_string(pages[i].desc);
				printf(", %d },\n", nerr);
				nerr += pages[i].ne;
			}
	printf("\t{ 0, 0, %d }\n};\n", nerr);
	printf("static const struct man_err man_errs[%d] = {\n", nerr ? nerr : 1);
	for (int k = 0; k < nused; k++)
		for (int i = 0; i < npages; i++)
			if (idx[i] == k)
				for (int j = 0; j < pages[i].ne; j++) {
					printf("\t{ %d, ", pages[i].e[j].err);
					put_c_string(pages[i].e[j].text);
					printf(" },\n");
				}
	printf("};\n");
	printf("static const short man_of_sys[%d] = {\n", NSYS);
	for (int i = 0; i < NSYS; i++)
		if (of_sys[i] >= 0)
			printf("\t[%d] = %d,\t/* %s */\n", i, idx[of_sys[i]] + 1, sysname[i]);
	printf("};\n");
	return 0;
}
