/* tests/rt/trace-netlink.c — raw netlink traffic for bin/trace to decode as
 * strace 6.1 does (tests/trace-netlink.bats). Sockets are bound to fixed
 * port ids, so that the kernel's replies carry the same nlmsg_pid in both
 * runs; messages the kernel must not act on (NEW/DEL kinds, odd lengths,
 * attributes) go to a second socket of ours, not to the kernel.
 *   trace-netlink route   NETLINK_ROUTE: lo's link and addresses, errors
 *   trace-netlink diag    NETLINK_SOCK_DIAG requests
 *   trace-netlink other   a message to other protocols' sockets
 */
#include "sg.h"
#include "net.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_addr.h>
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>
#include <linux/unix_diag.h>
#include <linux/xfrm.h>
#include <asm/unistd.h>

#define AF_NETLINK 16		/* address_families(7) */
#define SOCK_RAW 3
#define SOL_NETLINK 270
#define PORT_A 0x7e570001u	/* our port ids: no process has these */
#define PORT_B 0x7e570002u

/* struct msghdr as the kernel reads it (libc's; not in UAPI) */
struct msghdr {
	void *msg_name;
	int msg_namelen;
	struct iovec *msg_iov;
	unsigned long msg_iovlen;
	void *msg_control;
	unsigned long msg_controllen;
	int msg_flags;
};

static unsigned char buf[8192];
static unsigned char in[8192];

static int nl_socket(int proto, unsigned port)
{
	struct sockaddr_nl a = { .nl_family = AF_NETLINK, .nl_pid = port };
	int s = (int)sys_socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);
	if (s >= 0 && port)
		sys_bind(s, &a, sizeof a);
	return s;
}

/* a message in buf: header, then `n` bytes of body; returns its length */
static unsigned msg(unsigned off, unsigned type, unsigned flags, unsigned seq,
		    const void *body, unsigned n)
{
	struct nlmsghdr h = { NLMSG_HDRLEN + n, (uint16_t)type, (uint16_t)flags, seq, 0 };
	memcpy(buf + off, &h, sizeof h);
	memcpy(buf + off + NLMSG_HDRLEN, body, n);
	return NLMSG_ALIGN(h.nlmsg_len);
}

/* an attribute at p: returns its aligned length */
static unsigned attr(unsigned char *p, unsigned type, const void *data, unsigned n)
{
	struct nlattr a = { (uint16_t)(NLA_HDRLEN + n), (uint16_t)type };
	memcpy(p, &a, sizeof a);
	memcpy(p + NLA_HDRLEN, data, n);
	return NLA_ALIGN(a.nla_len);
}

static void to_kernel(int s, unsigned len)
{
	struct sockaddr_nl k = { .nl_family = AF_NETLINK };
	sys_sendto(s, buf, len, 0, &k, sizeof k);
}

static void to_port(int s, unsigned port, unsigned len)
{
	struct sockaddr_nl k = { .nl_family = AF_NETLINK, .nl_pid = port };
	sys_sendto(s, buf, len, 0, &k, sizeof k);
}

