/* Exercise 3 — read a file through mmap instead of read.
 *
 * count_lines(path): the number of '\n' bytes in the file, as `wc -l`
 * counts them, found by mapping the file (open, fstat for its size, mmap
 * PROT_READ, then plain memory reads) — no read, pread or readv on it.
 * Unmap and close before returning. Return -errno when open fails.
 * Mind the edges: a file of 0 bytes cannot be mapped (mmap says EINVAL)
 * but has 0 lines; a size that is not a whole number of pages is fine.
 */
#include "sg.h"

long count_lines(const char *path)
{
	(void)path;
	return -ENOSYS;	/* TODO */
}
