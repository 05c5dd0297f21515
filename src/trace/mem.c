/* src/trace/mem.c — reading the tracee's memory.
 *
 * process_vm_readv copies straight from another address space (one call,
 * any size). Where it is refused (an old kernel, a security module) the
 * fallback is PTRACE_PEEKDATA, one 8-byte word per call. The raw peek
 * request returns the word through its data pointer, not as the result.
 */
#include "trace.h"
#include <linux/ptrace.h>

int no_vm_readv;		/* process_vm_readv refused: use PTRACE_PEEKDATA */
/* --qemu: the program is a guest of QEMU; its memory comes through the
 * gdbstub's m packets (qemu.c), not from the kernel */
int (*umove_hook)(unsigned long addr, void *buf, size_t len);

static int peek(int pid, unsigned long addr, void *buf, size_t len)
{
	unsigned char *out = buf;
	unsigned long off = addr & 7, word;

	if (umove_hook)
		return umove_hook(addr, buf, len);
	addr -= off;
	while (len) {
		stats.readv++;
		if (sys_ptrace(PTRACE_PEEKDATA, pid, (void *)addr, &word) < 0)
			return -1;
		stats.bytes += 8;
		size_t n = 8 - off < len ? 8 - off : len;
		memcpy(out, (unsigned char *)&word + off, n);
		out += n;
		len -= n;
		addr += 8;
		off = 0;
	}
	return 0;
}

/* -e verbose=: a call outside the set has its structs printed as
 * addresses, as strace prints them: every struct read fails. Its strings
 * and data buffers (umove_data) are still read. */
int cur_verbose = 1;

int umove(int pid, unsigned long addr, void *buf, size_t len)
{
	return cur_verbose ? umove_data(pid, addr, buf, len) : -1;
}

/* The pages last read, as strace keeps them (4, a ring): a decoder reads
 * an array and then each element's buffer, mostly from the same few pages,
 * and one process_vm_readv of a whole page serves all that lie in it. The
 * tracee runs between two stops, so the loop drops them at every stop
 * (umove_cache_drop), and so does a write into its memory. */
#define NCACHED 4
static struct page {
	int pid;		/* 0: empty */
	unsigned long addr;
	unsigned char b[4096];
} cache[NCACHED];
static int cache_next;

void umove_cache_drop(void)
{
	for (int i = 0; i < NCACHED; i++)
		cache[i].pid = 0;
}

/* the page at addr (4096-aligned), read if it is not cached; NULL if it
 * cannot be read */
static const unsigned char *cached_page(int pid, unsigned long addr)
{
	for (int i = 0; i < NCACHED; i++)
		if (cache[i].pid == pid && cache[i].addr == addr)
			return cache[i].b;
	struct page *p = &cache[cache_next];
	struct iovec l = { p->b, 4096 }, r = { (void *)addr, 4096 };
	long n = sys_process_vm_readv(pid, &l, 1, &r, 1, 0);
	stats.readv++;
	if (n > 0)
		stats.bytes += (unsigned long)n;
	if (n != 4096) {
		p->pid = 0;
		if (n == -ENOSYS || n == -EPERM)
			no_vm_readv = 1;
		return NULL;
	}
	p->pid = pid;
	p->addr = addr;
	cache_next = (cache_next + 1) % NCACHED;
	return p->b;
}

/* addr..addr+len from cached pages: 1 copied, 0 not (longer than the
 * cache, or a page in it unreadable: the caller reads the range itself) */
static int cached_read(int pid, unsigned long addr, void *buf, size_t len)
{
	unsigned long first = addr & ~4095UL, last = (addr + len - 1) & ~4095UL;

	if (addr + len < addr || last - first >= NCACHED * 4096UL)
		return 0;
	unsigned char *out = buf;
	for (unsigned long pg = first; pg <= last; pg += 4096) {
		const unsigned char *b = cached_page(pid, pg);
		if (!b)
			return 0;
		unsigned long from = pg > addr ? pg : addr;
		unsigned long to = pg + 4096 < addr + len ? pg + 4096 : addr + len;
		memcpy(out + (from - addr), b + (from - pg), to - from);
	}
	return 1;
}

int umove_data(int pid, unsigned long addr, void *buf, size_t len)
{
	if (!addr)
		return -1;
	if (umove_hook)
		return umove_hook(addr, buf, len);
	if (!len)
		return 0;
	if (!no_vm_readv && cached_read(pid, addr, buf, len))
		return 0;
	if (!no_vm_readv) {
		struct iovec l = { buf, len }, r = { (void *)addr, len };
		long n = sys_process_vm_readv(pid, &l, 1, &r, 1, 0);
		stats.readv++;
		if (n > 0)
			stats.bytes += (unsigned long)n;
		if (n == (long)len)
			return 0;
		if (n == -ENOSYS || n == -EPERM)
			no_vm_readv = 1;
		else
			return -1;
	}
	return peek(pid, addr, buf, len);
}

/* Read page by page: a string may end just before an unmapped page, and
 * process_vm_readv fails as a whole if any byte of a range is unmapped.
 * Reads start at 256 bytes and double: most strings (paths, names) end
 * within the first, and copying the rest of a page would be wasted work. */
long umovestr(int pid, unsigned long addr, char *buf, size_t len)
{
	size_t got = 0, want = 256;

	if (!addr)
		return -1;
	while (got < len) {
		size_t chunk = 4096 - ((addr + got) & 4095);
		if (chunk >= want) {
			chunk = want;
			want *= 2;
		}
		if (chunk > len - got)
			chunk = len - got;
		if (umove_data(pid, addr + got, buf + got, chunk) < 0) {
			/* byte by byte up to the fault: the NUL may come first */
			for (size_t w = 0; w < chunk; w++) {
				if (peek(pid, addr + got + w, buf + got + w, 1) < 0)
					return -1;
				if (!buf[got + w])
					return (long)(got + w);
			}
		}
		char *nul = memchr(buf + got, 0, chunk);
		if (nul)
			return nul - buf;
		got += chunk;
	}
	return (long)len;
}
