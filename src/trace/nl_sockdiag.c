/* src/trace/nl_sockdiag.c — NETLINK_SOCK_DIAG's payloads (placeholder) */
#include "trace.h"
#include "netlink.h"

int nl_diag_payload(struct tcb *t, const struct nlmsghdr *h, unsigned long addr, unsigned len)
{
	return 0;
}
