/* ls — list directory contents
 *
 * Usage: ls [OPTION]... [FILE]...
 *
 * List each FILE, and the contents of each directory FILE (the current
 * directory when none is given), sorted by name unless an option says
 * otherwise. Every option of GNU ls 9.1, with its long names; a long name
 * may be shortened to any prefix no other name shares.
 *
 *   -a, --all                  do not hide entries starting with .
 *   -A, --almost-all           like -a, but not . and ..
 *       --author               with -l, print the author (the owner, on Linux)
 *   -b, --escape               C-style escapes for nongraphic characters
 *       --block-size=SIZE      with -l, -s and totals, sizes in units of SIZE
 *                              (1024, 1K, K, MB, MiB, human-readable, si)
 *   -B, --ignore-backups       do not list entries ending with ~
 *   -c                         ctime: show it with -l, sort by it with -t or alone
 *   -C                         names in columns, down then across
 *       --color[=WHEN]         colour the names by type: always, auto, never
 *   -d, --directory            list directories themselves, not their contents
 *   -D, --dired                -l output for Emacs' dired mode
 *   -f                         -a -U, and no -l, -s or colour
 *   -F, --classify[=WHEN]      append one of * / = > @ | by type
 *       --file-type            likewise, except *
 *       --format=WORD          across commas horizontal long single-column
 *                              verbose vertical
 *       --full-time            -l --time-style=full-iso
 *   -g                         like -l, without the owner
 *       --group-directories-first  directories before files
 *   -G, --no-group             no group column in -l
 *   -h, --human-readable       sizes like 1K 234M 2G (powers of 1024)
 *       --si                   likewise, powers of 1000
 *   -H, --dereference-command-line  follow symbolic links named as operands
 *       --dereference-command-line-symlink-to-dir  only those naming directories
 *       --hide=PATTERN         do not list entries matching PATTERN (unless -a, -A)
 *       --hyperlink[=WHEN]     names as file:// hyperlinks (OSC 8)
 *       --indicator-style=WORD none, slash (-p), file-type, classify (-F)
 *   -i, --inode                print each file's inode number
 *   -I, --ignore=PATTERN       do not list entries matching PATTERN
 *   -k, --kibibytes            1024-byte blocks for -s and totals
 *   -l                         long listing: mode, links, owner, group, size, time
 *   -L, --dereference          show what symbolic links point to
 *   -m                         names separated by ", ", wrapped
 *   -n, --numeric-uid-gid      like -l, with numeric user and group IDs
 *   -N, --literal              names as they are
 *   -o                         like -l, without the group
 *   -p, --indicator-style=slash  append / to directories
 *   -q, --hide-control-chars   ? for nongraphic characters
 *       --show-control-chars   nongraphic characters as they are
 *   -Q, --quote-name           names in double quotes
 *       --quoting-style=WORD   literal locale shell shell-always shell-escape
 *                              shell-escape-always c c-maybe escape clocale
 *                              (also QUOTING_STYLE)
 *   -r, --reverse              reverse the sort order
 *   -R, --recursive            list subdirectories recursively
 *   -s, --size                 print each file's allocated size in blocks
 *   -S                         sort by size, largest first
 *       --sort=WORD            none (-U) size (-S) time (-t) version (-v)
 *                              extension (-X) width name
 *       --time=WORD            atime access use ctime status mtime
 *                              modification birth creation
 *       --time-style=STYLE     full-iso long-iso iso locale +FORMAT
 *                              (+FMT1<newline>FMT2: old, recent; TIME_STYLE)
 *   -t                         sort by time, newest first
 *   -T, --tabsize=COLS         tab stops every COLS columns (0: spaces only)
 *   -u                         atime: show it with -l, sort by it with -t or alone
 *   -U                         do not sort: the directory's own order
 *   -v                         natural sort of version numbers within names
 *   -w, --width=COLS           assume the screen is COLS wide (0: no limit)
 *   -x                         names in columns, across then down
 *   -X                         sort by extension
 *   -Z, --context              print each file's security context (? if none)
 *       --zero                 end each line with NUL, not newline
 *   -1                         one name per line
 *       --help                 show this help and exit
 *       --version              show the version and exit
 *
 * Exit status: 0 if all is well, 1 for a problem inside a directory (a
 * subdirectory that cannot be opened), 2 for a problem with an operand.
 * Width: -w, else the terminal's (TIOCGWINSZ), else COLUMNS, else 80.
 * Time: -l shows "Mon dd HH:MM", or "Mon dd  YYYY" for times more than six
 * months old or in the future, in the zone of TZ (or /etc/localtime).
 * Locale: LC_ALL, LC_CTYPE, LANG as glibc reads them; in a UTF-8 locale
 * (C.UTF-8, en_US.UTF-8, ...) characters count by their width and
 * printability from Unicode data, as glibc's C.UTF-8 has them.
 * Names are written as they are to a pipe or file; on a terminal they are
 * quoted for the shell ('a b', 'a'$'\n''b') and unprintable ones become ?.
 * Colours: LS_COLORS as dircolors writes it, else GNU's defaults (only when
 * COLORTERM is set or TERM is one dircolors knows).
 * Long listings mark files with an ACL by '+' after the mode
 * (system.posix_acl_access / _default), and '.' for a security context.
 * Directories are read with getdents64 into a 1 MiB buffer; files are
 * stat'ed (newfstatat) only when an option needs more than d_type, and in
 * two threads for directories of 4,096 entries or more.
 * Differs from GNU ls: names sort by their bytes in every locale (GNU
 * sorts by the locale's collation, so en_US.UTF-8 puts "B" between "a" and
 * "c"; C and C.UTF-8 agree with us); outside C and C.UTF-8, dates and
 * messages stay in English; users and groups come only from /etc/passwd
 * and /etc/group (no NSS); --time-style's %Z is empty for a TZ given as a
 * POSIX rule string ("EST5EDT,M3.2.0,M11.1.0"), not for zone files.
 */
#include "sg.h"
#include "sort.h"
#include "passwd.h"
#include "tz.h"
#include "quotearg.h"
#include "uchar.h"
#include "lsfmt.h"
#include "lscolors.h"
#include "ls.help.h"
#include <linux/futex.h>

/* ---- options ---- */

enum { F_LONG, F_ONE, F_COLS, F_ACROSS, F_COMMAS };
enum { S_NAME, S_EXT, S_WIDTH, S_SIZE, S_VERSION, S_TIME, S_NONE };
enum { T_MTIME, T_CTIME, T_ATIME, T_BTIME };
enum { I_NONE, I_SLASH, I_FILE_TYPE, I_CLASSIFY };
enum { D_UNDEF, D_NEVER, D_CMD, D_CMD_DIRS, D_ALWAYS };
enum { IG_DEFAULT, IG_DOTS, IG_MINIMAL };

static int format, sort_by = S_NAME, time_type = T_MTIME, indicator = I_NONE, deref = D_UNDEF;
static int ignore_mode = IG_DEFAULT;
static bool reverse, immediate_dirs, recursive, dirs_first;
static bool print_inode, print_blocks, numeric, qmark;
static bool print_owner = true, print_group = true, print_author, print_scontext;
static bool color, hyperlink, dired, check_symlink_mode;
static bool format_needs_stat, format_needs_type;
static int block_opts, file_opts;		/* human_readable options */
static uint64_t block_size, file_block_size = 1;
static size_t line_length = 80;	/* 0: no limit */
static size_t max_idx;		/* most columns that could fit */
static size_t tabsize = 8;
static char eol = '\n';
static const char *time_fmt[2] = { "%b %e  %Y", "%b %e %H:%M" };	/* old, recent */
static struct qopts name_q, dir_q;	/* quoting of names, and of directory headers */
static bool align_quotes_style;	/* this style may add outer quotes: pad the others */
static int status;		/* exit status so far */
static int64_t now_sec;
static long now_nsec;
static const char *hostname = "";

struct pattern {
	const char *p;
	struct pattern *next;
};
static struct pattern *ignore_pats, *hide_pats;

static void fail(int st)
{
	if (status < st)
		status = st;
}

static void dsync(void);
#define error(st, e, ...) (dsync(), error(st, e, __VA_ARGS__))

static __attribute__((noreturn)) void nomem(void)
{
	error(2, 0, "memory exhausted");
	__builtin_unreachable();
}

/* ---- one file ---- */

/* d_type values (getdents64(2)); the UAPI headers do not export them. Each
 * is the S_IFxxx file type shifted right by 12. */
enum { DT_UNKNOWN = 0, DT_FIFO = 1, DT_CHR = 2, DT_DIR = 4, DT_BLK = 6, DT_REG = 8, DT_LNK = 10, DT_SOCK = 12 };
enum { ACL_NONE, ACL_CONTEXT, ACL_YES };

struct ent {
	char *name;		/* in the name arena */
	char *link;		/* symlink target (-l), or NULL */
	char *ctx;		/* security context (-Z), or NULL for "?" */
	uint64_t ino, size, blocks, rdev;
	int64_t tsec;
	long tnsec;
	uint32_t mode, nlink, uid, gid;
	uint32_t linkmode;	/* mode of the link's target, 0 if unknown */
	uint32_t width;		/* cached columns of the shown name, 0: not yet */
	uint8_t dtype;		/* DT_* from getdents64 or from the mode */
	uint8_t stat_ok;	/* 1 when the fields above came from stat */
	uint8_t is_dir_arg;	/* an operand to be listed as a directory */
	uint8_t err;		/* errno of a failed stat, 0 if none */
	uint8_t acl;		/* ACL_* (-l) */
	uint8_t linkok;		/* the link's target exists */
	uint8_t time_ok;	/* tsec is known (birth time may not be) */
	uint8_t quoted;		/* the shown name differs from the name */
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
				nomem();
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
			nomem();
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
	e->time_ok = 1;
	e->dtype = dtype_of(st->st_mode);
	e->stat_ok = 1;
}

/* newfstatat, or statx when the birth time is wanted (stat has none). */
static long do_stat(int dirfd, const char *name, struct ent *e, bool follow)
{
	int fl = follow ? 0 : AT_SYMLINK_NOFOLLOW;

	if (time_type == T_BTIME) {
		struct statx sx;
		struct stat st;
		long r = sys_statx(dirfd, name, fl | AT_NO_AUTOMOUNT, STATX_BASIC_STATS | STATX_BTIME, &sx);
		if (r < 0)
			return r;
		memset(&st, 0, sizeof st);
		st.st_ino = sx.stx_ino;
		st.st_size = (off_t)sx.stx_size;
		st.st_blocks = (long)sx.stx_blocks;
		st.st_rdev = (unsigned long)((sx.stx_rdev_major & 0xfff) << 8 | (sx.stx_rdev_minor & 0xff) |
					     ((uint64_t)(sx.stx_rdev_major & ~0xfffU) << 32) |
					     ((uint64_t)(sx.stx_rdev_minor & ~0xffU) << 12));
		st.st_mode = sx.stx_mode;
		st.st_nlink = sx.stx_nlink;
		st.st_uid = sx.stx_uid;
		st.st_gid = sx.stx_gid;
		fill_stat(e, &st);
		e->time_ok = (sx.stx_mask & STATX_BTIME) != 0;
		e->tsec = sx.stx_btime.tv_sec;
		e->tnsec = (long)sx.stx_btime.tv_nsec;
		if (!e->time_ok)
			e->tsec = -1, e->tnsec = -1;
		return 0;
	}
	struct stat st;
	long r = sys_newfstatat(dirfd, name, &st, fl);
	if (r == 0)
		fill_stat(e, &st);
	return r;
}

