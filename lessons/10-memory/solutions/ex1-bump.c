/* Exercise 1 — a bump allocator on brk, then mmap (solution). */
#include "sg.h"

#define BIG  65536UL
#define STEP 65536UL

static unsigned long next, end;	/* the free part of the heap: [next, end) */

void *bump(size_t n)
{
	if (n == 0)
		return NULL;
	if (n >= BIG) {
		long m = sys_mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		return sys_failed(m) ? NULL : (void *)m;
	}
	if (end == 0)
		next = end = (unsigned long)sys_brk(NULL);
	unsigned long p = (next + 15) & ~15UL;
	if (p + n > end) {
		unsigned long want = (p + n - end + STEP - 1) / STEP * STEP;
		unsigned long got = (unsigned long)sys_brk((void *)(end + want));
		if (got < end + want)
			return NULL;	/* the kernel said no: the break did not move */
		end = got;
	}
	next = p + n;
	return (void *)p;
}
