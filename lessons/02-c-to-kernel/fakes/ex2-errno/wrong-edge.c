/* wrong-edge: treats every negative value except -4096 as an error; -4097 and below are results too. */
#include "sg.h"

long to_c_convention(long r);

long to_c_convention(long r)
{
	if (r < 0 && r != -4096) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
