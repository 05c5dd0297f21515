/* src/trace/net.c — sockets: socket, socketpair, bind, connect, listen,
 * accept4, sendto, recvfrom, shutdown, getsockname, setsockopt (the
 * option values: sockopt.c).
 *
 * The address families and socket types are libc's (<sys/socket.h>), not
 * UAPI: they are typed here from socket(2) and address_families(7). The
 * socket option names come from <asm/socket.h>.
 */
#include "trace.h"
#include <linux/filter.h>
#include "netlink.h"
#include <asm/socket.h>
#include <linux/in.h>
#include <linux/un.h>
#include <linux/netlink.h>
#include <linux/in6.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/uio.h>
#include "nltab.h"

const struct xlat xl_families[] = {
	{ 0, "AF_UNSPEC" }, { 1, "AF_UNIX" }, { 2, "AF_INET" }, { 3, "AF_AX25" },
	{ 4, "AF_IPX" }, { 5, "AF_APPLETALK" }, { 6, "AF_NETROM" }, { 7, "AF_BRIDGE" },
	{ 8, "AF_ATMPVC" }, { 9, "AF_X25" }, { 10, "AF_INET6" }, { 11, "AF_ROSE" },
	{ 12, "AF_DECnet" }, { 13, "AF_NETBEUI" }, { 14, "AF_SECURITY" }, { 15, "AF_KEY" },
	{ 16, "AF_NETLINK" }, { 17, "AF_PACKET" }, { 18, "AF_ASH" }, { 19, "AF_ECONET" },
	{ 20, "AF_ATMSVC" }, { 21, "AF_RDS" }, { 22, "AF_SNA" }, { 23, "AF_IRDA" },
	{ 24, "AF_PPPOX" }, { 25, "AF_WANPIPE" }, { 26, "AF_LLC" }, { 27, "AF_IB" },
	{ 28, "AF_MPLS" }, { 29, "AF_CAN" }, { 30, "AF_TIPC" }, { 31, "AF_BLUETOOTH" },
	{ 32, "AF_IUCV" }, { 33, "AF_RXRPC" }, { 34, "AF_ISDN" }, { 35, "AF_PHONET" },
	{ 36, "AF_IEEE802154" }, { 37, "AF_CAIF" }, { 38, "AF_ALG" }, { 39, "AF_NFC" },
	{ 40, "AF_VSOCK" }, { 41, "AF_KCM" }, { 42, "AF_QIPCRTR" }, { 43, "AF_SMC" },
	{ 44, "AF_XDP" }, { 45, "AF_MCTP" }, XEND
};
const struct xlat xl_sock_types[] = {
	{ 1, "SOCK_STREAM" }, { 2, "SOCK_DGRAM" }, { 3, "SOCK_RAW" }, { 4, "SOCK_RDM" },
	{ 5, "SOCK_SEQPACKET" }, { 6, "SOCK_DCCP" }, { 10, "SOCK_PACKET" }, XEND
};
/* SOCK_CLOEXEC and SOCK_NONBLOCK are O_CLOEXEC and O_NONBLOCK */
static const struct xlat sock_flags[] = {
	{ O_CLOEXEC, "SOCK_CLOEXEC" }, { O_NONBLOCK, "SOCK_NONBLOCK" }, XEND
};
static const struct xlat ip_protos[] = {
	X(IPPROTO_IP), X(IPPROTO_ICMP), X(IPPROTO_TCP), X(IPPROTO_UDP), X(IPPROTO_IPV6),
	X(IPPROTO_RAW), XEND
};

const struct xlat netlink_protos[] = {
	X(NETLINK_ROUTE), X(NETLINK_UNUSED), X(NETLINK_USERSOCK), X(NETLINK_FIREWALL),
	X(NETLINK_SOCK_DIAG), X(NETLINK_NFLOG), X(NETLINK_XFRM), X(NETLINK_SELINUX),
	X(NETLINK_ISCSI), X(NETLINK_AUDIT), X(NETLINK_FIB_LOOKUP), X(NETLINK_CONNECTOR),
	X(NETLINK_NETFILTER), X(NETLINK_IP6_FW), X(NETLINK_DNRTMSG), X(NETLINK_KOBJECT_UEVENT),
	X(NETLINK_GENERIC), X(NETLINK_SCSITRANSPORT), X(NETLINK_ECRYPTFS), X(NETLINK_RDMA),
	X(NETLINK_CRYPTO), X(NETLINK_SMC), XEND
};

const struct xlat xl_eth_protos[] = { NLX_eth_protos, XEND };
static const struct xlat pkt_types[] = { NLX_pkt_types, XEND };
static const struct xlat arphrd[] = { NLX_arphrd, XEND };

/* AF_PACKET's protocols travel in network order: htons(ETH_P_ALL) */
static void pr_eth_proto(uint16_t net)
{
	prs("htons(");
	pr_xlat(xl_eth_protos, (uint16_t)(net << 8 | net >> 8), "%#lx", "ETH_P_???");
	prs(")");
}

/* the type's low 4 bits by name, then the flags; a type no name covers
 * leaves the whole int to the flags: SOCK_CLOEXEC|0xfff7f7ff, 0x20000 with
 * SOCK_??? in a comment, or 0 */
static void pr_socktype(unsigned long v)
{
	v = (unsigned)v;
	if (!xlat_name(xl_sock_types, v & 0xf)) {
		pr_flags_d(sock_flags, v, "SOCK_???");
		return;
	}
	pr_xlat(xl_sock_types, v & 0xf, "%#lx", "SOCK_???");
	v &= ~0xfUL;
	if (v) {
		prs("|");
		pr_flags_d(sock_flags, v, "SOCK_???");
	}
}

static void dec_socket(struct tcb *t)
{
	if (t->exiting)
		return;
	unsigned fam = (unsigned)t->a[0];
	pr_xlat(xl_families, fam, "%#x", "AF_???");
	pr_sep();
	pr_socktype(t->a[1]);
	pr_sep();
	if (fam == 2 || fam == 10)
		pr_xlat(ip_protos, (unsigned)t->a[2], "%#x", "IPPROTO_???");
	else if (fam == 16)
		pr_xlat(netlink_protos, (unsigned)t->a[2], "%#x", "NETLINK_???");
	else if (fam == 17)
		pr_eth_proto((uint16_t)t->a[2]);
	else			/* strace: the whole register, unsigned */
		pr("%lu", t->a[2]);
}

