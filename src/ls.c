/* ls — list directory contents
 *
 * Usage: ls [OPTION]... [FILE]...
 *
 * List each FILE, and the contents of each directory FILE (the current
 * directory when none is given). Names sort by their bytes (the C locale).
 *
 *   -a, --all            do not hide entries starting with .
 *   -A, --almost-all     like -a, but not . and ..
 *   -1                   one name per line (the default when not a terminal)
 *   -C                   names in columns, down then across (the default on a terminal)
 *   -x                   names in columns, across then down
 *   -m                   names separated by ", " and wrapped
 *   -l                   long listing: mode, links, owner, group, size, time
 *   -n, --numeric-uid-gid  like -l, with numeric user and group IDs
 *   -g                   like -l, without the owner
 *   -o                   like -l, without the group
 *   -d, --directory      list directories themselves, not their contents
 *   -R, --recursive      list subdirectories recursively
 *   -i, --inode          print each file's inode number
 *   -s, --size           print each file's allocated size in 1024-byte blocks
 *   -k, --kibibytes      1024-byte blocks for -s and the total line (the default)
 *   -h, --human-readable sizes like 1K 234M 2G (powers of 1024)
 *   -F, --classify       append one of * / = @ | to names by their type
 *   -p                   append / to directories
 *   -r, --reverse        reverse the sort order
 *   -t                   sort by time, newest first
 *   -S                   sort by size, largest first
 *   -U                   do not sort: the directory's own order
 *   -f                   like -a -U, and turn off -l and -s
 *   -c                   ctime: show it with -l, sort by it with -t or alone
 *   -u                   atime: show it with -l, sort by it with -t or alone
 *   -L, --dereference    show what symbolic links point to, not the links
 *   -H                   follow symbolic links named on the command line
 *   -q, --hide-control-chars  print ? for bytes that are not printable
 *   -w, --width=COLS     assume the screen is COLS wide (0: no limit)
 *   --help               show this help and exit
 *   --version            show the version and exit
 *
 * Exit status: 0 if all is well, 1 for a problem inside a directory (a
 * subdirectory that cannot be opened), 2 for a problem with an operand.
 * Width: -w, else the terminal's (TIOCGWINSZ), else COLUMNS, else 80.
 * Time: -l shows "Mon dd HH:MM", or "Mon dd  YYYY" for times more than six
 * months old or in the future, in the zone of TZ (or /etc/localtime).
 * Names are written as they are to a pipe or file (-q: ? for unprintable
 * bytes); on a terminal they are quoted for the shell as GNU does ('a b').
 * Directories are read with getdents64 into a 1 MiB buffer; files are
 * stat'ed (newfstatat) only when an option needs more than d_type, and in
 * two threads for directories of 4,096 entries or more.
 * Differs from GNU ls: no colours, and no --sort, --format, --time-style
 * or the other long-only options; QUOTING_STYLE, LS_COLORS, BLOCK_SIZE
 * and TABSIZE are not read; no '+' or '.' after the mode for ACLs or
 * SELinux contexts (GNU spends two xattr calls per file finding out);
 * users and groups come only from /etc/passwd and /etc/group (no NSS).
 */
#include "sg.h"
#include "sort.h"
#include "passwd.h"
#include "tz.h"
#include "ls.help.h"
#include <linux/futex.h>

/* ---- options ---- */

enum { F_ONE, F_LONG, F_COLS, F_ACROSS, F_COMMAS };
enum { S_NAME, S_TIME, S_SIZE, S_NONE };
enum { T_MTIME, T_CTIME, T_ATIME };
enum { I_NONE, I_SLASH, I_CLASSIFY };
enum { D_UNDEF, D_NEVER, D_CMD_DIRS, D_CMD, D_ALWAYS };

static int format, sort_by = S_NAME, time_type = T_MTIME, indicator = I_NONE, deref = D_UNDEF;
static bool sort_given, reverse, show_all, almost_all, immediate_dirs, recursive;
static bool print_inode, print_blocks, human, numeric, no_owner, no_group, qmark;
static size_t line_length = 80;	/* 0: no limit */
static int status;		/* exit status so far */
static int64_t now_sec;
static long now_nsec;

static void fail(int st)
{
	if (status < st)
		status = st;
}

/* ---- one file ---- */

/* d_type values (getdents64(2)); the UAPI headers do not export them. Each
 * is the S_IFxxx file type shifted right by 12. */
enum { DT_UNKNOWN = 0, DT_FIFO = 1, DT_CHR = 2, DT_DIR = 4, DT_BLK = 6, DT_REG = 8, DT_LNK = 10, DT_SOCK = 12 };

struct ent {
	char *name;		/* in the name arena */
	char *link;		/* symlink target (-l), or NULL */
	uint64_t ino, size, blocks, rdev;
	int64_t tsec;
	long tnsec;
	uint32_t mode, nlink, uid, gid;
	uint32_t linkmode;	/* mode of the link's target (-lF), 0 if unknown */
	uint8_t dtype;		/* DT_* from getdents64 or from the mode */
	uint8_t stat_ok;	/* 1 when the fields above came from stat */
	uint8_t is_dir_arg;	/* an operand to be listed as a directory */
	uint8_t err;		/* errno of a failed stat, 0 if none */
};

/* Names live in big chunks that never move (entries point into them); a
 * directory's chunks are reused for the next one. One malloc per chunk,
 * not per name, is what keeps a million names cheap. */
#define CHUNK (1UL << 20)
struct chunk {
	struct chunk *next;
	size_t used;
	char data[CHUNK - 2 * sizeof(size_t)];
};
static struct chunk *chunks, *cur_chunk;

