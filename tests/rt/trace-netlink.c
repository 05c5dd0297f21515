/* tests/rt/trace-netlink.c — raw netlink traffic for bin/trace to decode as
 * strace 6.1 does (tests/trace-netlink.bats). Sockets are bound to fixed
 * port ids, so that the kernel's replies carry the same nlmsg_pid in both
 * runs; messages the kernel must not act on (NEW/DEL kinds, odd lengths,
 * attributes) go to a second socket of ours, not to the kernel.
 *   trace-netlink route   NETLINK_ROUTE: lo's link and addresses, errors
 *   trace-netlink diag    NETLINK_SOCK_DIAG requests
 *   trace-netlink other   a message to other protocols' sockets
 *   trace-netlink payloads  NETLINK_NETFILTER's nfgenmsg and attributes,
 *                         NETLINK_SELINUX's two structs; generic, xfrm and
 *                         audit payloads, which strace 6.1 shows in hex
 *   trace-netlink diagreply  NETLINK_SOCK_DIAG replies: made up ones with
 *                         every attribute, and the kernel's own about this
 *                         program's sockets, read with recvmsg and sent
 *                         again to our other socket with what differs from
 *                         run to run (inodes, cookies, ports) set to fixed
 *                         values: compare with -e trace=!recvmsg
 *   trace-netlink rules   one message per output rule of strace 6.1's that
 *                         a test of its own once missed: NLMSG_ERROR's
 *                         request and extended ack, a NULL buffer,
 *                         nftables' res_id, libudev's uevents, the old
 *                         TCP/DCCP requests, the requests' bytecode
 */
#include "sg.h"
#include "net.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_addr.h>
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>
#include <linux/tcp.h>
#include <linux/tls.h>
#include <linux/unix_diag.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/smc_diag.h>
#include <linux/filter.h>
#include <linux/xfrm.h>
#include <linux/selinux_netlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/genetlink.h>
#include <linux/audit.h>
#include <asm/unistd.h>

#define AF_NETLINK 16		/* address_families(7) */
#define AF_PACKET 17
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

/* len bytes at p from s to the socket bound to port (0: the kernel) */
static void send_to(int s, unsigned port, const void *p, unsigned len)
{
	struct sockaddr_nl k = { .nl_family = AF_NETLINK, .nl_pid = port };
	sys_sendto(s, p, len, 0, &k, sizeof k);
}

/* one message, built in buf by msg(), sent so */
static void send_msg(int s, unsigned port, unsigned type, unsigned flags, unsigned seq,
		     const void *body, unsigned n)
{
	send_to(s, port, buf, msg(0, type, flags, seq, body, n));
}

static void route(void)
{
	struct ifinfomsg ifi = { .ifi_index = 1 };	/* lo */
	int one = 1;

	/* not bound yet: no dump knows its protocol, the names are generic */
	int u = nl_socket(NETLINK_ROUTE, 0);
	send_msg(u, 0, RTM_GETLINK, NLM_F_REQUEST, 1, &ifi, sizeof ifi);
	sys_close(u);

	int s = nl_socket(NETLINK_ROUTE, PORT_A), b = nl_socket(NETLINK_ROUTE, PORT_B);
	/* lo's link: one message, its attributes (cut with -s) */
	send_msg(s, 0, RTM_GETLINK, NLM_F_REQUEST, 2, &ifi, sizeof ifi);
	sys_recvfrom(s, in, sizeof in, 0, NULL, NULL);
	/* ... into a buffer too small for it: the message is cut short */
	send_msg(s, 0, RTM_GETLINK, NLM_F_REQUEST, 3, &ifi, sizeof ifi);
	sys_recvfrom(s, in, 40, 0, NULL, NULL);
	/* lo's IPv4 addresses (strict checking keeps the dump to lo), then DONE */
	sys_setsockopt(s, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof one);
	struct ifaddrmsg ifa = { .ifa_family = 2, .ifa_index = 1 };
	send_msg(s, 0, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 4, &ifa, sizeof ifa);
	struct sockaddr_nl from;
	struct iovec v = { in, sizeof in };
	struct msghdr mh = { &from, sizeof from, &v, 1, NULL, 0, 0 };
	sys_syscall6(__NR_recvmsg, s, (long)&mh, 0, 0, 0, 0);
	mh.msg_namelen = sizeof from;
	sys_syscall6(__NR_recvmsg, s, (long)&mh, 0, 0, 0, 0);
	/* a dump request the strict check refuses: NLMSG_ERROR, -EINVAL, the
	 * request back and the extended ack's text */
	ifa.ifa_prefixlen = 1;
	send_msg(s, 0, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 5, &ifa, sizeof ifa);
	sys_recvfrom(s, in, sizeof in, 0, NULL, NULL);
	/* the same with NETLINK_CAP_ACK: only the request's header comes back */
	sys_setsockopt(s, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one);
	send_msg(s, 0, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 6, &ifa, sizeof ifa);
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
	send_msg(s, PORT_B, RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, 7,
		 body, n);
	sys_recvfrom(b, in, sizeof in, 0, NULL, NULL);
	send_msg(s, PORT_B, RTM_DELADDR, NLM_F_REQUEST | NLM_F_NONREC | 0x1000, 8, &ifa, sizeof ifa);
	struct rtmsg rt = { .rtm_family = 2, .rtm_dst_len = 8, .rtm_table = RT_TABLE_MAIN,
			    .rtm_protocol = RTPROT_STATIC, .rtm_type = RTN_UNICAST };
	n = sizeof rt;
	memcpy(body, &rt, n);
	n += attr(body + n, RTA_DST, "\x7f\x00\x00\x00", 4);
	uint32_t oif = 1, table = RT_TABLE_MAIN;
	n += attr(body + n, RTA_OIF, &oif, 4);
	n += attr(body + n, RTA_TABLE, &table, 4);
	send_msg(s, PORT_B, RTM_NEWROUTE, NLM_F_REQUEST | NLM_F_REPLACE | NLM_F_APPEND, 9, body, n);
	/* two messages, then a third too short for a header */
	unsigned len = msg(0, RTM_GETROUTE, NLM_F_REQUEST | NLM_F_ROOT | NLM_F_ATOMIC, 10, &rt, sizeof rt);
	len += msg(len, NLMSG_DONE, NLM_F_MULTI, 11, &one, sizeof one);
	memcpy(buf + len, "\x05\x00\x00\x00\x01\x00", 6);
	send_to(s, PORT_B, buf, len + 6);
	/* a header that says less than 16 bytes; a payload shorter than its struct */
	send_to(s, PORT_B, buf, msg(0, NLMSG_NOOP, 0, 12, "", 0) - 8);
	send_msg(s, PORT_B, RTM_GETNEIGH, NLM_F_REQUEST, 13, "\x0a\x00", 2);
	send_msg(s, PORT_B, 0x3ff, NLM_F_ECHO, 14, "\x02", 1);
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
	send_msg(s, PORT_B, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 1, &r, sizeof r);
	struct unix_diag_req u = { .sdiag_family = 1, .udiag_states = ~0u, .udiag_ino = 77,
				   .udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER,
				   .udiag_cookie = { 1, 2 } };
	send_msg(s, PORT_B, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 2, &u, sizeof u);
	send_msg(s, PORT_B, SOCK_DESTROY, NLM_F_REQUEST, 3, "\x02", 1);
	send_msg(s, PORT_B, 0x1234, NLM_F_REQUEST | NLM_F_MATCH, 4, "", 0);
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
		send_msg(s, PORT_B, types[i], NLM_F_REQUEST | NLM_F_DUMP, i, "\x01\x02", 2);
		send_msg(s, PORT_B, NLMSG_ERROR, NLM_F_CAPPED, i, "\xea\xff\xff\xff", 4);
		sys_close(b);
		sys_close(s);
	}
	/* nlmsg_pid is a pid to strace: signed */
	int s = nl_socket(NETLINK_USERSOCK, PORT_A), b = nl_socket(NETLINK_USERSOCK, PORT_B);
	static const uint32_t pids[] = { 0xffffffffu, 0x80000000u, 0x7fffffffu };
	for (unsigned k = 0; k < 3; k++) {
		unsigned n = msg(0, 0x55, NLM_F_REQUEST, k, "", 0);
		memcpy(buf + 12, &pids[k], 4);	/* struct nlmsghdr's nlmsg_pid */
		send_to(s, PORT_B, buf, n);
	}
	sys_close(b);
	sys_close(s);
}