static void route(void)
{
	struct ifinfomsg ifi = { .ifi_index = 1 };	/* lo */
	int one = 1;

	/* not bound yet: no dump knows its protocol, the names are generic */
	int u = nl_socket(NETLINK_ROUTE, 0);
	to_kernel(u, msg(0, RTM_GETLINK, NLM_F_REQUEST, 1, &ifi, sizeof ifi));
	sys_close(u);

	int s = nl_socket(NETLINK_ROUTE, PORT_A), b = nl_socket(NETLINK_ROUTE, PORT_B);
	/* lo's link: one message, its attributes (cut with -s) */
	to_kernel(s, msg(0, RTM_GETLINK, NLM_F_REQUEST, 2, &ifi, sizeof ifi));
	sys_recvfrom(s, in, sizeof in, 0, NULL, NULL);
	/* ... into a buffer too small for it: the message is cut short */
	to_kernel(s, msg(0, RTM_GETLINK, NLM_F_REQUEST, 3, &ifi, sizeof ifi));
	sys_recvfrom(s, in, 40, 0, NULL, NULL);
	/* lo's IPv4 addresses (strict checking keeps the dump to lo), then DONE */
	sys_setsockopt(s, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof one);
	struct ifaddrmsg ifa = { .ifa_family = 2, .ifa_index = 1 };
	to_kernel(s, msg(0, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 4, &ifa, sizeof ifa));
	struct sockaddr_nl from;
	struct iovec v = { in, sizeof in };
	struct msghdr mh = { &from, sizeof from, &v, 1, NULL, 0, 0 };
	sys_syscall6(__NR_recvmsg, s, (long)&mh, 0, 0, 0, 0);
	mh.msg_namelen = sizeof from;
	sys_syscall6(__NR_recvmsg, s, (long)&mh, 0, 0, 0, 0);
	/* a dump request the strict check refuses: NLMSG_ERROR, -EINVAL, the
	 * request back and the extended ack's text */
	ifa.ifa_prefixlen = 1;
	to_kernel(s, msg(0, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 5, &ifa, sizeof ifa));
	sys_recvfrom(s, in, sizeof in, 0, NULL, NULL);
	/* the same with NETLINK_CAP_ACK: only the request's header comes back */
	sys_setsockopt(s, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one);
	to_kernel(s, msg(0, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 6, &ifa, sizeof ifa));
	sys_recvfrom(s, in, sizeof in, 0, NULL, NULL);

	/* to our other socket: NEW and DEL flags, attributes, odd lengths */
	unsigned char body[256];
	unsigned n = sizeof ifi;
	memcpy(body, &ifi, n);
	n += attr(body + n, IFLA_IFNAME, "dummy0", 7);
	uint32_t mtu = 1400;
	n += attr(body + n, IFLA_MTU, &mtu, 4);
	n += attr(body + n, IFLA_IFNAME, "noterm", 6);	/* no NUL */
	n += attr(body + n, IFLA_ADDRESS, "\x02\x00\x00\x00\x00\x01", 6);
	n += attr(body + n, 0x7777 | NLA_F_NESTED, "", 0);
	n += attr(body + n, IFLA_OPERSTATE, "\x06", 1);
	n += attr(body + n, IFLA_MTU, "\x01", 1);		/* too short for a u32 */
	to_port(s, PORT_B, msg(0, RTM_NEWLINK,
			       NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, 7, body, n));
	sys_recvfrom(b, in, sizeof in, 0, NULL, NULL);
	to_port(s, PORT_B, msg(0, RTM_DELADDR, NLM_F_REQUEST | NLM_F_NONREC | 0x1000, 8, &ifa, sizeof ifa));
	struct rtmsg rt = { .rtm_family = 2, .rtm_dst_len = 8, .rtm_table = RT_TABLE_MAIN,
			    .rtm_protocol = RTPROT_STATIC, .rtm_type = RTN_UNICAST };
	n = sizeof rt;
	memcpy(body, &rt, n);
	n += attr(body + n, RTA_DST, "\x7f\x00\x00\x00", 4);
	uint32_t oif = 1, table = RT_TABLE_MAIN;
	n += attr(body + n, RTA_OIF, &oif, 4);
	n += attr(body + n, RTA_TABLE, &table, 4);
	to_port(s, PORT_B, msg(0, RTM_NEWROUTE, NLM_F_REQUEST | NLM_F_REPLACE | NLM_F_APPEND, 9, body, n));
	/* two messages, then a third too short for a header */
	unsigned len = msg(0, RTM_GETROUTE, NLM_F_REQUEST | NLM_F_ROOT | NLM_F_ATOMIC, 10, &rt, sizeof rt);
	len += msg(len, NLMSG_DONE, NLM_F_MULTI, 11, &one, sizeof one);
	memcpy(buf + len, "\x05\x00\x00\x00\x01\x00", 6);
	to_port(s, PORT_B, len + 6);
	/* a header that says less than 16 bytes; a payload shorter than its struct */
	to_port(s, PORT_B, msg(0, NLMSG_NOOP, 0, 12, "", 0) - 8);
	to_port(s, PORT_B, msg(0, RTM_GETNEIGH, NLM_F_REQUEST, 13, "\x0a\x00", 2));
	to_port(s, PORT_B, msg(0, 0x3ff, NLM_F_ECHO, 14, "\x02", 1));
	/* sendmsg with no name: strace shows the bytes; with an AF_NETLINK name: messages */
	unsigned m1 = msg(0, RTM_GETLINK, NLM_F_REQUEST, 15, &ifi, sizeof ifi);
	v.iov_base = buf;
	v.iov_len = m1;
	struct msghdr sm = { NULL, 0, &v, 1, NULL, 0, 0 };
	sys_syscall6(__NR_sendmsg, s, (long)&sm, 0, 0, 0, 0);
	struct sockaddr_nl peer = { .nl_family = AF_NETLINK, .nl_pid = PORT_B };
	sm.msg_name = &peer;
	sm.msg_namelen = sizeof peer;
	sys_syscall6(__NR_sendmsg, s, (long)&sm, 0, 0, 0, 0);
	/* read and write: strace 6.1 shows them as bytes */
	sys_write(s, buf, m1);
	sys_read(b, in, sizeof in);
	sys_close(b);
	sys_close(s);
}

