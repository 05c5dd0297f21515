/* src/trace/flags.c — numbers shown as names, one value or a set of bits.
 *
 * The tables hold the UAPI macros themselves (X(O_CLOEXEC) is
 * {O_CLOEXEC, "O_CLOEXEC"}), so values come from the kernel headers; only
 * the order is strace's, since it decides how a set of flags reads.
 * Bits no name covers are printed last in hex: O_RDONLY|0x40000000.
 */
#include "trace.h"

const char *xlat_name(const struct xlat *x, unsigned long val)
{
	for (; x->name; x++)
		if (x->val == val)
			return x->name;
	return NULL;
}

/* -X verbose: every named value as its number and then the name in a
 * comment, 0x41 followed by O_WRONLY|O_CREAT between slash-stars; the
 * number is what -X raw prints. */
int opt_xverbose;

void pr_named(const char *num, const char *name)
{
	if (opt_raw)
		prs(num);
	else if (opt_xverbose)
		pr("%s /* %s */", num, name);
	else
		prs(name);
}

void pr_named_hex(unsigned long val, const char *name)
{
	char num[24];
	snprintf(num, sizeof num, "%#lx", val);
	pr_named(num, name);
}

void pr_xlat(const struct xlat *x, unsigned long val, const char *fmt, const char *dflt)
{
	const char *n = opt_raw ? NULL : xlat_name(x, val);

	if (n) {
		pr_named_hex(val, n);
		return;
	}
	pr(opt_raw || opt_xverbose ? "%#lx" : fmt, val);	/* -X raw: every constant in hex */
	if (dflt && !opt_raw)
		pr(" /* %s */", dflt);
}

/* -X verbose around a composite value: the number (fmt), then the inside
 * as without -X verbose in a comment: 0x103 and makedev(0x1, 0x3) in it.
 * xv_begin returns what xv_end needs (0: not verbose, nothing printed). */
int xv_begin(const char *fmt, unsigned long val)
{
	if (!opt_xverbose || opt_raw)
		return 0;
	pr(fmt, val);
	prs(" /* ");
	opt_xverbose = 0;
	return 1;
}

void xv_end(int on)
{
	if (on) {
		opt_xverbose = 1;
		prs(" */");
	}
}

/* The names of val's bits in buf ("A|B|0x10"); returns how many names */
int flags_text(char *buf, size_t size, const struct xlat *x, unsigned long val)
{
	size_t len = 0;
	int any = 0;

	buf[0] = 0;
	for (; x->name; x++) {
		if (x->val && (val & x->val) == x->val) {
			len += (size_t)snprintf(buf + len, size - len, "%s%s", any++ ? "|" : "", x->name);
			if (len >= size)
				len = size - 1;
			val &= ~x->val;
		}
	}
	if (val)
		snprintf(buf + len, size - len, "%s%#lx", any ? "|" : "", val);
	return any;
}

void pr_flags(const struct xlat *x, unsigned long val, const char *zero_text)
{
	char buf[1024];

	if (opt_raw) {
		pr_hex(val);
		return;
	}
	if (!val) {
		if (zero_text && opt_xverbose)
			pr("0 /* %s */", zero_text);
		else
			prs(zero_text ? zero_text : "0");
		return;
	}
	int named = flags_text(buf, sizeof buf, x, val);
	if (opt_xverbose && named) {	/* not through pr(): its 512 bytes cut a long set */
		pr("%#lx /* ", val);
		prs(buf);
		prs(" */");
	} else
		prs(buf);
}

/* openat's flags: the access mode (two bits, not flags) always first. */
static const struct xlat open_modes[] = {
	X(O_RDONLY), X(O_WRONLY), X(O_RDWR), X(O_ACCMODE), XEND	/* 3: no mode, strace names the mask */
};
static const struct xlat open_flags[] = {
	X(O_CREAT), X(O_EXCL), X(O_NOCTTY), X(O_TRUNC), X(O_APPEND), X(O_NONBLOCK),
	X(O_SYNC), X(O_DSYNC), X(__O_SYNC), X(O_DIRECT), X(O_LARGEFILE),
	X(O_NOFOLLOW), X(O_NOATIME), X(O_CLOEXEC), X(O_PATH), X(O_TMPFILE), X(__O_TMPFILE),
	X(O_DIRECTORY), X(FASYNC), XEND
};	/* __O_SYNC, __O_TMPFILE: the bits O_SYNC and O_TMPFILE add, alone */

