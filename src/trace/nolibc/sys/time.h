/* src/trace/nolibc/sys/time.h — what <linux/input.h> and
 * <linux/videodev2.h> take from libc's <sys/time.h>: struct timeval, which
 * the kernel's own <linux/time.h> lays out. Only the decoders that include
 * those headers see this directory (the Makefile's TRACE_NOLIBC), so nothing
 * of libc is compiled into bin/trace. */
#ifndef SG_NOLIBC_SYS_TIME_H
#define SG_NOLIBC_SYS_TIME_H
#include <linux/time.h>
#endif
