/* wrong-edge: never rounds up to 16 bytes, so a block after an odd size is misaligned; sizes 1, 15, 17 must catch it. */
#include "sg.h"

static unsigned long next, end;

void *bump(size_t n)
{
	if (n == 0)
		return NULL;
	if (n >= 65536) {
		long m = sys_mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		return sys_failed(m) ? NULL : (void *)m;
	}
	if (end == 0)
		next = end = (unsigned long)sys_brk(NULL);
	if (next + n > end)
		end = (unsigned long)sys_brk((void *)(end + 65536 * ((n + 65535) / 65536)));
	void *p = (void *)next;
	next += n;
	return p;
}
