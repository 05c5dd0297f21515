/* include/sig.h — signal handlers with the x86-64 restorer, and signal names (src/lib/sig.c). */
#ifndef SG_SIG_H
#define SG_SIG_H

#include <linux/signal.h>

/* The trampoline in asm/restore.asm: handlers return into it. */
void sg_restore_rt(void);

/* Install handler (or SIG_DFL/SIG_IGN) for sig with SA_RESTORER added to
 * flags; returns 0 or -errno from rt_sigaction. */
long sig_action(int sig, __sighandler_t handler, unsigned long flags);

/* "SIGSEGV" for 11, NULL if not a standard signal (1..31). */
const char *sig_name(int sig);

/* GNU's short names ("HUP", "RTMIN+2", "RTMAX"; real-time signals as glibc
 * numbers them, 34..64): 0, or -1 if sig has none. */
#define SIG_ABBREV_MAX 12
int sig_abbrev(int sig, char buf[SIG_ABBREV_MAX]);
/* A signal named as GNU's tools read it: a number (1-31, 34-64), or a name
 * with or without "SIG" in any case, or RTMIN+n / RTMAX-n. -1 if invalid. */
int sig_from_name(const char *s);

#endif