static void dec_socketpair(struct tcb *t)
{
	if (!t->exiting) {
		dec_socket(t);
		pr_sep();
		return;
	}
	pr_fdpair(t, t->a[3]);
}

/* fe80::/10 and ff02::/16: strace names their scope id's interface; the
 * others print it as a number */
static int in6_linklocal(const unsigned char *a)
{
	return (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) || (a[0] == 0xff && (a[1] & 0x0f) == 2);
}

/* a field as its bytes with -X raw and -X verbose (then what it reads as
 * in a comment, printed by text()), else as text() */
void pr_bytes_or(const unsigned char *b, size_t n, void (*text)(const unsigned char *))
{
	if (!opt_raw && !opt_xverbose) {
		text(b);
		return;
	}
	quote_bytes(b, n, QUOTE_HEX);
	if (opt_raw)
		return;
	prs(" /* ");
	opt_xverbose = 0;
	text(b);
	opt_xverbose = 1;
	prs(" */");
}

static void port_text(const unsigned char *b) { pr("htons(%u)", (unsigned)(b[0] << 8 | b[1])); }
static void flow_text(const unsigned char *b)
{
	pr("htonl(%u)", (unsigned)b[0] << 24 | (unsigned)b[1] << 16 | (unsigned)b[2] << 8 | b[3]);
}
/* inet_pton(AF_INET6, "::1"): with the field last (", &sin6_addr") when
 * it stands alone, without in the comment after -X verbose's bytes */
void in6_call(const unsigned char *b, const char *field)
{
	char text[64];
	pr_capture_begin(text, sizeof text);
	pr_in6(b);
	size_t n = pr_capture_end();
	prs("inet_pton(AF_INET6, ");
	quote_bytes((const unsigned char *)text, n, 0);
	pr("%s)", field);
}
void in6_text(const unsigned char *b) { in6_call(b, ""); }

/* the rest of a struct sockaddr_in (b: its 16 bytes): -X verbose prints
 * the bytes, and what -X abbrev shows in a comment; the address is a string
 * to strace (-xx prints it in \xNN) */
void pr_sockaddr_in_rest(const unsigned char *b)
{
	if (opt_raw || opt_xverbose) {
		prs(", sin_port=");
		quote_bytes(b + 2, 2, QUOTE_HEX);
		if (!opt_raw)
			pr(" /* htons(%u) */", (unsigned)(b[2] << 8 | b[3]));
		prs(", sin_addr=");
		quote_bytes(b + 4, 4, QUOTE_HEX);
		if (!opt_raw)
			pr(" /* inet_addr(\"%u.%u.%u.%u\") */", b[4], b[5], b[6], b[7]);
		return;
	}
	char ip[16];
	int n = snprintf(ip, sizeof ip, "%u.%u.%u.%u", b[4], b[5], b[6], b[7]);
	pr(", sin_port=htons(%u), sin_addr=inet_addr(", (unsigned)(b[2] << 8 | b[3]));
	quote_bytes((const unsigned char *)ip, (size_t)n, 0);
	prs(")");
}

/* the rest of a struct sockaddr_in6 (b: its bytes, len >= 24 of them, zero
 * past len); the scope id when there is more than SIN6_MIN_LEN, the
 * interface's name for a link-local address */
void pr_sockaddr_in6_rest(const unsigned char *b, unsigned long len)
{
	unsigned scope;

	prs(", sin6_port=");
	pr_bytes_or(b + 2, 2, port_text);
	prs(", sin6_flowinfo=");
	pr_bytes_or(b + 4, 4, flow_text);
	if (opt_raw || opt_xverbose) {
		prs(", sin6_addr=");
		pr_bytes_or(b + 8, 16, in6_text);
	} else {
		prs(", ");
		in6_call(b + 8, ", &sin6_addr");
	}
	if (len <= 24)
		return;
	memcpy(&scope, b + 24, 4);
	prs(", sin6_scope_id=");
	if (in6_linklocal(b + 8))
		nl_pr_ifindex(scope);
	else
		pr("%u", scope);
}

static void ethp_text(const unsigned char *b) { pr_eth_proto((uint16_t)(b[0] | b[1] << 8)); }

/* struct sockaddr_ll (b: 20 bytes at least): the hardware address's first
 * sll_halen bytes, 8 at most, then "..."; none at all when sll_halen is 0 */
static void pr_sockaddr_ll(const unsigned char *b)
{
	struct sockaddr_ll ll;

	memcpy(&ll, b, sizeof ll);
	prs(", sll_protocol=");
	pr_bytes_or(b + 2, 2, ethp_text);
	prs(", sll_ifindex=");
	nl_pr_ifindex((unsigned)ll.sll_ifindex);
	prs(", sll_hatype=");
	pr_xlat(arphrd, ll.sll_hatype, "%#lx", "ARPHRD_???");
	prs(", sll_pkttype=");
	pr_xlat(pkt_types, ll.sll_pkttype, "%#lx", "PACKET_???");
	pr(", sll_halen=%u", ll.sll_halen);
	if (!ll.sll_halen)
		return;
	prs(", sll_addr=[");
	for (unsigned i = 0; i < ll.sll_halen && i < sizeof ll.sll_addr; i++)
		pr("%s%#x", i ? ", " : "", ll.sll_addr[i]);
	if (ll.sll_halen > sizeof ll.sll_addr)
		prs(", ...");
	prs("]");
}

/* struct sockaddr_ipx (<linux/ipx.h>: its 16 bytes typed here, the header
 * being gone from recent UAPI): port, network, node[6], type, zero; the
 * last only when not 0 */
static void pr_sockaddr_ipx(const unsigned char *b)
{
	pr(", sipx_port=htons(%u)", (unsigned)(b[2] << 8 | b[3]));
	pr(", sipx_network=htonl(%#x)",
	   (unsigned)b[4] << 24 | (unsigned)b[5] << 16 | (unsigned)b[6] << 8 | b[7]);
	prs(", sipx_node=[");
	for (int i = 0; i < 6; i++)
		pr("%s%#x", i ? ", " : "", b[8 + i]);
	pr("], sipx_type=%#x", b[14]);
	if (b[15])
		pr(", sipx_zero=%#x", b[15]);
}