static char *arena_put(const char *s, size_t n)
{
	/* 8 spare bytes after every name: name_cmp reads a word at a time */
	if (!cur_chunk || cur_chunk->used + n + 1 + 8 > sizeof cur_chunk->data) {
		struct chunk *c = cur_chunk ? cur_chunk->next : chunks;
		if (!c) {
			long r = sys_mmap(NULL, sizeof *c, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			if (sys_failed(r) || n + 1 + 8 > sizeof c->data)
				error(2, ENOMEM, "memory exhausted");
			c = (struct chunk *)r;
			c->next = NULL;
			if (cur_chunk)
				cur_chunk->next = c;
			else
				chunks = c;
		}
		c->used = 0;
		cur_chunk = c;
	}
	char *p = cur_chunk->data + cur_chunk->used;
	memcpy(p, s, n);
	p[n] = 0;
	cur_chunk->used += n + 1;
	return p;
}

static void arena_reset(void)
{
	cur_chunk = NULL;
}

/* The entries of one listing: a growing array (realloc moves big ones with
 * mremap), then an array of pointers to sort. */
static struct ent *ents;
static size_t nents, cap_ents;

static struct ent *ent_new(void)
{
	if (nents == cap_ents) {
		size_t nc = cap_ents ? cap_ents * 2 : 256;
		struct ent *n = realloc(ents, nc * sizeof *n);
		if (!n)
			error(2, ENOMEM, "memory exhausted");
		ents = n, cap_ents = nc;
	}
	struct ent *e = &ents[nents++];
	memset(e, 0, sizeof *e);
	return e;
}

/* ---- stat ---- */

static uint8_t dtype_of(uint32_t mode)
{
	return (uint8_t)((mode & S_IFMT) >> 12);	/* DT_x == S_IFx >> 12, by design */
}

static void fill_stat(struct ent *e, const struct stat *st)
{
	e->ino = st->st_ino;
	e->size = (uint64_t)st->st_size;
	e->blocks = (uint64_t)st->st_blocks;
	e->rdev = st->st_rdev;
	e->mode = st->st_mode;
	e->nlink = (uint32_t)st->st_nlink;
	e->uid = st->st_uid;
	e->gid = st->st_gid;
	if (time_type == T_CTIME)
		e->tsec = (int64_t)st->st_ctime, e->tnsec = (long)st->st_ctime_nsec;
	else if (time_type == T_ATIME)
		e->tsec = (int64_t)st->st_atime, e->tnsec = (long)st->st_atime_nsec;
	else
		e->tsec = (int64_t)st->st_mtime, e->tnsec = (long)st->st_mtime_nsec;
	e->dtype = dtype_of(st->st_mode);
	e->stat_ok = 1;
}

/* For -l: the link's target text, and (for -F) the mode of what it names. */
static char *join(const char *dir, const char *name);
static const char *quote(const char *s);

/* `shown` is the name for an error line; cmdline says how bad one is. */
static void read_link(int dirfd, const char *name, struct ent *e, const char *shown, bool cmdline)
{
	static char buf[4097];
	long n = sys_readlinkat(dirfd, name, buf, sizeof buf - 1);

	if (n < 0) {
		error(0, (int)-n, "cannot read symbolic link %s", quote(shown));
		fail(cmdline ? 2 : 1);
		return;
	}
	e->link = arena_put(buf, (size_t)n);
	if (indicator == I_CLASSIFY) {
		struct stat st;
		if (sys_newfstatat(dirfd, name, &st, 0) == 0)
			e->linkmode = st.st_mode;
	}
}

/* ---- quoting ---- */

static bool printable(unsigned char c) { return c >= 0x20 && c < 0x7f; }

/* On a terminal GNU ls shows names in its shell-escape style: quoted only
 * when a shell would need it. These bytes need it anywhere in a name; '#'
 * and '~' only in front; '{' and '}' only alone. */
static bool shell_esc;		/* stdout is a terminal */
static bool align_quotes;	/* this listing has quoted names: pad the others by one */

static bool needs_quote_at(const char *s, bool at)
{
	if (s[0] == '#' || s[0] == '~' || ((s[0] == '{' || s[0] == '}') && s[1] == 0))
		return true;
	for (; *s; s++)
		if (!printable((unsigned char)*s) || strchr(" !\"$&'()*;<=>?[\\^`|", *s) ||
		    (*s == '@' && at))
			return true;
	return false;
}

/* With -F an '@' in a name would read as the symlink mark: quote it too. */
static bool needs_quote(const char *s) { return needs_quote_at(s, indicator == I_CLASSIFY); }

/* Columns a name takes: GNU counts only printable bytes in the C locale. */
static size_t name_width(const char *s)
{
	size_t w = 0;

	if (shell_esc)
		return needs_quote(s) ? strlen(quote(s)) : strlen(s) + align_quotes;
	for (; *s; s++)
		w += qmark || printable((unsigned char)*s);
	return w;
}

static void put_name_as(const char *s, bool align)
{
	if (shell_esc) {
		if (!needs_quote(s)) {
			if (align)
				out_char(sg_stdout, ' ');
			out_str(sg_stdout, s);
		} else {
			out_str(sg_stdout, quote(s));
		}
		return;
	}
	if (!qmark) {
		out_str(sg_stdout, s);
		return;
	}
	for (; *s; s++)
		out_char(sg_stdout, printable((unsigned char)*s) ? *s : '?');
}

static void put_name(const char *s) { put_name_as(s, false); }

/* A name for an error line, quoted as GNU's shell-escape-always style:
 * 'a b', "it's", or 'a'$'\n''b' for control bytes. */
static const char *quote(const char *s)
{
	static char buf[3][4 * 4096 + 16];
	static int which;
	char *b = buf[which++ % 3], *p = b, *end = b + sizeof buf[0] - 16;
	bool quote1 = false, odd = false;

	for (const char *t = s; *t; t++) {
		unsigned char c = (unsigned char)*t;
		if (c == '\'')
			quote1 = true;
		else if (!printable(c))
			odd = true;
	}
	if (quote1 && !odd) {
		bool special = false;
		for (const char *t = s; *t; t++)
			if (strchr("$`\\\"!", *t))
				special = true;
		if (!special) {
			snprintf(b, sizeof buf[0], "\"%s\"", s);
			return b;
		}
	}
	/* three states: inside '...', inside $'...' (a run of escapes), between */
	enum { Q_OUT, Q_SINGLE, Q_DOLLAR } st = Q_SINGLE;
	*p++ = '\'';
	for (; *s && p < end; s++) {
		unsigned char c = (unsigned char)*s;
		if (printable(c)) {
			if (st == Q_DOLLAR)
				*p++ = '\'';
			if (st != Q_SINGLE)
				*p++ = '\'';
			st = Q_SINGLE;
			if (c == '\'')
				p = stpcpy(p, "'\\''");
			else
				*p++ = (char)c;
			continue;
		}
		static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv";
		const char *k = c ? memchr(esc, c, sizeof esc - 1) : NULL;
		if (st == Q_SINGLE)
			*p++ = '\'';
		if (st != Q_DOLLAR)
			p = stpcpy(p, "$'");
		st = Q_DOLLAR;
		*p++ = '\\';
		if (k && (k - esc) % 2 == 0) {
			*p++ = k[1];
		} else {
			*p++ = (char)('0' + (c >> 6));
			*p++ = (char)('0' + (c >> 3 & 7));
			*p++ = (char)('0' + (c & 7));
		}
	}
	if (st != Q_OUT)
		*p++ = '\'';
	*p = 0;
	return b;
}

/* ---- numbers ---- */

static char *utoa(char *end, uint64_t v)
{
	*--end = 0;
	do
		*--end = (char)('0' + v % 10);
	while (v /= 10);
	return end;
}

/* GNU's human_readable with ceiling rounding, powers of 1024, no "B". */
static void human_fmt(char *out, uint64_t v)
{
	static const char units[] = "KMGTPEZY";
	uint64_t amt = v;
	unsigned tenths = 0, rounding = 0;
	int e = 0;
	char tmp[32];

	if (amt < 1024) {
		strlcpy(out, utoa(tmp + sizeof tmp, amt), 24);
		return;
	}
	do {	/* divide, keeping a tenths digit and whether the rest is zero */
		unsigned r10 = (unsigned)(amt % 1024) * 10 + tenths;
		unsigned r2 = (r10 % 1024) * 2 + (rounding >> 1);
		amt /= 1024;
		tenths = r10 / 1024;
		rounding = r2 < 1024 ? (r2 != 0) : 2 + (1024 < r2);
		e++;
	} while (amt >= 1024 && e < 8);
	if (amt < 10) {
		if (rounding)
			tenths++;
		if (tenths == 10)
			amt++, tenths = 0;
		if (amt < 10) {
			snprintf(out, 24, "%u.%u%c", (unsigned)amt, tenths, units[e - 1]);
			return;
		}
	} else if (tenths || rounding) {
		amt++;
	}
	if (amt == 1024 && e < 8) {
		snprintf(out, 24, "1.0%c", units[e]);
		return;
	}
	snprintf(out, 24, "%u%c", (unsigned)amt, units[e - 1]);
}

/* 512-byte blocks as -s and "total" show them: 1024-byte units rounded up, or -h. */
static void blocks_fmt(char *out, uint64_t blocks512)
{
	char tmp[32];
	if (human)
		human_fmt(out, blocks512 * 512);
	else
		strlcpy(out, utoa(tmp + sizeof tmp, (blocks512 + 1) / 2), 24);
}

static size_t ulen(uint64_t v)
{
	size_t n = 1;
	while (v >= 10)
		v /= 10, n++;
	return n;
}

/* ---- widths of a listing's columns, as GNU accumulates them ---- */

static struct {
	size_t inode, blocks, nlink, owner, group, size, major, minor;
} W;

static void widths_reset(void) { memset(&W, 0, sizeof W); }

static void widths_add(const struct ent *e)
{
	char buf[32];
	size_t n;

	if (!e->stat_ok)
		return;
	if (print_inode && (n = ulen(e->ino)) > W.inode)
		W.inode = n;
	if (format == F_LONG || print_blocks) {
		blocks_fmt(buf, e->blocks);
		if ((n = strlen(buf)) > W.blocks)
			W.blocks = n;
	}
	if (format != F_LONG)
		return;
	if ((n = ulen(e->nlink)) > W.nlink)
		W.nlink = n;
	if (!no_owner) {
		const char *u = numeric ? NULL : passwd_user(e->uid);
		n = u ? strlen(u) : ulen(e->uid);
		if (n > W.owner)
			W.owner = n;
	}
	if (!no_group) {
		const char *g = numeric ? NULL : passwd_group(e->gid);
		n = g ? strlen(g) : ulen(e->gid);
		if (n > W.group)
			W.group = n;
	}
	if (S_ISCHR(e->mode) || S_ISBLK(e->mode)) {
		size_t ma = ulen((e->rdev >> 8 & 0xfff) | (e->rdev >> 32 & ~0xfffULL));
		size_t mi = ulen((e->rdev & 0xff) | (e->rdev >> 12 & ~0xffULL));
		if (ma > W.major)
			W.major = ma;
		if (mi > W.minor)
			W.minor = mi;
		n = W.major + 2 + W.minor;
	} else if (human) {
		human_fmt(buf, e->size);
		n = strlen(buf);
	} else {
		n = ulen(e->size);
	}
	if (n > W.size)
		W.size = n;
}

/* ---- sorting ---- */

/* strcmp eight bytes at a time (names in a big directory share long
 * prefixes). Safe to over-read: every name is in the arena with 8 spare
 * bytes after it. The "has a zero byte" test marks the lowest zero byte
 * exactly (the borrow only spoils bytes above it), and on little-endian
 * x86 the lowest byte is the first in memory. */
static int name_cmp(const char *a, const char *b)
{
	for (;; a += 8, b += 8) {
		uint64_t x, y;
		__builtin_memcpy(&x, a, 8);
		__builtin_memcpy(&y, b, 8);
		uint64_t zero = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
		if (x != y || zero) {
			int sh = __builtin_ctzll((x ^ y) | zero) & ~7;
			return (int)(x >> sh & 0xff) - (int)(y >> sh & 0xff);
		}
	}
}

static int cmp_name(const void *a, const void *b, void *ctx)
{
	return name_cmp(((const struct ent *)a)->name, ((const struct ent *)b)->name);
}

static int cmp_time(const void *a, const void *b, void *ctx)
{
	const struct ent *x = a, *y = b;
	if (x->tsec != y->tsec)
		return x->tsec < y->tsec ? 1 : -1;	/* newest first */
	if (x->tnsec != y->tnsec)
		return x->tnsec < y->tnsec ? 1 : -1;
	return name_cmp(x->name, y->name);
}

static int cmp_size(const void *a, const void *b, void *ctx)
{
	const struct ent *x = a, *y = b;
	if (x->size != y->size)
		return x->size < y->size ? 1 : -1;	/* largest first */
	return name_cmp(x->name, y->name);
}

/* -r reverses the whole order, ties included, as GNU does. */
static int cmp_rev(const void *a, const void *b, void *ctx)
{
	int (*c)(const void *, const void *, void *) = *(int (**)(const void *, const void *, void *))ctx;
	return c(b, a, NULL);
}

/* Names share prefixes in big directories ("file_000123"): skip the part
 * all of them share and put the next eight bytes, big-endian, in the sort
 * key. Bytes after the name's NUL are zeroed, so key order is byte order. */
static size_t name_skip;

static int tie_name(const void *a, const void *b, void *ctx)
{
	return name_cmp(((const struct ent *)a)->name + name_skip, ((const struct ent *)b)->name + name_skip);
}

static void sort_by_name(struct ent **v, size_t n)
{
	struct sort_key *k = malloc(n * sizeof *k);
	const char *first = v[0]->name;
	size_t skip = strlen(first);

	if (!k || skip == 0) {		/* fall back to the plain sort */
		free(k);
		sort_ptrs((void **)v, n, cmp_name, NULL);
		goto done;
	}
	for (size_t i = 1; i < n && skip; i++) {
		const char *p = v[i]->name;
		size_t j = 0;
		while (j < skip && p[j] == first[j])
			j++;
		skip = j;
	}
	for (size_t i = 0; i < n; i++) {
		const char *p = v[i]->name + skip;	/* within the name or at its NUL */
		uint64_t key = 0;
		int j = 0;
		for (; j < 8 && p[j]; j++)
			key = key << 8 | (unsigned char)p[j];
		key <<= 8 * (8 - j);
		k[i].key = key;
		k[i].p = v[i];
	}
	name_skip = skip;
	sort_keys(k, n, tie_name, NULL);
	for (size_t i = 0; i < n; i++)
		v[i] = k[i].p;
	free(k);
done:
	if (reverse)		/* names are unique in a directory: reversing is -r */
		for (size_t i = 0, j = n - 1; i < j; i++, j--) {
			struct ent *t = v[i]; v[i] = v[j]; v[j] = t;
		}
}

static struct ent **sorted(size_t n)
{
	struct ent **v = malloc((n ? n : 1) * sizeof *v);
	int (*c)(const void *, const void *, void *);

	if (!v)
		error(2, ENOMEM, "memory exhausted");
	for (size_t i = 0; i < n; i++)
		v[i] = &ents[i];
	if (sort_by == S_NONE)
		return v;
	if (sort_by == S_NAME && n > 1) {
		sort_by_name(v, n);
		return v;
	}
	c = sort_by == S_TIME ? cmp_time : sort_by == S_SIZE ? cmp_size : cmp_name;
	if (reverse)
		sort_ptrs((void **)v, n, cmp_rev, &c);
	else
		sort_ptrs((void **)v, n, c, NULL);
	return v;
}

/* ---- printing ---- */

static char indicator_of(bool stat_ok, uint32_t mode, uint8_t dtype)
{
	uint8_t t = stat_ok ? dtype_of(mode) : dtype;

	if (t == DT_REG)
		return stat_ok && indicator == I_CLASSIFY && (mode & 0111) ? '*' : 0;
	if (t == DT_DIR)
		return '/';
	if (indicator == I_SLASH)
		return 0;
	if (t == DT_LNK)
		return '@';
	if (t == DT_FIFO)
		return '|';
	if (t == DT_SOCK)
		return '=';
	return 0;
}

/* Columns taken by a name with its inode, blocks and indicator (GNU's
 * length_of_file_name_and_frills). */
static size_t frills_len(const struct ent *e)
{
	char buf[32];
	size_t len = 0;

	if (print_inode)
		len += 1 + (format == F_COMMAS ? (e->stat_ok ? ulen(e->ino) : 1) : W.inode);
	if (print_blocks) {
		if (format == F_COMMAS) {
			blocks_fmt(buf, e->blocks);
			len += 1 + (e->stat_ok ? strlen(buf) : 1);
		} else {
			len += 1 + W.blocks;
		}
	}
	len += name_width(e->name);
	if (indicator != I_NONE && indicator_of(e->stat_ok, e->mode, e->dtype))
		len++;
	return len;
}

/* s padded with spaces to width, on the right or the left. The columns of
 * a million -l lines go through here: when stdout's buffer has room, write
 * into it directly rather than a call per space. */
static void put_padded(const char *s, size_t width, bool right)
{
	size_t n = strlen(s), w = n < width ? width : n;
	struct out *o = sg_stdout;

	if (o->cap - o->len < w)
		out_flush(o);
	if (o->cap - o->len >= w) {
		char *p = o->buf + o->len;
		if (right) {
			memset(p, ' ', w - n);
			memcpy(p + w - n, s, n);
		} else {
			memcpy(p, s, n);
			memset(p + n, ' ', w - n);
		}
		o->len += w;
		return;
	}
	if (right)
		for (; n < width; n++)
			out_char(sg_stdout, ' ');
	out_str(sg_stdout, s);
	if (!right)
		for (; n < width; n++)
			out_char(sg_stdout, ' ');
}

static void put_frills(const struct ent *e)
{
	char buf[32];
	size_t w;
	char c;

	if (print_inode) {
		w = format == F_COMMAS ? 0 : W.inode;
		put_padded(e->stat_ok ? utoa(buf + sizeof buf, e->ino) : "?", w, true);
		out_char(sg_stdout, ' ');
	}
	if (print_blocks) {
		w = format == F_COMMAS ? 0 : W.blocks;
		blocks_fmt(buf, e->blocks);
		put_padded(e->stat_ok ? buf : "?", w, true);
		out_char(sg_stdout, ' ');
	}
	put_name_as(e->name, align_quotes);
	if (indicator != I_NONE && (c = indicator_of(e->stat_ok, e->mode, e->dtype)))
		out_char(sg_stdout, c);
}

/* Pad from column `from` to `to` with tabs where a tab stop (every 8) fits,
 * as GNU ls does by default (--tabsize=8). */
static void indent(size_t from, size_t to)
{
	while (from < to) {
		if (to / 8 > (from + 1) / 8) {
			out_char(sg_stdout, '\t');
			from += 8 - from % 8;
		} else {
			out_char(sg_stdout, ' ');
			from++;
		}
	}
}

static void print_with_separator(struct ent **v, size_t n, char sep)
{
	size_t pos = 0;

	for (size_t i = 0; i < n; i++) {
		size_t len = line_length ? frills_len(v[i]) : 0;
		if (i) {
			char s2;
			if (!line_length || pos + len + 2 < line_length) {
				pos += 2;
				s2 = ' ';
			} else {
				pos = 0;
				s2 = '\n';
			}
			out_char(sg_stdout, sep);
			out_char(sg_stdout, s2);
		}
		put_frills(v[i]);
		pos += len;
	}
	out_char(sg_stdout, '\n');
}

/* GNU's column fitting: for every candidate count of columns c (up to one
 * per 3 screen columns), widen column j to its longest entry + 2 (the last
 * column gets no separator) and drop c once the line would not fit. The most
 * columns that still fit wins. Column arrays for all candidates live in one
 * triangle: candidate c uses cols_w[c(c-1)/2 ...] (c entries). */
static void print_columns(struct ent **v, size_t n, bool down)
{
	size_t max_idx = line_length / 3 + (line_length % 3 != 0);
	size_t max_cols = max_idx < n ? max_idx : n;
	size_t *len = malloc(n * sizeof *len);
	size_t *colw = malloc((max_cols * (max_cols + 1) / 2) * sizeof *colw);
	size_t *linelen = malloc(max_cols * sizeof *linelen);
	bool *valid = malloc(max_cols);
	size_t cols, rows;

	if (!len || !colw || !linelen || !valid)
		error(2, ENOMEM, "memory exhausted");
	for (size_t i = 0; i < max_cols; i++) {
		valid[i] = true;
		linelen[i] = (i + 1) * 3;
		for (size_t j = 0; j <= i; j++)
			colw[i * (i + 1) / 2 + j] = 3;
	}
	for (size_t f = 0; f < n; f++) {
		len[f] = frills_len(v[f]);
		for (size_t i = 0; i < max_cols; i++) {
			if (!valid[i])
				continue;
			size_t idx = down ? f / ((n + i) / (i + 1)) : f % (i + 1);
			size_t real = len[f] + (idx == i ? 0 : 2);
			size_t *cw = &colw[i * (i + 1) / 2 + idx];
			if (*cw < real) {
				linelen[i] += real - *cw;
				*cw = real;
				valid[i] = linelen[i] < line_length;
			}
		}
	}
	for (cols = max_cols; cols > 1; cols--)
		if (valid[cols - 1])
			break;
	size_t *cw = &colw[(cols - 1) * cols / 2];
	if (down) {
		rows = n / cols + (n % cols != 0);
		for (size_t r = 0; r < rows; r++) {
			size_t pos = 0, col = 0;
			for (size_t f = r;;) {
				put_frills(v[f]);
				size_t w = cw[col++];
				if ((f += rows) >= n)
					break;
				indent(pos + len[f - rows], pos + w);
				pos += w;
			}
			out_char(sg_stdout, '\n');
		}
	} else {
		size_t pos = 0;
		put_frills(v[0]);
		for (size_t f = 1; f < n; f++) {
			size_t col = f % cols;
			if (col == 0) {
				out_char(sg_stdout, '\n');
				pos = 0;
			} else {
				indent(pos + len[f - 1], pos + cw[col - 1]);
				pos += cw[col - 1];
			}
			put_frills(v[f]);
		}
		out_char(sg_stdout, '\n');
	}
	free(len);
	free(colw);
	free(linelen);
	free(valid);
}

static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

static void mode_string(char *m, const struct ent *e)
{
	static const char types[16] = { '?', 'p', 'c', '?', 'd', '?', 'b', '?', '-', '?', 'l', '?', 's', '?', '?', '?' };
	uint32_t x = e->mode;

	m[0] = types[(e->stat_ok ? dtype_of(x) : e->dtype) & 15];
	if (!e->stat_ok) {
		memcpy(m + 1, "?????????", 10);
		return;
	}
	m[1] = x & 0400 ? 'r' : '-';
	m[2] = x & 0200 ? 'w' : '-';
	m[3] = x & 04000 ? (x & 0100 ? 's' : 'S') : (x & 0100 ? 'x' : '-');
	m[4] = x & 040 ? 'r' : '-';
	m[5] = x & 020 ? 'w' : '-';
	m[6] = x & 02000 ? (x & 010 ? 's' : 'S') : (x & 010 ? 'x' : '-');
	m[7] = x & 04 ? 'r' : '-';
	m[8] = x & 02 ? 'w' : '-';
	m[9] = x & 01000 ? (x & 01 ? 't' : 'T') : (x & 01 ? 'x' : '-');
	m[10] = 0;
}

static void put_time(const struct ent *e)
{
	static int64_t last_sec = INT64_MIN;
	static bool last_recent;
	static char buf[64];
	struct tz_tm tm;
	/* recent: within the last six months (half of 365.2425 days) and not in the future */
	bool recent = (e->tsec > now_sec - 31556952 / 2 ||
		       (e->tsec == now_sec - 31556952 / 2 && e->tnsec > now_nsec)) &&
		      (e->tsec < now_sec || (e->tsec == now_sec && e->tnsec < now_nsec));

	if (e->tsec == last_sec && recent == last_recent) {	/* files made together share a time */
		out_str(sg_stdout, buf);
		return;
	}
	last_sec = e->tsec, last_recent = recent;
	tz_localtime(e->tsec, &tm);
	if (recent)
		snprintf(buf, sizeof buf, "%.3s %2d %02d:%02d ", months + 3 * tm.mon, tm.mday, tm.hour, tm.min);
	else
		snprintf(buf, sizeof buf, "%.3s %2d  %lld ", months + 3 * tm.mon, tm.mday, (long long)tm.year);
	out_str(sg_stdout, buf);
}

static void put_id(const char *name, uint32_t id, size_t width)
{
	char buf[16];
	if (name)
		put_padded(name, width, false);
	else
		put_padded(utoa(buf + sizeof buf, id), width, true);
	out_char(sg_stdout, ' ');
}

static void print_long(const struct ent *e)
{
	char buf[64], m[12];

	if (print_inode) {
		put_padded(e->stat_ok ? utoa(buf + sizeof buf, e->ino) : "?", W.inode, true);
		out_char(sg_stdout, ' ');
	}
	if (print_blocks) {
		blocks_fmt(buf, e->blocks);
		put_padded(e->stat_ok ? buf : "?", W.blocks, true);
		out_char(sg_stdout, ' ');
	}
	mode_string(m, e);
	out_str(sg_stdout, m);
	out_char(sg_stdout, ' ');
	if (!e->stat_ok) {
		put_padded("?", W.nlink, true);
		out_char(sg_stdout, ' ');
		if (!no_owner)
			put_padded("?", W.owner + 1, false);
		if (!no_group)
			put_padded("?", W.group + 1, false);
		put_padded("?", W.size, true);
		out_str(sg_stdout, "            ? ");
	} else {
		put_padded(utoa(buf + sizeof buf, e->nlink), W.nlink, true);
		out_char(sg_stdout, ' ');
		if (!no_owner)
			put_id(numeric ? NULL : passwd_user(e->uid), e->uid, W.owner);
		if (!no_group)
			put_id(numeric ? NULL : passwd_group(e->gid), e->gid, W.group);
		if (S_ISCHR(e->mode) || S_ISBLK(e->mode)) {
			uint64_t ma = (e->rdev >> 8 & 0xfff) | (e->rdev >> 32 & ~0xfffULL);
			uint64_t mi = (e->rdev & 0xff) | (e->rdev >> 12 & ~0xffULL);
			size_t blank = W.size > W.major + 2 + W.minor ? W.size - (W.major + 2 + W.minor) : 0;
			put_padded(utoa(buf + sizeof buf, ma), W.major + blank, true);
			out_str(sg_stdout, ", ");
			put_padded(utoa(buf + sizeof buf, mi), W.minor, true);
		} else if (human) {
			human_fmt(buf, e->size);
			put_padded(buf, W.size, true);
		} else {
			put_padded(utoa(buf + sizeof buf, e->size), W.size, true);
		}
		out_char(sg_stdout, ' ');
		put_time(e);
	}
	put_name_as(e->name, align_quotes);
	if (e->link) {
		out_str(sg_stdout, " -> ");
		put_name(e->link);
		char c;
		if (indicator != I_NONE && (c = indicator_of(true, e->linkmode, 0)))
			out_char(sg_stdout, c);
	} else if (indicator != I_NONE && (e->stat_ok ? dtype_of(e->mode) : e->dtype) != DT_LNK) {
		char c = indicator_of(e->stat_ok, e->mode, e->dtype);
		if (c)
			out_char(sg_stdout, c);
	}
	out_char(sg_stdout, '\n');
}

static void print_listing(struct ent **v, size_t n)
{
	align_quotes = false;
	if (shell_esc && (format == F_LONG || ((format == F_COLS || format == F_ACROSS) && line_length)))
		for (size_t i = 0; i < n && !align_quotes; i++)
			align_quotes = needs_quote(v[i]->name);
	if (format == F_LONG) {
		for (size_t i = 0; i < n; i++)
			print_long(v[i]);
	} else if (format == F_ONE) {
		for (size_t i = 0; i < n; i++) {
			put_frills(v[i]);
			out_char(sg_stdout, '\n');
		}
	} else if (format == F_COMMAS) {
		print_with_separator(v, n, ',');
	} else if (!line_length) {
		print_with_separator(v, n, ' ');
	} else if (n) {
		print_columns(v, n, format == F_COLS);
	}
}

/* ---- directories ---- */

/* What a pending directory is: a path to list, or (path NULL) the marker
 * that says the directory below it on the stack is finished, so its
 * dev/ino leaves the set of directories being listed (loop detection). */
struct pending {
	char *path;
	bool cmdline;
};
static struct pending *stack;
static size_t nstack, cap_stack;

static void push(char *path, bool cmdline)
{
	if (nstack == cap_stack) {
		size_t nc = cap_stack ? cap_stack * 2 : 64;
		struct pending *s = realloc(stack, nc * sizeof *s);
		if (!s)
			error(2, ENOMEM, "memory exhausted");
		stack = s, cap_stack = nc;
	}
	stack[nstack].path = path;
	stack[nstack].cmdline = cmdline;
	nstack++;
}

/* The directories being listed right now, outermost first: with -R -L a
 * symlink back up the tree would otherwise be followed for ever. */
struct devino {
	uint64_t dev, ino;
};
static struct devino *active;
static size_t nactive, cap_active;

static bool first_header = true;
static bool print_dir_name = true;

/* Does this entry call for a stat? GNU's rule: always for the long format,
 * -s, -i and sorting by time or size; for -F, regular files (is it
 * executable?); for -R/-F/-p, entries whose d_type is DT_UNKNOWN; and
 * symlinks when -L has to see through them. */
static bool needs_stat(const struct ent *e)
{
	bool needs_type = recursive || indicator != I_NONE;

	if (format == F_LONG || print_blocks || print_inode || sort_by == S_TIME || sort_by == S_SIZE)
		return true;
	if (e->dtype == DT_UNKNOWN)
		return needs_type;
	if (needs_type && e->dtype == DT_REG && indicator == I_CLASSIFY)
		return true;
	return needs_type && e->dtype == DT_LNK && deref == D_ALWAYS;
}

/* ---- stat, in two threads for big directories ----
 *
 * Each stat is a path lookup in the kernel, and on a big directory with -l
 * those lookups are most of the time. They are independent, so a second
 * thread (clone with CLONE_VM: same memory, same files) stats entries
 * alongside this one. Each thread touches only the entries it took, and
 * the helper makes no call but newfstatat: no malloc, no output. It ends
 * with exit(2) (this thread only); CLONE_CHILD_CLEARTID has the kernel zero
 * `running` and FUTEX_WAKE it then, which is what we wait on.
 */
static void stat_range(int dirfd, size_t lo, size_t hi)
{
	for (size_t i = lo; i < hi; i++) {
		struct ent *e = &ents[i];
		struct stat st;
		if (!needs_stat(e))
			continue;
		long r = sys_newfstatat(dirfd, e->name, &st, deref == D_ALWAYS ? 0 : AT_SYMLINK_NOFOLLOW);
		if (r < 0)
			e->err = (uint8_t)-r;
		else
			fill_stat(e, &st);
	}
}

/* The work is handed out in chunks from a shared counter, not split in
 * halves: if the other core is busy, this thread simply takes more chunks
 * instead of waiting for a helper that is running at half speed. */
#define CHUNK_STAT 256
static int job_dirfd;
static size_t job_next;		/* first entry no thread has taken yet */

static void stat_chunks(void)
{
	for (;;) {
		size_t lo = __atomic_fetch_add(&job_next, CHUNK_STAT, __ATOMIC_RELAXED);
		if (lo >= nents)
			return;
		stat_range(job_dirfd, lo, lo + CHUNK_STAT < nents ? lo + CHUNK_STAT : nents);
	}
}

static char helper_stack[32768] __attribute__((aligned(16)));
static volatile uint32_t running;

/* clone(2) on a new stack. The child cannot return through this function
 * (its stack is empty), so it calls the function whose address we left at
 * the top of its stack, then exits: all in the asm, before any C code could
 * touch a stack frame it does not have. Returns the tid, or -errno. */
static long spawn(void (*fn)(void))
{
	void **sp = (void **)(helper_stack + sizeof helper_stack);
	long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
		     CLONE_SYSVSEM | CLONE_CHILD_CLEARTID;
	register long r10 __asm__("r10") = (long)&running;	/* child_tid */
	register long r8 __asm__("r8") = 0;			/* tls */
	long ret;

	*--sp = (void *)fn;
	*--sp = 0;		/* keeps the stack 16-byte aligned at the call */
	__asm__ volatile(
		"syscall\n\t"
		"test %%rax, %%rax\n\t"
		"jnz 1f\n\t"
		"pop %%rax\n\t"
		"pop %%rax\n\t"	/* fn */
		"call *%%rax\n\t"
		"mov %[nr_exit], %%eax\n\t"	/* exit: this thread only */
		"xor %%edi, %%edi\n\t"
		"syscall\n\t"
		"1:"
		: "=a"(ret)
		: "a"((long)__NR_clone), "D"(flags), "S"(sp), "d"(0L), "r"(r10), "r"(r8),
		  [nr_exit] "i"(__NR_exit)
		: "rcx", "r11", "memory");
	return ret;
}

static void stat_all(int dirfd)
{
	size_t want = 0;

	for (size_t i = 0; i < nents; i++)
		want += needs_stat(&ents[i]);
	if (want == 0)
		return;
	if (want >= 4096) {	/* below that the thread costs more than it saves */
		job_dirfd = dirfd;
		job_next = 0;
		running = 1;
		if (spawn(stat_chunks) > 0) {
			stat_chunks();
			uint32_t v;
			while ((v = running) != 0)
				sys_futex((uint32_t *)&running, FUTEX_WAIT, v, NULL, NULL, 0);
			return;
		}
		running = 0;
	}
	stat_range(dirfd, 0, nents);
}

/* Build "dir/name" as GNU names subdirectories ("./sub" under "."). */
static char *join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	char *p = malloc(dl + nl + 2), *q = p;

	if (!p)
		error(2, ENOMEM, "memory exhausted");
	memcpy(q, dir, dl);
	q += dl;
	if (dl && dir[dl - 1] != '/')
		*q++ = '/';
	memcpy(q, name, nl + 1);
	return p;
}

