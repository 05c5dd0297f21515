/* include/sysclass.h — x86-64 syscall names and strace's classes (src/lib/sysclass.c). */
#ifndef SG_SYSCLASS_H
#define SG_SYSCLASS_H

#define SYS_NMAX 1024	/* numbers 0..1023: every x86-64 call (x32's carry 0x40000000) */

/* "openat" for 257; NULL for a number without a name. */
const char *sys_name(int nr);
/* 257 for "openat"; -1 for a name the kernel headers do not have. */
int sys_number(const char *name);
/* ITEM is a class ("%file", "%network", or a bare "file" where strace takes
 * one): set[nr] = val for each of its calls (set has SYS_NMAX entries) and
 * return 1; return 0 when ITEM is no class. */
int sysclass_mark(const char *item, unsigned char *set, int val);

#endif
