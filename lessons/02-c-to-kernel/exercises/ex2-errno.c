/* Exercise 2: from the kernel's convention to C's.
 *
 * The kernel returns -errno in -4095..-1 for an error; any other value is
 * a result. C's convention (libc's syscall(2), and every libc wrapper)
 * returns -1 and stores the positive number in the global `errno`.
 * Anything else passes through unchanged — including -4096 and below:
 * results can be negative (fcntl(F_GETOWN) returns minus a process group;
 * on 32-bit ABIs an address above 2 GiB is negative as an int). On x86-64
 * mmap never returns one: user space ends below 2^47 (2^56 with 5-level
 * paging).
 *
 * Goal: the driver (given/ex2-errno.c) prints, among others,
 *   raw -2 -> -1, errno 2
 *   raw 0 -> 0, errno 0
 *   raw -9 -> -1, errno 9
 *   raw 7 -> 7, errno 0
 *   raw -4095 -> -1, errno 4095
 *   raw -4096 -> -4096, errno 0
 * and the grader adds values drawn at random.
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