/* an AX.25 callsign (ax25_address, 7 bytes): six characters shifted left
 * by one, then the SSID byte. VALID-13 when the characters are capitals or
 * digits (spaces only after them) and the SSID byte has no other bits; *
 * for an empty one with SSID 0; else the bytes, and when they read as
 * text, that text in a comment */
static void pr_ax25_call(const unsigned char *a)
{
	char text[16];
	int n = 0, valid = !(a[6] & ~0x1e), printable = 1, end = 6;
	unsigned ssid = (a[6] >> 1) & 0xf;

	for (int i = 0; i < 6; i++)	/* the low bits belong to no character */
		if (a[i] & 1)
			valid = 0;
	while (end > 0 && a[end - 1] >> 1 == ' ')
		end--;
	for (int i = 0; i < end; i++) {
		unsigned char c = a[i] >> 1;
		if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			valid = 0;
		if (c < 0x20 || c > 0x7e)
			printable = 0;
		text[n++] = (char)c;
	}
	text[n] = 0;
	for (int i = 0; i + 1 < n; i++)	/* a comment it cannot end */
		if (text[i] == '*' && text[i + 1] == '/')
			printable = 0;
	if (!end && !a[6]) {
		prs("*");
		return;
	}
	if (valid && end) {
		pr("%s-%u", text, ssid);
		return;
	}
	prs("{ax25_call=");
	quote_bytes(a, 7, QUOTE_HEX);
	prs("}");
	if (printable)
		pr(" /* %s-%u */", text, ssid);
}

/* struct sockaddr_ax25 (16 bytes: call, then an int ndigis at 12); with
 * digipeaters, full_sockaddr_ax25: as many of them as the length holds, 8
 * (AX25_MAX_DIGIS) at most; "..." in the array when the length cut it,
 * after it when more was given than the kernel takes */
static void pr_sockaddr_ax25(const unsigned char *b, unsigned long len)
{
	int ndigis;
	memcpy(&ndigis, b + 12, sizeof ndigis);
	if (!ndigis) {
		prs(", sax25_call=");
		pr_ax25_call(b + 2);
		prs(", sax25_ndigis=0");
		return;
	}
	prs(", fsa_ax25={sax25_call=");
	pr_ax25_call(b + 2);
	pr(", sax25_ndigis=%d}, fsa_digipeater=[", ndigis);
	unsigned long avail = (len - 16) / 7, count = (unsigned)ndigis > 8 ? 8 : (unsigned)ndigis;
	unsigned long shown = count < avail ? count : avail;
	for (unsigned long i = 0; i < shown; i++) {
		prs(i ? ", " : "");
		pr_ax25_call(b + 16 + i * 7);
	}
	if (count > avail)
		prs(shown ? ", ..." : "...");
	prs("]");
	if ((unsigned)ndigis > 8 || (len - 16) % 7)
		prs(", ...");
}

/* struct sockaddr_x25: x25_addr, a string in 16 bytes; 15 and "..." when
 * no NUL ends it there */
static void pr_sockaddr_x25(const unsigned char *b)
{
	const unsigned char *a = b + 2;
	size_t n = 0;
	while (n < 16 && a[n])
		n++;
	prs(", sx25_addr={x25_addr=");
	quote_bytes(a, n < 16 ? n : 15, 0);
	prs(n < 16 ? "}" : "...}");
}

/* {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")};
 * returns the family, -1 if none was read */
int pr_sockaddr(struct tcb *t, unsigned long addr, unsigned long len)
{
	unsigned char b[128];

	if (!addr) {
		prs("NULL");
		return -1;
	}
	if (len > sizeof b)
		len = sizeof b;
	memset(b, 0, sizeof b);
	/* strace reads at most the family's struct: sun_path's 108 bytes */
	if (len > sizeof(struct sockaddr_un) && umove(t->pid, addr, b, 2) == 0 && (b[0] | b[1] << 8) == 1)
		len = sizeof(struct sockaddr_un);
	if (len < 2 || umove(t->pid, addr, b, len) < 0) {
		pr_hex(addr);
		return -1;
	}
	unsigned fam = b[0] | b[1] << 8;
	prs("{sa_family=");
	pr_xlat(xl_families, fam, "%#x", "AF_???");
	if (fam == 1 && len > 2) {
		prs(", sun_path=");
		if (len > 2 && b[2] == 0 && len > 3) {
			prs("@");	/* an abstract name: every byte of it, NULs too */
			quote_bytes(b + 3, len - 3, 0);
		} else {
			quote_bytes(b + 2, len - 2, QUOTE_0_TERM);
		}
	} else if (fam == 2 && len >= 16) {
		pr_sockaddr_in_rest(b);
	} else if (fam == 10 && len >= 24) {
		pr_sockaddr_in6_rest(b, len);
	} else if (fam == 16 && len >= 12) {
		unsigned pid, groups, pad = b[2] | b[3] << 8;
		memcpy(&pid, b + 4, 4);
		memcpy(&groups, b + 8, 4);
		if (pad)	/* shown only when not 0 */
			pr(", nl_pad=%#x", pad);
		/* a port id, usually the process's pid: --decode-pids=pidns
		 * annotates it as one (strace 6.1) */
		prs(", nl_pid=");
		if ((int)pid > 0)
			pr_pid((int)pid, PT_TGID);
		else
			pr("%u", pid);
		pr(", nl_groups=%#08x", groups);
	} else if (fam == 17 && len >= sizeof(struct sockaddr_ll)) {
		pr_sockaddr_ll(b);
	} else if (fam == 3 && len >= 16) {
		pr_sockaddr_ax25(b, len);
	} else if (fam == 4 && len >= 16) {
		pr_sockaddr_ipx(b);
	} else if (fam == 9 && len >= 18) {
		pr_sockaddr_x25(b);
	} else if (sockaddr_more(b, len, fam)) {
		/* sockaddr.c: AF_RXRPC, AF_ALG, AF_VSOCK... */
	} else if (len > 2 && fam != 1) {
		prs(", sa_data=");
		quote_bytes(b + 2, len - 2, 0);
	}
	prs("}");
	return (int)fam;
}

static void dec_bind(struct tcb *t)	/* bind, connect */
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_sockaddr(t, t->a[1], (unsigned)t->a[2]);
	pr(", %d", (int)t->a[2]);	/* socklen_t, shown as an int */
}

