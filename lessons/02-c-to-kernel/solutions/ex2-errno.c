/* Exercise 2, solution: only -4095..-1 are errors, and errno is positive. */
#include "sg.h"

long to_c_convention(long r);

long to_c_convention(long r)
{
	if ((unsigned long)r > -4096UL) {	/* -4095..-1, as sys_failed() */
		errno = (int)-r;
		return -1;
	}
	return r;
}