/* --- sock_diag replies ---------------------------------------------------- */

static unsigned blen;	/* the message being built in buf */

static void start(const void *m, unsigned n)
{
	memset(buf, 0, sizeof buf);
	memcpy(buf + NLMSG_HDRLEN, m, n);
	blen = NLMSG_HDRLEN + NLMSG_ALIGN(n);
}

static void add(unsigned type, const void *data, unsigned n)
{
	blen += attr(buf + blen, type, data, n);
}

/* buf as one message to our other socket: a reply, or with NLM_F_REQUEST
 * in flags a request */
static void reply_out(int s, unsigned flags)
{
	struct nlmsghdr h = { blen, SOCK_DIAG_BY_FAMILY, (uint16_t)flags, 7, 0 };
	memcpy(buf, &h, sizeof h);
	send_to(s, PORT_B, buf, blen);
}

/* a message of the family's struct alone (its first n bytes), no attributes */
static void struct_only(int s, const void *m, unsigned n, unsigned flags)
{
	start(m, n);
	reply_out(s, flags);
}

static void made_up_inet(int s)
{
	static const unsigned char pat[64] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
		16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
		37, 38, 39, 40, 41, 42, 43, 44 };
	struct inet_diag_msg m = { .idiag_family = 2, .idiag_state = 1, .idiag_timer = 2,
		.idiag_retrans = 3, .id = { .idiag_sport = 0x5000, .idiag_dport = 0x1,
		.idiag_src = { SG_LOOPBACK }, .idiag_dst = { 0x0200007f }, .idiag_if = 1,
		.idiag_cookie = { 5, 6 } }, .idiag_expires = 7, .idiag_rqueue = 8,
		.idiag_wqueue = 9, .idiag_uid = 1000, .idiag_inode = 12345 };
	struct inet_diag_meminfo mi = { 1, 2, 3, 4 };
	static const unsigned char u8s[] = { 0, 1, 2, 3, 4, 0xff };
	static const uint16_t opts[] = { 0xffff, 0, 0x100, 0x8000 };

	start(&m, sizeof m);
	add(INET_DIAG_MEMINFO, &mi, sizeof mi);
	add(INET_DIAG_MEMINFO, &mi, 8);			/* short: hex */
	add(INET_DIAG_SKMEMINFO, pat, 36);
	add(INET_DIAG_SKMEMINFO, pat, 44);		/* indexes past SK_MEMINFO_DROPS */
	add(INET_DIAG_SKMEMINFO, pat, 6);
	add(INET_DIAG_SKMEMINFO, pat, 3);
	for (unsigned i = 0; i < sizeof u8s; i++)
		add(INET_DIAG_SHUTDOWN, u8s + i, 1);
	add(INET_DIAG_SHUTDOWN, pat, 2);
	add(INET_DIAG_CONG, "cubic", 6);
	add(INET_DIAG_CONG, "cubic", 5);
	add(INET_DIAG_TOS, pat, 1);
	add(INET_DIAG_TOS, pat, 4);
	add(INET_DIAG_PROTOCOL, "\x06", 1);
	add(INET_DIAG_PROTOCOL, "\xfe", 1);
	add(INET_DIAG_PROTOCOL, "\x06\x00", 2);
	add(INET_DIAG_PROTOCOL, pat, 8);
	add(INET_DIAG_MARK, pat, 2);
	add(INET_DIAG_MARK, pat, 5);
	add(INET_DIAG_CLASS_ID, pat, 4);
	add(INET_DIAG_CGROUP_ID, pat, 4);
	add(INET_DIAG_CGROUP_ID, pat, 8);
	for (unsigned i = 0; i < 4; i++)
		add(INET_DIAG_SOCKOPT, opts + i, 2);
	add(INET_DIAG_SOCKOPT, opts, 1);
	add(INET_DIAG_SOCKOPT, pat, 3);
	add(INET_DIAG_INFO, pat, 16);
	add(NLA_F_NESTED | INET_DIAG_INFO, pat, 0);
	add(INET_DIAG_VEGASINFO, pat, 16);
	add(INET_DIAG_VEGASINFO, pat, 12);
	add(INET_DIAG_DCTCPINFO, pat, 16);
	add(INET_DIAG_BBRINFO, pat, 20);
	add(INET_DIAG_LOCALS, pat, 16);		/* SCTP's addresses: hex to strace */
	reply_out(s, 0);
	/* TCP MD5 keys: IPv4, IPv6, a family not known, a key too long */
	static struct tcp_diag_md5sig md5[4] = {
		{ .tcpm_family = 2, .tcpm_prefixlen = 32, .tcpm_keylen = 4,
		  .tcpm_addr = { SG_LOOPBACK }, .tcpm_key = "abcd" },
		{ .tcpm_family = 10, .tcpm_prefixlen = 128, .tcpm_keylen = 1,
		  .tcpm_addr = { 0, 0, 0, 0x01000000 }, .tcpm_key = "k" },
		{ .tcpm_family = 99, .tcpm_keylen = 0 },
		{ .tcpm_family = 2, .tcpm_keylen = 200 },
	};
	start(&m, sizeof m);
	add(INET_DIAG_MD5SIG, md5, sizeof md5);
	add(INET_DIAG_MD5SIG, md5, 50);
	reply_out(s, 0);
	/* an upper layer's state: TLS's attributes, nested (MPTCP's: not decoded) */
	unsigned char tls[256], ulp[320];
	unsigned tn = 0, un = 0;
	static const uint16_t vers[] = { TLS_1_2_VERSION, TLS_1_3_VERSION, 0x1234 };
	for (unsigned i = 0; i < 3; i++)
		tn += attr(tls + tn, TLS_INFO_VERSION, vers + i, 2);
	for (uint16_t c = 50; c <= 59; c++)
		tn += attr(tls + tn, TLS_INFO_CIPHER, &c, 2);
	for (uint16_t c = 0; c <= 5; c++)
		tn += attr(tls + tn, c & 1 ? TLS_INFO_TXCONF : TLS_INFO_RXCONF, &c, 2);
	tn += attr(tls + tn, TLS_INFO_ZC_RO_TX, "", 0);
	tn += attr(tls + tn, TLS_INFO_RX_NO_PAD, "", 0);
	tn += attr(tls + tn, TLS_INFO_VERSION, "", 1);
	tn += attr(tls + tn, TLS_INFO_ZC_RO_TX, "", 1);
	tn += attr(tls + tn, 9, "", 1);
	un += attr(ulp + un, INET_ULP_INFO_NAME, "tls", 4);
	un += attr(ulp + un, INET_ULP_INFO_TLS, tls, tn);
	un += attr(ulp + un, 7, "x", 1);
	start(&m, sizeof m);
	add(INET_DIAG_ULP_INFO, ulp, un);
	/* BPF socket storage: a map's id and value (of sizes strace shows as numbers or not) */
	unsigned char one[320], all[360];
	unsigned on = 0, an = 0;
	uint32_t id = 77;
	uint64_t zero = 0;
	on += attr(one + on, SK_DIAG_BPF_STORAGE_MAP_ID, &id, 4);
	on += attr(one + on, SK_DIAG_BPF_STORAGE_PAD, &zero, 8);
	for (unsigned k = 1; k <= 16; k++)
		on += attr(one + on, SK_DIAG_BPF_STORAGE_MAP_VALUE, "abcdefghijklmnop", k);
	on += attr(one + on, SK_DIAG_BPF_STORAGE_MAP_ID, &id, 2);
	on += attr(one + on, 9, &id, 2);
	an += attr(all + an, SK_DIAG_BPF_STORAGE, one, on);
	an += attr(all + an, 5, "x", 1);
	add(INET_DIAG_SK_BPF_STORAGES, all, an);
	add(0x77, pat, 4);
	reply_out(s, NLM_F_MULTI);
	/* IPv6: inet_pton's form; states unknown and new; cut short */
	m.idiag_family = 10;
	m.idiag_state = 0;
	start(&m, sizeof m);
	add(INET_DIAG_TCLASS, "\x01", 1);
	add(INET_DIAG_SKV6ONLY, "\x01", 1);
	reply_out(s, 0);
	m.idiag_family = 2;
	m.idiag_state = 12;
	struct_only(s, &m, sizeof m, NLM_F_MULTI);
	struct_only(s, &m, sizeof m - 4, 0);
	struct_only(s, &m, 1, 0);
	m.idiag_family = 44;				/* a family not decoded */
	struct_only(s, &m, 8, 0);
	m.idiag_family = 99;				/* nor named */
	struct_only(s, &m, 8, 0);
	/* requests: one not decoded (the same bytes), short ones, IPv6, every extension */
	struct_only(s, &m, 8, NLM_F_REQUEST);
	m.idiag_family = 2;
	struct_only(s, &m, 8, NLM_F_REQUEST);
	m.idiag_family = 1;
	struct_only(s, &m, 8, NLM_F_REQUEST);
	struct inet_diag_req_v2 r = { .sdiag_family = 10, .sdiag_protocol = 17, .idiag_ext = 0xff,
		.id = { .idiag_src = { 0, 0, 0, 0x01000000 }, .idiag_dst = { 0x80fe } } };
	struct_only(s, &r, sizeof r, NLM_F_REQUEST);
}