/* "dir/name" into buf (for the path-only xattr calls), or NULL if too long */
static const char *path_in(char *buf, size_t size, const char *dir, const char *name)
{
	if (!dir || name[0] == '/' || (dir[0] == '.' && dir[1] == 0))
		return name;
	size_t dl = strlen(dir), nl = strlen(name);
	if (dl + nl + 2 > size)
		return NULL;
	memcpy(buf, dir, dl);
	if (dl && dir[dl - 1] != '/')
		buf[dl++] = '/';
	memcpy(buf + dl, name, nl + 1);
	return buf;
}

/* ACL '+' and context '.' as GNU decides them: an ACL when the file (not a
 * symbolic link) has system.posix_acl_access, or a directory has
 * system.posix_acl_default; a context when security.selinux is set and is
 * not "unlabeled". One listxattr answers both (GNU asks with up to three
 * getxattr calls); only a labelled file costs a second call, for -Z.
 * No allocation: the -l helper thread runs this too. */
static void xattrs(const char *path, struct ent *e, bool follow, char *ctxbuf, size_t ctxsize)
{
	char list[1024];
	bool sym = S_ISLNK(e->mode);
	long n = follow ? sys_listxattr(path, list, sizeof list) : sys_llistxattr(path, list, sizeof list);
	bool acl = false, ctx = false;

	if (n == -ERANGE) {	/* a long list: assume it holds what we look for, then ask */
		n = 0;
		if (!sym) {
			acl = sys_getxattr(path, "system.posix_acl_access", NULL, 0) > 0 ||
			      (S_ISDIR(e->mode) && sys_getxattr(path, "system.posix_acl_default", NULL, 0) > 0);
		}
		ctx = true;
	}
	for (long i = 0; i < n;) {
		const char *a = list + i;
		size_t l = strnlen(a, (size_t)(n - i));
		if (!sym && (strcmp(a, "system.posix_acl_access") == 0 ||
			     (S_ISDIR(e->mode) && strcmp(a, "system.posix_acl_default") == 0)))
			acl = true;
		if (strcmp(a, "security.selinux") == 0)
			ctx = true;
		i += (long)l + 1;
	}
	if (ctx && ctxbuf) {
		long r = follow ? sys_getxattr(path, "security.selinux", ctxbuf, ctxsize - 1)
				: sys_lgetxattr(path, "security.selinux", ctxbuf, ctxsize - 1);
		if (r > 0) {
			ctxbuf[r] = 0;
			while (r > 0 && ctxbuf[r - 1] == 0)
				r--;
			ctx = strcmp(ctxbuf, "unlabeled") != 0;
		} else {
			ctx = false;
			ctxbuf[0] = 0;
		}
	}
	e->acl = acl ? ACL_YES : ctx ? ACL_CONTEXT : ACL_NONE;
}

/* For -l: the link's target text, and the mode of what it names. */
static char *join(const char *dir, const char *name);

static char *arena_put(const char *s, size_t n);

/* `shown` is the name for an error line; cmdline says how bad one is. */
static void read_link(int dirfd, const char *name, struct ent *e, const char *shown, bool cmdline)
{
	static char buf[4097];
	long n = sys_readlinkat(dirfd, name, buf, sizeof buf - 1);

	if (n < 0) {
		error(0, (int)-n, "cannot read symbolic link %s", quoteaf(shown));
		fail(cmdline ? 2 : 1);
		return;
	}
	e->link = arena_put(buf, (size_t)n);
	if (indicator >= I_FILE_TYPE || check_symlink_mode) {
		struct stat st;
		if (sys_newfstatat(dirfd, name, &st, 0) == 0)
			e->linkmode = st.st_mode, e->linkok = 1;
	}
}

/* ---- names as they are shown ---- */

static bool printable(unsigned char c) { return c >= 0x20 && c < 0x7f; }

static char *rbuf;		/* the shown form of the last name rendered */
static size_t rcap;

/* Does quoting change this name? (GNU's needs_quoting) */
static bool needs_quoting(const char *name)
{
	char t[2];
	size_t n = quotearg_buf(t, sizeof t, name, SIZE_MAX, &name_q);
	return name[0] != t[0] || strlen(name) != n;
}

/* The name as shown: quoted by the style, then (-q with the styles that
 * let control characters through) unprintable characters as '?'. Sets
 * *out, and *width to its columns; returns its length in bytes. */
static size_t render(const char *name, const struct qopts *q, const char **out, size_t *width, bool *quoted)
{
	size_t len;
	bool further = qmark && (q->style == Q_SHELL || q->style == Q_SHELL_ALWAYS || q->style == Q_LITERAL);

	if (q->style != Q_LITERAL) {
		len = quotearg_buf(rbuf, rcap, name, SIZE_MAX, q);
		if (len >= rcap) {
			free(rbuf);
			rcap = len + 4096;
			if (!(rbuf = malloc(rcap)))
				nomem();
			quotearg_buf(rbuf, rcap, name, SIZE_MAX, q);
		}
		*quoted = name[0] != rbuf[0] || strlen(name) != len;
		*out = rbuf;
	} else {
		len = strlen(name);
		*quoted = false;
		if (!further) {
			*out = name;
			if (width) {
				if (sg_utf8) {
					*width = u8_width(name, len);
				} else {
					size_t w = 0;
					for (const char *p = name; *p; p++)
						w += printable((unsigned char)*p);
					*width = w;
				}
			}
			return len;
		}
		if (len >= rcap) {
			free(rbuf);
			rcap = len + 4096;
			if (!(rbuf = malloc(rcap)))
				nomem();
		}
		memcpy(rbuf, name, len + 1);
		*out = rbuf;
	}
	if (further) {
		size_t w = 0, j = 0;
		for (size_t i = 0; i < len;) {
			unsigned char c = (unsigned char)rbuf[i];
			if (printable(c)) {
				rbuf[j++] = rbuf[i++], w++;
				continue;
			}
			if (!sg_utf8) {
				rbuf[j++] = '?', i++, w++;
				continue;
			}
			uint32_t wc;
			size_t k = u8_decode(rbuf + i, len - i, &wc);
			int cw;
			if (k == U8_INVALID) {
				rbuf[j++] = '?', i++, w++;
			} else if (k == U8_INCOMPLETE) {
				rbuf[j++] = '?', i = len, w++;
			} else if ((cw = uc_width(wc)) >= 0) {
				memmove(rbuf + j, rbuf + i, k);
				j += k, i += k, w += (size_t)cw;
			} else {
				rbuf[j++] = '?', i += k, w++;
			}
		}
		rbuf[j] = 0;
		len = j;
		if (width)
			*width = w;
	} else if (width) {
		if (sg_utf8) {
			*width = u8_width(*out, len);
		} else {
			size_t w = 0;
			for (size_t i = 0; i < len; i++)
				w += printable((unsigned char)(*out)[i]);
			*width = w;
		}
	}
	return len;
}

/* ---- output, counted for --dired ---- */

/* --dired counts every byte written. Our stdout is flushed by us alone:
 * dired_room() at each line start (its buffer, enlarged, always has room
 * for a line) and dsync() before an error line (error() flushes stdout). */
static uint64_t flushed;

static uint64_t out_pos(void) { return flushed + sg_stdout->len; }

static void dsync(void)
{
	if (dired) {
		flushed += sg_stdout->len;
		out_flush(sg_stdout);
	}
}

static void dired_room(void)
{
	if (dired && sg_stdout->cap - sg_stdout->len < 65536)
		dsync();
}

static uint64_t *dired_pos, *subdired_pos;
static size_t ndired, cap_dired, nsubdired, cap_subdired;

static void push_pos(uint64_t **v, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		if (!(*v = realloc(*v, *cap * sizeof **v)))
			nomem();
	}
	(*v)[(*n)++] = out_pos();
}

/* ---- colours ---- */

static bool used_color;

static void put_ind(const struct bin_str *b);

static void prep_non_filename_text(void)
{
	if (color_ind[C_END].s) {
		put_ind(&color_ind[C_END]);
	} else {
		put_ind(&color_ind[C_LEFT]);
		put_ind(&color_ind[C_RESET]);
		put_ind(&color_ind[C_RIGHT]);
	}
}

static void put_ind(const struct bin_str *b)
{
	if (!used_color) {
		used_color = true;
		prep_non_filename_text();
	}
	out_write(sg_stdout, b->s, b->len);
}

static void set_normal_color(void)
{
	if (color && is_colored(C_NORM)) {
		put_ind(&color_ind[C_LEFT]);
		put_ind(&color_ind[C_NORM]);
		put_ind(&color_ind[C_RIGHT]);
	}
}

static bool ci_suffix(const char *name, size_t len, const struct bin_str *ext)
{
	if (ext->len > len)
		return false;
	const char *p = name + len - ext->len;
	for (size_t i = 0; i < ext->len; i++) {
		char a = p[i], b = ext->s[i];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a + 32);
		if (b >= 'A' && b <= 'Z')
			b = (char)(b + 32);
		if (a != b)
			return false;
	}
	return true;
}

