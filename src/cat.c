/* cat — concatenate files and print on the standard output
 *
 * Usage: cat [OPTION]... [FILE]...
 *
 * Copy each FILE to standard output, in order. With no FILE, or when FILE
 * is -, read standard input (each - reads on from where the last stopped).
 *
 *   -A, --show-all           same as -vET
 *   -b, --number-nonblank    number the non-empty output lines (overrides -n)
 *   -e                       same as -vE
 *   -E, --show-ends          show $ at the end of each line (\r\n as ^M$)
 *   -n, --number             number all output lines
 *   -s, --squeeze-blank      never print more than one empty line in a row
 *   -t                       same as -vT
 *   -T, --show-tabs          show TAB as ^I
 *   -u                       (ignored, as by GNU cat)
 *   -v, --show-nonprinting   show control bytes as ^X and bytes >= 128 as M-X,
 *                            except TAB and newline
 *   --help                   show this help and exit
 *   --version                show the version and exit
 *
 * Line numbers, -s and a line cut between two files all carry on from one
 * FILE to the next, as in GNU cat. Exit status 1 if any FILE failed.
 *
 * Without options the kernel moves the bytes where it can (copy_file_range
 * file to file, splice into or out of a pipe, sendfile to anything else);
 * where it refuses, cat reads and writes them through a 128 KiB buffer.
 * Differs from GNU cat: --version and --help texts; standard input is not
 * closed at exit (GNU's "closing standard input" error is still reported
 * when standard input was never open); an interrupted call (EINTR) is
 * made again where GNU reports it. From a file into a pipe, splice hands
 * the pipe the file's own pages: bytes changed in the file before the
 * reader takes them are read as changed (GNU's copy has the old ones).
 */
#include "sg.h"
#include "cat.help.h"
#include <linux/fs.h>		/* SEEK_CUR */

enum {
	NUMBER = 1,		/* -n */
	NONBLANK = 2,		/* -b */
	SQUEEZE = 4,		/* -s */
	ENDS = 8,		/* -E */
	TABS = 16,		/* -T */
	NONPRINT = 32,		/* -v */
};

/* Buffers live in .bss: pages the kernel maps only when first touched, so
 * a plain copy that the kernel does itself never costs their memory. */
#define IN_SIZE  (128 * 1024)
#define OUT_SIZE (256 * 1024)
#define OUT_SLACK 64		/* the most one input byte can add: a number, "^M$\n" */
/* One object, so that the 8-byte moves of a short run (format) may read
 * up to 7 bytes past the input's end and stay inside it. */
static struct {
	char in[IN_SIZE];
	char gap[8];
	char out[OUT_SIZE];
} bufs;
#define ibuf bufs.in
#define obuf bufs.out

static unsigned flags;
static struct stat out_st;	/* standard output, looked at once */
static int status;
static bool stdin_bad;		/* fd 0 was closed when we came to read it */

/* ---- error lines ------------------------------------------------------
 * GNU names a file in an error as the shell would need it typed (gnulib's
 * quotef): plain when harmless, else in '...' with ' as '\'' and control
 * bytes as $'\n' pieces, or in "..." when a ' is the only trouble. */

static bool shell_special(unsigned char c, size_t i, size_t len)
{
	switch (c) {
	case '#': case '~':
		return i == 0;
	case '{': case '}':
		return len == 1;
	case ' ': case '!': case '"': case '$': case '&': case '\'': case '(': case ')':
	case '*': case ':': case ';': case '<': case '=': case '>': case '?': case '[':
	case '\\': case '^': case '`': case '|':
		return true;
	}
	return c < 32 || c >= 127;
}

/* gnulib falls back to "..." only when every byte is harmless there too:
 * a ' is, and so are space and ':', but not $ ` \ " ! nor any byte that
 * is special to the shell or not printable. */
static bool double_ok(unsigned char c, size_t i, size_t len)
{
	switch (c) {
	case '#': case '~':
		return i == 0;
	case '{': case '}':
		return len == 1;
	case ' ': case '\'': case ':':
		return true;
	}
	return !shell_special(c, i, len);
}

static void put_quoted(struct out *o, const char *name)
{
	size_t len = strlen(name), i;
	bool special = len == 0, quote = false, dq = true;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];
		special |= shell_special(c, i, len);
		quote |= c == '\'';
		dq &= double_ok(c, i, len);
	}
	if (!special) {
		out_str(o, name);
		return;
	}
	if (quote && dq) {
		out_printf(o, "\"%s\"", name);
		return;
	}
	/* state: inside '...' (lit) or inside $'...' (!lit) */
	bool lit = true;
	out_char(o, '\'');
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];
		static const char named[] = "abtnvfr";	/* \a=7 ... \r=13 */
		if (c == '\'') {
			out_str(o, "'\\''");
			lit = true;
		} else if (c >= 32 && c < 127) {
			if (!lit)
				out_str(o, "''");
			lit = true;
			out_char(o, (char)c);
		} else {
			if (lit)
				out_str(o, "'$'");
			lit = false;
			if (c >= 7 && c <= 13)
				out_printf(o, "\\%c", named[c - 7]);
			else
				out_printf(o, "\\%03o", c);
		}
	}
	out_char(o, '\'');
}

