/* wrong-edge: never checks what mmap returned, so a size the kernel refuses (a huge n) comes back as a pointer made of -ENOMEM instead of NULL; the driver asks for sizes no machine can give. */
#include "sg.h"

static unsigned long next, end;

void *bump(size_t n)
{
	if (n == 0)
		return NULL;
	if (n >= 65536)
		return (void *)sys_mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (end == 0)
		next = end = (unsigned long)sys_brk(NULL);
	unsigned long p = (next + 15) & ~15UL;
	if (p + n > end) {
		unsigned long want = (p + n - end + 65535) / 65536 * 65536;
		end = (unsigned long)sys_brk((void *)(end + want));
	}
	next = p + n;
	return (void *)p;
}