/* The colour of a name or (target) of a link's target, or NULL. */
static const struct bin_str *color_of(const struct ent *e, bool target)
{
	const char *name;
	uint32_t mode;
	int linkok, type;

	if (target) {
		name = e->link;
		mode = e->linkmode;
		linkok = e->linkok ? 0 : -1;
	} else {
		name = e->name;
		mode = color_symlink_as_referent && e->linkok ? e->linkmode : e->mode;
		linkok = e->linkok;
	}
	if (linkok == -1 && is_colored(C_MISSING)) {
		type = C_MISSING;
	} else if (!e->stat_ok) {
		static const int by_dtype[16] = {
			[DT_UNKNOWN] = C_ORPHAN, [DT_FIFO] = C_FIFO, [DT_CHR] = C_CHR, [DT_DIR] = C_DIR,
			[DT_BLK] = C_BLK, [DT_REG] = C_FILE, [DT_LNK] = C_LINK, [DT_SOCK] = C_SOCK,
			[3] = C_FILE, [5] = C_FILE, [7] = C_FILE, [9] = C_FILE, [11] = C_FILE, [13] = C_FILE,
			[14] = C_FILE, [15] = C_FILE,
		};
		type = e->is_dir_arg ? C_DIR : by_dtype[e->dtype & 15];
	} else if (S_ISREG(mode)) {
		type = C_FILE;
		if ((mode & S_ISUID) && is_colored(C_SETUID))
			type = C_SETUID;
		else if ((mode & S_ISGID) && is_colored(C_SETGID))
			type = C_SETGID;
		else if ((mode & 0111) && is_colored(C_EXEC))
			type = C_EXEC;
		else if (e->nlink > 1 && is_colored(C_MULTIHARDLINK))
			type = C_MULTIHARDLINK;
	} else if (S_ISDIR(mode)) {
		type = C_DIR;
		if ((mode & S_ISVTX) && (mode & 02) && is_colored(C_STICKY_OTHER_WRITABLE))
			type = C_STICKY_OTHER_WRITABLE;
		else if ((mode & 02) && is_colored(C_OTHER_WRITABLE))
			type = C_OTHER_WRITABLE;
		else if ((mode & S_ISVTX) && is_colored(C_STICKY))
			type = C_STICKY;
	} else if (S_ISLNK(mode)) {
		type = C_LINK;
	} else if (S_ISFIFO(mode)) {
		type = C_FIFO;
	} else if (S_ISSOCK(mode)) {
		type = C_SOCK;
	} else if (S_ISBLK(mode)) {
		type = C_BLK;
	} else if (S_ISCHR(mode)) {
		type = C_CHR;
	} else {
		type = C_ORPHAN;
	}
	const struct color_ext *ext = NULL;
	if (type == C_FILE && color_exts) {
		size_t len = strlen(name);
		for (ext = color_exts; ext; ext = ext->next)
			if (ci_suffix(name, len, &ext->ext))
				break;
	}
	if (type == C_LINK && !linkok && (color_symlink_as_referent || is_colored(C_ORPHAN)))
		type = C_ORPHAN;
	const struct bin_str *s = ext ? &ext->seq : &color_ind[type];
	return s->s ? s : NULL;
}

/* ---- hyperlinks ---- */

/* The absolute, symlink-free name for file://: realpath of what exists,
 * lexically joined with what does not (GNU's CAN_MISSING). */
static char *absolute_name(const char *name)
{
	char buf[8192], out[8192];
	size_t n = 0;

	if (name[0] != '/') {
		long r = sys_getcwd(buf, sizeof buf);
		if (r < 0)
			return NULL;
		n = strlen(buf);
	}
	if (n + strlen(name) + 2 > sizeof buf)
		return NULL;
	if (n && buf[n - 1] != '/')
		buf[n++] = '/';
	strlcpy(buf + n, name, sizeof buf - n);
	/* a dangling symbolic link: follow its text, which names no file */
	for (int hops = 0; hops < 40; hops++) {
		char tgt[4096];
		long fd = sys_openat(AT_FDCWD, buf, O_PATH | O_CLOEXEC, 0);
		if (fd >= 0) {
			sys_close((int)fd);
			break;
		}
		long t = sys_readlinkat(AT_FDCWD, buf, tgt, sizeof tgt - 1);
		if (t < 0)
			break;
		tgt[t] = 0;
		if (tgt[0] == '/') {
			strlcpy(buf, tgt, sizeof buf);
		} else {
			char *slash = strrchr(buf, '/');
			size_t d = slash ? (size_t)(slash - buf) + 1 : 0;
			if (d + (size_t)t + 1 > sizeof buf)
				break;
			memcpy(buf + d, tgt, (size_t)t + 1);
		}
	}
	/* resolve the longest prefix that exists through /proc/self/fd */
	size_t len = strlen(buf), cut = len;
	for (;;) {
		char save = buf[cut];
		buf[cut] = 0;
		long fd = sys_openat(AT_FDCWD, cut ? buf : "/", O_PATH | O_CLOEXEC, 0);
		buf[cut] = save;
		if (fd >= 0) {
			char lnk[64];
			snprintf(lnk, sizeof lnk, "/proc/self/fd/%ld", fd);
			long r = sys_readlinkat(AT_FDCWD, lnk, out, sizeof out - 1);
			sys_close((int)fd);
			if (r < 0)
				return NULL;
			out[r] = 0;
			break;
		}
		while (cut > 0 && buf[cut - 1] != '/')
			cut--;
		if (cut == 0) {
			strlcpy(out, "/", sizeof out);
			break;
		}
		cut--;
	}
	/* the rest, lexically: skip "." and "", back up for ".." */
	size_t o = strlen(out);
	for (const char *p = buf + cut; *p;) {
		while (*p == '/')
			p++;
		const char *s = p;
		while (*p && *p != '/')
			p++;
		size_t l = (size_t)(p - s);
		if (l == 0 || (l == 1 && s[0] == '.'))
			continue;
		if (l == 2 && s[0] == '.' && s[1] == '.') {
			while (o > 1 && out[o - 1] != '/')
				o--;
			if (o > 1)
				o--;
			out[o] = 0;
			continue;
		}
		if (o + l + 2 > sizeof out)
			return NULL;
		if (out[o - 1] != '/')
			out[o++] = '/';
		memcpy(out + o, s, l);
		o += l;
		out[o] = 0;
	}
	char *r = malloc(o + 1);
	if (!r)
		nomem();
	memcpy(r, out, o + 1);
	return r;
}

/* %XX for bytes outside RFC 3986's unreserved set (and '/' kept in paths) */
static void put_escaped(const char *s, bool path)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((path && c == '/') || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') ||
		    c == '~' || c == '-' || c == '.' || c == '_')
			out_char(sg_stdout, (char)c);
		else
			out_printf(sg_stdout, "%%%02x", c);
	}
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

static size_t ulen(uint64_t v)
{
	size_t n = 1;
	while (v >= 10)
		v /= 10, n++;
	return n;
}

/* 512-byte blocks as -s and "total" show them */
static const char *blocks_fmt(char *buf, uint64_t blocks512)
{
	return human_readable(blocks512, buf, block_opts, 512, block_size);
}

static uint32_t dev_major(uint64_t d) { return (uint32_t)((d >> 8 & 0xfff) | (d >> 32 & ~0xfffULL)); }
static uint32_t dev_minor(uint64_t d) { return (uint32_t)((d & 0xff) | (d >> 12 & ~0xffULL)); }

/* columns of a user or group name (multibyte names by their width). A -l
 * line asks this for its owner, group and size: in UTF-8, printable ASCII
 * (a column a byte) is counted here and only the rest decoded. */
static size_t str_width(const char *s)
{
	const char *p = s;

	if (!sg_utf8)
		return strlen(s);
	while ((unsigned char)(*p - 0x20) < 0x5f)
		p++;
	return (size_t)(p - s) + (*p ? u8_width(p, strlen(p)) : 0);
}

/* ---- widths of a listing's columns, as GNU accumulates them ---- */

static struct {
	size_t inode, blocks, nlink, owner, group, author, ctx, size, major, minor;
} W;
static bool any_acl, some_quoted;

static void widths_reset(void)
{
	memset(&W, 0, sizeof W);
	any_acl = some_quoted = false;
}

static size_t id_width(bool user, uint32_t id)
{
	const char *n = numeric ? NULL : user ? passwd_user(id) : passwd_group(id);
	return n ? str_width(n) : ulen(id);
}

static void widths_add(struct ent *e)
{
	char buf[HUMAN_BUFSIZE];
	size_t n;

	if (align_quotes_style && !some_quoted && needs_quoting(e->name))
		some_quoted = true;
	if (e->err)
		return;
	if (print_scontext && (n = strlen(e->ctx ? e->ctx : "?")) > W.ctx)
		W.ctx = n;
	if (!e->stat_ok)
		return;
	if (format == F_LONG && e->acl != ACL_NONE)
		any_acl = true;
	if (format == F_LONG || print_blocks) {
		if ((n = str_width(blocks_fmt(buf, e->blocks))) > W.blocks)
			W.blocks = n;
	}
	if (format == F_LONG) {
		if (print_owner && (n = id_width(true, e->uid)) > W.owner)
			W.owner = n;
		if (print_group && (n = id_width(false, e->gid)) > W.group)
			W.group = n;
		if (print_author && (n = id_width(true, e->uid)) > W.author)
			W.author = n;
	}
	if (format == F_LONG) {
		if ((n = ulen(e->nlink)) > W.nlink)
			W.nlink = n;
		if (S_ISCHR(e->mode) || S_ISBLK(e->mode)) {
			size_t ma = ulen(dev_major(e->rdev)), mi = ulen(dev_minor(e->rdev));
			if (ma > W.major)
				W.major = ma;
			if (mi > W.minor)
				W.minor = mi;
			n = W.major + 2 + W.minor;
		} else {
			n = str_width(human_readable(e->size, buf, file_opts, 1, file_block_size));
		}
		if (n > W.size)
			W.size = n;
	}
	if (print_inode && (n = ulen(e->ino)) > W.inode)
		W.inode = n;
}

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

/* ---- sorting ---- */

static size_t name_width(struct ent *e);

static bool linked_dir(const struct ent *e)
{
	uint8_t t = e->stat_ok ? dtype_of(e->mode) : e->dtype;
	return t == DT_DIR || e->is_dir_arg || S_ISDIR(e->linkmode);
}

static int cmp_base(const struct ent *a, const struct ent *b)
{
	int d = 0;
	switch (sort_by) {
	case S_EXT: {
		const char *x = strrchr(a->name, '.'), *y = strrchr(b->name, '.');
		d = strcmp(x ? x : "", y ? y : "");
		break;
	}
	case S_WIDTH: {
		size_t x = name_width((struct ent *)a), y = name_width((struct ent *)b);
		d = x < y ? -1 : x > y;
		break;
	}
	case S_SIZE:
		d = (int64_t)a->size < (int64_t)b->size ? 1 : (int64_t)a->size > (int64_t)b->size ? -1 : 0;
		break;
	case S_VERSION:
		d = filevercmp(a->name, b->name);
		break;
	case S_TIME:	/* newest first */
		d = a->tsec != b->tsec ? (a->tsec < b->tsec ? 1 : -1)
		    : a->tnsec != b->tnsec ? (a->tnsec < b->tnsec ? 1 : -1) : 0;
		break;
	default:
		break;
	}
	return d ? d : name_cmp(a->name, b->name);
}

/* -r reverses the key order, ties included; directories stay first. */
static int cmp_ent(const void *x, const void *y, void *ctx)
{
	const struct ent *a = x, *b = y;
	if (dirs_first) {
		int d = linked_dir(b) - linked_dir(a);
		if (d)
			return d;
	}
	return reverse ? cmp_base(b, a) : cmp_base(a, b);
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
		sort_ptrs((void **)v, n, cmp_ent, NULL);
		return;
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
	if (reverse)		/* names are unique in a directory: reversing is -r */
		for (size_t i = 0, j = n - 1; i < j; i++, j--) {
			struct ent *t = v[i]; v[i] = v[j]; v[j] = t;
		}
}

