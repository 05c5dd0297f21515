/* src/lib/alloc.c — malloc on mmap, in two sizes of idea.
 *
 *  small (up to 64 KiB with its header): rounded up to a power of two, one
 *     free list per size. New blocks are cut from 1 MiB arenas taken from
 *     mmap; a freed block goes on its list and is reused, never returned.
 *  large: a mapping of its own, returned to the kernel by munmap and grown
 *     by mremap (the kernel moves page tables, not bytes).
 *
 * Every block starts with a 16-byte header (keeps the user part 16-byte
 * aligned, as malloc's contract demands) that records its size class or
 * mapping length. Not thread-safe: the one thread sysgate starts (ls -l on
 * a big directory) only calls newfstatat.
 */
#include "sg.h"

#define HDR 16
#define MIN_SHIFT 5			/* smallest block 32 bytes, header included */
#define MAX_SHIFT 16			/* largest small block 64 KiB */
#define ARENA (1UL << 20)

struct hdr {
	size_t size;	/* small: block size (power of two); large: mapping length | 1 */
	size_t pad;
};

static void *free_list[MAX_SHIFT + 1];
static char *arena_next, *arena_end;

static void *map(size_t len)
{
	long r = sys_mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return sys_failed(r) ? NULL : (void *)r;
}

static size_t page_round(size_t n)
{
	return (n + 4095) & ~(size_t)4095;
}

void *malloc(size_t n)
{
	struct hdr *h;
	int shift = MIN_SHIFT;

	if (n > ((size_t)1 << 62))
		return NULL;
	if (n + HDR > (1UL << MAX_SHIFT)) {
		size_t len = page_round(n + HDR);
		if (!(h = map(len)))
			return NULL;
		h->size = len | 1;
		return (char *)h + HDR;
	}
	while ((1UL << shift) < n + HDR)
		shift++;
	if ((h = free_list[shift])) {
		free_list[shift] = *(void **)((char *)h + HDR);
	} else {
		size_t sz = 1UL << shift;
		if ((size_t)(arena_end - arena_next) < sz) {
			/* the tail of the old arena is abandoned: at most 64 KiB */
			if (!(arena_next = map(ARENA)))
				return NULL;
			arena_end = arena_next + ARENA;
		}
		h = (struct hdr *)arena_next;
		arena_next += sz;
	}
	h->size = 1UL << shift;
	return (char *)h + HDR;
}

void free(void *p)
{
	if (!p)
		return;
	struct hdr *h = (struct hdr *)((char *)p - HDR);
	if (h->size & 1) {
		sys_munmap(h, h->size & ~(size_t)1);
		return;
	}
	int shift = __builtin_ctzl(h->size);
	*(void **)p = free_list[shift];
	free_list[shift] = h;
}

void *calloc(size_t count, size_t size)
{
	size_t n;

	if (__builtin_mul_overflow(count, size, &n))
		return NULL;
	void *p = malloc(n);
	if (p)
		memset(p, 0, n);	/* a fresh mapping is already zero, a reused block not */
	return p;
}

void *realloc(void *p, size_t n)
{
	if (!p)
		return malloc(n);
	struct hdr *h = (struct hdr *)((char *)p - HDR);
	size_t have = (h->size & ~(size_t)1) - HDR;

	if (n <= have)
		return p;
	if ((h->size & 1) && n + HDR > (1UL << MAX_SHIFT)) {
		size_t len = page_round(n + HDR);
		long r = sys_mremap(h, h->size & ~(size_t)1, len, MREMAP_MAYMOVE, NULL);
		if (sys_failed(r))
			return NULL;
		h = (struct hdr *)r;
		h->size = len | 1;
		return (char *)h + HDR;
	}
	void *q = malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, have);
	free(p);
	return q;
}