static void made_up_unix(int s)
{
	static const unsigned char pat[16] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
	struct unix_diag_msg m = { .udiag_family = 1, .udiag_type = 5, .udiag_state = 10,
				   .udiag_ino = 99, .udiag_cookie = { 1, 2 } };
	struct unix_diag_vfs v = { 1234, 0x803 };

	start(&m, sizeof m);
	add(UNIX_DIAG_NAME, "/tmp/x", 6);
	add(UNIX_DIAG_NAME, "\0abc", 4);
	add(UNIX_DIAG_NAME, "/tmp/x", 7);
	add(UNIX_DIAG_VFS, &v, sizeof v);
	v.udiag_vfs_dev = 0xfff12345;
	add(UNIX_DIAG_VFS, &v, sizeof v);
	add(UNIX_DIAG_VFS, &v, 4);
	add(UNIX_DIAG_PEER, pat, 4);
	add(UNIX_DIAG_PEER, pat, 2);
	add(UNIX_DIAG_ICONS, pat, 0);
	add(UNIX_DIAG_ICONS, pat, 4);
	add(UNIX_DIAG_ICONS, pat, 10);
	add(UNIX_DIAG_ICONS, pat, 16);
	add(UNIX_DIAG_RQLEN, pat, 8);
	add(UNIX_DIAG_RQLEN, pat, 12);
	add(UNIX_DIAG_RQLEN, pat, 4);
	add(UNIX_DIAG_MEMINFO, pat, 8);
	add(UNIX_DIAG_SHUTDOWN, "\x03", 1);
	add(UNIX_DIAG_UID, pat, 4);
	add(UNIX_DIAG_UID, pat, 8);
	add(0x66, pat, 3);
	reply_out(s, NLM_F_MULTI);
	m.udiag_type = 9;
	m.udiag_state = 0xee;
	struct_only(s, &m, sizeof m, 0);
	struct_only(s, &m, 4, 0);
}