static char *opos;		/* end of what obuf holds */

static void write_all(const char *p, size_t n);

/* "cat: NAME: why" — after what is already formatted, so that with 2>&1
 * the lines come out in the order GNU's do. */
static void fail(const char *name, const char *why)
{
	if (opos > obuf) {
		write_all(obuf, (size_t)(opos - obuf));
		opos = obuf;
	}
	out_printf(sg_stderr, "%s: ", sg_progname);
	put_quoted(sg_stderr, name);
	out_printf(sg_stderr, ": %s\n", why);
	out_flush(sg_stderr);
	status = 1;
}

/* ---- writing ----------------------------------------------------------
 * A pipe or a slow device may take less than asked, and a signal may
 * interrupt the call (EINTR): both just go on. A real error ends cat at
 * once, as in GNU; EPIPE never gets here unless SIGPIPE is ignored. */

static void write_all(const char *p, size_t n)
{
	while (n) {
		long r = sys_write(1, p, n);
		if (r == -EINTR)
			continue;
		if (r < 0)
			error(1, (int)-r, "write error");
		p += r;
		n -= (size_t)r;
	}
}

/* ---- plain copy -------------------------------------------------------
 * Which in-kernel copy works depends on what the two ends are:
 *
 *   input      output      call              what the kernel does
 *   regular    regular     copy_file_range   clone/reflink or a page-cache copy
 *   reg/pipe   pipe        splice            page references into the pipe
 *   pipe       anything    splice            pipe buffers out to the file
 *   regular    other       sendfile          splice through a hidden pipe
 *   other      any         read/write        (ttys, sockets, /dev/zero...)
 *
 * Any of them may refuse (EINVAL: O_APPEND output or no splice support;
 * EXDEV: two file systems; ENOSYS: an emulator without the call). Then the
 * read/write loop does the rest: the file offsets have moved with what was
 * copied, and an error it meets is the precise one (a read error names the
 * file, a write error ends cat). Only copy_file_range's own errors are kept
 * as they are, naming the input, as GNU does (cfr_refused below).
 */
enum how { RW, CFR, SPLICE, SENDFILE };
static bool broken[4];		/* ENOSYS once: not tried again */
static bool pipe_grown;

static enum how choose(const struct stat *in)
{
	bool in_reg = S_ISREG(in->st_mode), in_pipe = S_ISFIFO(in->st_mode);
	bool out_reg = S_ISREG(out_st.st_mode), out_pipe = S_ISFIFO(out_st.st_mode);

	if (in_reg && out_reg)
		return CFR;
	if ((in_reg && out_pipe) || in_pipe)
		return SPLICE;
	if (in_reg)
		return SENDFILE;
	return RW;
}

/* read/write through the 128 KiB buffer; returns 0 or -errno of a read. */
static long copy_rw(int fd)
{
	for (;;) {
		long r = sys_read(fd, ibuf, sizeof ibuf);
		if (r == -EINTR)
			continue;
		if (r <= 0)
			return r;
		write_all(ibuf, (size_t)r);
	}
}

/* The errors with which copy_file_range says "not for these two files"
 * (GNU cat 9.1's list) rather than that something failed. */
static bool cfr_refused(long r)
{
	return r == -ENOSYS || r == -EOPNOTSUPP || r == -EINVAL || r == -EBADF
		|| r == -EXDEV || r == -ETXTBSY || r == -EPERM;
}

static long copy_plain(int fd, const struct stat *in)
{
	enum how how = choose(in);
	bool first = true;
	long r;

	/* A pipe holds 64 KiB: each splice could move no more. 1 MiB (the
	 * unprivileged maximum) cuts the calls and the switches sixteenfold;
	 * the reader only gains. Failure (quota) just leaves it as it was. */
	if (how == SPLICE && !pipe_grown && in->st_size > 65536 && S_ISFIFO(out_st.st_mode)) {
		pipe_grown = true;
		sys_fcntl(1, F_SETPIPE_SZ, 1 << 20);
	}
	while (how != RW && !broken[how]) {
		switch (how) {
		case CFR:
			r = sys_copy_file_range(fd, NULL, 1, NULL, 1L << 30, 0);
			break;
		case SPLICE:
			r = sys_splice(fd, NULL, 1, NULL, 1 << 20, 0);
			break;
		default:
			r = sys_sendfile(1, fd, NULL, 1L << 30);
			break;
		}
		if (r > 0) {
			first = false;
			continue;
		}
		if (r == 0 && !first)
			return 0;
		if (r == -EINTR)
			continue;
		if (r == -ENOSYS)
			broken[how] = true;
		/* copy_file_range cannot say which end failed, so GNU names
		 * the input for any error but "not here" ones, and goes on
		 * with the next file; so do we (`ulimit -f` gives EFBIG). */
		if (how == CFR && r < 0 && !cfr_refused(r))
			return r;
		/* Refused, or nothing at all: a /proc file says size 0 and
		 * copy_file_range believes it. read() tells the truth. */
		break;
	}
	return copy_rw(fd);
}

