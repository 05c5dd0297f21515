/* src/trace/ioctl.c — ioctl request names: every _IO/_IOR/_IOW/_IOWR request
 * of the UAPI headers, found and evaluated at build time by
 * src/gen/ioctls.sh into build/gen/ioctlent.h (sorted by number). */
#include "trace.h"

struct ioctlent { unsigned code; const char *name; };
static const struct ioctlent ioctlent[] = {
#include "ioctlent.h"
};
#define NIOCTL (sizeof ioctlent / sizeof ioctlent[0])

/* the first entry for req, or NIOCTL */
static size_t ioctl_find(unsigned req)
{
	size_t lo = 0, hi = NIOCTL;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ioctlent[mid].code < req)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < NIOCTL && ioctlent[lo].code == req ? lo : NIOCTL;
}

int ioctl_named(unsigned req)
{
	return ioctl_find(req) != NIOCTL;
}

/* The request's name; names that share its number follow, " or " between
 * them, as strace prints them. 0 if no header names it. */
int pr_ioctl_name(unsigned req)
{
	size_t lo = ioctl_find(req);

	if (lo == NIOCTL)
		return 0;
	prs(ioctlent[lo].name);
	while (++lo < NIOCTL && ioctlent[lo].code == req)
		pr(" or %s", ioctlent[lo].name);
	return 1;
}
