/* brk-every-call: a correct heap, but one brk per allocation, byte-exact; the kernel is asked hundreds of times where a few calls would do. */
#include "sg.h"

static unsigned long end;

void *bump(size_t n)
{
	if (n == 0)
		return NULL;
	if (n >= 65536) {
		long m = sys_mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		return sys_failed(m) ? NULL : (void *)m;
	}
	if (end == 0)
		end = (unsigned long)sys_brk(NULL);
	unsigned long p = (end + 15) & ~15UL;
	unsigned long got = (unsigned long)sys_brk((void *)(p + n));
	if (got < p + n)
		return NULL;
	end = got;
	return (void *)p;
}