/* ---- formatted copy ---------------------------------------------------
 * One pass over each buffer of input. The state lives across files, as in
 * GNU cat: `cat -n a b` numbers b's lines after a's, and a last line of a
 * with no newline goes on with b's first. */
static bool at_bol = true;	/* the next byte starts a line */
static bool blank_out;		/* the last line written was empty (-s) */
static bool pending_cr;		/* -E: a \r ended the buffer; is \n next? */

/* The line number as text, "     1\t", counted up in place: no division
 * per line. num holds right-aligned digits, then a tab. */
static char num[24] = "                     0\t";
static char *num_start = num + 16;	/* at least 6 columns, as printf("%6d") */

static void next_number(void)
{
	char *p = num + 21;

	while (*p == '9')
		*p-- = '0';
	*p = *p == ' ' ? '1' : (char)(*p + 1);
	if (p < num_start)
		num_start = p;
}

static char *put_number(char *o)
{
	next_number();
	memcpy(o, num_start, (size_t)(num + 23 - num_start));
	return o + (num + 23 - num_start);
}

static void flush_out(void)
{
	write_all(obuf, (size_t)(opos - obuf));
	opos = obuf;
}

/* What each byte becomes under -v/-T, worked out once: the loop over the
 * input is then a lookup and a 4-byte store per byte, without branches.
 *   -v: ^X for controls, ^? for DEL, M- and the same for bytes >= 128
 *   -T: TAB as ^I                        newline never comes here */
static struct shown {
	char s[4];
	unsigned char n;
} __attribute__((aligned(8))) shown[256];

static void make_shown(void)
{
	for (int c = 0; c < 256; c++) {
		struct shown *e = &shown[c];
		int b = c;
		if (c == '\t' ? !(flags & TABS) : !(flags & NONPRINT) || (c >= 32 && c < 127)) {
			e->s[e->n++] = (char)c;
			continue;
		}
		if (b >= 128) {
			e->s[e->n++] = 'M';
			e->s[e->n++] = '-';
			b -= 128;
		}
		if (b < 32 || b == 127) {
			e->s[e->n++] = '^';
			e->s[e->n++] = b == 127 ? '?' : (char)(b + 64);
		} else {
			e->s[e->n++] = (char)b;
		}
	}
}

/* The first '\n' in [p, end), or end (memchr looks 8 bytes at a time). */
static const char *find_nl(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));

	return nl ? nl : end;
}

static void format(const char *p, const char *end)
{
	char *o = opos, *const oend = obuf + OUT_SIZE - OUT_SLACK;
	bool vis = flags & (NONPRINT | TABS), ends = flags & ENDS;

	if (pending_cr && p < end) {
		if (*p == '\n') {
			*o++ = '^';
			*o++ = 'M';
		} else {
			*o++ = '\r';
		}
		pending_cr = false;
	}
	while (p < end) {
		if (o >= oend) {
			opos = o;
			flush_out();
			o = obuf;
		}
		if (*p == '\n') {
			if (at_bol) {	/* an empty line */
				if ((flags & SQUEEZE) && blank_out) {
					p++;
					continue;
				}
				blank_out = true;
				if ((flags & (NUMBER | NONBLANK)) == NUMBER)
					o = put_number(o);
			}
			if (ends)
				*o++ = '$';
			*o++ = '\n';
			p++;
			at_bol = true;
			continue;
		}
		if (at_bol) {
			at_bol = false;
			blank_out = false;
			if (flags & (NUMBER | NONBLANK))
				o = put_number(o);
		}
		/* the rest of the line, or of the buffer */
		const char *stop = find_nl(p, end), *nl = stop < end ? stop : NULL;
		/* -E: a \r right before \n shows as ^M (-v shows every \r so) */
		bool cr = ends && !(flags & NONPRINT) && stop > p && stop[-1] == '\r';
		const char *body = cr ? stop - 1 : stop;
		while (p < body) {
			size_t room = o < oend ? (size_t)(oend - o) : 0;
			size_t n = (size_t)(body - p);
			if (vis)
				room /= 4;
			if (room == 0) {
				opos = o;
				flush_out();
				o = obuf;
				continue;
			}
			if (n > room)
				n = room;
			if (!vis && n <= 32) {	/* short: 8-byte moves into the slack */
				for (size_t i = 0; i < n; i += 8)
					__builtin_memcpy(o + i, p + i, 8);
				o += n;
			} else if (!vis) {
				memcpy(o, p, n);
				o += n;
			} else {
				for (size_t i = 0; i < n; i++) {
					const struct shown *e = &shown[(unsigned char)p[i]];
					/* one 4-byte store; the slack past oend takes the spare bytes */
					__builtin_memcpy(o, e->s, 4);
					o += e->n;
				}
			}
			p += n;
		}
		if (cr) {
			p++;
			if (nl) {
				*o++ = '^';
				*o++ = 'M';
			} else {
				pending_cr = true;
			}
		}
	}
	opos = o;
}