static struct ent **sorted(size_t n, bool unique)
{
	struct ent **v = malloc((n ? n : 1) * sizeof *v);

	if (!v)
		nomem();
	for (size_t i = 0; i < n; i++)
		v[i] = &ents[i];
	if (sort_by == S_NONE || n < 2)
		return v;
	if (sort_by == S_NAME && !dirs_first && unique)
		sort_by_name(v, n);
	else
		sort_ptrs((void **)v, n, cmp_ent, NULL);
	return v;
}

/* ---- printing ---- */

static char indicator_of(bool stat_ok, uint32_t mode, uint8_t dtype, bool dir_arg)
{
	uint8_t t = stat_ok ? dtype_of(mode) : dtype;

	if (stat_ok ? S_ISREG(mode) : t == DT_REG)
		return stat_ok && indicator == I_CLASSIFY && (mode & 0111) ? '*' : 0;
	if (t == DT_DIR || (!stat_ok && dir_arg))
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

static bool pad_name(bool quoted) { return align_quotes_style && some_quoted && !quoted; }

/* Columns of the shown name, with the space that aligns it with quoted ones. */
static size_t name_width(struct ent *e)
{
	if (!e->width) {
		const char *o;
		size_t w;
		bool q;
		render(e->name, &name_q, &o, &w, &q);
		e->width = (uint32_t)(w + pad_name(q) + 1);
	}
	return e->width - 1;
}

/* Columns taken by a name with its inode, blocks, context and indicator
 * (GNU's length_of_file_name_and_frills). */
static size_t frills_len(struct ent *e)
{
	char buf[HUMAN_BUFSIZE];
	size_t len = 0;

	if (print_inode)
		len += 1 + (format == F_COMMAS ? ulen(e->stat_ok ? e->ino : 0) : W.inode);
	if (print_blocks)
		len += 1 + (format == F_COMMAS ? strlen(e->stat_ok ? blocks_fmt(buf, e->blocks) : "?") : W.blocks);
	if (print_scontext)
		len += 1 + (format == F_COMMAS ? strlen(e->ctx ? e->ctx : "?") : W.ctx);
	len += name_width(e);
	if (indicator != I_NONE && indicator_of(e->stat_ok, e->mode, e->dtype, e->is_dir_arg))
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

static char *abs_of(const struct ent *e);

/* One name, quoted, coloured, hyperlinked (GNU's quote_name): returns its
 * bytes plus the alignment space. */
static size_t put_quoted(const char *name, const struct qopts *q, const struct bin_str *col, bool allow_pad,
			 bool record, const char *absname)
{
	const char *s;
	bool quoted;
	size_t len = render(name, q, &s, NULL, &quoted);
	bool pad = pad_name(quoted) && q == &name_q;
	bool skip = false;

	if (pad && allow_pad)
		out_char(sg_stdout, ' ');
	if (col) {
		if (is_colored(C_NORM)) {
			put_ind(&color_ind[C_LEFT]);
			put_ind(&color_ind[C_RIGHT]);
		}
		put_ind(&color_ind[C_LEFT]);
		put_ind(col);
		put_ind(&color_ind[C_RIGHT]);
	}
	if (absname) {
		if (align_quotes_style && some_quoted && !pad && q == &name_q) {
			skip = true;
			out_char(sg_stdout, s[0]);
		}
		out_str(sg_stdout, "\033]8;;file://");
		put_escaped(hostname, false);
		if (absname[0] != '/')
			out_char(sg_stdout, '/');
		put_escaped(absname, true);
		out_char(sg_stdout, '\a');
	}
	if (record)
		push_pos(&dired_pos, &ndired, &cap_dired);
	out_write(sg_stdout, s + skip, len - 2 * skip);
	if (record)
		push_pos(&dired_pos, &ndired, &cap_dired);
	if (absname) {
		out_str(sg_stdout, "\033]8;;\a");
		if (skip)
			out_char(sg_stdout, s[len - 1]);
	}
	return len + pad;
}

static size_t put_name(struct ent *e, bool target, bool record, size_t start_col)
{
	const struct bin_str *col = color ? color_of(e, target) : NULL;
	bool used = color && (col || is_colored(C_NORM));
	char *absname = hyperlink ? abs_of(e) : NULL;
	size_t len = put_quoted(target ? e->link : e->name, &name_q, col, !target, record, absname);

	free(absname);
	if (used) {
		prep_non_filename_text();
		if (line_length && start_col / line_length != (start_col + len - 1) / line_length)
			put_ind(&color_ind[C_CLR_TO_EOL]);
	}
	return len;
}

static size_t put_frills(struct ent *e, size_t start_col)
{
	char buf[HUMAN_BUFSIZE];
	size_t w;
	char c;

	set_normal_color();
	if (print_inode) {
		put_padded(e->stat_ok ? utoa(buf + sizeof buf, e->ino) : "?", format == F_COMMAS ? 0 : W.inode, true);
		out_char(sg_stdout, ' ');
	}
	if (print_blocks) {
		put_padded(e->stat_ok ? blocks_fmt(buf, e->blocks) : "?", format == F_COMMAS ? 0 : W.blocks, true);
		out_char(sg_stdout, ' ');
	}
	if (print_scontext) {
		put_padded(e->ctx ? e->ctx : "?", format == F_COMMAS ? 0 : W.ctx, true);
		out_char(sg_stdout, ' ');
	}
	w = put_name(e, false, false, start_col);
	if (indicator != I_NONE && (c = indicator_of(e->stat_ok, e->mode, e->dtype, e->is_dir_arg))) {
		out_char(sg_stdout, c);
		w++;
	}
	return w;
}

/* Pad from column `from` to `to` with tabs where a tab stop fits. */
static void indent(size_t from, size_t to)
{
	while (from < to) {
		if (tabsize && to / tabsize > (from + 1) / tabsize) {
			out_char(sg_stdout, '\t');
			from += tabsize - from % tabsize;
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
			if (!line_length || (pos + len + 2 < line_length && pos <= SIZE_MAX - len - 2)) {
				pos += 2;
				s2 = ' ';
			} else {
				pos = 0;
				s2 = eol;
			}
			out_char(sg_stdout, sep);
			out_char(sg_stdout, s2);
		}
		put_frills(v[i], pos);
		pos += len;
	}
	out_char(sg_stdout, eol);
}

/* GNU's column fitting: for every candidate count of columns c (up to one
 * per 3 screen columns), widen column j to its longest entry + 2 (the last
 * column gets no separator) and drop c once the line would not fit. The most
 * columns that still fit wins. Column arrays for all candidates live in one
 * triangle: candidate c uses cols_w[c(c-1)/2 ...] (c entries). */
static void print_columns(struct ent **v, size_t n, bool down)
{
	size_t max_cols = max_idx > 0 && max_idx < n ? max_idx : n;
	size_t *len = malloc(n * sizeof *len);
	size_t *colw = malloc((max_cols * (max_cols + 1) / 2) * sizeof *colw);
	size_t *linelen = malloc(max_cols * sizeof *linelen);
	bool *valid = malloc(max_cols);
	size_t cols, rows;

	if (!len || !colw || !linelen || !valid)
		nomem();
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
				put_frills(v[f], pos);
				size_t w = cw[col++];
				if (n - rows <= f)
					break;
				f += rows;
				indent(pos + len[f - rows], pos + w);
				pos += w;
			}
			out_char(sg_stdout, eol);
		}
	} else {
		size_t pos = 0;
		put_frills(v[0], 0);
		for (size_t f = 1; f < n; f++) {
			size_t col = f % cols;
			if (col == 0) {
				out_char(sg_stdout, eol);
				pos = 0;
			} else {
				indent(pos + len[f - 1], pos + cw[col - 1]);
				pos += cw[col - 1];
			}
			put_frills(v[f], pos);
		}
		out_char(sg_stdout, eol);
	}
	free(len);
	free(colw);
	free(linelen);
	free(valid);
}

static void mode_string(char *m, const struct ent *e)
{
	static const char types[16] = { '?', 'p', 'c', '?', 'd', '?', 'b', '?', '-', '?', 'l', '?', 's', '?', '?', '?' };
	uint32_t x = e->mode;

	m[0] = types[(e->stat_ok ? dtype_of(x) : e->dtype) & 15];
	if (!e->stat_ok) {
		memcpy(m + 1, "??????????", 11);
	} else {
		m[1] = x & 0400 ? 'r' : '-';
		m[2] = x & 0200 ? 'w' : '-';
		m[3] = x & 04000 ? (x & 0100 ? 's' : 'S') : (x & 0100 ? 'x' : '-');
		m[4] = x & 040 ? 'r' : '-';
		m[5] = x & 020 ? 'w' : '-';
		m[6] = x & 02000 ? (x & 010 ? 's' : 'S') : (x & 010 ? 'x' : '-');
		m[7] = x & 04 ? 'r' : '-';
		m[8] = x & 02 ? 'w' : '-';
		m[9] = x & 01000 ? (x & 01 ? 't' : 'T') : (x & 01 ? 'x' : '-');
		m[10] = ' ';
		m[11] = 0;
	}
	if (!any_acl)
		m[10] = 0;
	else if (e->acl == ACL_CONTEXT)
		m[10] = '.';
	else if (e->acl == ACL_YES)
		m[10] = '+';
}

/* %Z: the zone's abbreviation (TZif zones and UTC; POSIX rule strings give none) */
static const char *zone_abbr(const struct tz_tm *tm) { return tm->zone; }

/* columns of the time for a file whose time is unknown: that of the epoch */
static size_t time_width(void)
{
	static long w = -1;
	if (w < 0) {
		struct tz_tm tm;
		char buf[1024];
		tz_localtime(0, &tm);
		size_t n = sg_strftime(buf, sizeof buf, time_fmt[0], &tm, 0, 0, zone_abbr(&tm));
		w = (long)(sg_utf8 ? u8_width(buf, n) : n);
	}
	return (size_t)w;
}

static void put_time(const struct ent *e)
{
	static int64_t last_sec = INT64_MIN;
	static long last_nsec;
	static bool last_recent;
	static char buf[1024];
	struct tz_tm tm;

	if (!e->stat_ok || !e->time_ok) {
		put_padded("?", time_width(), true);
		out_char(sg_stdout, ' ');
		return;
	}
	/* recent: within the last six months (half of 365.2425 days) and not in the future */
	bool recent = (e->tsec > now_sec - 31556952 / 2 ||
		       (e->tsec == now_sec - 31556952 / 2 && e->tnsec > now_nsec)) &&
		      (e->tsec < now_sec || (e->tsec == now_sec && e->tnsec < now_nsec));

	if (e->tsec == last_sec && e->tnsec == last_nsec && recent == last_recent) {	/* files made together */
		out_str(sg_stdout, buf);
		return;
	}
	last_sec = e->tsec, last_nsec = e->tnsec, last_recent = recent;
	tz_localtime(e->tsec, &tm);
	size_t n = sg_strftime(buf, sizeof buf - 1, time_fmt[recent], &tm, e->tsec, e->tnsec, zone_abbr(&tm));
	buf[n] = ' ';
	buf[n + 1] = 0;
	out_str(sg_stdout, buf);
}