static void made_up_netlink(int s)
{
	static const unsigned char pat[40] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
		16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36 };
	struct netlink_diag_msg m = { .ndiag_family = AF_NETLINK, .ndiag_type = SOCK_RAW,
		.ndiag_protocol = NETLINK_ROUTE, .ndiag_state = 7, .ndiag_portid = 1234,
		.ndiag_dst_portid = 5678, .ndiag_dst_group = 5, .ndiag_ino = 99, .ndiag_cookie = { 1, 2 } };
	uint64_t groups[2] = { 5, 0 };
	struct netlink_diag_ring r = { 4096, 8, 2048, 16 };
	static const uint32_t flags[] = { 0x3f, 0, 0x100, 0x101 };

	start(&m, sizeof m);
	add(NETLINK_DIAG_MEMINFO, pat, 36);
	add(NETLINK_DIAG_GROUPS, groups, sizeof groups);
	add(NETLINK_DIAG_GROUPS, groups, 4);
	add(NETLINK_DIAG_GROUPS, pat, 12);
	add(NETLINK_DIAG_RX_RING, &r, sizeof r);
	add(NETLINK_DIAG_TX_RING, &r, sizeof r - 4);
	for (unsigned i = 0; i < 4; i++)
		add(NETLINK_DIAG_FLAGS, flags + i, 4);
	add(0x55, pat, 2);
	reply_out(s, NLM_F_MULTI);
	/* each state, an unknown protocol and type; cut short */
	for (unsigned st = 0; st < 10; st++) {
		m.ndiag_state = (uint8_t)st;
		m.ndiag_protocol = st == 3 ? 99 : NETLINK_SOCK_DIAG;
		m.ndiag_type = st == 3 ? 0x77 : SOCK_DGRAM;
		struct_only(s, &m, sizeof m, 0);
	}
	struct_only(s, &m, 6, 0);
	/* requests */
	struct netlink_diag_req q = { .sdiag_family = AF_NETLINK, .sdiag_protocol = NETLINK_SOCK_DIAG,
		.ndiag_ino = 77, .ndiag_show = 0x1f, .ndiag_cookie = { 1, 2 } };
	struct_only(s, &q, sizeof q, NLM_F_REQUEST);
	q.sdiag_protocol = NDIAG_PROTO_ALL;
	q.ndiag_show = 0;
	struct_only(s, &q, sizeof q, NLM_F_REQUEST);
	q.sdiag_protocol = 99;
	q.ndiag_show = 0x100;
	struct_only(s, &q, sizeof q, NLM_F_REQUEST);
	struct_only(s, &q, 4, NLM_F_REQUEST);
}