/* Returns 0 or -errno of a read. */
static long copy_formatted(int fd, const struct stat *in)
{
	bool may_block = !S_ISREG(in->st_mode);

	for (;;) {
		/* Before waiting on a pipe or a terminal, show what is done:
		 * `cat -n` typed at must echo each line as it comes. */
		if (may_block && opos > obuf)
			flush_out();
		long r = sys_read(fd, ibuf, sizeof ibuf);
		if (r == -EINTR)
			continue;
		if (r <= 0)
			return r;
		format(ibuf, ibuf + r);
	}
}

/* ---- one operand ------------------------------------------------------ */
static void cat_one(const char *name)
{
	bool is_stdin = strcmp(name, "-") == 0;
	struct stat st;
	long fd = 0, r;

	if (!is_stdin) {
		fd = sys_openat(AT_FDCWD, name, O_RDONLY, 0);
		if (fd < 0) {
			fail(name, strerror((int)-fd));
			return;
		}
	}
	r = sys_fstat((int)fd, &st);
	if (r < 0) {
		if (is_stdin && r == -EBADF)
			stdin_bad = true;
		fail(name, strerror((int)-r));
		goto done;
	}
	/* `cat f >> f` would read what it writes until the disk fills. GNU
	 * refuses when the output is a regular file, the same inode, and the
	 * input still has bytes ahead of its offset (a file we opened is at 0). */
	if (S_ISREG(out_st.st_mode) && st.st_dev == out_st.st_dev && st.st_ino == out_st.st_ino
	    && (is_stdin ? sys_lseek(0, 0, SEEK_CUR) : 0) < st.st_size) {
		fail(name, "input file is output file");
		goto done;
	}
	r = flags ? copy_formatted((int)fd, &st) : copy_plain((int)fd, &st);
	if (r < 0)
		fail(name, strerror((int)-r));
done:
	if (!is_stdin)
		sys_close((int)fd);
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		/* GNU's order, which its "ambiguous" error lists */
		{ "number-nonblank", 0, 'b' }, { "number", 0, 'n' }, { "squeeze-blank", 0, 's' },
		{ "show-nonprinting", 0, 'v' }, { "show-ends", 0, 'E' }, { "show-tabs", 0, 'T' },
		{ "show-all", 0, 'A' }, { "help", 0, 'h' }, { "version", 0, 'V' }, { 0 }
	};
	static char *dash[] = { "-" };
	struct opt o;
	int c, n;

	opt_init(&o, argc, argv, "benstuvAET", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'b': flags |= NUMBER | NONBLANK; break;
		case 'e': flags |= NONPRINT | ENDS; break;
		case 'n': flags |= NUMBER; break;
		case 's': flags |= SQUEEZE; break;
		case 't': flags |= NONPRINT | TABS; break;
		case 'u': break;
		case 'v': flags |= NONPRINT; break;
		case 'A': flags |= NONPRINT | ENDS | TABS; break;
		case 'E': flags |= ENDS; break;
		case 'T': flags |= TABS; break;
		case 'h': tool_help(help_text);
		case 'V': tool_version("cat");
		default: tool_try_help(1);
		}
	}
	char **ops = opt_operands(&o, &n);
	if (n == 0) {
		ops = dash;
		n = 1;
	}

	long r = sys_fstat(1, &out_st);
	if (r < 0)
		error(1, (int)-r, "standard output");
	opos = obuf;
	if (flags & (NONPRINT | TABS))
		make_shown();
	for (int i = 0; i < n; i++)
		cat_one(ops[i]);
	if (pending_cr)
		*opos++ = '\r';
	if (opos > obuf)
		flush_out();
	/* GNU closes standard input if it read it; that close fails only
	 * when fd 0 was not open, which fstat has already told us. */
	if (stdin_bad)
		error(1, EBADF, "closing standard input");
	return status;
}
