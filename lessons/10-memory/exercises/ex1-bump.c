/* Exercise 1 — a bump allocator on brk, then mmap.
 *
 * bump(n) returns n bytes of fresh memory, 16-byte aligned, that nothing
 * else uses; memory is never given back (that is what "bump" means).
 *   - n == 0: return NULL.
 *   - n < 65536: carve it out of the heap: keep a pointer to the next free
 *     byte and the current break (brk(NULL) gives it at the start); when a
 *     block does not fit, move the break up with brk — by at least 64 KiB at
 *     a time, so that the kernel is asked rarely.
 *   - n >= 65536: give the block its own anonymous mmap.
 * The raw brk returns the new break, or the old one when it refuses.
 * Do not call malloc: the point is to be the allocator.
 */
#include "sg.h"

void *bump(size_t n)
{
	(void)n;
	return NULL;	/* TODO */
}
