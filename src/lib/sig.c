/* src/lib/sig.c — signal handlers the x86-64 way, and signal names.
 *
 * The kernel's struct sigaction (not glibc's, whose mask is 128 bytes):
 *
 *   offset 0   sa_handler    void (*)(int)
 *          8   sa_flags      unsigned long   (SA_RESTORER is set here)
 *         16   sa_restorer   void (*)(void)  -> sg_restore_rt
 *         24   sa_mask       8 bytes: one bit per signal 1..64
 *
 * rt_sigaction's fourth argument is sizeof(sa_mask) = 8; anything else is
 * EINVAL. Being the fourth argument, it travels in r10.
 */
#include "sg.h"

long sig_action(int sig, __sighandler_t handler, unsigned long flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sa.sa_flags = flags | SA_RESTORER;
	sa.sa_restorer = sg_restore_rt;
	return sys_rt_sigaction(sig, &sa, NULL, sizeof sa.sa_mask);
}

static const char *const signames[32] = {
#include "sigtab.h"
};

const char *sig_name(int sig)
{
	return sig > 0 && sig < 32 ? signames[sig] : NULL;
}