/*
 * struct linux_dirent64, as getdents64(2) packs them into the buffer:
 *
 *   offset  0        8        16       18      19
 *           +--------+--------+--------+-------+----------------------+---
 *           | d_ino  | d_off  |d_reclen|d_type | d_name ... '\0' pad  | next
 *           |  u64   |  s64   |  u16   |  u8   | to an 8-byte boundary|
 *           +--------+--------+--------+-------+----------------------+---
 *           |<-------------------- d_reclen -------------------------->|
 *
 * d_reclen is the whole record, padding included: the only way to the next.
 * d_type is DT_DIR, DT_REG, ... or DT_UNKNOWN when the filesystem does not
 * say (then only a stat tells). d_off is the filesystem's cookie for lseek.
 */
struct dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	uint16_t d_reclen;
	uint8_t d_type;
	char d_name[];
};

static char dbuf[1 << 20];

static void stream_one(int fd, const char *path, const char *nm, const struct dirent64 *d)
{
	struct ent t;

	memset(&t, 0, sizeof t);
	t.name = (char *)nm;
	t.ino = d->d_ino;
	t.dtype = d->d_type;
	if (!print_inode && indicator == I_NONE) {	/* the common case: just the name */
		put_name(nm);
		out_char(sg_stdout, '\n');
		return;
	}
	if (needs_stat(&t)) {
		struct stat st;
		long r = sys_newfstatat(fd, nm, &st, deref == D_ALWAYS ? 0 : AT_SYMLINK_NOFOLLOW);
		if (r < 0) {
			char *full = join(path[0] == '.' && path[1] == 0 ? "" : path, nm);
			error(0, (int)-r, "cannot access %s", quote(full));
			free(full);
			fail(1);
		} else {
			fill_stat(&t, &st);
		}
	}
	W.inode = t.stat_ok ? ulen(t.ino) : 0;
	put_frills(&t);
	out_char(sg_stdout, '\n');
}	/* one big buffer: few getdents64 calls even for huge directories */