static void diag(void)
{
	int s = nl_socket(NETLINK_SOCK_DIAG, PORT_A), b = nl_socket(NETLINK_SOCK_DIAG, PORT_B);
	struct inet_diag_req_v2 r = { .sdiag_family = 2, .sdiag_protocol = 6,
				      .idiag_states = 1 << 10, .id = { .idiag_sport = 0x5000,
				      .idiag_if = 1, .idiag_cookie = { ~0u, ~0u } } };
	to_port(s, PORT_B, msg(0, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 1, &r, sizeof r));
	struct unix_diag_req u = { .sdiag_family = 1, .udiag_states = ~0u, .udiag_ino = 77,
				   .udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER,
				   .udiag_cookie = { 1, 2 } };
	to_port(s, PORT_B, msg(0, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 2, &u, sizeof u));
	to_port(s, PORT_B, msg(0, SOCK_DESTROY, NLM_F_REQUEST, 3, "\x02", 1));
	to_port(s, PORT_B, msg(0, 0x1234, NLM_F_REQUEST | NLM_F_MATCH, 4, "", 0));
	sys_close(b);
	sys_close(s);
}

static void other(void)
{
	int protos[] = { NETLINK_XFRM, NETLINK_GENERIC, NETLINK_NETFILTER, NETLINK_AUDIT,
			 NETLINK_USERSOCK };
	unsigned types[] = { XFRM_MSG_GETSA, 0x7fff, 1 << 8 | 1, 1000, 0x55 };
	for (unsigned i = 0; i < sizeof protos / sizeof protos[0]; i++) {
		int s = nl_socket(protos[i], PORT_A), b = nl_socket(protos[i], PORT_B);
		to_port(s, PORT_B, msg(0, types[i], NLM_F_REQUEST | NLM_F_DUMP, i, "\x01\x02", 2));
		to_port(s, PORT_B, msg(0, NLMSG_ERROR, NLM_F_CAPPED, i, "\xea\xff\xff\xff", 4));
		sys_close(b);
		sys_close(s);
	}
}

int main(int argc, char **argv, char **envp)
{
	const char *what = argc > 1 ? argv[1] : "route";

	if (!strcmp(what, "route"))
		route();
	else if (!strcmp(what, "diag"))
		diag();
	else
		other();
	return 0;
}
