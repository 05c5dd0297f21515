/* stub */
#include "ioctl.h"

int ioctl_misc(struct tcb *t, unsigned req, unsigned long arg)
{
	return IOC_NUM;
}
