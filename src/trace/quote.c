/* src/trace/quote.c — strings the way strace quotes them.
 *
 *   "\"" "\\" "\f" "\n" "\r" "\t" "\v"   these escapes by name
 *   0x20..0x7e                           as themselves
 *   any other byte                       octal, as few digits as possible,
 *                                        but always three when the next byte
 *                                        is an octal digit: "\0" then "1"
 *                                        would read back as "\01", so "\0001"
 *
 * -x prints a string all in \xNN when it holds a byte that is neither
 * printable nor white space; -xx every string; --strings-in-hex=
 * non-ascii-chars keeps the escapes but writes the other bytes as \xNN.
 *
 * Data buffers show at most -s bytes (default 32) and "..." after the
 * closing quote when there was more; paths only past 4,095 bytes. Memory that
 * cannot be read prints as its address, as strace does.
 */
#include "trace.h"

int opt_xflag;		/* -x HEX_NON_ASCII, -xx HEX_ALL, --strings-in-hex=non-ascii-chars HEX_CHARS */

/* -x: a string with a byte that is neither printable nor white space
 * (\t \n \v \f \r) is printed all in \xNN */
static int needs_hex(const unsigned char *s, size_t n, int flags)
{
	for (size_t i = 0; i < n; i++) {
		if ((flags & QUOTE_0_TERM) && !s[i])
			break;
		if (s[i] > 0x7e || (s[i] < 0x20 && (s[i] < 9 || s[i] > 13)))
			return 1;
	}
	return 0;
}

void quote_bytes(const unsigned char *s, size_t n, int flags)
{
	char buf[256];
	size_t k = 0;

	if (opt_xflag == HEX_ALL || (opt_xflag == HEX_NON_ASCII && needs_hex(s, n, flags)))
		flags |= QUOTE_HEX;

	if (!(flags & QUOTE_BARE))
		buf[k++] = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned c = s[i];
		if (k > sizeof buf - 8) {
			pr_mem(buf, k);
			k = 0;
		}
		if ((flags & QUOTE_0_TERM) && !c)
			break;
		if (flags & QUOTE_HEX) {
			k += (size_t)snprintf(buf + k, 8, "\\x%02x", c);
			continue;
		}
		const char *esc = NULL;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\v': esc = "\\v"; break;
		}
		if (esc) {
			buf[k++] = esc[0];
			buf[k++] = esc[1];
		} else if (c >= 0x20 && c < 0x7f && !((flags & QUOTE_ANGLE) && (c == '<' || c == '>'))) {
			buf[k++] = (char)c;
		} else if (opt_xflag == HEX_CHARS) {
			k += (size_t)snprintf(buf + k, 8, "\\x%02x", c);
		} else {
			int next_octal = i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7';
			buf[k++] = '\\';
			if (next_octal || c >= 0100) {
				buf[k++] = (char)('0' + (c >> 6));
				buf[k++] = (char)('0' + ((c >> 3) & 7));
			} else if (c >= 010) {
				buf[k++] = (char)('0' + ((c >> 3) & 7));
			}
			buf[k++] = (char)('0' + (c & 7));
		}
	}
	if (!(flags & QUOTE_BARE))
		buf[k++] = '"';
	pr_mem(buf, k);
}

/* A scratch buffer of at least n bytes: -s can ask for any size (strace
 * prints all of a 1 MB write with -s 1000000), so it grows as needed. */
static void *scratch(size_t n)
{
	static void *p;
	static size_t cap;

	if (n > cap) {
		free(p);
		cap = n < 4096 ? 4096 : n;
		p = malloc(cap);
		if (!p)
			error(1, ENOMEM, "-s %d", opt_strlen);
	}
	return p;
}

