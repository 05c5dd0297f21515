/* src/trace/nolibc/sys/types.h — libc's <sys/types.h> as the UAPI headers
 * use it: the __u32 family (see nolibc/sys/time.h) */
#ifndef SG_NOLIBC_SYS_TYPES_H
#define SG_NOLIBC_SYS_TYPES_H
#include <linux/types.h>
#endif
