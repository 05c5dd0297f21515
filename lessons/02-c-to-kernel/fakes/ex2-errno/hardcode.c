/* hardcode: answers the six values of the starter's driver one by one, and nothing else. */
#include "sg.h"

long to_c_convention(long r);

long to_c_convention(long r)
{
	switch (r) {
	case -2: errno = 2; return -1;
	case -9: errno = 9; return -1;
	case -4095: errno = 4095; return -1;
	default: return r;
	}
}