static void list_dir(const char *path, bool cmdline)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	long n;

	if (fd < 0) {
		error(0, (int)-fd, "cannot open directory %s", quote(path));
		fail(cmdline ? 2 : 1);
		return;
	}
	if (recursive) {
		struct stat st;
		if ((n = sys_fstat((int)fd, &st)) < 0) {
			error(0, (int)-n, "cannot determine device and inode of %s", quote(path));
			fail(cmdline ? 2 : 1);
			sys_close((int)fd);
			return;
		}
		for (size_t i = 0; i < nactive; i++)
			if (active[i].dev == st.st_dev && active[i].ino == st.st_ino) {
				error(0, 0, "%s: not listing already-listed directory",
				      needs_quote_at(path, false) ? quote(path) : path);
				fail(2);
				sys_close((int)fd);
				return;
			}
		if (nactive == cap_active) {
			size_t nc = cap_active ? cap_active * 2 : 64;
			struct devino *a = realloc(active, nc * sizeof *a);
			if (!a)
				error(2, ENOMEM, "memory exhausted");
			active = a, cap_active = nc;
		}
		active[nactive].dev = st.st_dev;
		active[nactive].ino = st.st_ino;
		nactive++;
	}
	if (recursive || print_dir_name) {
		if (!first_header)
			out_char(sg_stdout, '\n');
		first_header = false;
		put_name(path);
		out_str(sg_stdout, ":\n");
	}

	nents = 0;
	arena_reset();
	widths_reset();
	uint64_t total = 0;
	/* -U -1 (without -s or -R): print each entry as it comes and store
	 * nothing, so memory stays flat however big the directory is. GNU does
	 * the same, and so sizes -i's column to each line's own number. */
	bool stream = sort_by == S_NONE && format == F_ONE && !recursive && !print_blocks;
	for (;;) {
		n = sys_getdents64((int)fd, dbuf, sizeof dbuf);
		if (n == -EINTR)
			continue;
		if (n < 0) {
			error(0, (int)-n, "reading directory %s", quote(path));
			fail(cmdline ? 2 : 1);
			break;
		}
		if (n == 0)
			break;
		for (long off = 0; off < n;) {
			struct dirent64 *d = (struct dirent64 *)(dbuf + off);
			const char *nm = d->d_name;
			off += d->d_reclen;
			if (nm[0] == '.' && !show_all) {
				if (!almost_all)
					continue;
				if (nm[1] == 0 || (nm[1] == '.' && nm[2] == 0))
					continue;
			}
			if (stream) {	/* straight from the kernel's buffer to ours */
				stream_one((int)fd, path, nm, d);
				continue;
			}
			struct ent *e = ent_new();
			e->name = arena_put(nm, strlen(nm));
			e->ino = d->d_ino;
			e->dtype = d->d_type;
		}
	}
	stat_all((int)fd);
	for (size_t i = 0; i < nents; i++) {
		struct ent *e = &ents[i];
		if (e->err) {
			/* GNU names the entry without "./" when listing "." */
			char *full = join(path[0] == '.' && path[1] == 0 ? "" : path, e->name);
			error(0, e->err, "cannot access %s", quote(full));
			free(full);
			fail(1);
			continue;
		}
		if (!e->stat_ok)
			continue;
		if (format == F_LONG && S_ISLNK(e->mode)) {
			char *full = join(path[0] == '.' && path[1] == 0 ? "" : path, e->name);
			read_link((int)fd, e->name, e, full, false);
			free(full);
		}
		total += e->blocks;
		widths_add(e);
	}
	sys_close((int)fd);

	struct ent **v = sorted(nents);
	if (format == F_LONG || print_blocks) {
		char buf[32];
		blocks_fmt(buf, total);
		out_str(sg_stdout, "total ");
		out_str(sg_stdout, buf);
		out_char(sg_stdout, '\n');
	}
	if (nents)
		print_listing(v, nents);
	if (recursive) {
		push(NULL, false);	/* marker: this directory is done after its children */
		for (size_t i = nents; i-- > 0;) {
			struct ent *e = v[i];
			const char *nm = e->name;
			if ((e->stat_ok ? S_ISDIR(e->mode) : e->dtype == DT_DIR) &&
			    !(nm[0] == '.' && (nm[1] == 0 || (nm[1] == '.' && nm[2] == 0))))
				push(join(path, nm), false);
		}
	}
	free(v);
}

