/* Exercise 2: from the kernel's convention to C's.
 *
 * The kernel returns a result >= 0, or -errno in -4095..-1. C's convention
 * (libc's syscall(2), and every libc wrapper) returns -1 and stores the
 * positive number in the global `errno`. Anything else passes through
 * unchanged — including -4096 and below, which are valid results (mmap
 * addresses near the top of memory read as negative numbers).
 *
 * Goal: the driver (given/ex2-errno.c) prints
 *   raw -2 -> -1, errno 2
 *   raw 0 -> 0, errno 0
 *   raw -9 -> -1, errno 9
 *   raw 7 -> 7, errno 0
 *   raw -4095 -> -1, errno 4095
 *   raw -4096 -> -4096, errno 0
 */
#include "sg.h"

long to_c_convention(long r);

long to_c_convention(long r)
{
	if (r < 0) {		/* TODO: two bugs on these two lines */
		errno = (int)r;
		return -1;
	}
	return r;
}