static void put_id(const char *name, uint32_t id, size_t width)
{
	char buf[16];
	if (name) {
		size_t w = str_width(name);
		out_str(sg_stdout, name);
		for (size_t pad = w < width ? width - w : 0; pad; pad--)
			out_char(sg_stdout, ' ');
	} else {
		put_padded(utoa(buf + sizeof buf, id), width, true);
	}
	out_char(sg_stdout, ' ');
}

static void print_long(struct ent *e)
{
	char buf[HUMAN_BUFSIZE], m[12];

	dired_room();
	if (dired)
		out_str(sg_stdout, "  ");
	if (print_inode) {
		put_padded(e->stat_ok ? utoa(buf + sizeof buf, e->ino) : "?", W.inode, true);
		out_char(sg_stdout, ' ');
	}
	if (print_blocks) {
		put_padded(e->stat_ok ? blocks_fmt(buf, e->blocks) : "?", W.blocks, true);
		out_char(sg_stdout, ' ');
	}
	mode_string(m, e);
	out_str(sg_stdout, m);
	out_char(sg_stdout, ' ');
	put_padded(e->stat_ok ? utoa(buf + sizeof buf, e->nlink) : "?", W.nlink, true);
	out_char(sg_stdout, ' ');
	if (print_owner)
		put_id(!e->stat_ok ? "?" : numeric ? NULL : passwd_user(e->uid), e->uid, W.owner);
	if (print_group)
		put_id(!e->stat_ok ? "?" : numeric ? NULL : passwd_group(e->gid), e->gid, W.group);
	if (print_author)
		put_id(!e->stat_ok ? "?" : numeric ? NULL : passwd_user(e->uid), e->uid, W.author);
	if (print_scontext)
		put_id(e->ctx ? e->ctx : "?", 0, W.ctx);
	if (e->stat_ok && (S_ISCHR(e->mode) || S_ISBLK(e->mode))) {
		size_t blank = W.size > W.major + 2 + W.minor ? W.size - (W.major + 2 + W.minor) : 0;
		put_padded(utoa(buf + sizeof buf, dev_major(e->rdev)), W.major + blank, true);
		out_str(sg_stdout, ", ");
		put_padded(utoa(buf + sizeof buf, dev_minor(e->rdev)), W.minor, true);
	} else {
		const char *s = e->stat_ok ? human_readable(e->size, buf, file_opts, 1, file_block_size) : "?";
		size_t w = str_width(s);
		for (size_t pad = w < W.size ? W.size - w : 0; pad; pad--)
			out_char(sg_stdout, ' ');
		out_str(sg_stdout, s);
	}
	out_char(sg_stdout, ' ');
	put_time(e);
	put_name(e, false, dired, 0);
	if (e->link) {
		out_str(sg_stdout, " -> ");
		put_name(e, true, false, 0);
		char c;
		if (indicator != I_NONE && (c = indicator_of(true, e->linkmode, 0, false)))
			out_char(sg_stdout, c);
	} else if (indicator != I_NONE && (e->stat_ok ? dtype_of(e->mode) : e->dtype) != DT_LNK) {
		char c = indicator_of(e->stat_ok, e->mode, e->dtype, e->is_dir_arg);
		if (c)
			out_char(sg_stdout, c);
	}
}

