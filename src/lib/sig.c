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

/* Signal names as GNU's tools print and read them (env --block-signal=...):
 * without "SIG"; real-time signals as glibc numbers them, RTMIN = 34 (the
 * kernel's 32 and 33 are kept by glibc's threads) up to RTMAX = 64, named
 * RTMIN+n in the lower half and RTMAX-n in the upper. */
#define GLIBC_RTMIN 34
#define GLIBC_RTMAX 64

int sig_abbrev(int sig, char buf[SIG_ABBREV_MAX])
{
	const char *n = sig_name(sig);

	if (sig == SIGPOLL)
		n = "SIGPOLL";	/* gnulib's table names 29 POLL before IO */
	if (n) {
		strlcpy(buf, n + 3, SIG_ABBREV_MAX);
		return 0;
	}
	if (sig < GLIBC_RTMIN || sig > GLIBC_RTMAX)
		return -1;
	if (sig == GLIBC_RTMIN)
		strlcpy(buf, "RTMIN", SIG_ABBREV_MAX);
	else if (sig == GLIBC_RTMAX)
		strlcpy(buf, "RTMAX", SIG_ABBREV_MAX);
	else if (sig <= (GLIBC_RTMIN + GLIBC_RTMAX) / 2)
		snprintf(buf, SIG_ABBREV_MAX, "RTMIN+%d", sig - GLIBC_RTMIN);
	else
		snprintf(buf, SIG_ABBREV_MAX, "RTMAX-%d", GLIBC_RTMAX - sig);
	return 0;
}

static bool same_nocase(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if ((*a | 0x20) != (*b | 0x20))
			return false;
	return *a == *b;
}

/* "[RTMIN|RTMAX][+-]N" tail: the decimal offset, or -1 */
static int rt_offset(const char *s, char sign)
{
	uint64_t v;

	if (!*s)
		return 0;
	if (*s != sign || s[1] < '0' || s[1] > '9' || parse_u64(s + 1, 10, &v) < 0 || v > GLIBC_RTMAX - GLIBC_RTMIN)
		return -1;
	return (int)v;
}

int sig_from_name(const char *s)
{
	/* the other names the kernel's and SysV's headers give the same numbers */
	static const struct { const char *name; int sig; } alias[] = {
		{ "IOT", SIGIOT }, { "IO", SIGIO }, { "POLL", SIGPOLL }, { "CLD", SIGCHLD },
	};
	uint64_t v;
	int k;

	if (*s >= '0' && *s <= '9') {
		if (parse_u64(s, 10, &v) < 0 || v == 0 || v > GLIBC_RTMAX || (v >= 32 && v < GLIBC_RTMIN))
			return -1;
		return (int)v;
	}
	if ((s[0] | 0x20) == 's' && (s[1] | 0x20) == 'i' && (s[2] | 0x20) == 'g')
		s += 3;
	for (int i = 1; i < 32; i++)
		if (sig_name(i) && same_nocase(s, sig_name(i) + 3))
			return i;
	for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
		if (same_nocase(s, alias[i].name))
			return alias[i].sig;
	char head[6];
	strlcpy(head, s, sizeof head);
	if (same_nocase(head, "RTMIN") && (k = rt_offset(s + 5, '+')) >= 0)
		return GLIBC_RTMIN + k;
	if (same_nocase(head, "RTMAX") && (k = rt_offset(s + 5, '-')) >= 0)
		return GLIBC_RTMAX - k;
	return -1;
}
