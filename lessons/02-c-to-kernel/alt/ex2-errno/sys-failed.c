/* Another right answer: the header's sys_failed(), the same unsigned test, inlined. */
#include "sg.h"

long to_c_convention(long r);

long to_c_convention(long r)
{
	if (sys_failed(r)) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