static void made_up_packet(int s)
{
	static const unsigned char pat[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	struct packet_diag_msg m = { .pdiag_family = AF_PACKET, .pdiag_type = SOCK_RAW,
		.pdiag_num = 0x0300, .pdiag_ino = 4321, .pdiag_cookie = { 3, 4 } };
	struct packet_diag_info pi = { 1, 2, 3, 4, 5, 0x1f };
	struct packet_diag_mclist mc[2] = { { 1, 2, 1, 6, { 1, 2, 3, 4, 5, 6, 7, 8 } },
					    { 7777, 0, 2, 40, { 0 } } };
	struct packet_diag_ring pr = { 4096, 2, 4096, 2, 60, 8, 1 };
	uint32_t u = 0x12345;
	/* BPF_RET|BPF_K 0xffff, BPF_JMP|BPF_JEQ|BPF_K 3 */
	static const unsigned char filter[16] = { 0x06, 0, 0, 0, 0xff, 0xff, 0, 0,
						  0x15, 0, 1, 2, 3, 0, 0, 0 };

	start(&m, sizeof m);
	add(PACKET_DIAG_INFO, &pi, sizeof pi);
	pi.pdi_version = 9;
	pi.pdi_flags = 0x40;
	add(PACKET_DIAG_INFO, &pi, sizeof pi);
	pi.pdi_flags = 0x21;
	pi.pdi_version = 0;
	add(PACKET_DIAG_INFO, &pi, sizeof pi);
	add(PACKET_DIAG_INFO, &pi, 8);
	add(PACKET_DIAG_MCLIST, mc, sizeof mc);
	add(PACKET_DIAG_MCLIST, mc, sizeof mc[0] + 4);
	add(PACKET_DIAG_MCLIST, mc, 8);
	add(PACKET_DIAG_RX_RING, &pr, sizeof pr);
	add(PACKET_DIAG_TX_RING, &pr, 12);
	add(PACKET_DIAG_FANOUT, &u, 4);
	add(PACKET_DIAG_UID, &u, 4);
	add(PACKET_DIAG_MEMINFO, pat, 8);
	add(PACKET_DIAG_FILTER, filter, 4);
	add(PACKET_DIAG_FILTER, filter, 8);
	add(PACKET_DIAG_FILTER, filter, 16);
	add(PACKET_DIAG_FILTER, filter, 12);
	add(0x44, pat, 2);
	reply_out(s, NLM_F_MULTI);
	m.pdiag_num = 0x0008;
	m.pdiag_type = 10;
	struct_only(s, &m, sizeof m, 0);
	struct_only(s, &m, 4, 0);
	struct packet_diag_req q = { .sdiag_family = AF_PACKET, .sdiag_protocol = 3, .pdiag_ino = 55,
		.pdiag_show = 0x3f, .pdiag_cookie = { 3, 4 } };
	struct_only(s, &q, sizeof q, NLM_F_REQUEST);
	q.sdiag_protocol = 0;
	q.pdiag_show = 0x100;
	struct_only(s, &q, sizeof q, NLM_F_REQUEST);
	q.pdiag_show = 0x101;
	struct_only(s, &q, sizeof q, NLM_F_REQUEST);
	struct_only(s, &q, 3, NLM_F_REQUEST);
}

static unsigned long inode_of(int fd)
{
	struct stat st;
	return sys_fstat(fd, &st) < 0 ? 0 : st.st_ino;
}

/* the attributes of a reply in `in` at off (len bytes): every u32 of the
 * attributes of type `type` set to v */
static void attr_fill(unsigned char *p, unsigned len, unsigned type, uint32_t v)
{
	while (len >= NLA_HDRLEN) {
		struct nlattr a;
		memcpy(&a, p, sizeof a);
		if (a.nla_len < NLA_HDRLEN || a.nla_len > len)
			return;
		if ((a.nla_type & NLA_TYPE_MASK) == type)
			for (unsigned i = (unsigned)NLA_HDRLEN; i + 4 <= a.nla_len; i += 4)
				memcpy(p + i, &v, 4);
		if ((unsigned)NLA_ALIGN(a.nla_len) >= len)
			return;
		len -= NLA_ALIGN(a.nla_len);
		p += NLA_ALIGN(a.nla_len);
	}
}

/* a dump for one family: the kernel's replies read with recvmsg, this
 * program's sockets (inode at ino_off) kept, made the same from run to
 * run by fix(), and sent to our other socket */
static void dump_own(int s, const void *req, unsigned n, unsigned ino_off,
		     const unsigned long *inos, unsigned ninos,
		     void (*fix)(unsigned char *m, unsigned len))
{
	static unsigned char out[8192];
	unsigned olen = 0;
	int done = 0;

	send_msg(s, 0, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 20, req, n);
	while (!done) {
		struct iovec v = { in, sizeof in };
		struct msghdr mh = { NULL, 0, &v, 1, NULL, 0, 0 };
		long k = sys_syscall6(__NR_recvmsg, s, (long)&mh, 0, 0, 0, 0);
		unsigned char *p = in;
		if (k <= 0)
			break;
		while (k >= (long)NLMSG_HDRLEN) {
			struct nlmsghdr h;
			memcpy(&h, p, sizeof h);
			if (h.nlmsg_len < NLMSG_HDRLEN || h.nlmsg_len > (unsigned long)k ||
			    h.nlmsg_type == NLMSG_DONE || h.nlmsg_type == NLMSG_ERROR) {
				done = 1;
				break;
			}
			uint32_t ino;
			memcpy(&ino, p + NLMSG_HDRLEN + ino_off, 4);
			for (unsigned i = 0; i < ninos; i++)
				if (ino == inos[i] && olen + NLMSG_ALIGN(h.nlmsg_len) <= sizeof out) {
					memcpy(out + olen, p, h.nlmsg_len);
					fix(out + olen, h.nlmsg_len);
					olen += NLMSG_ALIGN(h.nlmsg_len);
				}
			if (NLMSG_ALIGN(h.nlmsg_len) >= (unsigned long)k)
				break;
			k -= NLMSG_ALIGN(h.nlmsg_len);
			p += NLMSG_ALIGN(h.nlmsg_len);
		}
	}
	send_to(s, PORT_B, out, olen);
}

/* what every family's reply holds that moves from run to run, made fixed:
 * the socket's inode and cookie (at these offsets in the family's struct:
 * the cookie's two halves become cookie and cookie + 1), and nlmsg_pid
 * (ours, fixed already by bind; kept the same anyway) */
static void fix_ids(unsigned char *p, unsigned ino_off, uint32_t ino, unsigned cookie_off,
		    uint32_t cookie)
{
	uint32_t c[2] = { cookie, cookie + 1 };
	memcpy(p + NLMSG_HDRLEN + ino_off, &ino, 4);
	memcpy(p + NLMSG_HDRLEN + cookie_off, c, 8);
	memset(p + 12, 0, 4);
}

/* TCP's: the ports too (the kernel picks the listener's) */
static void fix_inet(unsigned char *p, unsigned len)
{
	struct inet_diag_msg m;
	memcpy(&m, p + NLMSG_HDRLEN, sizeof m);
	m.id.idiag_sport = sg_htons(4242);
	m.id.idiag_dport = m.id.idiag_dport ? sg_htons(4343) : 0;
	memcpy(p + NLMSG_HDRLEN, &m, sizeof m);
	fix_ids(p, offsetof(struct inet_diag_msg, idiag_inode), 4242,
		offsetof(struct inet_diag_msg, id.idiag_cookie), 11);
}

/* unix: the listener's inode and the client's, and the peers' inodes in
 * the attributes */
static void fix_unix(unsigned char *p, unsigned len)
{
	struct unix_diag_msg m;
	memcpy(&m, p + NLMSG_HDRLEN, sizeof m);
	fix_ids(p, offsetof(struct unix_diag_msg, udiag_ino), m.udiag_state == 10 ? 5150 : 5151,
		offsetof(struct unix_diag_msg, udiag_cookie), 21);
	unsigned at = NLMSG_HDRLEN + NLMSG_ALIGN(sizeof m);
	attr_fill(p + at, len - at, UNIX_DIAG_PEER, 5152);
	attr_fill(p + at, len - at, UNIX_DIAG_ICONS, 5153);
}

static void fix_netlink(unsigned char *p, unsigned len)
{
	fix_ids(p, offsetof(struct netlink_diag_msg, ndiag_ino), 6160,
		offsetof(struct netlink_diag_msg, ndiag_cookie), 31);
}

static void fix_packet(unsigned char *p, unsigned len)
{
	fix_ids(p, offsetof(struct packet_diag_msg, pdiag_ino), 7170,
		offsetof(struct packet_diag_msg, pdiag_cookie), 41);
}

static void real_replies(int s)
{
	/* a TCP listener on 127.0.0.1, a port the kernel picks */
	int l = (int)sys_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr = { SG_LOOPBACK } };
	sys_bind(l, &a, sizeof a);
	sys_listen(l, 1);
	unsigned long ino = inode_of(l);
	/* every extension but INET_DIAG_INFO and VEGASINFO (timings, counters) */
	struct inet_diag_req_v2 r = { .sdiag_family = AF_INET, .sdiag_protocol = IPPROTO_TCP,
		.idiag_ext = 0xff & ~(1 << (INET_DIAG_INFO - 1) | 1 << (INET_DIAG_VEGASINFO - 1)),
		.idiag_states = 1 << 10 };
	dump_own(s, &r, sizeof r, offsetof(struct inet_diag_msg, idiag_inode), &ino, 1, fix_inet);

	/* an abstract unix listener, a client in its queue */
	int u = (int)sys_socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int c = (int)sys_socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_un un = { .sun_family = AF_UNIX, .sun_path = "\0sysgate-nldiag-test" };
	sys_bind(u, &un, 2 + 20);
	sys_listen(u, 4);
	sys_connect(c, &un, 2 + 20);
	unsigned long inos[2] = { inode_of(u), inode_of(c) };
	struct unix_diag_req ur = { .sdiag_family = AF_UNIX, .udiag_states = 1 << 10 | 1 << 1,
		.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_VFS | UDIAG_SHOW_PEER | UDIAG_SHOW_ICONS |
			      UDIAG_SHOW_RQLEN | UDIAG_SHOW_MEMINFO | UDIAG_SHOW_UID };
	dump_own(s, &ur, sizeof ur, offsetof(struct unix_diag_msg, udiag_ino), inos, 2, fix_unix);
	sys_close(c);
	sys_close(u);
	sys_close(l);

	/* a NETLINK_USERSOCK socket of ours with a fixed port id */
	int n = nl_socket(NETLINK_USERSOCK, PORT_A + 2);
	ino = inode_of(n);
	struct netlink_diag_req nr = { .sdiag_family = AF_NETLINK, .sdiag_protocol = NETLINK_USERSOCK,
		.ndiag_show = NDIAG_SHOW_MEMINFO | NDIAG_SHOW_GROUPS | NDIAG_SHOW_RING_CFG |
			      NDIAG_SHOW_FLAGS };
	dump_own(s, &nr, sizeof nr, offsetof(struct netlink_diag_msg, ndiag_ino), &ino, 1, fix_netlink);
	sys_close(n);

	/* a packet socket (root only) on an ethertype no frame here carries */
	int k = (int)sys_socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, sg_htons(0x88b5));
	ino = inode_of(k);
	struct packet_diag_req pr = { .sdiag_family = AF_PACKET, .pdiag_show = PACKET_SHOW_INFO |
		PACKET_SHOW_MCLIST | PACKET_SHOW_RING_CFG | PACKET_SHOW_FANOUT | PACKET_SHOW_MEMINFO |
		PACKET_SHOW_FILTER };
	dump_own(s, &pr, sizeof pr, offsetof(struct packet_diag_msg, pdiag_ino), &ino, 1, fix_packet);
	sys_close(k);
}