static void buf_common(struct tcb *t, unsigned long addr, unsigned long len, int flags)
{
	unsigned long n = len < (unsigned long)opt_strlen ? len : (unsigned long)opt_strlen;

	if (!addr) {
		prs("NULL");
		return;
	}
	/* A buffer longer than -s is read one byte past what is shown (strace
	 * 6.1): with 32 bytes readable, a 33-byte one at -s 32 is its address;
	 * -s 0 shows no byte but still reads one, so an unreadable buffer is
	 * its address, not ""... */
	unsigned long rd = len > n ? n + 1 : n;
	unsigned char *data = scratch(rd ? rd : 1);
	if (umove_data(t->pid, addr, data, rd) < 0) {
		pr_hex(addr);
		return;
	}
	if ((flags & QUOTE_OMIT_0) && n && !data[n - 1]) {
		quote_bytes(data, n - 1, flags & ~QUOTE_OMIT_0);
		return;		/* the value ends there: no "..." */
	}
	quote_bytes(data, n, flags & ~QUOTE_OMIT_0);
	if (len > n)
		prs("...");
}

void pr_buf(struct tcb *t, unsigned long addr, unsigned long len)
{
	buf_common(t, addr, len, 0);
}

/* an xattr value: strace leaves out a last 0 byte (of what -s shows) */
void pr_buf_omit0(struct tcb *t, unsigned long addr, unsigned long len)
{
	buf_common(t, addr, len, QUOTE_OMIT_0);
}

void pr_buf_hex(struct tcb *t, unsigned long addr, unsigned long len)
{
	buf_common(t, addr, len, QUOTE_HEX);
}

/* A struct the program says is `size` bytes when this tracer knows the first
 * `known`: strace reads the rest (up to byte 4095 at most) and, if any byte
 * of it is not 0, shows it after the fields it knows: a comment naming the
 * byte range (bytes 24..39), then the bytes as a "\x.." string, cut at -s.
 * A tail that cannot be read is "???": strace's mark for what is not there.
 * tail_read: -1 unreadable, 0 nothing to show (all 0, or no tail), 1 bytes */
static int tail_read(struct tcb *t, unsigned long addr, unsigned long known,
		     unsigned long size, unsigned char **bytes, unsigned long *len)
{
	unsigned long end = size < 4096 ? size : 4096;

	if (end <= known)
		return 0;
	unsigned char *b = scratch(end - known);
	if (umove(t->pid, addr + known, b, end - known) < 0)
		return -1;
	unsigned long i = 0;
	while (i < end - known && !b[i])
		i++;
	*bytes = b;
	*len = end - known;
	return i < end - known;
}

int struct_tail_shown(struct tcb *t, unsigned long addr, unsigned long known, unsigned long size)
{
	unsigned char *b;
	unsigned long len;

	return tail_read(t, addr, known, size, &b, &len) != 0;
}

int pr_struct_tail_sep(struct tcb *t, unsigned long addr, unsigned long known,
		       unsigned long size, const char *sep)
{
	unsigned char *b = NULL;
	unsigned long len = 0;
	int st = tail_read(t, addr, known, size, &b, &len);

	if (st < 0)
		pr("%s???", sep);
	if (st <= 0)
		return st != 0;
	pr("%s/* bytes %lu..%lu */ ", sep, known, known + len - 1);
	unsigned long n = len < (unsigned long)opt_strlen ? len : (unsigned long)opt_strlen;
	quote_bytes(b, n, QUOTE_HEX);
	if (len > n)
		prs("...");
	return 1;
}

void pr_struct_tail(struct tcb *t, unsigned long addr, unsigned long known, unsigned long size)
{
	pr_struct_tail_sep(t, addr, known, size, ", ");
}

/* A C string of at most max bytes shown; "..." when it goes on. */
static void str_common(struct tcb *t, unsigned long addr, size_t max)
{
	if (!addr) {
		prs("NULL");
		return;
	}
	char *s = scratch(max + 1);
	long n = umovestr(t->pid, addr, s, max + 1);
	if (n < 0) {
		pr_hex(addr);
		return;
	}
	if ((size_t)n > max) {
		quote_bytes((unsigned char *)s, max, 0);
		prs("...");
	} else {
		quote_bytes((unsigned char *)s, (size_t)n, 0);
	}
}

void pr_str(struct tcb *t, unsigned long addr)
{
	str_common(t, addr, (size_t)opt_strlen);
}

