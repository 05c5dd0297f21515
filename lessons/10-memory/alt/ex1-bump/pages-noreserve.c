/* Exercise 1 another way: the heap grows by 128 KiB steps kept page-aligned; big blocks are mapped with MAP_NORESERVE added. */
#include "sg.h"

static char *cur, *lim;

void *bump(size_t n)
{
	if (!n)
		return NULL;
	if (n > 65535) {
		long m = sys_mmap(NULL, (n + 4095) & ~4095UL, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		return sys_failed(m) ? NULL : (void *)m;
	}
	if (!lim) {
		cur = lim = (char *)sys_brk(NULL);
	}
	char *p = cur + ((16 - ((unsigned long)cur & 15)) & 15);
	while (p + n > lim) {
		char *want = (char *)(((unsigned long)lim + (128 << 10)) & ~4095UL);
		char *got = (char *)sys_brk(want);
		if (got != want)
			return NULL;
		lim = got;
	}
	cur = p + n;
	return p;
}
