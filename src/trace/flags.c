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

void pr_xlat(const struct xlat *x, unsigned long val, const char *fmt, const char *dflt)
{
	const char *n = opt_raw ? NULL : xlat_name(x, val);

	if (n) {
		prs(n);
		return;
	}
	pr(opt_raw ? "%#lx" : fmt, val);	/* -X raw: every constant in hex */
	if (dflt && !opt_raw)
		pr(" /* %s */", dflt);
}

void pr_flags(const struct xlat *x, unsigned long val, const char *zero_text)
{
	int any = 0;

	if (opt_raw) {
		pr_hex(val);
		return;
	}
	if (!val) {
		prs(zero_text ? zero_text : "0");
		return;
	}
	for (; x->name; x++) {
		if (x->val && (val & x->val) == x->val) {
			if (any++)
				prs("|");
			prs(x->name);
			val &= ~x->val;
		}
	}
	if (val) {
		if (any)
			prs("|");
		pr_hex(val);
	}
}

/* openat's flags: the access mode (two bits, not flags) always first. */
static const struct xlat open_modes[] = {
	X(O_RDONLY), X(O_WRONLY), X(O_RDWR), XEND
};
static const struct xlat open_flags[] = {
	X(O_CREAT), X(O_EXCL), X(O_NOCTTY), X(O_TRUNC), X(O_APPEND), X(O_NONBLOCK),
	X(O_SYNC), X(O_DSYNC), { FASYNC, "O_ASYNC" }, X(O_DIRECT), X(O_LARGEFILE),
	X(O_NOFOLLOW), X(O_NOATIME), X(O_CLOEXEC), X(O_PATH), X(O_TMPFILE), X(O_DIRECTORY),
	XEND
};

void pr_open_flags(unsigned long flags)
{
	if (opt_raw) {
		pr_hex(flags);
		return;
	}
	unsigned acc = flags & O_ACCMODE;
	const char *m = xlat_name(open_modes, acc);
	if (m) {
		prs(m);
		flags &= ~(unsigned long)O_ACCMODE;
		if (flags) {
			prs("|");
			pr_flags(open_flags, flags, NULL);
		}
	} else {
		pr_flags(open_flags, flags, NULL);
	}
}

const struct xlat xl_at_flags[] = {
	X(AT_SYMLINK_NOFOLLOW), X(AT_REMOVEDIR), X(AT_SYMLINK_FOLLOW), X(AT_NO_AUTOMOUNT),
	X(AT_EMPTY_PATH), X(AT_STATX_FORCE_SYNC), X(AT_STATX_DONT_SYNC), X(AT_RECURSIVE),
	XEND
};

/* st_mode: the type by name, the permission bits in octal (S_IFREG|0644). */
static const struct xlat file_types[] = {
	X(S_IFREG), X(S_IFSOCK), X(S_IFIFO), X(S_IFLNK), X(S_IFDIR), X(S_IFBLK), X(S_IFCHR),
	XEND
};

void pr_mode(unsigned long mode)
{
	if (opt_raw) {
		pr("%#03lo", mode);
		return;
	}
	const char *type = xlat_name(file_types, mode & S_IFMT);
	if (!type && (mode & S_IFMT)) {	/* a type no name covers: all in octal */
		pr("%#03lo", mode);
		return;
	}
	if (type) {
		prs(type);
		mode &= ~(unsigned long)S_IFMT;
		prs("|");
	}
	unsigned long special = mode & (S_ISUID | S_ISGID | S_ISVTX);
	if (special & S_ISUID) prs("S_ISUID|");
	if (special & S_ISGID) prs("S_ISGID|");
	if (special & S_ISVTX) prs("S_ISVTX|");
	pr("%#03lo", mode & 0777);
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
	if (opt_raw)
		pr("%d", (int)val);	/* -X raw: the number as the call takes it */
	else
		pr_xlat(x, (unsigned long)(long)(int)val, "%ld", dflt);
}

/* A uid or gid: (uid_t)-1, "leave it", as -1; any other as unsigned. */
void pr_id(unsigned long id)
{
	if ((unsigned)id == (unsigned)-1)
		prs("-1");
	else
		pr("%u", (unsigned)id);
}
