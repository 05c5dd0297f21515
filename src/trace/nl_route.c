/* src/trace/nl_route.c — NETLINK_ROUTE's payloads (placeholder) */
#include "trace.h"
#include "netlink.h"

int nl_route_payload(struct tcb *t, const struct nlmsghdr *h, unsigned long addr, unsigned len)
{
	return 0;
}