static void print_listing(struct ent **v, size_t n)
{
	if (format == F_LONG) {
		for (size_t i = 0; i < n; i++) {
			set_normal_color();
			print_long(v[i]);
			out_char(sg_stdout, eol);
		}
	} else if (format == F_ONE) {
		for (size_t i = 0; i < n; i++) {
			put_frills(v[i], 0);
			out_char(sg_stdout, eol);
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
			nomem();
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
static bool color_dirs, color_files;	/* colours that need a stat of directories / files */

/* Does a d_type call for a stat? GNU's rule (gobble_file's check_stat). */
static bool needs_stat_type(uint8_t t)
{
	if (format_needs_stat || hyperlink || print_inode)
		return true;
	if (format_needs_type && t == DT_UNKNOWN)
		return true;
	if ((t == DT_DIR || t == DT_UNKNOWN) && color_dirs)
		return true;
	if (format_needs_type && (t == DT_LNK || t == DT_UNKNOWN) &&
	    (deref == D_ALWAYS || color_symlink_as_referent || check_symlink_mode))
		return true;
	return (t == DT_REG || t == DT_UNKNOWN) && (indicator == I_CLASSIFY || color_files);
}

/* needs_stat_type() for d_type 0..15 as bits, set once the options are
 * known: a million entries ask, twice each. */
static uint32_t stat_types;
static bool stat_other;		/* the answer for a d_type past 15 */

static void stat_types_init(void)
{
	for (uint8_t t = 0; t < 16; t++)
		stat_types |= (uint32_t)needs_stat_type(t) << t;
	stat_other = needs_stat_type(255);
}

static bool needs_stat(const struct ent *e)
{
	return e->dtype < 16 ? stat_types >> e->dtype & 1 : stat_other;
}

static bool want_xattrs(void) { return format == F_LONG || print_scontext; }

/* ---- stat, in two threads for big directories ----
 *
 * Each stat is a path lookup in the kernel, and on a big directory with -l
 * those lookups are most of the time. They are independent, so a second
 * thread (clone with CLONE_VM: same memory, same files) stats entries
 * alongside this one. Each thread touches only the entries it took, and
 * the helper makes no call but newfstatat/statx and listxattr: no malloc,
 * no output. It ends with exit(2) (this thread only);
 * CLONE_CHILD_CLEARTID has the kernel zero `running` and FUTEX_WAKE it
 * then, which is what we wait on.
 */
static void stat_range(int dirfd, const char *dir, size_t lo, size_t hi)
{
	char path[8192];

	for (size_t i = lo; i < hi; i++) {
		struct ent *e = &ents[i];
		if (needs_stat(e)) {
			long r = do_stat(dirfd, e->name, e, deref == D_ALWAYS);
			if (r < 0) {
				e->err = (uint8_t)-r;
				continue;
			}
		}
		const char *p;
		if (want_xattrs() && (p = path_in(path, sizeof path, dir, e->name)))
			xattrs(p, e, deref == D_ALWAYS, NULL, 0);
	}
}

/* The work is handed out in chunks from a shared counter, not split in
 * halves: if the other core is busy, this thread simply takes more chunks
 * instead of waiting for a helper that is running at half speed. In a big
 * directory the helper starts while this thread is still reading it: it
 * takes the entries published so far and sleeps on job_seq for more, so
 * that the reading (getdents64) and the sort overlap the stats. */
#define CHUNK_STAT 256
static int job_dirfd;
static const char *job_dir;
static size_t job_next;		/* first entry no thread has taken yet */
static size_t job_pub;		/* entries complete enough to stat (name, d_type) */
static bool job_reading;	/* more may be published: wait rather than return */
static uint32_t job_seq;	/* bumped at each publication, a futex word */
static bool helper_on;		/* a helper is at work on this listing */

static void stat_chunks(void)
{
	for (;;) {
		uint32_t seq = __atomic_load_n(&job_seq, __ATOMIC_ACQUIRE);
		bool reading = __atomic_load_n(&job_reading, __ATOMIC_ACQUIRE);
		size_t pub = __atomic_load_n(&job_pub, __ATOMIC_ACQUIRE);
		size_t lo = __atomic_load_n(&job_next, __ATOMIC_RELAXED);
		if (lo >= pub) {
			if (!reading)
				return;
			sys_futex(&job_seq, FUTEX_WAIT_PRIVATE, seq, NULL, NULL, 0);
			continue;
		}
		size_t hi = pub - lo > CHUNK_STAT ? lo + CHUNK_STAT : pub;
		if (__atomic_compare_exchange_n(&job_next, &lo, hi, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
			stat_range(job_dirfd, job_dir, lo, hi);
	}
}

/* Entries [0, n) are written: let the helper have them (done: no more). */
static void publish(size_t n, bool done)
{
	__atomic_store_n(&job_pub, n, __ATOMIC_RELEASE);
	if (done)
		__atomic_store_n(&job_reading, false, __ATOMIC_RELEASE);
	__atomic_add_fetch(&job_seq, 1, __ATOMIC_RELEASE);
	if (helper_on)
		sys_futex(&job_seq, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* The helper's stack: mapped once, with its lowest page PROT_NONE, so that
 * an overflow faults at once instead of overwriting ls's own data. */
#define HELPER_STACK (256 * 1024)
static char *helper_stack;
static volatile uint32_t running;

/* clone(2) on the helper stack. The child cannot return through this
 * function (its stack is empty), so it calls the function whose address we
 * left at the top of its stack, then exits: all in the asm, before any C
 * code could touch a stack frame it does not have. Returns the tid, or
 * -errno. */
static long spawn(void (*fn)(void))
{
	if (!helper_stack) {
		long r = sys_mmap(NULL, HELPER_STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (sys_failed(r))
			return r;
		if (sys_mprotect((void *)r, 4096, PROT_NONE) < 0) {
			sys_munmap((void *)r, HELPER_STACK);
			return -ENOMEM;
		}
		helper_stack = (char *)r;
	}
	void **sp = (void **)(helper_stack + HELPER_STACK);
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

/* The stats of one listing in steps: stat_early() may start the helper
 * while the directory is still being read, stat_begin() (all read) starts
 * it for a big directory if it is not running yet, and stat_end() does
 * this thread's share and waits for the helper's; a sort by name can run
 * between the last two. */
static void stat_wait(void)
{
	uint32_t v;

	while ((v = running) != 0)
		sys_futex((uint32_t *)&running, FUTEX_WAIT, v, NULL, NULL, 0);
	helper_on = false;
}

static void stat_reset(int dirfd, const char *dir)
{
	job_dirfd = dirfd;
	job_dir = dir;
	job_next = job_pub = 0;
	job_reading = false;
	helper_on = false;
}

static bool stat_spawn(void)
{
	running = 1;
	helper_on = spawn(stat_chunks) > 0;
	if (!helper_on)
		running = 0;
	return helper_on;
}

/* After the first read of a big directory: room in `ents` for all of it,
 * guessed from the directory's size (ext4 and tmpfs spend at least 12
 * bytes an entry), so that it does not move under the helper; then the
 * helper. A guess too small only stops the helper early (stat_room). */
static void stat_early(int fd)
{
	struct stat st;

	if (nents < 4096 || (!stat_types && !stat_other && !want_xattrs()) || sys_fstat(fd, &st) < 0)
		return;
	size_t cap = (size_t)st.st_size / 12 + nents + 256;
	if (cap > nents * 64)	/* a size that is no count (a network filesystem's) */
		cap = nents * 64;
	if (cap < 2 * nents)	/* guessed short before: at least double */
		cap = 2 * nents;
	if (cap > cap_ents) {
		struct ent *n = realloc(ents, cap * sizeof *n);
		if (!n)
			return;
		ents = n, cap_ents = cap;
	}
	job_reading = true;
	publish(nents, false);
	if (!stat_spawn())
		job_reading = false;
}

/* `ents` is full and must grow: the helper finishes what it has and ends. */
static void stat_room(void)
{
	if (helper_on && nents == cap_ents) {
		publish(nents, true);
		stat_wait();
	}
}

static void stat_begin(void)
{
	size_t want = 0;

	for (size_t i = job_next; i < nents; i++)
		want += needs_stat(&ents[i]) || want_xattrs();
	publish(nents, true);
	if (!helper_on && want >= 4096)	/* below that the thread costs more than it saves */
		stat_spawn();
}

static void stat_end(void)
{
	stat_chunks();
	if (helper_on)
		stat_wait();
}

/* Build "dir/name" as GNU names subdirectories ("./sub" under "."). */
static char *join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	char *p = malloc(dl + nl + 2), *q = p;

	if (!p)
		nomem();
	memcpy(q, dir, dl);
	q += dl;
	if (dl && dir[dl - 1] != '/')
		*q++ = '/';
	memcpy(q, name, nl + 1);
	return p;
}

/* The name GNU uses for an entry in messages: "dir/name", or "name" in "." */
static char *full_name(const char *dir, const char *name)
{
	return join(dir && !(dir[0] == '.' && dir[1] == 0) ? dir : "", name);
}

static const char *cur_dir;	/* the directory being listed, NULL for operands */

static char *abs_of(const struct ent *e)
{
	char *f = e->name[0] == '/' || !cur_dir ? NULL : full_name(cur_dir, e->name);
	char *a = absolute_name(f ? f : e->name);
	free(f);
	return a;
}

/* The security context for -Z, kept in the arena; the xattr scan above
 * only noted whether there is one. */
static void get_context(struct ent *e, const char *dir, bool follow)
{
	char path[8192], ctx[256];
	const char *p = path_in(path, sizeof path, dir, e->name);
	if (!p)
		return;
	ctx[0] = 0;	/* xattrs() fills it only for a file with security.selinux */
	xattrs(p, e, follow, ctx, sizeof ctx);
	if (e->acl != ACL_NONE && ctx[0])
		e->ctx = arena_put(ctx, strlen(ctx));
}

/* Is this name hidden by -a/-A, --hide, --ignore, -B? */
static bool ignored(const char *nm)
{
	if (ignore_mode != IG_MINIMAL && nm[0] == '.' &&
	    (ignore_mode == IG_DEFAULT || !nm[1 + (nm[1] == '.')]))
		return true;
	if (ignore_mode == IG_DEFAULT)
		for (struct pattern *p = hide_pats; p; p = p->next)
			if (fnmatch_period(p->p, nm, sg_utf8) == 0)
				return true;
	for (struct pattern *p = ignore_pats; p; p = p->next)
		if (fnmatch_period(p->p, nm, sg_utf8) == 0)
			return true;
	return false;
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

static char dbuf[1 << 20];	/* one big buffer: few getdents64 calls even for huge directories */

/* After the stats: links read, errors reported, columns widened. */
static uint64_t finish_entry(struct ent *e, int fd, const char *path)
{
	if (e->err) {
		char *full = full_name(path, e->name);
		error(0, e->err, "cannot access %s", quoteaf(full));
		free(full);
		fail(1);
		widths_add(e);
		return 0;
	}
	if (print_scontext && e->acl != ACL_NONE)
		get_context(e, path, deref == D_ALWAYS);
	if (e->stat_ok && S_ISLNK(e->mode) && (format == F_LONG || check_symlink_mode)) {
		char *full = full_name(path, e->name);
		read_link(fd, e->name, e, full, false);
		free(full);
	}
	widths_add(e);
	return e->blocks;
}

static void stream_one(int fd, const char *path, const char *nm, const struct dirent64 *d)
{
	struct ent *e;

	nents = 0;
	widths_reset();
	e = ent_new();
	e->name = (char *)nm;
	e->ino = d->d_ino;
	e->dtype = d->d_type;
	stat_range(fd, path, 0, 1);
	finish_entry(e, fd, path);
	struct ent *v[1] = { e };
	print_listing(v, 1);
	nents = 0;
}

static void list_dir(const char *path, bool cmdline)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	long n;

	if (fd < 0) {
		error(0, (int)-fd, "cannot open directory %s", quoteaf(path));
		fail(cmdline ? 2 : 1);
		return;
	}
	if (recursive) {
		struct stat st;
		if ((n = sys_fstat((int)fd, &st)) < 0) {
			error(0, (int)-n, "cannot determine device and inode of %s", quoteaf(path));
			fail(cmdline ? 2 : 1);
			sys_close((int)fd);
			return;
		}
		for (size_t i = 0; i < nactive; i++)
			if (active[i].dev == st.st_dev && active[i].ino == st.st_ino) {
				struct qopts q = { .style = Q_SHELL_ESCAPE };
				char b[8192];
				q.too[':' / 32] |= 1U << (':' % 32);
				quotearg_buf(b, sizeof b, path, SIZE_MAX, &q);
				error(0, 0, "%s: not listing already-listed directory", b);
				fail(2);
				sys_close((int)fd);
				return;
			}
		if (nactive == cap_active) {
			size_t nc = cap_active ? cap_active * 2 : 64;
			struct devino *a = realloc(active, nc * sizeof *a);
			if (!a)
				nomem();
			active = a, cap_active = nc;
		}
		active[nactive].dev = st.st_dev;
		active[nactive].ino = st.st_ino;
		nactive++;
	}
	nents = 0;
	arena_reset();
	widths_reset();
	cur_dir = path;
	if (recursive || print_dir_name) {
		if (!first_header)
			out_char(sg_stdout, '\n');
		first_header = false;
		if (dired)
			out_str(sg_stdout, "  ");
		char *absname = hyperlink ? absolute_name(path) : NULL;
		const char *s;
		bool q;
		size_t len = render(path, &dir_q, &s, NULL, &q);
		if (absname) {
			out_str(sg_stdout, "\033]8;;file://");
			put_escaped(hostname, false);
			if (absname[0] != '/')
				out_char(sg_stdout, '/');
			put_escaped(absname, true);
			out_char(sg_stdout, '\a');
		}
		if (dired)
			push_pos(&subdired_pos, &nsubdired, &cap_subdired);
		out_write(sg_stdout, s, len);
		if (dired)
			push_pos(&subdired_pos, &nsubdired, &cap_subdired);
		if (absname)
			out_str(sg_stdout, "\033]8;;\a");
		free(absname);
		out_str(sg_stdout, ":\n");
	}

	uint64_t total = 0;
	/* -U -1 (without -s or -R): print each entry as it comes and store
	 * nothing, so memory stays flat however big the directory is. GNU does
	 * the same, and so sizes -i's column to each line's own number. */
	bool stream = sort_by == S_NONE && format == F_ONE && !recursive && !print_blocks;
	stat_reset((int)fd, path);
	for (;;) {
		n = sys_getdents64((int)fd, dbuf, sizeof dbuf);
		if (n == -EINTR)
			continue;
		if (n == -ENOENT)	/* the directory was removed: glibc's readdir sees the end */
			break;
		if (n < 0) {
			error(0, (int)-n, "reading directory %s", quoteaf(path));
			fail(cmdline ? 2 : 1);
			if (n != -EOVERFLOW)
				break;
			continue;
		}
		if (n == 0)
			break;
		if (helper_on)
			publish(nents, false);
		else if (!stream && nents)
			stat_early((int)fd);
		for (long off = 0; off < n;) {
			struct dirent64 *d = (struct dirent64 *)(dbuf + off);
			const char *nm = d->d_name;
			off += d->d_reclen;
			if (ignored(nm))
				continue;
			if (stream) {	/* straight from the kernel's buffer to ours */
				stream_one((int)fd, path, nm, d);
				continue;
			}
			stat_room();
			struct ent *e = ent_new();
			e->name = arena_put(nm, strlen(nm));
			e->ino = d->d_ino;
			e->dtype = d->d_type;
		}
	}
	stat_begin();
	/* an order by name alone is found while the stats are made */
	struct ent **v = NULL;
	if (!dirs_first && (sort_by == S_NAME || sort_by == S_EXT || sort_by == S_VERSION || sort_by == S_NONE))
		v = sorted(nents, true);
	stat_end();
	for (size_t i = 0; i < nents; i++)
		total += finish_entry(&ents[i], (int)fd, path);
	sys_close((int)fd);

	if (!v)
		v = sorted(nents, true);
	if (format == F_LONG || print_blocks) {
		char buf[HUMAN_BUFSIZE];
		if (dired)
			out_str(sg_stdout, "  ");
		out_str(sg_stdout, "total ");
		out_str(sg_stdout, blocks_fmt(buf, total));
		out_char(sg_stdout, eol);
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
				push(nm[0] == '/' ? join("", nm) : join(path, nm), false);
		}
	}
	free(v);
}

/* ---- operands ---- */

static int operand(struct ent *e, const char *name)
{
	long r;
	bool follow = deref == D_ALWAYS || deref == D_CMD || deref == D_CMD_DIRS;

	r = do_stat(AT_FDCWD, name, e, follow);
	if (deref == D_CMD_DIRS && (r == -ENOENT || r == -ELOOP || (r == 0 && !S_ISDIR(e->mode)))) {
		memset(e, 0, sizeof *e);
		follow = false;
		r = do_stat(AT_FDCWD, name, e, false);
	}
	if (r < 0) {
		error(0, (int)-r, "cannot access %s", quoteaf(name));
		fail(2);
		return -1;
	}
	e->name = arena_put(name, strlen(name));	/* with the spare bytes name_cmp wants */
	e->is_dir_arg = S_ISDIR(e->mode) && !immediate_dirs;
	if (want_xattrs())
		xattrs(name, e, follow, NULL, 0);
	if (print_scontext && e->acl != ACL_NONE)
		get_context(e, NULL, follow);
	if (S_ISLNK(e->mode) && (format == F_LONG || check_symlink_mode))
		read_link(AT_FDCWD, name, e, name, true);
	widths_add(e);	/* GNU widens the columns for every operand, directories too */
	return 0;
}

/* xstrtoumax(s, base 0, no suffixes): 0 ok, 1 invalid, 2 too big */
static int parse_umax(const char *s, uint64_t *out)
{
	uint64_t v = 0;
	const char *p = s;
	bool over = false, digits = false;
	unsigned base = 10;

	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '-')
		return 1;
	if (*p == '+')
		p++;
	if (p[0] == '0' && (p[1] | 32) == 'x' &&
	    ((p[2] >= '0' && p[2] <= '9') || ((p[2] | 32) >= 'a' && (p[2] | 32) <= 'f')))
		base = 16, p += 2;
	else if (p[0] == '0')
		base = 8;
	for (;; p++) {
		unsigned d;
		if (*p >= '0' && *p <= '9')
			d = (unsigned)(*p - '0');
		else if (base == 16 && (*p | 32) >= 'a' && (*p | 32) <= 'f')
			d = (unsigned)((*p | 32) - 'a' + 10);
		else
			break;
		if (d >= base)
			break;
		digits = true;
		if (v > (UINT64_MAX - d) / base)
			over = true;
		else
			v = v * base + d;
	}
	if (!digits || *p)
		return 1;
	*out = over ? UINT64_MAX : v;
	return over ? 2 : 0;
}

/* -w and COLUMNS: -1 when invalid; too big means no limit (0), as GNU */
static long long line_width(const char *s)
{
	uint64_t v;
	int r = parse_umax(s, &v);
	if (r == 1)
		return -1;
	return r == 2 || v > INT64_MAX ? 0 : (long long)v;
}

/* GNU's argmatch: an exact word, or a prefix of words that all mean the
 * same; else the error, the valid words (synonyms on one line) and exit 1. */
static int argmatch(const char *opt, const char *arg, const char *const *words, const int *vals)
{
	size_t n = strlen(arg);
	int hit = -1;
	bool ambiguous = false;

	for (int i = 0; words[i]; i++) {
		if (strncmp(words[i], arg, n) != 0)
			continue;
		if (strlen(words[i]) == n)
			return vals[i];
		if (hit < 0)
			hit = i;
		else if (vals[hit] != vals[i])
			ambiguous = true;
	}
	if (hit >= 0 && !ambiguous)
		return vals[hit];
	out_flush(sg_stdout);
	out_printf(sg_stderr, "%s: %s argument %s for %s\n", sg_progname, ambiguous ? "ambiguous" : "invalid",
		   quote(arg), quote(opt));
	out_str(sg_stderr, "Valid arguments are:");
	for (int i = 0; words[i]; i++) {
		if (i == 0 || vals[i] != vals[i - 1])
			out_printf(sg_stderr, "\n  - %s", quote(words[i]));
		else
			out_printf(sg_stderr, ", %s", quote(words[i]));
	}
	out_char(sg_stderr, '\n');
	tool_try_help(1);	/* argmatch_die: usage(EXIT_FAILURE) */
}

static bool stdout_tty;

static bool when(const char *opt, const char *arg)
{
	static const char *const words[] = { "always", "yes", "force", "never", "no", "none", "auto", "tty", "if-tty", 0 };
	static const int vals[] = { 1, 1, 1, 0, 0, 0, 2, 2, 2 };
	int w = arg ? argmatch(opt, arg, words, vals) : 1;
	return w == 1 || (w == 2 && stdout_tty);
}

enum {
	O_AUTHOR = 256, O_BLOCK_SIZE, O_COLOR, O_DEREF_DIRS, O_FILE_TYPE, O_FORMAT, O_FULL_TIME,
	O_DIRS_FIRST, O_HIDE, O_HYPERLINK, O_INDICATOR, O_QUOTING, O_SHOW_CTRL, O_SI, O_SORT,
	O_TIME, O_TIME_STYLE, O_ZERO, O_HELP, O_VERSION
};

int main(int argc, char **argv, char **envp)
{
	/* GNU's table, in its order: the order of an ambiguity's list */
	static const struct opt_long longs[] = {
		{ "all", 0, 'a' }, { "escape", 0, 'b' }, { "directory", 0, 'd' }, { "dired", 0, 'D' },
		{ "full-time", 0, O_FULL_TIME }, { "group-directories-first", 0, O_DIRS_FIRST },
		{ "human-readable", 0, 'h' }, { "inode", 0, 'i' }, { "kibibytes", 0, 'k' },
		{ "numeric-uid-gid", 0, 'n' }, { "no-group", 0, 'G' }, { "hide-control-chars", 0, 'q' },
		{ "reverse", 0, 'r' }, { "size", 0, 's' }, { "width", 1, 'w' }, { "almost-all", 0, 'A' },
		{ "ignore-backups", 0, 'B' }, { "classify", 2, 'F' }, { "file-type", 0, O_FILE_TYPE },
		{ "si", 0, O_SI }, { "dereference-command-line", 0, 'H' },
		{ "dereference-command-line-symlink-to-dir", 0, O_DEREF_DIRS }, { "hide", 1, O_HIDE },
		{ "ignore", 1, 'I' }, { "indicator-style", 1, O_INDICATOR }, { "dereference", 0, 'L' },
		{ "literal", 0, 'N' }, { "quote-name", 0, 'Q' }, { "quoting-style", 1, O_QUOTING },
		{ "recursive", 0, 'R' }, { "format", 1, O_FORMAT }, { "show-control-chars", 0, O_SHOW_CTRL },
		{ "sort", 1, O_SORT }, { "tabsize", 1, 'T' }, { "time", 1, O_TIME },
		{ "time-style", 1, O_TIME_STYLE }, { "zero", 0, O_ZERO }, { "color", 2, O_COLOR },
		{ "hyperlink", 2, O_HYPERLINK }, { "block-size", 1, O_BLOCK_SIZE }, { "context", 0, 'Z' },
		{ "author", 0, O_AUTHOR }, { "help", 0, O_HELP }, { "version", 0, O_VERSION }, { 0 }
	};
	static const char *const format_words[] = { "verbose", "long", "commas", "horizontal", "across",
						    "vertical", "single-column", 0 };
	static const int format_vals[] = { F_LONG, F_LONG, F_COMMAS, F_ACROSS, F_ACROSS, F_COLS, F_ONE };
	/* 9.1's words: no "name" sort, no "mtime" time (later versions added them) */
	static const char *const sort_words[] = { "none", "time", "size", "extension", "version", "width", 0 };
	static const int sort_vals[] = { S_NONE, S_TIME, S_SIZE, S_EXT, S_VERSION, S_WIDTH };
	static const char *const time_words[] = { "atime", "access", "use", "ctime", "status", "birth", "creation", 0 };
	static const int time_vals[] = { T_ATIME, T_ATIME, T_ATIME, T_CTIME, T_CTIME, T_BTIME, T_BTIME };
	static const char *const ind_words[] = { "none", "slash", "file-type", "classify", 0 };
	static const int ind_vals[] = { I_NONE, I_SLASH, I_FILE_TYPE, I_CLASSIFY };
	static const int qs_vals[] = { Q_LITERAL, Q_SHELL, Q_SHELL_ALWAYS, Q_SHELL_ESCAPE, Q_SHELL_ESCAPE_ALWAYS,
				       Q_C, Q_C_MAYBE, Q_ESCAPE, Q_LOCALE, Q_CLOCALE };
	struct opt o;
	struct winsize ws;
	struct termios tio;
	const char *time_style = NULL;
	int c, nops, format_opt = -1, sort_opt = -1, qs_opt = -1, hide_ctrl = -1;
	long long width_opt = -1, tab_opt = -1;
	bool kibibytes = false, explicit_time = false;

	sg_exit_failure = 2;	/* a write error at exit is serious, as for GNU ls */
	stdout_tty = sys_ioctl(1, TCGETS, &tio) == 0;
	locale_init();
	opt_init(&o, argc, argv, "abcdfghiklmnopqrstuvw:xABCDFGHI:LNQRST:UXZ1", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'a': ignore_mode = IG_MINIMAL; break;
		case 'b': qs_opt = Q_ESCAPE; break;
		case 'c': time_type = T_CTIME, explicit_time = true; break;
		case 'd': immediate_dirs = true; break;
		case 'f':	/* -a -U, and no -l, -s or colour */
			ignore_mode = IG_MINIMAL;
			sort_opt = S_NONE;
			if (format_opt == F_LONG)
				format_opt = -1;
			color = hyperlink = false;
			print_blocks = false;
			break;
		case O_FILE_TYPE: indicator = I_FILE_TYPE; break;
		case 'g': format_opt = F_LONG, print_owner = false; break;
		case 'h':
			file_opts = block_opts = HUMAN_AUTOSCALE | HUMAN_SI | HUMAN_BASE_1024;
			file_block_size = block_size = 1;
			break;
		case 'i': print_inode = true; break;
		case 'k': kibibytes = true; break;
		case 'l': format_opt = F_LONG; break;
		case 'm': format_opt = F_COMMAS; break;
		case 'n': numeric = true, format_opt = F_LONG; break;
		case 'o': format_opt = F_LONG, print_group = false; break;
		case 'p': indicator = I_SLASH; break;
		case 'q': hide_ctrl = 1; break;
		case 'r': reverse = true; break;
		case 's': print_blocks = true; break;
		case 't': sort_opt = S_TIME; break;
		case 'u': time_type = T_ATIME, explicit_time = true; break;
		case 'v': sort_opt = S_VERSION; break;
		case 'w':
			if ((width_opt = line_width(o.arg)) < 0)
				error(2, 0, "invalid line width: %s", quote(o.arg));
			break;
		case 'x': format_opt = F_ACROSS; break;
		case 'A': ignore_mode = IG_DOTS; break;
		case 'B': {
			static struct pattern b1 = { "*~", NULL }, b2 = { ".*~", NULL };
			b1.next = ignore_pats, b2.next = &b1, ignore_pats = &b2;
			break;
		}
		case 'C': format_opt = F_COLS; break;
		case 'D': dired = true; break;
		case 'F': if (when("--classify", o.arg)) indicator = I_CLASSIFY; break;
		case 'G': print_group = false; break;
		case 'H': deref = D_CMD; break;
		case O_DEREF_DIRS: deref = D_CMD_DIRS; break;
		case 'I':
		case O_HIDE: {
			struct pattern *p = malloc(sizeof *p);
			if (!p)
				nomem();
			p->p = o.arg;
			if (c == 'I')
				p->next = ignore_pats, ignore_pats = p;
			else
				p->next = hide_pats, hide_pats = p;
			break;
		}
		case 'L': deref = D_ALWAYS; break;
		case 'N': qs_opt = Q_LITERAL; break;
		case 'Q': qs_opt = Q_C; break;
		case 'R': recursive = true; break;
		case 'S': sort_opt = S_SIZE; break;
		case 'T': {
			uint64_t v;
			int r = parse_umax(o.arg, &v);
			if (r || v > INT64_MAX)
				error(2, r == 1 ? 0 : EOVERFLOW, "invalid tab size: %s", quote(o.arg));
			tab_opt = (long long)v;
			break;
		}
		case 'U': sort_opt = S_NONE; break;
		case 'X': sort_opt = S_EXT; break;
		case '1': if (format_opt != F_LONG) format_opt = F_ONE; break;
		case O_AUTHOR: print_author = true; break;
		case O_SORT: sort_opt = argmatch("--sort", o.arg, sort_words, sort_vals); break;
		case O_DIRS_FIRST: dirs_first = true; break;
		case O_TIME:
			time_type = argmatch("--time", o.arg, time_words, time_vals);
			explicit_time = true;
			break;
		case O_FORMAT: format_opt = argmatch("--format", o.arg, format_words, format_vals); break;
		case O_FULL_TIME: format_opt = F_LONG, time_style = "full-iso"; break;
		case O_COLOR: color = when("--color", o.arg); break;
		case O_HYPERLINK: hyperlink = when("--hyperlink", o.arg); break;
		case O_INDICATOR: indicator = argmatch("--indicator-style", o.arg, ind_words, ind_vals); break;
		case O_QUOTING: qs_opt = argmatch("--quoting-style", o.arg, qstyle_names, qs_vals); break;
		case O_TIME_STYLE: time_style = o.arg; break;
		case O_SHOW_CTRL: hide_ctrl = 0; break;
		case O_BLOCK_SIZE: {
			int e = human_options(o.arg, &block_opts, &block_size);
			if (e) {
				static const char *const msg[] = { "", "invalid %s%s argument '%s'",
								   "invalid suffix in %s%s argument '%s'",
								   "%s%s argument '%s' too large" };
				error(2, 0, msg[e], "--", "block-size", o.arg);
			}
			file_opts = block_opts, file_block_size = block_size;
			break;
		}
		case O_SI:
			file_opts = block_opts = HUMAN_AUTOSCALE | HUMAN_SI;
			file_block_size = block_size = 1;
			break;
		case 'Z': print_scontext = true; break;
		case O_ZERO:
			eol = 0;
			hide_ctrl = 0;
			if (format_opt != F_LONG)
				format_opt = F_ONE;
			color = false;
			qs_opt = Q_LITERAL;
			break;
		case O_HELP: tool_help(help_text);
		case O_VERSION: tool_version("ls");
		default: tool_try_help(2);
		}
	}
	if (!block_size) {
		const char *env = getenv("LS_BLOCK_SIZE");
		human_options(env, &block_opts, &block_size);
		if (env || getenv("BLOCK_SIZE"))
			file_opts = block_opts, file_block_size = block_size;
		if (kibibytes)
			block_opts = 0, block_size = 1024;
	}
	format = format_opt >= 0 ? format_opt : stdout_tty ? F_COLS : F_ONE;

	long long linelen = width_opt;
	if (format == F_COLS || format == F_ACROSS || format == F_COMMAS || color) {
		if (linelen < 0 && stdout_tty && sys_ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
			linelen = ws.ws_col;
		if (linelen < 0) {
			const char *p = getenv("COLUMNS");
			if (p && *p && (linelen = line_width(p)) < 0)
				error(0, 0, "ignoring invalid width in environment variable COLUMNS: %s", quote(p));
		}
	}
	line_length = linelen < 0 ? 80 : (size_t)linelen;
	max_idx = line_length / 3 + (line_length % 3 != 0);
	if (format == F_COLS || format == F_ACROSS || format == F_COMMAS) {
		if (tab_opt >= 0) {
			tabsize = (size_t)tab_opt;
		} else {
			const char *p = getenv("TABSIZE");
			uint64_t t;
			if (p) {
				if (parse_umax(p, &t) == 0)
					tabsize = (size_t)t;
				else
					error(0, 0, "ignoring invalid tab size in environment variable TABSIZE: %s", quote(p));
			}
		}
	}
	qmark = hide_ctrl < 0 ? stdout_tty : hide_ctrl;
	int qs = qs_opt;
	if (qs < 0) {
		const char *p = getenv("QUOTING_STYLE");
		if (p) {
			size_t n = strlen(p);
			int hit = -1;
			bool amb = false;
			for (int i = 0; qstyle_names[i]; i++)
				if (strncmp(qstyle_names[i], p, n) == 0) {
					if (strlen(qstyle_names[i]) == n) {
						hit = i, amb = false;
						break;
					}
					if (hit >= 0)
						amb = true;
					else
						hit = i;
				}
			if (hit < 0 || amb)
				error(0, 0, "ignoring invalid value of environment variable QUOTING_STYLE: %s", quote(p));
			else
				qs = qs_vals[hit];
		}
	}
	if (qs < 0)
		qs = stdout_tty ? Q_SHELL_ESCAPE : Q_LITERAL;
	name_q.style = dir_q.style = (enum qstyle)qs;
	align_quotes_style = (format == F_LONG || ((format == F_COLS || format == F_ACROSS) && line_length)) &&
			     (qs == Q_SHELL || qs == Q_SHELL_ESCAPE || qs == Q_C_MAYBE);
	if (qs == Q_ESCAPE)
		name_q.too[' ' / 32] |= 1U << (' ' % 32);
	if (indicator >= I_FILE_TYPE)
		for (const char *p = &"*=>@|"[indicator - I_FILE_TYPE]; *p; p++)
			name_q.too[*p / 32] |= 1U << (*p % 32);
	dir_q.too[':' / 32] |= 1U << (':' % 32);
	dired &= format == F_LONG && !hyperlink;
	if (dired && eol == 0)
		error(2, 0, "--dired and --zero are incompatible");
	if (dired) {	/* room for any line, so that only dired_room() flushes */
		char *big = malloc(1 << 20);
		if (!big)
			nomem();
		sg_stdout->buf = big;
		sg_stdout->cap = 1 << 20;
	}
	sort_by = sort_opt >= 0 ? sort_opt : format != F_LONG && explicit_time ? S_TIME : S_NAME;

	if (format == F_LONG) {
		const char *style = time_style;
		if (!style && !(style = getenv("TIME_STYLE")))
			style = "locale";
		bool posix_c = false;
		while (strncmp(style, "posix-", 6) == 0) {
			if (!sg_hard_time) {
				posix_c = true;	/* "posix-": the C locale keeps the default */
				break;
			}
			style += 6;
		}
		if (posix_c) {
		} else if (*style == '+') {
			char *f0 = (char *)style + 1, *nl = strchr(f0, '\n');
			time_fmt[0] = time_fmt[1] = f0;
			if (nl) {
				if (strchr(nl + 1, '\n'))
					error(2, 0, "invalid time style format %s", quote(f0));
				*nl = 0;
				time_fmt[1] = nl + 1;
			}
		} else {
			static const char *const words[] = { "full-iso", "long-iso", "iso", "locale", 0 };
			static const int vals[] = { 0, 1, 2, 3 };
			size_t n = strlen(style);
			int hit = -1;
			bool amb = false;
			for (int i = 0; words[i]; i++)
				if (strncmp(words[i], style, n) == 0) {
					if (strlen(words[i]) == n) {
						hit = i, amb = false;
						break;
					}
					if (hit >= 0)
						amb = true;
					else
						hit = i;
				}
			if (hit < 0 || amb) {
				out_flush(sg_stdout);
				out_printf(sg_stderr, "%s: %s argument %s for %s\n", sg_progname,
					   amb ? "ambiguous" : "invalid", quote(style), quote_style(Q_LOCALE, "time style"));
				out_str(sg_stderr, "Valid arguments are:\n");
				for (int i = 0; words[i]; i++)
					out_printf(sg_stderr, "  - [posix-]%s\n", words[i]);
				out_str(sg_stderr, "  - +FORMAT (e.g., +%H:%M) for a 'date'-style format\n");
				tool_try_help(2);
			}
			switch (vals[hit]) {
			case 0: time_fmt[0] = time_fmt[1] = "%Y-%m-%d %H:%M:%S.%N %z"; break;
			case 1: time_fmt[0] = time_fmt[1] = "%Y-%m-%d %H:%M"; break;
			case 2: time_fmt[0] = "%Y-%m-%d "; time_fmt[1] = "%m-%d %H:%M"; break;
			default: break;
			}
		}
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		now_sec = ts.tv_sec, now_nsec = ts.tv_nsec;
		tz_init();
	}

	if (color && !lscolors_init())
		color = false;
	if (color)
		tabsize = 0;	/* no tabs between coloured names, as GNU */
	if (dirs_first)
		check_symlink_mode = true;
	else if (color && (is_colored(C_ORPHAN) || (is_colored(C_EXEC) && color_symlink_as_referent) ||
			   (is_colored(C_MISSING) && format == F_LONG)))
		check_symlink_mode = true;
	if (deref == D_UNDEF)
		deref = immediate_dirs || indicator == I_CLASSIFY || format == F_LONG ? D_NEVER : D_CMD_DIRS;
	format_needs_stat = sort_by == S_TIME || sort_by == S_SIZE || format == F_LONG || print_blocks || hyperlink;
	format_needs_type = !format_needs_stat &&
			    (recursive || color || print_scontext || dirs_first || indicator != I_NONE);
	color_dirs = color && (is_colored(C_OTHER_WRITABLE) || is_colored(C_STICKY) || is_colored(C_STICKY_OTHER_WRITABLE));
	color_files = color && (is_colored(C_EXEC) || is_colored(C_SETUID) || is_colored(C_SETGID));
	stat_types_init();
	if (hyperlink) {
		static struct new_utsname u;
		if (sys_uname(&u) == 0)
			hostname = u.nodename;
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
	struct ent **v = sorted(nents, false);
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
		print_dir_name = true;
		free(p.path);
	}
	if (color && used_color &&
	    !(color_ind[C_LEFT].len == 2 && memcmp(color_ind[C_LEFT].s, "\033[", 2) == 0 &&
	      color_ind[C_RIGHT].len == 1 && color_ind[C_RIGHT].s[0] == 'm')) {
		put_ind(&color_ind[C_LEFT]);
		put_ind(&color_ind[C_RIGHT]);
	}
	if (dired) {
		if (ndired) {
			out_str(sg_stdout, "//DIRED//");
			for (size_t i = 0; i < ndired; i++)
				out_printf(sg_stdout, " %llu", (unsigned long long)dired_pos[i]);
			out_char(sg_stdout, '\n');
		}
		if (nsubdired) {
			out_str(sg_stdout, "//SUBDIRED//");
			for (size_t i = 0; i < nsubdired; i++)
				out_printf(sg_stdout, " %llu", (unsigned long long)subdired_pos[i]);
			out_char(sg_stdout, '\n');
		}
		out_printf(sg_stdout, "//DIRED-OPTIONS// --quoting-style=%s\n", qstyle_names[name_q.style]);
	}
	exit(status);
}