static void diagreply(void)
{
	int s = nl_socket(NETLINK_SOCK_DIAG, PORT_A), b = nl_socket(NETLINK_SOCK_DIAG, PORT_B);
	made_up_inet(s);
	made_up_unix(s);
	made_up_netlink(s);
	made_up_packet(s);
	real_replies(s);
	sys_close(b);
	sys_close(s);
}

/* one message of type `type` with body b (n bytes) to our other socket,
 * all with the same seq */
static void to_b(int s, unsigned type, unsigned flags, const void *b, unsigned n)
{
	send_msg(s, PORT_B, type, flags, 9, b, n);
}

static void payloads(void)
{
	unsigned char body[64];
	unsigned n;

	/* netfilter: the header, then attributes (no names in strace 6.1) or,
	 * after a batch's begin or end, bytes */
	int s = nl_socket(NETLINK_NETFILTER, PORT_A), b = nl_socket(NETLINK_NETFILTER, PORT_B);
	struct nfgenmsg g = { .nfgen_family = 2, .version = NFNETLINK_V0, .res_id = sg_htons(5) };
	static const unsigned types[] = { 1 << 8 | 1, 10 << 8 | 0, NFNL_MSG_BATCH_BEGIN, 0x30 << 8 | 7 };
	for (unsigned i = 0; i < sizeof types / sizeof types[0]; i++) {
		memcpy(body, &g, sizeof g);
		n = sizeof g;
		uint32_t v = 0x01020304;
		n += attr(body + n, 1, &v, 4);
		n += attr(body + n, 2 | NLA_F_NESTED, "ab", 2);
		to_b(s, types[i], NLM_F_REQUEST, body, n);
		to_b(s, types[i], 0, body, sizeof g);
	}
	g.nfgen_family = 99;
	g.version = 7;
	g.res_id = 0xffff;
	to_b(s, 1 << 8 | 2, NLM_F_REQUEST, &g, sizeof g);
	to_b(s, 1 << 8 | 2, NLM_F_REQUEST, &g, 3);
	memcpy(body, &g, sizeof g);
	memcpy(body + sizeof g, "\x05\x00\x01", 3);	/* shorter than an attribute */
	to_b(s, 1 << 8 | 2, NLM_F_REQUEST, body, sizeof g + 3);
	sys_close(b);
	sys_close(s);

	/* SELinux: setenforce's int, policyload's seqno, anything else in hex */
	s = nl_socket(NETLINK_SELINUX, PORT_A);
	b = nl_socket(NETLINK_SELINUX, PORT_B);
	int32_t val = -1;
	to_b(s, SELNL_MSG_SETENFORCE, 0, &val, 4);
	to_b(s, SELNL_MSG_SETENFORCE, 0, "\x01\x00\x00\x00\x09\x09", 6);
	to_b(s, SELNL_MSG_SETENFORCE, 0, "\x01\x00", 2);
	to_b(s, SELNL_MSG_POLICYLOAD, NLM_F_REQUEST, &val, 4);
	to_b(s, SELNL_MSG_POLICYLOAD, 0, "\x07", 1);
	to_b(s, 0x20, 0, &val, 4);
	sys_close(b);
	sys_close(s);

	/* generic (a genlmsghdr), xfrm, audit: bytes */
	static const int others[] = { NETLINK_GENERIC, NETLINK_XFRM, NETLINK_AUDIT };
	static const unsigned otypes[] = { GENL_ID_CTRL, XFRM_MSG_NEWSA, AUDIT_USER };
	for (unsigned i = 0; i < 3; i++) {
		s = nl_socket(others[i], PORT_A);
		b = nl_socket(others[i], PORT_B);
		to_b(s, otypes[i], NLM_F_REQUEST, "\x03\x01\x00\x00\x08\x00\x02\x00" "abc", 12);
		sys_close(b);
		sys_close(s);
	}
}


/* --- "rules" ----------------------------------------------------------------- */

static void rules_errors(void)
{
	int s = nl_socket(NETLINK_ROUTE, PORT_A), b = nl_socket(NETLINK_ROUTE, PORT_B);
	unsigned char body[64];
	struct nlmsgerr e = { -13, { 4, NLMSG_NOOP, NLM_F_REQUEST | NLM_F_DUMP, 42, 1234 } };

	/* the request's length under a header's: its header only, no attributes */
	to_b(s, NLMSG_ERROR, NLM_F_REQUEST, &e, sizeof e);
	/* an extended ack: [{error, msg}, attributes] */
	e.msg.nlmsg_len = NLMSG_HDRLEN;
	memcpy(body, &e, sizeof e);
	unsigned n = sizeof e + attr(body + sizeof e, NLMSGERR_ATTR_COOKIE, "\xab\xfe", 2);
	n += attr(body + n, NLMSGERR_ATTR_OFFS, "\x10\x00\x00\x00", 4);
	to_b(s, NLMSG_ERROR, NLM_F_REQUEST | NLM_F_CAPPED, body, n);
	to_b(s, NLMSG_ERROR, NLM_F_REQUEST, body, n);
	/* no buffer at all */
	struct sockaddr_nl k = { .nl_family = AF_NETLINK, .nl_pid = PORT_B };
	sys_sendto(s, NULL, 20, 0, &k, sizeof k);
	sys_close(b);
	sys_close(s);
}