static void dec_listen(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd(t->a[0]);
		pr(", %d", (int)t->a[1]);
	}
}

/* t->aux: a length at entry that could not be read */
#define LEN_UNREAD (~0UL)

/* accept4 and getsockname fill an address and its length: [len] */
static void pr_sockaddr_out(struct tcb *t, unsigned long addr, unsigned long lenp)
{
	unsigned len;

	if (!addr) {
		prs("NULL, ");
		pr_addr(lenp);
		return;
	}
	if (t_failed(t) || umove(t->pid, lenp, &len, sizeof len) < 0) {
		/* nothing came back: the address, and the length that went in
		 * (its address when it could not be read either) */
		pr_hex(addr);
		if (lenp && t_failed(t) && t->aux != LEN_UNREAD) {
			pr(", [%u]", (unsigned)t->aux);
		} else {
			pr_sep();
			pr_addr(lenp);
		}
		return;
	}
	/* the kernel writes no more than went in: a longer length that comes
	 * back says how long the whole address was */
	pr_sockaddr(t, addr, t->aux < len ? (unsigned)t->aux : len);
	/* the length goes in and comes back: [in => out] when they differ */
	if (t->aux != len)
		pr(", [%u => %u]", (unsigned)t->aux, len);
	else
		pr(", [%u]", len);
}

/* at entry: the caller's address-length value, for the "=> out" above */
static void save_len(struct tcb *t, unsigned long lenp)
{
	unsigned len = 0;
	if (lenp && umove(t->pid, lenp, &len, sizeof len) < 0) {
		t->aux = LEN_UNREAD;
		return;
	}
	t->aux = len;
}

