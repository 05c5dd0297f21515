/* src/trace/sockopt.c — the values of setsockopt and getsockopt: the
 * structs some options take (linger, ucred, ip_mreq, group_req, packet_mreq,
 * tpacket_req/stats, icmp_filter) and the int most of the others take.
 * net.c prints the rest of the calls (levels, names, lengths).
 *
 * Two rules from strace 6.1's output:
 *  - setsockopt shows a struct only when the length covers it (some
 *    options: exactly), else the address;
 *  - getsockopt shows what the returned length covers: the whole fields,
 *    then the one cut short as its bytes in hex ({pid=1, uid="\x00\x00"}).
 */
#include "trace.h"
#include "netlink.h"
#include <asm/socket.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/if_packet.h>
#include <linux/filter.h>
#include <linux/socket.h>

/* the kernel's include/linux/socket.h, not exported to UAPI */
#define SOL_RAW		255
#define SOL_PACKET	263
#define SOL_NETLINK	270

/* ICMP_FILTER's bits are the ICMP types of <linux/icmp.h>, which pulls in
 * libc's <sys/socket.h>: typed from it */
static const struct xlat icmp_types[] = {
	{ 0, "ICMP_ECHOREPLY" }, { 3, "ICMP_DEST_UNREACH" }, { 4, "ICMP_SOURCE_QUENCH" },
	{ 5, "ICMP_REDIRECT" }, { 8, "ICMP_ECHO" }, { 11, "ICMP_TIME_EXCEEDED" },
	{ 12, "ICMP_PARAMETERPROB" }, { 13, "ICMP_TIMESTAMP" }, { 14, "ICMP_TIMESTAMPREPLY" },
	{ 15, "ICMP_INFO_REQUEST" }, { 16, "ICMP_INFO_REPLY" }, { 17, "ICMP_ADDRESS" },
	{ 18, "ICMP_ADDRESSREPLY" }, XEND
};
static const struct xlat packet_mr_types[] = {
	X(PACKET_MR_MULTICAST), X(PACKET_MR_PROMISC), X(PACKET_MR_ALLMULTI),
	X(PACKET_MR_UNICAST), XEND
};

/* --- fields of 32 bits, whole or cut short ------------------------------ */

struct field32 {
	const char *name;
	void (*pr)(uint32_t v);
};
static void pr_f_int(uint32_t v) { pr("%d", (int)v); }
static void pr_f_uint(uint32_t v) { pr("%u", v); }
static void pr_f_pid(uint32_t v) { pr_pid((int)v, PT_TGID); }

/* {a=1, b=2}: the n fields of a struct as far as len bytes go; a field
 * cut short is its bytes in hex, and ends it */
