/* src/trace/ioctl.c — ioctl request names: every _IO/_IOR/_IOW/_IOWR request
 * of the UAPI headers, found and evaluated at build time by
 * src/gen/ioctls.sh into build/gen/ioctlent.h (sorted by number). */
#include "trace.h"

struct ioctlent { unsigned code; const char *name; };
static const struct ioctlent ioctlent[] = {
#include "ioctlent.h"
};
#define NIOCTL (sizeof ioctlent / sizeof ioctlent[0])

/* The request's name; names that share its number follow, " or " between
 * them, as strace prints them. 0 if no header names it. */
int pr_ioctl_name(unsigned req)
{
	size_t lo = 0, hi = NIOCTL;

	while (lo < hi) {	/* the first entry >= req */
		size_t mid = lo + (hi - lo) / 2;
		if (ioctlent[mid].code < req)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == NIOCTL || ioctlent[lo].code != req)
		return 0;
	prs(ioctlent[lo].name);
	while (++lo < NIOCTL && ioctlent[lo].code == req)
		pr(" or %s", ioctlent[lo].name);
	return 1;
}