static void rules_nftables(void)
{
	int s = nl_socket(NETLINK_NETFILTER, PORT_A), b = nl_socket(NETLINK_NETFILTER, PORT_B);
	struct nfgenmsg g = { .nfgen_family = 1, .version = NFNETLINK_V0, .res_id = NFNL_SUBSYS_NFTABLES };
	unsigned nft = NFNL_SUBSYS_NFTABLES << 8;

	to_b(s, nft, NLM_F_REQUEST, &g, sizeof g);		/* NFNL_SUBSYS_NFTABLES */
	g.res_id = sg_htons(NFNL_SUBSYS_NFTABLES);
	to_b(s, nft, NLM_F_REQUEST, &g, sizeof g);		/* htons(NFNL_SUBSYS_NFTABLES) */
	to_b(s, nft | 0xff, NLM_F_REQUEST, &g, sizeof g);
	to_b(s, NFNL_MSG_BATCH_BEGIN, NLM_F_REQUEST, &g, sizeof g);	/* htons(10) */
	to_b(s, 1 << 8, NLM_F_REQUEST, &g, sizeof g);		/* another subsystem's */
	sys_close(b);
	sys_close(s);
}

/* libudev's monitor header (systemd's; not in UAPI) */
struct udev_hdr {
	char prefix[8];
	uint32_t magic, header_size, properties_off, properties_len;
	uint32_t subsystem_hash, devtype_hash, bloom_hi, bloom_lo;
};

static void rules_uevent(void)
{
	int s = nl_socket(NETLINK_KOBJECT_UEVENT, PORT_A), b = nl_socket(NETLINK_KOBJECT_UEVENT, PORT_B);
	unsigned char m[64];
	struct udev_hdr h = { "libudev", 0xfecaedfe /* htonl(0xfeedcafe) */, 40, 40, 299,
			      0x02b370c3, 0x8010, 0x00040002, 0x8010 };

	memcpy(m, &h, sizeof h);
	memcpy(m + sizeof h, "ACTION=add", 10);
	send_to(s, PORT_B, m, sizeof h);
	send_to(s, PORT_B, m, sizeof h + 10);
	send_to(s, PORT_B, m, sizeof h - 1);
	memcpy(m, "change@", 7);	/* the kernel's own: a string */
	send_to(s, PORT_B, m, sizeof h);
	h.magic = 0;
	memcpy(m, &h, sizeof h);
	send_to(s, PORT_B, m, sizeof h);
	sys_close(b);
	sys_close(s);
}

static void rules_diag(void)
{
	int s = nl_socket(NETLINK_SOCK_DIAG, PORT_A), b = nl_socket(NETLINK_SOCK_DIAG, PORT_B);
	unsigned char body[256];
	unsigned n;

	/* the old TCP/DCCP requests: struct inet_diag_req */
	struct inet_diag_req r = { .idiag_family = 2, .idiag_ext = 1 << (INET_DIAG_TOS - 1),
				   .idiag_states = 1 << 9 /* TCP_LAST_ACK */, .idiag_dbs = 3 };
	r.id.idiag_src[0] = 0x0100007f;
	r.id.idiag_if = 1;
	memcpy(body, &r, sizeof r);
	n = sizeof r + attr(body + sizeof r, 4, "abcd", 4);
	to_b(s, TCPDIAG_GETSOCK, NLM_F_REQUEST, body, n);
	to_b(s, DCCPDIAG_GETSOCK, NLM_F_REQUEST, body, sizeof r);
	to_b(s, TCPDIAG_GETSOCK, NLM_F_REQUEST, body, sizeof r - 1);

	/* inet_diag_req_v2's attributes: a bytecode's first op and its argument */
	struct inet_diag_req_v2 v = { .sdiag_family = 2, .sdiag_protocol = IPPROTO_TCP };
	struct inet_diag_bc_op op = { INET_DIAG_BC_S_COND, 4, 5 };
	struct inet_diag_hostcond hc = { 2, 8, 80 };
	uint32_t a4 = 0x0100007f, lo = 1, proto = 262 /* IPPROTO_MPTCP */;
	unsigned char arg[32];
	struct { unsigned char code; const void *p; unsigned n; } bc[] = {
		{ INET_DIAG_BC_S_COND, &hc, sizeof hc }, { INET_DIAG_BC_D_COND, &hc, 5 },
		{ INET_DIAG_BC_DEV_COND, &lo, 4 }, { INET_DIAG_BC_S_LE, &op, 4 },
		{ INET_DIAG_BC_MARK_COND, "\x01\x00\x00\x00\xff\x00\x00\x00", 8 },
		{ INET_DIAG_BC_AUTO, "abcd", 4 }, { INET_DIAG_BC_JMP, "", 0 },
		{ 99, "ab", 2 },
	};
	for (unsigned i = 0; i < sizeof bc / sizeof bc[0]; i++) {
		op.code = bc[i].code;
		memcpy(arg, &op, sizeof op);
		memcpy(arg + sizeof op, bc[i].p, bc[i].n);
		unsigned an = (unsigned)sizeof op + bc[i].n;
		if (i == 0) {	/* with its IPv4 address */
			memcpy(arg + an, &a4, 4);
			an += 4;
		}
		memcpy(body, &v, sizeof v);
		n = sizeof v + attr(body + sizeof v, INET_DIAG_REQ_BYTECODE, arg, an);
		n += attr(body + n, INET_DIAG_REQ_PROTOCOL, &proto, 4);
		to_b(s, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, body, n);
	}
	sys_close(b);
	sys_close(s);
}

/* a page whose end is followed by an unmapped page: a message placed at
 * its end reads short */
