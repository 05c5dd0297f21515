/* every-negative: "every negative rax is an error": wrong for -4096 and below, which are results (on 32-bit ABIs, or F_GETOWN's -pgid). */
#include "sg.h"

long to_c_convention(long r);

long to_c_convention(long r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