static void dec_accept4(struct tcb *t)
{
	if (!t->exiting) {
		save_len(t, t->a[2]);
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	pr_sockaddr_out(t, t->a[1], t->a[2]);
	pr_sep();
	pr_flags_d(sock_flags, (unsigned)t->a[3], "SOCK_???");
}

static void dec_getsockname(struct tcb *t)
{
	if (!t->exiting) {
		save_len(t, t->a[2]);
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	pr_sockaddr_out(t, t->a[1], t->a[2]);
}

/* the kernel's include/linux/socket.h (not in UAPI), as strace 6.1 names them */
static const struct xlat msg_flags[] = {
	{ 0x1, "MSG_OOB" }, { 0x2, "MSG_PEEK" }, { 0x4, "MSG_DONTROUTE" }, { 0x8, "MSG_CTRUNC" },
	{ 0x10, "MSG_PROBE" }, { 0x20, "MSG_TRUNC" }, { 0x40, "MSG_DONTWAIT" }, { 0x80, "MSG_EOR" },
	{ 0x100, "MSG_WAITALL" }, { 0x200, "MSG_FIN" }, { 0x400, "MSG_SYN" },
	{ 0x800, "MSG_CONFIRM" }, { 0x1000, "MSG_RST" }, { 0x2000, "MSG_ERRQUEUE" },
	{ 0x4000, "MSG_NOSIGNAL" }, { 0x8000, "MSG_MORE" }, { 0x10000, "MSG_WAITFORONE" },
	{ 0x20000, "MSG_SENDPAGE_NOTLAST" }, { 0x40000, "MSG_BATCH" },
	{ 0x80000, "MSG_NO_SHARED_FRAGS" }, { 0x4000000, "MSG_ZEROCOPY" },
	{ 0x20000000, "MSG_FASTOPEN" }, { 0x40000000, "MSG_CMSG_CLOEXEC" },
	{ 0x80000000, "MSG_CMSG_COMPAT" }, XEND
};

static void dec_sendto(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_sockbuf(t, (long)t->a[0], t->a[1], t->a[2]);
	pr(", %lu, ", t->a[2]);
	pr_flags(msg_flags, (unsigned)t->a[3], NULL);
	pr_sep();
	pr_sockaddr(t, t->a[4], (unsigned)t->a[5]);
	pr(", %d", (int)t->a[5]);	/* socklen_t, shown as an int */
}

static void dec_recvfrom(struct tcb *t)
{
	if (!t->exiting) {
		save_len(t, t->a[5]);
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else	/* MSG_TRUNC: the datagram's length, more than the buffer */
		pr_sockbuf(t, (long)t->a[0], t->a[1],
			   (unsigned long)t->ret < t->a[2] ? (unsigned long)t->ret : t->a[2]);
	pr(", %lu, ", t->a[2]);
	pr_flags(msg_flags, (unsigned)t->a[3], NULL);
	pr_sep();
	pr_sockaddr_out(t, t->a[4], t->a[5]);
}

static const struct xlat shut_how[] = {
	{ 0, "SHUT_RD" }, { 1, "SHUT_WR" }, { 2, "SHUT_RDWR" }, XEND
};

static void dec_shutdown(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_xlat(shut_how, (unsigned)t->a[1], "%#x", "SHUT_???");
	}
}

/* the levels strace 6.1 names: SOL_SOCKET from the UAPI, the protocol
 * numbers and the kernel's own SOL_* (include/linux/socket.h, not exported)
 * as its output shows them; 40 reads AF_VSOCK there */
const struct xlat sol_levels[] = {
	{ 0, "SOL_IP" }, X(SOL_SOCKET), { 6, "SOL_TCP" }, { 17, "SOL_UDP" }, { 40, "AF_VSOCK" },
	{ 41, "SOL_IPV6" }, { 58, "SOL_ICMPV6" }, { 100, "SOL_CAN_BASE" }, { 101, "SOL_CAN_RAW" },
	{ 132, "SOL_SCTP" }, { 136, "SOL_UDPLITE" }, { 255, "SOL_RAW" }, { 256, "SOL_IPX" },
	{ 257, "SOL_AX25" }, { 258, "SOL_ATALK" }, { 259, "SOL_NETROM" }, { 260, "SOL_ROSE" },
	{ 261, "SOL_DECNET" }, { 262, "SOL_X25" }, { 263, "SOL_PACKET" }, { 264, "SOL_ATM" },
	{ 265, "SOL_AAL" }, { 266, "SOL_IRDA" }, { 267, "SOL_NETBEUI" }, { 268, "SOL_LLC" },
	{ 269, "SOL_DCCP" }, { 270, "SOL_NETLINK" }, { 271, "SOL_TIPC" }, { 272, "SOL_RXRPC" },
	{ 273, "SOL_PPPOL2TP" }, { 274, "SOL_BLUETOOTH" }, { 275, "SOL_PNPIPE" },
	{ 276, "SOL_RDS" }, { 277, "SOL_IUCV" }, { 278, "SOL_CAIF" }, { 279, "SOL_ALG" },
	{ 280, "SOL_NFC" }, { 281, "SOL_KCM" }, { 282, "SOL_TLS" }, { 283, "SOL_XDP" }, XEND
};
static const struct xlat udp_opts[] = {
	X(UDP_CORK), X(UDP_ENCAP), X(UDP_NO_CHECK6_TX), X(UDP_NO_CHECK6_RX), X(UDP_SEGMENT),
	X(UDP_GRO), XEND
};
/* ICMP_FILTER: <linux/icmp.h> pulls in libc's <sys/socket.h> */
static const struct xlat raw_opts[] = { { 1, "ICMP_FILTER" }, XEND };
/* every option name strace 6.1 prints for each level, by number (the
 * values from the headers; typed: two the headers lost, TCP 15 and IPV6 63,
 * and ip(6)tables' 64.. whose headers pull in libc's <sys/socket.h>) */
static const struct xlat ip_opts[] = {
	X(IP_TOS), X(IP_TTL), X(IP_HDRINCL), X(IP_OPTIONS), X(IP_ROUTER_ALERT), X(IP_RECVOPTS),
	X(IP_RETOPTS), X(IP_PKTINFO), X(IP_PKTOPTIONS), X(IP_MTU_DISCOVER), X(IP_RECVERR),
	X(IP_RECVTTL), X(IP_RECVTOS), X(IP_MTU), X(IP_FREEBIND), X(IP_IPSEC_POLICY),
	X(IP_XFRM_POLICY), X(IP_PASSSEC), X(IP_TRANSPARENT), X(IP_ORIGDSTADDR), X(IP_MINTTL),
	X(IP_NODEFRAG), X(IP_CHECKSUM), X(IP_BIND_ADDRESS_NO_PORT), X(IP_RECVFRAGSIZE),
	X(IP_RECVERR_RFC4884), X(IP_MULTICAST_IF), X(IP_MULTICAST_TTL), X(IP_MULTICAST_LOOP),
	X(IP_ADD_MEMBERSHIP), X(IP_DROP_MEMBERSHIP), X(IP_UNBLOCK_SOURCE), X(IP_BLOCK_SOURCE),
	X(IP_ADD_SOURCE_MEMBERSHIP), X(IP_DROP_SOURCE_MEMBERSHIP), X(IP_MSFILTER),
	X(MCAST_JOIN_GROUP), X(MCAST_BLOCK_SOURCE), X(MCAST_UNBLOCK_SOURCE), X(MCAST_LEAVE_GROUP),
	X(MCAST_JOIN_SOURCE_GROUP), X(MCAST_LEAVE_SOURCE_GROUP), X(MCAST_MSFILTER),
	X(IP_MULTICAST_ALL), X(IP_UNICAST_IF), { 64, "IPT_SO_GET_INFO" },
	{ 65, "IPT_SO_GET_ENTRIES" }, { 66, "IPT_SO_GET_REVISION_MATCH" },
	{ 67, "IPT_SO_GET_REVISION_TARGET" }, XEND
};

static const struct xlat so_names[] = {
	X(SO_DEBUG), X(SO_REUSEADDR), X(SO_TYPE), X(SO_ERROR), X(SO_DONTROUTE), X(SO_BROADCAST),
	X(SO_SNDBUF), X(SO_RCVBUF), X(SO_KEEPALIVE), X(SO_OOBINLINE), X(SO_NO_CHECK),
	X(SO_PRIORITY), X(SO_LINGER), X(SO_BSDCOMPAT), X(SO_REUSEPORT), X(SO_PASSCRED),
	X(SO_PEERCRED), X(SO_RCVLOWAT), X(SO_SNDLOWAT), X(SO_RCVTIMEO_OLD), X(SO_SNDTIMEO_OLD),
	X(SO_SECURITY_AUTHENTICATION), X(SO_SECURITY_ENCRYPTION_TRANSPORT),
	X(SO_SECURITY_ENCRYPTION_NETWORK), X(SO_BINDTODEVICE), X(SO_GET_FILTER),
	X(SO_DETACH_FILTER), X(SO_PEERNAME), X(SO_TIMESTAMP_OLD), X(SO_ACCEPTCONN), X(SO_PEERSEC),
	X(SO_SNDBUFFORCE), X(SO_RCVBUFFORCE), X(SO_PASSSEC), X(SO_TIMESTAMPNS_OLD), X(SO_MARK),
	X(SO_TIMESTAMPING_OLD), X(SO_PROTOCOL), X(SO_DOMAIN), X(SO_RXQ_OVFL), X(SO_WIFI_STATUS),
	X(SO_PEEK_OFF), X(SO_NOFCS), X(SO_LOCK_FILTER), X(SO_SELECT_ERR_QUEUE), X(SO_BUSY_POLL),
	X(SO_MAX_PACING_RATE), X(SO_BPF_EXTENSIONS), X(SO_INCOMING_CPU), X(SO_ATTACH_BPF),
	X(SO_ATTACH_REUSEPORT_CBPF), X(SO_ATTACH_REUSEPORT_EBPF), X(SO_CNX_ADVICE), X(SO_MEMINFO),
	X(SO_INCOMING_NAPI_ID), X(SO_COOKIE), X(SO_PEERGROUPS), X(SO_ZEROCOPY), X(SO_TXTIME),
	X(SO_BINDTOIFINDEX), X(SO_TIMESTAMP_NEW), X(SO_TIMESTAMPNS_NEW), X(SO_TIMESTAMPING_NEW),
	X(SO_RCVTIMEO_NEW), X(SO_SNDTIMEO_NEW), X(SO_DETACH_REUSEPORT_BPF),
	X(SO_PREFER_BUSY_POLL), X(SO_BUSY_POLL_BUDGET), X(SO_NETNS_COOKIE), X(SO_BUF_LOCK),
	X(SO_RESERVE_MEM), X(SO_TXREHASH), X(SO_RCVMARK), XEND
};

static const struct xlat tcp_opts[] = {
	X(TCP_NODELAY), X(TCP_MAXSEG), X(TCP_CORK), X(TCP_KEEPIDLE), X(TCP_KEEPINTVL),
	X(TCP_KEEPCNT), X(TCP_SYNCNT), X(TCP_LINGER2), X(TCP_DEFER_ACCEPT), X(TCP_WINDOW_CLAMP),
	X(TCP_INFO), X(TCP_QUICKACK), X(TCP_CONGESTION), X(TCP_MD5SIG),
	{ 15, "TCP_COOKIE_TRANSACTIONS" }, X(TCP_THIN_LINEAR_TIMEOUTS), X(TCP_THIN_DUPACK),
	X(TCP_USER_TIMEOUT), X(TCP_REPAIR), X(TCP_REPAIR_QUEUE), X(TCP_QUEUE_SEQ),
	X(TCP_REPAIR_OPTIONS), X(TCP_FASTOPEN), X(TCP_TIMESTAMP), X(TCP_NOTSENT_LOWAT),
	X(TCP_CC_INFO), X(TCP_SAVE_SYN), X(TCP_SAVED_SYN), X(TCP_REPAIR_WINDOW),
	X(TCP_FASTOPEN_CONNECT), X(TCP_ULP), X(TCP_MD5SIG_EXT), X(TCP_FASTOPEN_KEY),
	X(TCP_FASTOPEN_NO_COOKIE), X(TCP_ZEROCOPY_RECEIVE), X(TCP_INQ), X(TCP_TX_DELAY), XEND
};

static const struct xlat ipv6_opts[] = {
	X(IPV6_ADDRFORM), X(IPV6_2292PKTINFO), X(IPV6_2292HOPOPTS), X(IPV6_2292DSTOPTS),
	X(IPV6_2292RTHDR), X(IPV6_2292PKTOPTIONS), X(IPV6_CHECKSUM), X(IPV6_2292HOPLIMIT),
	X(IPV6_NEXTHOP), X(IPV6_AUTHHDR), X(IPV6_FLOWINFO), X(IPV6_UNICAST_HOPS),
	X(IPV6_MULTICAST_IF), X(IPV6_MULTICAST_HOPS), X(IPV6_MULTICAST_LOOP),
	X(IPV6_ADD_MEMBERSHIP), X(IPV6_DROP_MEMBERSHIP), X(IPV6_ROUTER_ALERT),
	X(IPV6_MTU_DISCOVER), X(IPV6_MTU), X(IPV6_RECVERR), X(IPV6_V6ONLY), X(IPV6_JOIN_ANYCAST),
	X(IPV6_LEAVE_ANYCAST), X(IPV6_MULTICAST_ALL), X(IPV6_ROUTER_ALERT_ISOLATE),
	X(IPV6_RECVERR_RFC4884), X(IPV6_FLOWLABEL_MGR), X(IPV6_FLOWINFO_SEND),
	X(IPV6_IPSEC_POLICY), X(IPV6_XFRM_POLICY), X(IPV6_HDRINCL), X(MCAST_JOIN_GROUP),
	X(MCAST_BLOCK_SOURCE), X(MCAST_UNBLOCK_SOURCE), X(MCAST_LEAVE_GROUP),
	X(MCAST_JOIN_SOURCE_GROUP), X(MCAST_LEAVE_SOURCE_GROUP), X(MCAST_MSFILTER),
	X(IPV6_RECVPKTINFO), X(IPV6_PKTINFO), X(IPV6_RECVHOPLIMIT), X(IPV6_HOPLIMIT),
	X(IPV6_RECVHOPOPTS), X(IPV6_HOPOPTS), X(IPV6_RTHDRDSTOPTS), X(IPV6_RECVRTHDR),
	X(IPV6_RTHDR), X(IPV6_RECVDSTOPTS), X(IPV6_DSTOPTS), X(IPV6_RECVPATHMTU), X(IPV6_PATHMTU),
	X(IPV6_DONTFRAG), { 63, "IPV6_USE_MIN_MTU" }, { 64, "IP6T_SO_GET_INFO" },
	{ 65, "IP6T_SO_GET_ENTRIES" }, X(IPV6_RECVTCLASS), X(IPV6_TCLASS),
	{ 68, "IP6T_SO_GET_REVISION_MATCH" }, { 69, "IP6T_SO_GET_REVISION_TARGET" },
	X(IPV6_AUTOFLOWLABEL), X(IPV6_ADDR_PREFERENCES), X(IPV6_MINHOPCOUNT), X(IPV6_ORIGDSTADDR),
	X(IPV6_TRANSPARENT), X(IPV6_UNICAST_IF), X(IPV6_RECVFRAGSIZE), X(IPV6_FREEBIND), XEND
};

static const struct xlat netlink_opts[] = {
	X(NETLINK_ADD_MEMBERSHIP), X(NETLINK_DROP_MEMBERSHIP), X(NETLINK_PKTINFO),
	X(NETLINK_BROADCAST_ERROR), X(NETLINK_NO_ENOBUFS), X(NETLINK_RX_RING), X(NETLINK_TX_RING),
	X(NETLINK_LISTEN_ALL_NSID), X(NETLINK_LIST_MEMBERSHIPS), X(NETLINK_CAP_ACK),
	X(NETLINK_EXT_ACK), X(NETLINK_GET_STRICT_CHK), XEND
};

static const struct xlat packet_opts[] = {
	X(PACKET_ADD_MEMBERSHIP), X(PACKET_DROP_MEMBERSHIP), X(PACKET_RECV_OUTPUT), X(PACKET_RX_RING),
	X(PACKET_STATISTICS), X(PACKET_COPY_THRESH), X(PACKET_AUXDATA), X(PACKET_ORIGDEV),
	X(PACKET_VERSION), X(PACKET_HDRLEN), X(PACKET_RESERVE), X(PACKET_TX_RING), X(PACKET_LOSS),
	X(PACKET_VNET_HDR), X(PACKET_TX_TIMESTAMP), X(PACKET_TIMESTAMP), X(PACKET_FANOUT),
	X(PACKET_TX_HAS_OFF), X(PACKET_QDISC_BYPASS), X(PACKET_ROLLOVER_STATS),
	X(PACKET_FANOUT_DATA), X(PACKET_IGNORE_OUTGOING), XEND
};

static void pr_sockopt_name(unsigned level, unsigned name)
{
	pr_xlat(sol_levels, level, "%#x", "SOL_??");	/* strace's two ?s */
	pr_sep();
	switch (level) {
	case SOL_SOCKET: pr_xlat(so_names, name, "%#x", "SO_???"); break;
	case IPPROTO_IP: pr_xlat(ip_opts, name, "%#x", "IP_???"); break;
	case IPPROTO_IPV6: pr_xlat(ipv6_opts, name, "%#x", "IPV6_???"); break;
	case IPPROTO_TCP: pr_xlat(tcp_opts, name, "%#x", "TCP_???"); break;
	case IPPROTO_UDP: pr_xlat(udp_opts, name, "%#x", "UDP_???"); break;
	case IPPROTO_RAW: pr_xlat(raw_opts, name, "%#x", "RAW_???"); break;
	case 263: pr_xlat(packet_opts, name, "%#x", "PACKET_???"); break;	/* SOL_PACKET */
	case 270: pr_xlat(netlink_opts, name, "%#x", "NETLINK_???"); break;
	default: pr("%u", name);
	}
}

static void dec_setsockopt(struct tcb *t)
{
	unsigned level = (unsigned)t->a[1], name = (unsigned)t->a[2];

	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	/* SO_ATTACH_FILTER shares its number with SO_GET_FILTER, the name the
	 * table (and getsockopt) shows */
	if (level == SOL_SOCKET && name == SO_ATTACH_FILTER) {
		pr_xlat(sol_levels, level, "%#x", NULL);
		pr_sep();
		pr_named_hex(name, "SO_ATTACH_FILTER");
	} else {
		pr_sockopt_name(level, name);
	}
	pr_sep();
	pr_setsockopt_val(t, (unsigned)t->a[1], (unsigned)t->a[2], t->a[3], (int)t->a[4]);
	pr(", %d", (int)t->a[4]);	/* optlen: an int */
}

/* struct msghdr as the kernel reads it (user_msghdr; not exported to UAPI):
 *   msg_name 8 | msg_namelen 4 (+4 pad) | msg_iov 8 | msg_iovlen 8 |
 *   msg_control 8 | msg_controllen 8 | msg_flags 4 (+4 pad) */
struct k_msghdr {
	unsigned long name;
	int namelen;
	unsigned long iov, iovlen, control, controllen;
	int flags;
};

/* The name length goes in and (for recvmsg) comes back; data is shown up
 * to `data` bytes; msg_flags means something only after recvmsg. */
static void pr_msghdr(struct tcb *t, unsigned long addr, unsigned long data, int in_namelen)
{
	struct k_msghdr m;

	if (umove(t->pid, addr, &m, sizeof m) < 0) {
		pr_addr(addr);
		return;
	}
	prs("{msg_name=");
	int fam = -1;
	/* recvmsg: the kernel wrote no more of the name than went in */
	int namelen = in_namelen >= 0 && (unsigned)in_namelen < (unsigned)m.namelen ? in_namelen : m.namelen;
	if (!m.name || (in_namelen >= 0 && m.namelen == 0))
		pr_addr(m.name);
	else
		fam = pr_sockaddr(t, m.name, (unsigned)namelen);
	if (in_namelen >= 0 && in_namelen != m.namelen)
		pr(", msg_namelen=%d => %d", in_namelen, m.namelen);
	else
		pr(", msg_namelen=%d", m.namelen);
	prs(", msg_iov=");
	pr_iov_as(t, m.iov, m.iovlen, data, fam == 16 ? pr_nl_iovbuf : pr_buf);	/* AF_NETLINK */
	pr(", msg_iovlen=%lu", m.iovlen);
	if (m.controllen) {
		prs(", msg_control=");
		pr_cmsgs(t, m.control, m.controllen);
	}
	pr(", msg_controllen=%lu, msg_flags=", m.controllen);
	pr_flags(msg_flags, (unsigned)m.flags, NULL);
	prs("}");
}

static void dec_sendmsg(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_msghdr(t, t->a[1], ~0UL, -1);
	pr_sep();
	pr_flags(msg_flags, (unsigned)t->a[2], NULL);
}

static void dec_recvmsg(struct tcb *t)
{
	if (!t->exiting) {
		struct k_msghdr m;
		pr_fd((long)t->a[0]);
		pr_sep();
		t->aux = umove(t->pid, t->a[1], &m, sizeof m) == 0 ? (unsigned)m.namelen : LEN_UNREAD;
		return;
	}
	if (t_failed(t) && t->aux == LEN_UNREAD)	/* nothing could be read */
		pr_addr(t->a[1]);
	else if (t_failed(t))	/* nothing came back: only the length that went in */
		pr("{msg_namelen=%d}", (int)t->aux);
	else
		pr_msghdr(t, t->a[1], (unsigned long)t->ret, (int)t->aux);
	pr_sep();
	pr_flags(msg_flags, (unsigned)t->a[2], NULL);
}

/* struct mmsghdr: a msghdr (56 bytes), then msg_len, which the kernel sets
 * for each message it moved (+4 pad): 64 bytes an element */
#define MMSG_SIZE 64
#define MMSG_LEN 56

/* The first n messages at addr; msg_len (and, for recvmmsg, the data it
 * counts) for the first `moved`; inlen: each msg_namelen at the entry
 * (recvmmsg: "110 => 16"), or NULL */
static void pr_mmsgvec(struct tcb *t, unsigned long addr, unsigned long n, unsigned long moved,
		       const int *inlen, int nin)
{
	unsigned char first[MMSG_SIZE];

	if (pr_nonverbose_addr(addr))
		return;
	if (n && umove(t->pid, addr, first, sizeof first) < 0) {
		pr_addr(addr);
		return;
	}
	prs("[");
	for (unsigned long i = 0; i < n; i++) {
		if (!pr_elem((int)i))
			break;
		if (i == UIO_MAXIOV) {	/* the kernel takes no more: strace shows none */
			prs("...");
			break;
		}
		unsigned long a = addr + i * MMSG_SIZE;
		unsigned char probe[MMSG_SIZE];
		if (i && umove(t->pid, a, probe, sizeof probe) < 0) {
			pr("... /* %#lx */", a);	/* the vector ends unreadable */
			break;
		}
		unsigned len = 0;
		int has_len = i < moved && umove(t->pid, a + MMSG_LEN, &len, sizeof len) == 0;
		prs("{msg_hdr=");
		pr_msghdr(t, a, inlen && has_len ? len : ~0UL, inlen && (long)i < nin ? inlen[i] : -1);
		if (has_len)
			pr(", msg_len=%u", len);
		prs("}");
	}
	prs("]");
}

/* sendmmsg(fd, vec, vlen, flags): shown at the exit, when the kernel has set
 * msg_len in the messages it sent (the first `ret`); all vlen are shown */
static void dec_sendmmsg(struct tcb *t)
{
	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	if (!t->a[1])
		prs("NULL");	/* whatever vlen says */
	else
		pr_mmsgvec(t, t->a[1], (unsigned)t->a[2], t_failed(t) ? 0 : (unsigned long)t->ret, NULL, 0);
	pr(", %u, ", (unsigned)t->a[2]);
	pr_flags(msg_flags, (unsigned)t->a[3], NULL);
}

/* recvmmsg(fd, vec, vlen, flags, timeout): the messages received (`ret` of
 * them), each namelen as it went in and came back; the timeout as it went
 * in, and after the result what was left of it. The entry's values wait in
 * rbuf (unused until the exit's result text). */
struct mmsg_entry {
	int ts_state;			/* 0: NULL, 1: read, 2: unreadable */
	long long ts[2];
	int nin;
	int inlen[(sizeof ((struct tcb *)0)->rbuf - 32) / sizeof(int)];
};
static void dec_recvmmsg(struct tcb *t)
{
	struct mmsg_entry *e = (struct mmsg_entry *)(void *)t->rbuf;
	_Static_assert(sizeof(struct mmsg_entry) <= sizeof t->rbuf, "rbuf holds the entry's values");

	if (!t->exiting) {
		unsigned long n = (unsigned)t->a[2];
		pr_fd((long)t->a[0]);
		pr_sep();
		e->ts_state = !t->a[4] ? 0 : umove(t->pid, t->a[4], e->ts, sizeof e->ts) == 0 ? 1 : 2;
		e->nin = 0;
		for (unsigned long i = 0; i < n && i < sizeof e->inlen / sizeof e->inlen[0]; i++) {
			if (umove(t->pid, t->a[1] + i * MMSG_SIZE + 8, &e->inlen[i], sizeof(int)) < 0)
				break;
			e->nin++;
		}
		return;
	}
	struct mmsg_entry in = *e;
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_mmsgvec(t, t->a[1], (unsigned long)t->ret, (unsigned long)t->ret, in.inlen, in.nin);
	pr(", %u, ", (unsigned)t->a[2]);
	pr_flags(msg_flags, (unsigned)t->a[3], NULL);
	pr_sep();
	if (in.ts_state == 0)
		prs("NULL");
	else if (in.ts_state == 2)
		pr_hex(t->a[4]);
	else
		pr("{tv_sec=%lld, tv_nsec=%llu}", in.ts[0], (unsigned long long)in.ts[1]);
	long long left[2];
	if (in.ts_state == 1 && !t_failed(t) && umove(t->pid, t->a[4], left, sizeof left) == 0) {
		snprintf(t->rbuf, sizeof t->rbuf, " (left {tv_sec=%lld, tv_nsec=%llu})", left[0],
			 (unsigned long long)left[1]);
		t->rtext = t->rbuf;
	}
}

/* getsockopt(fd, level, name, [value], [len]): the length goes in and
 * comes back, [in => out] when they differ; after a failure only the
 * length that went in */
static void dec_getsockopt(struct tcb *t)
{
	if (!t->exiting) {
		save_len(t, t->a[4]);
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_sockopt_name((unsigned)t->a[1], (unsigned)t->a[2]);
		pr_sep();
		return;
	}
	int rlen;
	if (!cur_verbose || !t->a[4] || t->aux == LEN_UNREAD) {	/* no length to go by */
		pr_addr(t->a[3]);
		pr_sep();
		pr_addr(t->a[4]);
		return;
	}
	if (t_failed(t) || umove(t->pid, t->a[4], &rlen, sizeof rlen) < 0) {
		pr_addr(t->a[3]);	/* nothing came back: the length that went in */
		pr(", [%d]", (int)t->aux);
		return;
	}
	pr_getsockopt_val(t, (unsigned)t->a[1], (unsigned)t->a[2], t->a[3], (int)t->aux, rlen);
	if ((int)t->aux != rlen)
		pr(", [%d => %d]", (int)t->aux, rlen);
	else
		pr(", [%d]", rlen);
}

static void dec_accept(struct tcb *t)
{
	if (!t->exiting) {
		save_len(t, t->a[2]);
		pr_fd((long)t->a[0]);
		pr_sep();
		return;
	}
	pr_sockaddr_out(t, t->a[1], t->a[2]);
}

void net_init(void)
{
	sys_set("socket", 3, dec_socket, R_DEC);
	sys_set("socketpair", 4, dec_socketpair, R_DEC);
	sys_set("bind", 3, dec_bind, R_DEC);
	sys_set("connect", 3, dec_bind, R_DEC);
	sys_set("listen", 2, dec_listen, R_DEC);
	sys_set("accept4", 4, dec_accept4, R_DEC);
	sys_set("sendto", 6, dec_sendto, R_DEC);
	sys_set("recvfrom", 6, dec_recvfrom, R_DEC);
	sys_set("shutdown", 2, dec_shutdown, R_DEC);
	sys_set("getsockname", 3, dec_getsockname, R_DEC);
	sys_set("getpeername", 3, dec_getsockname, R_DEC);
	sys_set("setsockopt", 5, dec_setsockopt, R_DEC);
	sys_set("sendmsg", 3, dec_sendmsg, R_DEC);
	sys_set("getsockopt", 5, dec_getsockopt, R_DEC);
	sys_set("recvmsg", 3, dec_recvmsg, R_DEC);
	sys_set("accept", 3, dec_accept, R_DEC);
	sys_set("sendmmsg", 4, dec_sendmmsg, R_DEC);
	sys_set("recvmmsg", 5, dec_recvmmsg, R_DEC);
}