static unsigned char *edge_page(void)
{
	unsigned char *p = (unsigned char *)sys_mmap(NULL, 8192, 3 /* PROT_READ|PROT_WRITE */,
						     0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
	if ((long)p < 0 && (long)p > -4096)
		return NULL;
	sys_munmap(p + 4096, 4096);
	return p + 4096;
}

static void rules_smc(void)
{
	int s = nl_socket(NETLINK_SOCK_DIAG, PORT_A), b = nl_socket(NETLINK_SOCK_DIAG, PORT_B);
	unsigned char body[512];
	unsigned n;

	struct smc_diag_req rq = { .diag_family = 43 /* AF_SMC */, .diag_ext = 0xff };
	rq.id.idiag_src[0] = 0x0100007f;
	to_b(s, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, &rq, sizeof rq);
	to_b(s, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, &rq, 5);

	struct smc_diag_msg m = { .diag_family = 43, .diag_state = 1, .diag_mode = 1,
				  .diag_shutdown = 3, .diag_uid = 1000, .diag_inode = 77 };
	memcpy(body, &m, sizeof m);
	n = sizeof m;
	n += attr(body + n, SMC_DIAG_SHUTDOWN, "\x23", 1);
	n += attr(body + n, SMC_DIAG_SHUTDOWN, "\x40", 1);
	struct smc_diag_fallback fb = { 0x03020000, 0x99999999 };
	n += attr(body + n, SMC_DIAG_FALLBACK, &fb, sizeof fb);
	fb.reason = 0;
	n += attr(body + n, SMC_DIAG_FALLBACK, &fb, sizeof fb);
	struct smc_diag_lgrinfo lg = { { { 3, "mlx0", 1, "g1", "g2" } }, 1 };
	n += attr(body + n, SMC_DIAG_LGRINFO, &lg, sizeof lg);
	struct smcd_diag_dmbinfo dm = { 1, 2, 3, 4, 5 };
	n += attr(body + n, SMC_DIAG_DMBINFO, &dm, sizeof dm);
	struct smc_diag_conninfo ci;
	memset(&ci, 0x11, sizeof ci);
	n += attr(body + n, SMC_DIAG_CONNINFO, &ci, sizeof ci);
	n += attr(body + n, SMC_DIAG_CONNINFO, &ci, 8);
	to_b(s, SOCK_DIAG_BY_FAMILY, 0, body, n);

	/* structs whose rest runs into an unmapped page: the family, then
	 * the rest's address */
	unsigned char *end = edge_page();
	if (end) {
		struct nlmsghdr h = { NLMSG_HDRLEN + 80, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, 9, 0 };
		unsigned char *at = end - NLMSG_HDRLEN - 8;
		memcpy(at, &h, sizeof h);
		at[NLMSG_HDRLEN] = 1;	/* AF_UNIX: unix_diag_req, 24 bytes */
		send_to(s, PORT_B, at, NLMSG_HDRLEN + 80);
		at[NLMSG_HDRLEN] = 43;	/* AF_SMC */
		send_to(s, PORT_B, at, NLMSG_HDRLEN + 80);
		h.nlmsg_type = TCPDIAG_GETSOCK;
		memcpy(at, &h, sizeof h);
		at[NLMSG_HDRLEN] = 2;
		send_to(s, PORT_B, at, NLMSG_HDRLEN + 80);
		h.nlmsg_flags = 0;	/* a reply: inet_diag_msg */
		h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
		memcpy(at, &h, sizeof h);
		send_to(s, PORT_B, at, NLMSG_HDRLEN + 80);
	}
	sys_close(b);
	sys_close(s);
}

/* a packet socket's PACKET_DIAG_FILTER: classic BPF of every class, the
 * kernel's ancillary, network and link-layer offsets (decoded under -v) */
static void rules_bpf(void)
{
	int s = nl_socket(NETLINK_SOCK_DIAG, PORT_A), b = nl_socket(NETLINK_SOCK_DIAG, PORT_B);
	static const struct sock_filter prog[] = {
		BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_PKTTYPE),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + 0x7c),
		BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_NET_OFF + 14),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_LL_OFF + 2),
		BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 12),
		BPF_STMT(BPF_LD | BPF_W | BPF_IND, SKF_AD_OFF),
		BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
		BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
		BPF_STMT(BPF_LD | BPF_IMM, 0xdeadbeef),
		BPF_STMT(BPF_LD | BPF_MEM, 3),
		BPF_STMT(BPF_ST, 1),
		BPF_STMT(BPF_STX, 2),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0x1fff),
		BPF_STMT(BPF_ALU | BPF_NEG, 0),
		BPF_STMT(BPF_ALU | BPF_XOR | BPF_X, 0),
		BPF_STMT(BPF_ALU | 0xf0, 5),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 0, 3),
		BPF_JUMP(BPF_JMP | BPF_JSET | BPF_X, 0, 17, 255),
		BPF_STMT(BPF_JMP | BPF_JA, 2),
		BPF_JUMP(BPF_JMP | 0x70, 1, 2, 3),
		BPF_STMT(BPF_MISC | BPF_TAX, 0),
		BPF_STMT(BPF_MISC | BPF_TXA, 0),
		BPF_STMT(BPF_MISC | 0x40, 0),
		BPF_STMT(BPF_RET | BPF_K, 0x40000),
		BPF_STMT(BPF_RET | BPF_A, 0),
		BPF_STMT(BPF_RET | BPF_X | 0x40, 0),
		BPF_STMT(BPF_LD | 0x18 | 0xe0, 0),
		BPF_STMT(BPF_ST | 0x80, 0),
	};
	unsigned char body[512];
	struct packet_diag_msg m = { .pdiag_family = AF_PACKET, .pdiag_type = 3, .pdiag_ino = 5 };
	memcpy(body, &m, sizeof m);
	unsigned n = sizeof m + attr(body + sizeof m, PACKET_DIAG_FILTER, prog, sizeof prog);
	to_b(s, SOCK_DIAG_BY_FAMILY, 0, body, n);
	n = sizeof m + attr(body + sizeof m, PACKET_DIAG_FILTER, prog, 12);
	to_b(s, SOCK_DIAG_BY_FAMILY, 0, body, n);
	sys_close(b);
	sys_close(s);
}

static void rules(void)
{
	rules_errors();
	rules_nftables();
	rules_uevent();
	rules_diag();
	rules_smc();
	rules_bpf();
}

int main(int argc, char **argv, char **envp)
{
	const char *what = argc > 1 ? argv[1] : "route";

	if (!strcmp(what, "route"))
		route();
	else if (!strcmp(what, "diag"))
		diag();
	else if (!strcmp(what, "diagreply"))
		diagreply();
	else if (!strcmp(what, "payloads"))
		payloads();
	else if (!strcmp(what, "rules"))
		rules();
	else
		other();
	return 0;
}
