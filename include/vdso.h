/* include/vdso.h — the vDSO: kernel code mapped into every process (src/lib/vdso.c).
 *
 * clock_gettime through the vDSO reads the time without entering the kernel,
 * so it does not show under strace. qemu-user provides no vDSO
 * (AT_SYSINFO_EHDR is absent); then these fall back to the real syscall.
 */
#ifndef SG_VDSO_H
#define SG_VDSO_H

#include <linux/time.h>

/* Address of a function the vDSO exports ("__vdso_clock_gettime"), or NULL. */
void *vdso_sym(const char *name);
/* clock_gettime through the vDSO when there is one; returns 0 or -errno. */
long clock_gettime(int clock, struct timespec *tp);

#endif