static void pr_fields32(struct tcb *t, unsigned long addr, unsigned long len,
			const struct field32 *f, unsigned n)
{
	uint32_t v[8];

	if (len > n * 4)
		len = n * 4;
	if (umove(t->pid, addr, v, len) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{");
	for (unsigned i = 0; i * 4 < len; i++) {
		pr("%s%s=", i ? ", " : "", f[i].name);
		if ((i + 1) * 4 <= len)
			f[i].pr(v[i]);
		else
			quote_bytes((const unsigned char *)v + i * 4, len - i * 4, QUOTE_HEX);
	}
	prs("}");
}

static const struct field32 linger_fields[] = { { "l_onoff", pr_f_int }, { "l_linger", pr_f_int } };
static const struct field32 ucred_fields[] = {
	{ "pid", pr_f_pid }, { "uid", pr_f_uint }, { "gid", pr_f_uint }
};
/* struct tpacket_stats_v3: tpacket_stats and tp_freeze_q_cnt */
static const struct field32 tpstats_fields[] = {
	{ "tp_packets", pr_f_uint }, { "tp_drops", pr_f_uint }, { "tp_freeze_q_cnt", pr_f_uint }
};
static const struct field32 tpreq_fields[] = {
	{ "tp_block_size", pr_f_uint }, { "tp_block_nr", pr_f_uint },
	{ "tp_frame_size", pr_f_uint }, { "tp_frame_nr", pr_f_uint }
};
#define NF(a) (sizeof a / sizeof a[0])

/* --- structs that setsockopt takes -------------------------------------- */

/* [ICMP_ECHOREPLY ICMP_ECHO]: the types filtered out, of the bits the
 * length covers (4 bytes at most); with more than half of them set, the
 * ones clear: ~[ICMP_ECHO]. A bit no type names: 0x14 with ICMP_??? */
static void pr_icmp_filter(struct tcb *t, unsigned long addr, int len)
{
	uint32_t v = 0;

	if (len > (int)sizeof v)
		len = sizeof v;
	if (len <= 0 || umove(t->pid, addr, &v, (size_t)len) < 0) {
		pr_addr(addr);
		return;
	}
	unsigned nbits = (unsigned)len * 8, set = 0;
	for (uint32_t w = v; w; w &= w - 1)	/* no libgcc: counted by hand */
		set++;
	if (set * 2 > nbits) {
		prs("~");
		v = ~v;
	}
	prs("[");
	for (unsigned b = 0, first = 1; b < nbits; b++) {
		if (!(v & 1U << b))
			continue;
		prs(first ? "" : " ");
		first = 0;
		pr_xlat(icmp_types, b, "%#lx", "ICMP_???");
	}
	prs("]");
}

static void inet_addr_text(const unsigned char *b)
{
	char ip[16];
	int n = snprintf(ip, sizeof ip, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
	prs("inet_addr(");
	quote_bytes((const unsigned char *)ip, (size_t)n, 0);
	prs(")");
}

/* struct ip_mreq: {imr_multiaddr=inet_addr("224.0.0.3"), imr_interface=...} */
static void pr_ip_mreq(struct tcb *t, unsigned long addr, int len)
{
	unsigned char b[8];

	if (len < (int)sizeof b || umove(t->pid, addr, b, sizeof b) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{imr_multiaddr=");
	pr_bytes_or(b, 4, inet_addr_text);
	prs(", imr_interface=");
	pr_bytes_or(b + 4, 4, inet_addr_text);
	prs("}");
}


/* struct ipv6_mreq: {inet_pton(AF_INET6, "ff01::c", &ipv6mr_multiaddr),
 * ipv6mr_interface=if_nametoindex("lo")}; -X raw/verbose name the field */
static void pr_ipv6_mreq(struct tcb *t, unsigned long addr, int len)
{
	struct ipv6_mreq m;

	if (len < (int)sizeof m || umove(t->pid, addr, &m, sizeof m) < 0) {
		pr_addr(addr);
		return;
	}
	const unsigned char *a6 = (const unsigned char *)&m.ipv6mr_multiaddr;
	prs("{");
	if (opt_raw || opt_xverbose) {
		prs("ipv6mr_multiaddr=");
		pr_bytes_or(a6, 16, in6_text);
	} else {
		in6_call(a6, ", &ipv6mr_multiaddr");
	}
	prs(", ipv6mr_interface=");
	nl_pr_ifindex((unsigned)m.ipv6mr_ifindex);
	prs("}");
}

/* struct group_req: an interface, then a sockaddr_storage (128 bytes) */
static void pr_group_req(struct tcb *t, unsigned long addr, int len)
{
	enum { GR_SIZE = 136, GR_GROUP = 8, GR_STORAGE = 128 };
	unsigned char b[GR_SIZE];
	uint32_t ifindex;

	if (len < GR_SIZE || umove(t->pid, addr, b, sizeof b) < 0) {
		pr_addr(addr);
		return;
	}
	memcpy(&ifindex, b, sizeof ifindex);
	prs("{gr_interface=");
	nl_pr_ifindex(ifindex);
	prs(", gr_group=");
	pr_sockaddr(t, addr + GR_GROUP, GR_STORAGE);
	prs("}");
}

/* struct packet_mreq: the address's first mr_alen bytes (8 at most), as
 * ff:ff:...; -X raw the bytes, -X verbose both */
static void pr_hwaddr_text(const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		pr("%s%02x", i ? ":" : "", b[i]);
}
static void pr_packet_mreq(struct tcb *t, unsigned long addr, int len)
{
	struct packet_mreq m;

	if (len != (int)sizeof m || umove(t->pid, addr, &m, sizeof m) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{mr_ifindex=");
	nl_pr_ifindex((unsigned)m.mr_ifindex);
	prs(", mr_type=");
	pr_xlat(packet_mr_types, m.mr_type, "%#lx", "PACKET_MR_???");
	pr(", mr_alen=%u, mr_address=", m.mr_alen);
	size_t n = m.mr_alen < sizeof m.mr_address ? m.mr_alen : sizeof m.mr_address;
	if (opt_raw || opt_xverbose) {
		quote_bytes(m.mr_address, n, QUOTE_HEX);
		if (!opt_raw) {
			prs(" /* ");
			pr_hwaddr_text(m.mr_address, n);
			prs(" */");
		}
	} else {
		pr_hwaddr_text(m.mr_address, n);
	}
	prs("}");
}

/* a struct of 32-bit fields that setsockopt takes whole: exactly its size
 * (exact), or at least */
static void pr_set_fields32(struct tcb *t, unsigned long addr, int len, const struct field32 *f,
			    unsigned n, int exact)
{
	int size = (int)(n * 4);
	if (exact ? len != size : len < size)
		pr_addr(addr);
	else
		pr_fields32(t, addr, (unsigned long)size, f, n);
}

/* the SOL_SOCKET options strace 6.1 knows to take an int: it shows the int
 * whenever the length holds one, and a shorter value as hex bytes */
static const struct xlat so_int_opts[] = {
	X(SO_DEBUG), X(SO_REUSEADDR), X(SO_DONTROUTE), X(SO_BROADCAST), X(SO_SNDBUF),
	X(SO_RCVBUF), X(SO_KEEPALIVE), X(SO_OOBINLINE), X(SO_NO_CHECK), X(SO_PRIORITY),
	X(SO_BSDCOMPAT), X(SO_REUSEPORT), X(SO_PASSCRED), X(SO_RCVLOWAT), X(SO_SNDLOWAT),
	X(SO_DETACH_FILTER), X(SO_TIMESTAMP_OLD), X(SO_ACCEPTCONN), X(SO_SNDBUFFORCE),
	X(SO_RCVBUFFORCE), X(SO_PASSSEC), X(SO_TIMESTAMPNS_OLD), X(SO_MARK),
	X(SO_TIMESTAMPING_OLD), X(SO_RXQ_OVFL), X(SO_WIFI_STATUS), X(SO_PEEK_OFF), X(SO_NOFCS),
	X(SO_LOCK_FILTER), X(SO_SELECT_ERR_QUEUE), X(SO_BUSY_POLL), X(SO_INCOMING_CPU),
	X(SO_CNX_ADVICE), X(SO_INCOMING_NAPI_ID), X(SO_ZEROCOPY), X(SO_TIMESTAMP_NEW),
	X(SO_TIMESTAMPNS_NEW), X(SO_TIMESTAMPING_NEW), X(SO_DETACH_REUSEPORT_BPF),
	X(SO_PREFER_BUSY_POLL), X(SO_BUSY_POLL_BUDGET), X(SO_RESERVE_MEM), X(SO_TXREHASH),
	X(SO_RCVMARK), XEND
};
static const struct xlat txrehash[] = {
	X(SOCK_TXREHASH_DISABLED), X(SOCK_TXREHASH_ENABLED), X(SOCK_TXREHASH_DEFAULT), XEND
};
static int is_int_opt(unsigned level, unsigned name)
{
	return level == SOL_SOCKET && xlat_name(so_int_opts, name);
}

static void pr_u32_elem(struct tcb *t, const void *e)
{
	(void)t;
	pr("%u", *(const uint32_t *)e);
}
/* [1, 2]: NETLINK_LIST_MEMBERSHIPS's group bitmap words */
static void pr_u32_array(struct tcb *t, unsigned long addr, int n)
{
	pr_array(t, addr, (unsigned long)n, sizeof(uint32_t), pr_u32_elem);
}

/* an int: [1]; SO_TXREHASH's by name */
static void pr_int_at(struct tcb *t, unsigned long addr, unsigned level, unsigned name)
{
	int v;
	if (umove(t->pid, addr, &v, sizeof v) < 0) {
		pr_addr(addr);
		return;
	}
	prs("[");
	if (level == SOL_SOCKET && name == SO_TXREHASH)
		pr_xlat_int(txrehash, v, "SOCK_TXREHASH_???");
	else
		pr("%d", v);
	prs("]");
}

void pr_setsockopt_val(struct tcb *t, unsigned level, unsigned name, unsigned long addr, int len)
{
	if (!addr) {
		pr_addr(addr);
		return;
	}
	if (pr_nonverbose_addr(addr))	/* -e verbose=: printed as an address */
		return;
	switch (level << 16 | name) {
	case SOL_SOCKET << 16 | SO_LINGER:
		pr_set_fields32(t, addr, len, linger_fields, NF(linger_fields), 0);
		return;
	case SOL_SOCKET << 16 | SO_ATTACH_FILTER:
	case SOL_SOCKET << 16 | SO_ATTACH_REUSEPORT_CBPF:
		if (len == (int)sizeof(struct sock_fprog))
			pr_bpf_fprog(t, addr, BPF_PROG_SOCKET);
		else
			pr_addr(addr);	/* not a struct sock_fprog */
		return;
	case IPPROTO_IP << 16 | IP_ADD_MEMBERSHIP:
	case IPPROTO_IP << 16 | IP_DROP_MEMBERSHIP:
		pr_ip_mreq(t, addr, len);
		return;
	case IPPROTO_IPV6 << 16 | IPV6_ADD_MEMBERSHIP:
	case IPPROTO_IPV6 << 16 | IPV6_DROP_MEMBERSHIP:
	case IPPROTO_IPV6 << 16 | IPV6_JOIN_ANYCAST:
	case IPPROTO_IPV6 << 16 | IPV6_LEAVE_ANYCAST:
		pr_ipv6_mreq(t, addr, len);
		return;
	case IPPROTO_IP << 16 | MCAST_JOIN_GROUP:
	case IPPROTO_IP << 16 | MCAST_LEAVE_GROUP:
	case IPPROTO_IPV6 << 16 | MCAST_JOIN_GROUP:
	case IPPROTO_IPV6 << 16 | MCAST_LEAVE_GROUP:
		pr_group_req(t, addr, len);
		return;
	case SOL_PACKET << 16 | PACKET_RX_RING:
	case SOL_PACKET << 16 | PACKET_TX_RING:
		pr_set_fields32(t, addr, len, tpreq_fields, NF(tpreq_fields), 1);
		return;
	case SOL_PACKET << 16 | PACKET_ADD_MEMBERSHIP:
	case SOL_PACKET << 16 | PACKET_DROP_MEMBERSHIP:
		pr_packet_mreq(t, addr, len);
		return;
	case SOL_RAW << 16 | 1:	/* ICMP_FILTER */
		pr_icmp_filter(t, addr, len);
		return;
	}
	if (level == SOL_NETLINK) {	/* every option an int */
		if (len < (int)sizeof(int))
			pr_addr(addr);
		else
			pr_int_at(t, addr, level, name);
		return;
	}
	/* an int option: its int when there is room for one; any other:
	 * an int of exactly its size, else its bytes */
	if (is_int_opt(level, name) ? len >= (int)sizeof(int) : len == (int)sizeof(int))
		pr_int_at(t, addr, level, name);
	else if (is_int_opt(level, name) || len < 0)
		pr_addr(addr);
	else
		pr_buf(t, addr, (unsigned long)len);
}

/* SO_ERROR: an errno by name, [ECONNREFUSED] */
static void pr_so_error(struct tcb *t, unsigned long addr, int len)
{
	int v;
	if (len < (int)sizeof v) {
		pr_buf_hex(t, addr, (unsigned long)len);
		return;
	}
	if (umove(t->pid, addr, &v, sizeof v) < 0) {
		pr_addr(addr);
		return;
	}
	const char *name = v > 0 ? errno_name(v) : NULL;
	if (name)
		pr("[%s]", name);
	else
		pr("[%d]", v);
}

/* the value getsockopt returned, rlen bytes of it */
void pr_getsockopt_val(struct tcb *t, unsigned level, unsigned name, unsigned long addr, int ulen,
		       int rlen)
{
	if (rlen <= 0 || !addr) {
		pr_addr(addr);	/* nothing came back */
		return;
	}
	unsigned long len = (unsigned long)rlen;
	switch (level << 16 | name) {
	case SOL_SOCKET << 16 | SO_LINGER:
		pr_fields32(t, addr, len, linger_fields, NF(linger_fields));
		return;
	case SOL_SOCKET << 16 | SO_PEERCRED:
		pr_fields32(t, addr, len, ucred_fields, NF(ucred_fields));
		return;
	case SOL_SOCKET << 16 | SO_GET_FILTER:
		/* rlen instructions, shown when there was room for them */
		if (!cur_abbrev && ulen >= rlen)
			pr_bpf_insns(t, addr, len, BPF_PROG_SOCKET);
		else
			pr_addr(addr);
		return;
	case SOL_SOCKET << 16 | SO_ERROR:
		pr_so_error(t, addr, rlen);
		return;
	case SOL_PACKET << 16 | PACKET_STATISTICS:
		pr_fields32(t, addr, len, tpstats_fields, NF(tpstats_fields));
		return;
	case SOL_RAW << 16 | 1:	/* ICMP_FILTER */
		pr_icmp_filter(t, addr, rlen);
		return;
	}
	if (level == SOL_NETLINK) {
		if (name == NETLINK_LIST_MEMBERSHIPS)
			pr_u32_array(t, addr, (ulen < rlen ? ulen : rlen) / 4);
		else
			pr_int_at(t, addr, level, name);
		return;
	}
	/* an int option: its int, or the bytes of one cut short in hex; any
	 * other: an int of exactly its size, else its bytes */
	if (is_int_opt(level, name) ? rlen >= (int)sizeof(int) : rlen == (int)sizeof(int))
		pr_int_at(t, addr, level, name);
	else if (is_int_opt(level, name))
		pr_buf_hex(t, addr, len);
	else
		pr_buf(t, addr, len);
}
