/* src/trace/nolibc/sys/ioctl.h — libc's <sys/ioctl.h> as the UAPI headers
 * use it: the _IO* macros (see nolibc/sys/time.h) */
#ifndef SG_NOLIBC_SYS_IOCTL_H
#define SG_NOLIBC_SYS_IOCTL_H
#include <linux/ioctl.h>
#endif
