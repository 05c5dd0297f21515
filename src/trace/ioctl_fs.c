/* stub */
#include "ioctl.h"

int ioctl_fs(struct tcb *t, unsigned req, unsigned long arg)
{
	return IOC_NUM;
}
