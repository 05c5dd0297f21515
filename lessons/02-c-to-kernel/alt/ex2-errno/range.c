/* Another right answer: the range spelled as two comparisons. */
#include "sg.h"

long to_c_convention(long r);

long to_c_convention(long r)
{
	if (r >= -4095 && r <= -1) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