/* ---- operands ---- */

static int operand(struct ent *e, const char *name)
{
	struct stat st;
	long r;
	bool follow = deref == D_ALWAYS || deref == D_CMD || deref == D_CMD_DIRS;

	r = sys_newfstatat(AT_FDCWD, name, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
	if (deref == D_CMD_DIRS && (r == -ENOENT || (r == 0 && !S_ISDIR(st.st_mode))))
		r = sys_newfstatat(AT_FDCWD, name, &st, AT_SYMLINK_NOFOLLOW);
	if (r < 0) {
		error(0, (int)-r, "cannot access %s", quote(name));
		fail(2);
		return -1;
	}
	e->name = arena_put(name, strlen(name));	/* with the spare bytes name_cmp wants */
	fill_stat(e, &st);
	if (format == F_LONG && S_ISLNK(e->mode))
		read_link(AT_FDCWD, name, e, name, true);
	e->is_dir_arg = S_ISDIR(st.st_mode) && !immediate_dirs;
	widths_add(e);	/* GNU widens the columns for every operand, directories too */
	return 0;
}

static void width_from(const char *s, bool env)
{
	uint64_t v;
	if (parse_u64(s, 10, &v) < 0 || (env && v == 0)) {
		if (env) {
			error(0, 0, "ignoring invalid width in environment variable COLUMNS: %s", quote(s));
			return;
		}
		error(0, 0, "invalid line width: %s", quote(s));
		exit(2);
	}
	line_length = (size_t)v;
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		{ "all", 0, 'a' }, { "almost-all", 0, 'A' }, { "directory", 0, 'd' },
		{ "recursive", 0, 'R' }, { "reverse", 0, 'r' }, { "inode", 0, 'i' },
		{ "size", 0, 's' }, { "kibibytes", 0, 'k' }, { "human-readable", 0, 'h' },
		{ "classify", 0, 'F' }, { "numeric-uid-gid", 0, 'n' }, { "dereference", 0, 'L' },
		{ "hide-control-chars", 0, 'q' }, { "width", 1, 'w' },
		{ "help", 0, 'H' + 256 }, { "version", 0, 'V' + 256 }, { 0 }
	};
	struct opt o;
	struct winsize ws;
	struct termios tio;
	const char *width_arg = NULL;
	int c, nops;
	bool tty = sys_ioctl(1, TCGETS, &tio) == 0;

	sg_exit_failure = 2;	/* a write error at exit is serious, as for GNU ls */
	format = tty ? F_COLS : F_ONE;
	shell_esc = tty;
	opt_init(&o, argc, argv, "aA1lngodRiskhFprtSUfcuLHCxmqw:", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'a': show_all = true, almost_all = false; break;
		case 'A': almost_all = true, show_all = false; break;
		case '1': if (format != F_LONG) format = F_ONE; break;
		case 'l': format = F_LONG; break;
		case 'n': numeric = true, format = F_LONG; break;
		case 'g': no_owner = true, format = F_LONG; break;
		case 'o': no_group = true, format = F_LONG; break;
		case 'C': format = F_COLS; break;
		case 'x': format = F_ACROSS; break;
		case 'm': format = F_COMMAS; break;
		case 'd': immediate_dirs = true; break;
		case 'R': recursive = true; break;
		case 'i': print_inode = true; break;
		case 's': print_blocks = true; break;
		case 'k': break;	/* 1024-byte blocks are the default; -h still wins */
		case 'h': human = true; break;
		case 'F': indicator = I_CLASSIFY; break;
		case 'p': indicator = I_SLASH; break;
		case 'r': reverse = true; break;
		case 't': sort_by = S_TIME, sort_given = true; break;
		case 'S': sort_by = S_SIZE, sort_given = true; break;
		case 'U': sort_by = S_NONE, sort_given = true; break;
		case 'f':	/* -a -U, and no -l or -s */
			show_all = true, almost_all = false;
			sort_by = S_NONE, sort_given = true;
			if (format == F_LONG)
				format = tty ? F_COLS : F_ONE;
			print_blocks = false;
			break;
		case 'c': time_type = T_CTIME; break;
		case 'u': time_type = T_ATIME; break;
		case 'L': deref = D_ALWAYS; break;
		case 'H': deref = D_CMD; break;
		case 'q': qmark = true; break;
		case 'w': width_arg = o.arg; break;
		case 'H' + 256: tool_help(help_text);
		case 'V' + 256: tool_version("ls");
		default: tool_try_help(2);
		}
	}
	if (width_arg) {
		width_from(width_arg, false);
	} else {
		const char *cols = getenv("COLUMNS");
		if (cols && *cols)
			width_from(cols, true);
		if (sys_ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
			line_length = ws.ws_col;
	}
	if (time_type != T_MTIME && !sort_given && format != F_LONG)
		sort_by = S_TIME;
	if (deref == D_UNDEF)
		deref = immediate_dirs || indicator == I_CLASSIFY || format == F_LONG ? D_NEVER : D_CMD_DIRS;
	if (format == F_LONG) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		now_sec = ts.tv_sec, now_nsec = ts.tv_nsec;
		tz_init();
	}

	char **ops = opt_operands(&o, &nops);
	static char *dot[] = { "." };
	int nfiles = nops;
	if (nops == 0)
		ops = dot, nops = 1;

	/* Every operand is looked at first; then the files are listed, sorted,
	 * and the directories follow in the same order. */
	nents = 0;
	widths_reset();
	for (int i = 0; i < nops; i++) {
		struct ent *e = ent_new();
		if (operand(e, ops[i]) < 0)
			nents--;
	}
	struct ent **v = sorted(nents);
	size_t nfile = 0, ndirs = 0;
	/* directories go on the stack last-first, to come off in sorted order */
	for (size_t i = nents; i-- > 0;)
		if (v[i]->is_dir_arg) {
			push(join("", v[i]->name), true);
			ndirs++;
		}
	for (size_t i = 0; i < nents; i++)
		if (!v[i]->is_dir_arg)
			v[nfile++] = v[i];
	if (nfile) {
		print_listing(v, nfile);
		if (ndirs)
			out_char(sg_stdout, '\n');
	} else if (nfiles <= 1 && ndirs == 1) {
		print_dir_name = false;
	}
	free(v);

	while (nstack) {
		struct pending p = stack[--nstack];
		if (!p.path) {		/* a marker: its directory is finished */
			if (nactive)
				nactive--;
			continue;
		}
		list_dir(p.path, p.cmdline);
		free(p.path);
	}
	exit(status);
}