/* strace reads a path into a PATH_MAX buffer with room for the NUL: 4095
 * bytes at most, then "..." */
void pr_path(struct tcb *t, unsigned long addr)
{
	str_common(t, addr, 4095);
}

/* A string the kernel reads at most `limit` bytes of (a fixed buffer, a
 * name limit): strace reads that many, or -s and one more when -s is
 * smaller, and when no NUL is among them shows them (up to -s) and "...":
 * what the kernel saw was cut there, whatever follows. Unreadable: the
 * address. */
void pr_strn(struct tcb *t, unsigned long addr, size_t limit)
{
	size_t want = (size_t)opt_strlen + 1 < limit ? (size_t)opt_strlen + 1 : limit;

	if (!addr) {
		prs("NULL");
		return;
	}
	char *s = scratch(want + 1);
	long n = umovestr(t->pid, addr, s, want);
	if (n < 0) {
		pr_hex(addr);
		return;
	}
	size_t shown = (size_t)n < (size_t)opt_strlen ? (size_t)n : (size_t)opt_strlen;
	quote_bytes((unsigned char *)s, shown, 0);
	if ((size_t)n == want)
		prs("...");
}

int cur_abbrev = 1;

/* -e verbose=: a call outside the set gets its arrays' addresses (an
 * array printer that reads element by element asks here first) */
int pr_nonverbose_addr(unsigned long addr)
{
	if (cur_verbose || !addr)
		return 0;
	pr_addr(addr);
	return 1;
}

int pr_elem(int i)
{
	if (i)
		prs(", ");
	if (i >= opt_strlen && cur_abbrev) {	/* -v: arrays are not cut */
		prs("...");
		return 0;
	}
	return 1;
}

/* strace's print_array: NULL; [] for no elements; the address when the
 * first element cannot be read (or the span wraps); after a readable one,
 * "... (ADDR in a comment)" where reading stopped; past -s elements "..." (an
 * element is read before the -s check, as strace does) */
int pr_array(struct tcb *t, unsigned long addr, unsigned long n, size_t size,
	     void (*elem)(struct tcb *t, const void *e))
{
	return pr_array_more(t, addr, n, size, elem, 0);
}

int pr_array_more(struct tcb *t, unsigned long addr, unsigned long n, size_t size,
		  void (*elem)(struct tcb *t, const void *e), int more)
{
	unsigned char buf[256];
	unsigned long i;
	int open = 0, cut = 0;

	if (!addr) {
		prs("NULL");
		return 0;
	}
	if (!n) {
		prs("[]");
		return 0;
	}
	if (n > -addr / size || size > sizeof buf) {	/* addr + n * size wraps */
		pr_hex(addr);
		return 0;
	}
	for (i = 0; i < n; i++) {
		unsigned long at = addr + i * size;

		if (i)
			prs(", ");
		if (umove(t->pid, at, buf, size) < 0) {
			if (i)
				pr("... /* %#lx */", at);
			else
				pr_hex(addr);
			break;
		}
		if (!i)
			prs("["), open = 1;
		if (i >= (unsigned long)opt_strlen && cur_abbrev) {
			prs("...");
			cut = 1;
			break;
		}
		elem(t, buf);
	}
	if (open && i == n && more)
		prs(", ...");
	if (open)
		prs("]");
	return i == n || cut;
}

void pr_strarray(struct tcb *t, unsigned long addr)
{
	unsigned long p;

	if (!addr) {
		prs("NULL");
		return;
	}
	if (umove(t->pid, addr, &p, sizeof p) < 0) {
		pr_hex(addr);
		return;
	}
	prs("[");
	for (int i = 0;; i++) {
		unsigned long at = addr + 8 * (unsigned long)i;
		if (umove(t->pid, at, &p, sizeof p) < 0) {	/* where it stopped */
			pr(", ... /* %#lx */", at);
			break;
		}
		if (!p || !pr_elem(i))
			break;
		pr_str(t, p);
	}
	prs("]");
}