void pr_open_flags(unsigned long flags)
{
	char buf[1024];

	if (opt_raw) {
		pr_hex(flags);
		return;
	}
	const char *m = xlat_name(open_modes, flags & O_ACCMODE);
	int named = 0;
	if (m) {
		size_t k = strlcpy(buf, m, sizeof buf);
		if (flags & ~(unsigned long)O_ACCMODE) {
			buf[k++] = '|';
			flags_text(buf + k, sizeof buf - k, open_flags, flags & ~(unsigned long)O_ACCMODE);
		}
		named = 1;
	} else
		named = flags_text(buf, sizeof buf, open_flags, flags);
	if (opt_xverbose && named)
		pr("%#lx /* %s */", flags, buf);
	else
		prs(buf);
}

/* strace's at_flags: not the statx sync types, which only statx reads */
/* O_ flags with no access mode in front: pipe2's */
void pr_o_flags(unsigned long flags)
{
	pr_flags_d(open_flags, flags, "O_???");
}

const struct xlat xl_at_flags[] = {
	X(AT_SYMLINK_NOFOLLOW), X(AT_REMOVEDIR), X(AT_SYMLINK_FOLLOW), X(AT_NO_AUTOMOUNT),
	X(AT_EMPTY_PATH), X(AT_RECURSIVE), XEND
};

/* st_mode: the type by name, the permission bits in octal (S_IFREG|0644). */
static const struct xlat file_types[] = {
	X(S_IFREG), X(S_IFSOCK), X(S_IFIFO), X(S_IFLNK), X(S_IFDIR), X(S_IFBLK), X(S_IFCHR),
	XEND
};

void pr_mode(unsigned long mode)
{
	char buf[128];
	size_t k = 0;

	if (opt_raw) {
		pr("%#03lo", mode);
		return;
	}
	const char *type = xlat_name(file_types, mode & S_IFMT);
	if (!type && (mode & S_IFMT)) {	/* a type no name covers: all in octal */
		pr("%#03lo", mode);
		return;
	}
	buf[0] = 0;
	if (type)
		k = (size_t)snprintf(buf, sizeof buf, "%s|", type);
	if (mode & S_ISUID) k += (size_t)snprintf(buf + k, sizeof buf - k, "S_ISUID|");
	if (mode & S_ISGID) k += (size_t)snprintf(buf + k, sizeof buf - k, "S_ISGID|");
	if (mode & S_ISVTX) k += (size_t)snprintf(buf + k, sizeof buf - k, "S_ISVTX|");
	if (opt_xverbose) {	/* even with no name: 000 followed by 000 in a comment */
		pr("%#03lo /* %s", mode, buf);
		pr("%#03lo */", mode & 0777);
	} else {
		prs(buf);
		pr("%#03lo", mode & 0777);
	}
}

/* strace's printflags with a default: a value no name covers at all reads
 * 0x10 followed by the default in a comment; one that some names cover, A|B|0x10. */
void pr_flags_d(const struct xlat *x, unsigned long val, const char *dflt)
{
	unsigned long known = 0;

	for (const struct xlat *p = x; p->name; p++)
		if (p->val && (val & p->val) == p->val)
			known |= p->val;
	if (!opt_raw && val && !known) {
		pr_hex(val);
		pr(" /* %s */", dflt);
		return;
	}
	pr_flags(x, val, NULL);
}

/* A value as a signed int, or its name: keyring ids, fds with names. */
void pr_xlat_int(const struct xlat *x, long val, const char *dflt)
{
	const char *n = opt_raw ? NULL : xlat_name(x, (unsigned long)(long)(int)val);
	char num[16];

	snprintf(num, sizeof num, "%d", (int)val);	/* -X raw: the number as the call takes it */
	if (n)
		pr_named(num, n);
	else {
		prs(num);
		if (dflt && !opt_raw)
			pr(" /* %s */", dflt);
	}
}

/* A uid or gid: (uid_t)-1, "leave it", as -1; any other as unsigned. */
void pr_id(unsigned long id)
{
	if ((unsigned)id == (unsigned)-1)
		prs("-1");
	else
		pr("%u", (unsigned)id);
}
