/* src/trace/nl_sockdiag.c — NETLINK_SOCK_DIAG's messages as strace 6.1
 * prints them, by the family in their first byte. Requests (NLM_F_REQUEST):
 * inet_diag_req_v2 (AF_INET, AF_INET6), unix_diag_req, netlink_diag_req,
 * packet_diag_req, smc_diag_req; TCPDIAG/DCCPDIAG_GETSOCK's inet_diag_req:
 *   {sdiag_family=AF_INET, sdiag_protocol=IPPROTO_TCP, idiag_ext=0,
 *    idiag_states=1<<TCP_LISTEN, id={idiag_sport=htons(80), ...}}
 * Replies: inet_diag_msg, unix_diag_msg, netlink_diag_msg, packet_diag_msg,
 * smc_diag_msg and their attributes, [{nla_len=8, nla_type=UNIX_DIAG_PEER}, 585].
 * A struct cut short prints as {sdiag_family=AF_INET, ...}; any other
 * family as {family=AF_..., data="..."}.
 */
#include "trace.h"
#include <linux/filter.h>
#include "netlink.h"
#include "nl_route.h"
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>
#include <linux/unix_diag.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/smc_diag.h>
#include <linux/if_packet.h>
#include <linux/bpf.h>
#include <linux/tcp.h>
#include <linux/tls.h>
#include <linux/in.h>
#include "nltab.h"

#define AF_UNIX 1	/* address_families(7) */
#define AF_INET 2
#define AF_INET6 10
#define AF_NETLINK 16
#define AF_PACKET 17
#define AF_SMC 43
/* the kernel's include/net/sock.h (not in UAPI): what sk_shutdown holds */
#define RCV_SHUTDOWN 1
#define SEND_SHUTDOWN 2

extern const struct xlat xl_families[], xl_sock_types[], netlink_protos[], xl_eth_protos[];	/* net.c */
static const struct xlat tcp_states[] = { NLX_tcp_states, XEND };
static const struct xlat udiag_show[] = { NLX_udiag_show, XEND };
static const struct xlat ip_protos[] = {
	X(IPPROTO_IP), X(IPPROTO_ICMP), X(IPPROTO_TCP), X(IPPROTO_UDP), X(IPPROTO_IPV6),
	X(IPPROTO_DCCP), X(IPPROTO_SCTP), X(IPPROTO_UDPLITE), X(IPPROTO_RAW), XEND
};
static const struct xlat inet_attrs[] = { NLX_inet_diag_attrs, XEND };
static const struct xlat inet_req_attrs[] = { NLX_inet_diag_req_attrs, XEND };
static const struct xlat bc_ops[] = { NLX_inet_diag_bc_ops, XEND };
static const struct xlat unix_attrs[] = { NLX_unix_diag_attrs, XEND };
static const struct xlat sk_meminfo[] = { NLX_sk_meminfo, XEND };
static const struct xlat shutdown_bits[] = { X(RCV_SHUTDOWN), X(SEND_SHUTDOWN), XEND };
static const struct xlat nl_attrs_x[] = { NLX_nl_diag_attrs, XEND };
static const struct xlat pkt_attrs[] = { NLX_pkt_diag_attrs, XEND };
static const struct xlat ndiag_show[] = {
	X(NDIAG_SHOW_MEMINFO), X(NDIAG_SHOW_GROUPS), X(NDIAG_SHOW_RING_CFG), X(NDIAG_SHOW_FLAGS), XEND
};
static const struct xlat ndiag_flags[] = {
	X(NDIAG_FLAG_CB_RUNNING), X(NDIAG_FLAG_PKTINFO), X(NDIAG_FLAG_BROADCAST_ERROR),
	X(NDIAG_FLAG_NO_ENOBUFS), X(NDIAG_FLAG_LISTEN_ALL_NSID), X(NDIAG_FLAG_CAP_ACK), XEND
};
/* a netlink socket's state: the kernel's two, and the TCP_CLOSE strace
 * also names (the value of bpf.h's copy of the TCP states) */
static const struct xlat ndiag_states[] = {
	X(NETLINK_UNCONNECTED), X(NETLINK_CONNECTED), { BPF_TCP_CLOSE, "TCP_CLOSE" }, XEND
};
static const struct xlat pdiag_show[] = {
	X(PACKET_SHOW_INFO), X(PACKET_SHOW_MCLIST), X(PACKET_SHOW_RING_CFG), X(PACKET_SHOW_FANOUT),
	X(PACKET_SHOW_MEMINFO), X(PACKET_SHOW_FILTER), XEND
};
static const struct xlat pdi_flags[] = {
	X(PDI_RUNNING), X(PDI_AUXDATA), X(PDI_ORIGDEV), X(PDI_VNETHDR), X(PDI_LOSS), XEND
};
static const struct xlat tpacket_versions[] = { X(TPACKET_V1), X(TPACKET_V2), X(TPACKET_V3), XEND };

static uint16_t ntohs16(uint16_t v) { return (uint16_t)(v >> 8 | v << 8); }

/* 1<<TCP_LISTEN|1<<TCP_CLOSE, unknown bits in hex last; 0 is "0" */
static void pr_states(uint32_t v)
{
	int any = 0;

	if (opt_raw || !v) {
		pr("%#x", v);
		return;
	}
	int xv = xv_begin("%#lx", v);
	for (const struct xlat *x = tcp_states; x->name; x++) {
		if (x->val < 32 && (v & 1u << x->val)) {
			pr("%s1<<%s", any++ ? "|" : "", x->name + 4);	/* without "BPF_" */
			v &= ~(1u << x->val);
		}
	}
	if (v)
		pr("%s%#x", any ? "|" : "", v);
	xv_end(xv);
}

/* one state: TCP_LISTEN (bpf.h's name without "BPF_"), 0 /+ TCP_??? +/ */
static void pr_state(unsigned v)
{
	const char *n = xlat_name(tcp_states, v);
	if (n)
		pr_named_hex(v, n + 4);
	else
		pr_xlat(tcp_states, v, "%#lx", "TCP_???");
}

static void pr_family(unsigned fam)
{
	pr_xlat(xl_families, fam, "%#lx", "AF_???");
}

/* an address of the socket id: inet_addr("127.0.0.1"); IPv6 in
 * inet_pton's form, which names the field last */
static void pr_addr_text(unsigned fam, const unsigned char *b, const char *field)
{
	char text[64];
	size_t n;

	if (fam == AF_INET) {
		pr("inet_addr(\"%u.%u.%u.%u\")", b[0], b[1], b[2], b[3]);
		return;
	}
	pr_capture_begin(text, sizeof text);
	pr_in6(b);
	n = pr_capture_end();
	prs("inet_pton(AF_INET6, ");
	quote_bytes((const unsigned char *)text, n, 0);
	if (field)
		pr(", &%s", field);
	prs(")");
}

/* -X raw, -X verbose: the bytes, and (verbose) what they read as in a comment */
static void pr_addr_of(unsigned fam, const uint32_t *a, const char *field)
{
	const unsigned char *b = (const unsigned char *)a;
	int known = fam == AF_INET || fam == AF_INET6;

	if (known && !opt_raw && !opt_xverbose) {
		if (fam == AF_INET)
			pr("%s=", field);
		pr_addr_text(fam, b, field);
		return;
	}
	pr("%s=", field);
	quote_bytes(b, 16, QUOTE_HEX);	/* all of it, whatever -s says */
	if (known && opt_xverbose && !opt_raw) {
		prs(" /* ");
		pr_addr_text(fam, b, NULL);
		prs(" */");
	}
}

static void pr_port(const char *field, uint16_t port)
{
	pr("%s=", field);
	if (!opt_raw && !opt_xverbose) {
		pr("htons(%u)", ntohs16(port));
		return;
	}
	quote_bytes((const unsigned char *)&port, 2, QUOTE_HEX);
	if (!opt_raw)
		pr(" /* htons(%u) */", ntohs16(port));
}

static void pr_sockid(unsigned fam, const struct inet_diag_sockid *id)
{
	prs("id={");
	pr_port("idiag_sport", id->idiag_sport);
	prs(", ");
	pr_port("idiag_dport", id->idiag_dport);
	prs(", ");
	pr_addr_of(fam, id->idiag_src, "idiag_src");
	prs(", ");
	pr_addr_of(fam, id->idiag_dst, "idiag_dst");
	prs(", idiag_if=");
	nl_pr_ifindex(id->idiag_if);
	pr(", idiag_cookie=[%u, %u]}", id->idiag_cookie[0], id->idiag_cookie[1]);
}

/* --- requests ----------------------------------------------------------- */

/* "{sdiag_family=AF_INET" of every request; then ", ...}" and 1 when the
 * struct is cut short (strace shows no bytes of it), or unreadable */
static int short_req(struct tcb *t, unsigned long addr, unsigned len, void *r, size_t size)
{
	unsigned char fam;

	if (len >= size && umove(t->pid, addr, r, size) == 0) {
		memcpy(&fam, r, 1);
		prs("{sdiag_family=");
		pr_family(fam);
		return 0;
	}
	umove(t->pid, addr, &fam, 1);	/* read by the caller already */
	prs("{sdiag_family=");
	pr_family(fam);
	if (len >= size)	/* the rest unreadable: its address */
		pr(", %#lx}", addr + 1);
	else
		prs(", ...}");
	return 1;
}

/* idiag_ext: bit N-1 asks for attribute N: 1<<(INET_DIAG_MEMINFO-1) */
static void pr_ext(unsigned v)
{
	int any = 0;

	if (opt_raw || !v) {
		pr("%#x", v);
		return;
	}
	int xv = xv_begin("%#lx", v);
	for (unsigned i = 1; i <= 8; i++) {
		const char *n = xlat_name(inet_attrs, i);
		if (n && v & 1u << (i - 1)) {
			pr("%s1<<(%s-1)", any++ ? "|" : "", n);
			v &= ~(1u << (i - 1));
		}
	}
	if (v)
		pr("%s%#x", any ? "|" : "", v);
	xv_end(xv);
}

/* --- the requests' attributes: INET_DIAG_REQ_* ------------------------------ */

static void pr_bc_op(const struct inet_diag_bc_op *op)
{
	prs("{code=");
	pr_xlat(bc_ops, op->code, "%#lx", "INET_DIAG_BC_???");
	pr(", yes=%u, no=%u}", op->yes, op->no);
}

/* S_COND/D_COND's struct inet_diag_hostcond, and its address when any
 * follows: inet_addr(), inet_pton(), or the bytes */
static void pr_hostcond(struct tcb *t, unsigned long addr, unsigned len)
{
	struct inet_diag_hostcond h;

	if (len < sizeof h) {
		nl_hexstr(t, addr, len);
		return;
	}
	if (umove(t->pid, addr, &h, sizeof h) < 0) {
		pr_hex(addr);
		return;
	}
	prs("{family=");
	pr_family(h.family);
	pr(", prefix_len=%u, port=%d", h.prefix_len, h.port);
	addr += sizeof h;
	len -= sizeof h;
	if (len) {
		unsigned need = h.family == AF_INET ? 4 : h.family == AF_INET6 ? 16 : 0;
		unsigned char a[16];
		prs(", ");
		if (!need || len < need) {
			prs("addr=");
			nl_hexstr(t, addr, len);
		} else if (umove(t->pid, addr, a, need) < 0) {
			pr("addr=%#lx", addr);
		} else if (opt_raw || opt_xverbose) {	/* the bytes, the text in a comment */
			prs("addr=");
			quote_bytes(a, need, QUOTE_HEX);
			if (opt_xverbose && !opt_raw) {
				prs(" /* ");
				pr_addr_text(h.family, a, NULL);
				prs(" */");
			}
		} else {
			if (h.family == AF_INET)
				prs("addr=");
			pr_addr_text(h.family, a, "addr");
		}
	}
	prs("}");
}

/* what follows an op, by its code: a host condition, an ifindex, the
 * port's op, a mark; anything else as bytes */
static void pr_bc_arg(struct tcb *t, unsigned code, unsigned long addr, unsigned len)
{
	union { uint32_t ifindex; struct inet_diag_bc_op op; struct inet_diag_markcond mark; } u;
	size_t need = code == INET_DIAG_BC_DEV_COND ? sizeof u.ifindex
		      : code == INET_DIAG_BC_MARK_COND ? sizeof u.mark
		      : sizeof u.op;

	switch (code) {
	case INET_DIAG_BC_S_COND: case INET_DIAG_BC_D_COND:
		pr_hostcond(t, addr, len);
		return;
	case INET_DIAG_BC_DEV_COND: case INET_DIAG_BC_MARK_COND:
	case INET_DIAG_BC_S_GE: case INET_DIAG_BC_S_LE:
	case INET_DIAG_BC_D_GE: case INET_DIAG_BC_D_LE:
		break;
	default:
		nl_hexstr(t, addr, len);
		return;
	}
	if (len < need) {
		nl_hexstr(t, addr, len);
		return;
	}
	if (umove(t->pid, addr, &u, need) < 0) {
		pr_hex(addr);
		return;
	}
	if (code == INET_DIAG_BC_DEV_COND)
		nl_pr_ifindex(u.ifindex);
	else if (code == INET_DIAG_BC_MARK_COND)
		pr("{mark=%u, mask=%u}", u.mark.mark, u.mark.mask);
	else
		pr_bc_op(&u.op);
}

/* INET_DIAG_REQ_BYTECODE: its first op, and what the op's code says follows */
static int nla_bytecode(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	struct inet_diag_bc_op op;
	int ok;

	if (!nla_fetch(t, addr, len, &op, sizeof op, &ok))
		return 0;
	if (!ok)
		return 1;
	pr_bc_op(&op);
	if (len > sizeof op) {
		prs(", ");
		pr_bc_arg(t, op.code, addr + sizeof op, len - (unsigned)sizeof op);
	}
	return 1;
}

/* every IPPROTO_* (nl_route.c's table), IPPROTO_MPTCP among them */
NLA_VALUE(nla_req_protocol, uint32_t, pr_xlat(ipprotos, v, "%#lx", "IPPROTO_???"))

static nla_fn *const inet_req_dec[] = {
	[INET_DIAG_REQ_BYTECODE] = nla_bytecode, [INET_DIAG_REQ_PROTOCOL] = nla_req_protocol,
};
static const struct nla_table inet_req_tb =
	NLA_TABLE(inet_req_attrs, "INET_DIAG_REQ_???", inet_req_dec, NULL);

/* TCPDIAG_GETSOCK's and DCCPDIAG_GETSOCK's struct inet_diag_req */
static void inet_req_compat(struct tcb *t, unsigned long addr, unsigned len)
{
	struct inet_diag_req r;

	if (len < sizeof r || umove(t->pid, addr, &r, sizeof r) < 0) {
		/* cut short: the family and "..."; unreadable: the rest's address */
		unsigned char fam;
		if (umove(t->pid, addr, &fam, 1) < 0) {
			pr_hex(addr);
			return;
		}
		prs("{idiag_family=");
		pr_family(fam);
		if (len < sizeof r)
			prs(", ...}");
		else
			pr(", %#lx}", addr + 1);
		return;
	}
	prs("{idiag_family=");
	pr_family(r.idiag_family);
	pr(", idiag_src_len=%u, idiag_dst_len=%u, idiag_ext=", r.idiag_src_len, r.idiag_dst_len);
	pr_ext(r.idiag_ext);
	prs(", ");
	pr_sockid(r.idiag_family, &r.id);
	prs(", idiag_states=");
	pr_states(r.idiag_states);
	pr(", idiag_dbs=%u}", r.idiag_dbs);
	nl_attrs_after(t, addr, len, sizeof r, &inet_req_tb);
}

static void inet_req(struct tcb *t, unsigned long addr, unsigned len)
{
	struct inet_diag_req_v2 r;

	if (short_req(t, addr, len, &r, sizeof r))
		return;
	prs(", sdiag_protocol=");
	pr_xlat(ip_protos, r.sdiag_protocol, "%lu", "IPPROTO_???");
	prs(", idiag_ext=");
	pr_ext(r.idiag_ext);
	prs(", idiag_states=");
	pr_states(r.idiag_states);
	prs(", ");
	pr_sockid(r.sdiag_family, &r.id);
	prs("}");
	nl_attrs_after(t, addr, len, sizeof r, &inet_req_tb);
}

static void unix_req(struct tcb *t, unsigned long addr, unsigned len)
{
	struct unix_diag_req r;

	if (short_req(t, addr, len, &r, sizeof r))
		return;
	pr(", sdiag_protocol=%u, udiag_states=", r.sdiag_protocol);
	pr_states(r.udiag_states);
	pr(", udiag_ino=%u, udiag_show=", r.udiag_ino);
	pr_flags_d(udiag_show, r.udiag_show, "UDIAG_SHOW_???");
	pr(", udiag_cookie=[%u, %u]}", r.udiag_cookie[0], r.udiag_cookie[1]);
}

/* --- the replies' attributes -------------------------------------------- */

/* an attribute that is an array of SIZE-byte elements, each printed by
 * ELEM (cut by -s as pr_array cuts): its bytes when shorter than one */
#define NLA_ARRAY(fn, size, elem)						\
static int fn(struct tcb *t, unsigned long addr, unsigned len, const void *o)	\
{										\
	if (len < (size))							\
		return 0;							\
	pr_array(t, addr, len / (size), (size), elem);				\
	return 1;								\
}

/* a little-endian number of N bytes (N <= 8) into *v: 0 when unreadable
 * (its address printed) */
static int fetch_number(struct tcb *t, unsigned long addr, unsigned n, unsigned long long *v)
{
	unsigned char b[8];

	if (umove(t->pid, addr, b, n) < 0) {
		pr_hex(addr);
		return 0;
	}
	*v = 0;
	for (unsigned i = n; i-- > 0;)
		*v = *v << 8 | b[i];
	return 1;
}

NLA_VALUE(nla_meminfo, struct inet_diag_meminfo,
	  pr_u32_fields(&v.idiag_rmem, 4, "idiag_rmem,idiag_wmem,idiag_fmem,idiag_tmem"))

/* sk_meminfo's u32s, each under its index's name: [SK_MEMINFO_RCVBUF]=212992 */
static void skmem_elem(struct tcb *t, const void *e)
{
	static unsigned i;
	uint32_t v;
	(void)t;
	if (e == NULL) {	/* a new array */
		i = 0;
		return;
	}
	memcpy(&v, e, sizeof v);
	const char *n = i < SK_MEMINFO_VARS ? xlat_name(sk_meminfo, i) : NULL;
	char num[16];
	snprintf(num, sizeof num, "%u", i);
	prs("[");
	if (n)
		pr_named(num, n);
	else
		pr(opt_raw ? "%u" : "%u /* SK_MEMINFO_??? */", i);
	pr("]=%u", v);
	i++;
}

NLA_ARRAY(skmem_array, 4, skmem_elem)

static int nla_skmeminfo(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	skmem_elem(t, NULL);	/* the indexes count from 0 in every attribute */
	return skmem_array(t, addr, len, o);
}

/* inet's sk_shutdown: 0x1 /+ RCV_SHUTDOWN +/ even without -X verbose */
static void pr_shutdown(uint8_t v)
{
	char names[64];

	if (!v || opt_raw) {
		pr(v ? "%#x" : "%u", v);
		return;
	}
	unsigned known = v & (RCV_SHUTDOWN | SEND_SHUTDOWN);
	pr_capture_begin(names, sizeof names);
	int xv = opt_xverbose;
	opt_xverbose = 0;
	pr_flags(shutdown_bits, v, NULL);
	opt_xverbose = xv;
	size_t n = pr_capture_end();
	pr("%#x /* %s */", v, known && n ? names : "???_SHUTDOWN");
}
NLA_VALUE(nla_inet_shutdown, uint8_t, pr_shutdown(v))

/* IPPROTO_TCP from as many bytes as there are, up to 8 (strace reads them so) */
static int nla_protocol(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	unsigned long long v;

	if (fetch_number(t, addr, len < 8 ? len : 8, &v))
		pr_xlat(ipprotos, v, "%#lx", "IPPROTO_???");	/* every IPPROTO_* */
	return 1;
}

/* struct inet_diag_sockopt: its one-bit fields that are set, and the five
 * unused bits strace names "bits 3..8" */
/* the bytes after a struct of SIZE, when any of them is not 0:
 * ", /" "* bytes 2..3 *" "/ "\x01\x00"" */
static void pr_nonzero_tail(struct tcb *t, unsigned long addr, unsigned len, unsigned size)
{
	unsigned char b[256];
	int any = 0;

	if (!len || len > sizeof b || umove(t->pid, addr, b, len) < 0)
		return;
	for (unsigned i = 0; i < len; i++)
		any |= b[i];
	if (!any)
		return;
	pr(", /* bytes %u..%u */ ", size, size + len - 1);
	nl_hexstr_mem(b, len);
}

static int nla_sockopt(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	static const char *const bit[] = {
		"recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent",
		"mc_all", "nodefrag", "bind_address_no_port", "recverr_rfc4884", "defer_connect",
	};
	uint16_t v;
	int ok, any = 0;

	if (!nla_fetch(t, addr, len, &v, sizeof v, &ok))
		return 0;
	if (!ok)
		return 1;
	prs("{");
	for (unsigned i = 0; i < sizeof bit / sizeof bit[0]; i++)
		if (v & 1u << i)
			pr("%s%s=1", any++ ? ", " : "", bit[i]);
	if (v >> 11)
		pr("%sunused=%#x /* bits 3..8 */", any ? ", " : "", v >> 11);
	prs("}");
	pr_nonzero_tail(t, addr + sizeof v, len - (unsigned)sizeof v, sizeof v);
	return 1;
}

/* INET_DIAG_LOCALS, INET_DIAG_PEERS (SCTP's): struct sockaddr_storage's,
 * each read on its own and printed as bind's address */
static int nla_sockaddrs(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	const unsigned size = 128;	/* sizeof(struct sockaddr_storage) */
	unsigned n = len / size;
	unsigned char probe[128];

	if (!n)
		return 0;
	for (unsigned i = 0; i < n; i++) {
		unsigned long at = addr + (unsigned long)i * size;
		if (umove(t->pid, at, probe, size) < 0) {
			if (i)
				pr(", ... /* %#lx */]", at);
			else
				pr_hex(addr);
			return 1;
		}
		if (!i)
			prs("[");
		if (!pr_elem((int)i))
			break;
		pr_sockaddr(t, at, size);
	}
	prs("]");
	return 1;
}

/* congestion control's own: vegas, dctcp, bbr (bbr's bandwidth in hex) */
NLA_VALUE(nla_vegas, struct tcpvegas_info,
	  pr_u32_fields(&v.tcpv_enabled, 4, "tcpv_enabled,tcpv_rttcnt,tcpv_rtt,tcpv_minrtt"))
NLA_VALUE(nla_dctcp, struct tcp_dctcp_info,
	  pr("{dctcp_enabled=%u, dctcp_ce_state=%u, dctcp_alpha=%u, dctcp_ab_ecn=%u, "
	     "dctcp_ab_tot=%u}", v.dctcp_enabled, v.dctcp_ce_state, v.dctcp_alpha,
	     v.dctcp_ab_ecn, v.dctcp_ab_tot))
NLA_VALUE(nla_bbr, struct tcp_bbr_info,
	  pr("{bbr_bw_lo=%#x, bbr_bw_hi=%#x, bbr_min_rtt=%u, bbr_pacing_gain=%u, "
	     "bbr_cwnd_gain=%u}", v.bbr_bw_lo, v.bbr_bw_hi, v.bbr_min_rtt,
	     v.bbr_pacing_gain, v.bbr_cwnd_gain))

/* the TCP MD5 keys: the address as the socket id's, the key's tcpm_keylen
 * bytes (at most all 80) */
static void md5sig_elem(struct tcb *t, const void *e)
{
	struct tcp_diag_md5sig m;
	memcpy(&m, e, sizeof m);
	prs("{tcpm_family=");
	pr_family(m.tcpm_family);
	pr(", tcpm_prefixlen=%u, tcpm_keylen=%u, ", m.tcpm_prefixlen, m.tcpm_keylen);
	pr_addr_of(m.tcpm_family, m.tcpm_addr, "tcpm_addr");
	prs(", tcpm_key=");
	quote_bytes(m.tcpm_key, m.tcpm_keylen < sizeof m.tcpm_key ? m.tcpm_keylen : sizeof m.tcpm_key,
		    QUOTE_HEX);	/* all of it, whatever -s says */
	prs("}");
}

NLA_ARRAY(nla_md5sig, sizeof(struct tcp_diag_md5sig), md5sig_elem)

/* INET_DIAG_ULP_INFO: the upper layer's name and, for kernel TLS and
 * MPTCP, its nested state */
static const struct xlat ulp_attrs[] = { NLX_ulp_info_attrs, XEND };
static const struct xlat mptcp_attrs[] = { NLX_mptcp_subflow_attrs, XEND };
static const struct xlat mptcp_flags[] = { NLX_mptcp_subflow_flags, XEND };
static const struct xlat tls_attrs[] = { NLX_tls_info_attrs, XEND };
static const struct xlat tls_versions[] = { X(TLS_1_2_VERSION), X(TLS_1_3_VERSION), XEND };
static const struct xlat tls_ciphers[] = {
	X(TLS_CIPHER_AES_GCM_128), X(TLS_CIPHER_AES_GCM_256), X(TLS_CIPHER_AES_CCM_128),
	X(TLS_CIPHER_CHACHA20_POLY1305), X(TLS_CIPHER_SM4_GCM), X(TLS_CIPHER_SM4_CCM),
	X(TLS_CIPHER_ARIA_GCM_128), X(TLS_CIPHER_ARIA_GCM_256), XEND
};
static const struct xlat tls_confs[] = {
	X(TLS_CONF_BASE), X(TLS_CONF_SW), X(TLS_CONF_HW), X(TLS_CONF_HW_RECORD), XEND
};

NLA_VALUE(nla_tls_version, uint16_t, pr_xlat(tls_versions, v, "%#lx", "TLS_???_VERSION"))
NLA_VALUE(nla_tls_cipher, uint16_t, pr_xlat(tls_ciphers, v, "%#lx", "TLS_CIPHER_???"))
NLA_VALUE(nla_tls_conf, uint16_t, pr_xlat(tls_confs, v, "%#lx", "TLS_CONF_???"))

static nla_fn *const tls_dec[] = {
	[TLS_INFO_VERSION] = nla_tls_version,
	[TLS_INFO_CIPHER] = nla_tls_cipher,
	[TLS_INFO_TXCONF] = nla_tls_conf,
	[TLS_INFO_RXCONF] = nla_tls_conf,
};
static const struct nla_table tls_tb = NLA_TABLE(tls_attrs, "TLS_INFO_???", tls_dec, NULL);
NLA_NEST(nla_tls, tls_tb)

/* <linux/mptcp.h> needs libc's headers: its attribute numbers, as
 * nltab.sh reads them, for the decoders */
enum {
	MPTCP_SUBFLOW_ATTR_TOKEN_REM = 1, MPTCP_SUBFLOW_ATTR_TOKEN_LOC,
	MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ, MPTCP_SUBFLOW_ATTR_MAP_SEQ, MPTCP_SUBFLOW_ATTR_MAP_SFSEQ,
	MPTCP_SUBFLOW_ATTR_SSN_OFFSET, MPTCP_SUBFLOW_ATTR_MAP_DATALEN, MPTCP_SUBFLOW_ATTR_FLAGS,
	MPTCP_SUBFLOW_ATTR_ID_REM, MPTCP_SUBFLOW_ATTR_ID_LOC,
};
NLA_VALUE(nla_mptcp_flags, uint32_t, pr_flags_d(mptcp_flags, v, "MPTCP_SUBFLOW_FLAG_???"))
static nla_fn *const mptcp_dec[] = {
	[MPTCP_SUBFLOW_ATTR_TOKEN_REM] = nla_x32, [MPTCP_SUBFLOW_ATTR_TOKEN_LOC] = nla_x32,
	[MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ] = nla_u32, [MPTCP_SUBFLOW_ATTR_MAP_SEQ] = nla_u64,
	[MPTCP_SUBFLOW_ATTR_MAP_SFSEQ] = nla_u32, [MPTCP_SUBFLOW_ATTR_SSN_OFFSET] = nla_u32,
	[MPTCP_SUBFLOW_ATTR_MAP_DATALEN] = nla_u16, [MPTCP_SUBFLOW_ATTR_FLAGS] = nla_mptcp_flags,
	[MPTCP_SUBFLOW_ATTR_ID_REM] = nla_u8, [MPTCP_SUBFLOW_ATTR_ID_LOC] = nla_u8,
};
static const struct nla_table mptcp_tb =
	NLA_TABLE(mptcp_attrs, "MPTCP_SUBFLOW_ATTR_???", mptcp_dec, NULL);
NLA_NEST(nla_mptcp, mptcp_tb)

static nla_fn *const ulp_dec[] = {
	[INET_ULP_INFO_NAME] = nla_str,
	[INET_ULP_INFO_TLS] = nla_tls,
	[INET_ULP_INFO_MPTCP] = nla_mptcp,
};
static const struct nla_table ulp_tb = NLA_TABLE(ulp_attrs, "INET_ULP_INFO_???", ulp_dec, NULL);
NLA_NEST(nla_ulp, ulp_tb)

/* INET_DIAG_SK_BPF_STORAGES: a nest of SK_DIAG_BPF_STORAGE nests, each a
 * map's id and its value (a value of 1, 2, 4 or 8 bytes as a hex number) */
static const struct xlat storages_attrs[] = { NLX_bpf_storages, XEND };
static const struct xlat storage_attrs[] = { NLX_bpf_storage, XEND };

static int nla_map_value(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	unsigned long long v;

	if (len != 1 && len != 2 && len != 4 && len != 8)
		return 0;
	if (fetch_number(t, addr, len, &v))
		pr("%#llx", v);
	return 1;
}

static nla_fn *const storage_dec[] = {
	[SK_DIAG_BPF_STORAGE_MAP_ID] = nla_u32,
	[SK_DIAG_BPF_STORAGE_MAP_VALUE] = nla_map_value,
};
static const struct nla_table storage_tb =
	NLA_TABLE(storage_attrs, "SK_DIAG_BPF_STORAGE_???", storage_dec, NULL);
NLA_NEST(nla_storage, storage_tb)

static nla_fn *const storages_dec[] = { [SK_DIAG_BPF_STORAGE] = nla_storage };
static const struct nla_table storages_tb =
	NLA_TABLE(storages_attrs, "SK_DIAG_BPF_STORAGE_???", storages_dec, NULL);
NLA_NEST(nla_storages, storages_tb)

static nla_fn *const inet_dec[] = {
	[INET_DIAG_MEMINFO] = nla_meminfo,
	[INET_DIAG_VEGASINFO] = nla_vegas,
	[INET_DIAG_DCTCPINFO] = nla_dctcp,
	[INET_DIAG_BBRINFO] = nla_bbr,
	[INET_DIAG_MD5SIG] = nla_md5sig,
	[INET_DIAG_ULP_INFO] = nla_ulp,
	[INET_DIAG_SK_BPF_STORAGES] = nla_storages,
	[INET_DIAG_CONG] = nla_str,
	[INET_DIAG_TOS] = nla_u8,
	[INET_DIAG_TCLASS] = nla_u8,
	[INET_DIAG_SKMEMINFO] = nla_skmeminfo,
	[INET_DIAG_SHUTDOWN] = nla_inet_shutdown,
	[INET_DIAG_PROTOCOL] = nla_protocol,
	[INET_DIAG_SKV6ONLY] = nla_u8,
	[INET_DIAG_MARK] = nla_u32,
	[INET_DIAG_CLASS_ID] = nla_u32,
	[INET_DIAG_CGROUP_ID] = nla_u64,
	[INET_DIAG_SOCKOPT] = nla_sockopt, [INET_DIAG_LOCALS] = nla_sockaddrs,
	[INET_DIAG_PEERS] = nla_sockaddrs,
};
static const struct nla_table inet_tb = NLA_TABLE(inet_attrs, "INET_DIAG_???", inet_dec, NULL);

/* {udiag_vfs_dev=makedev(0x8, 0x3), udiag_vfs_ino=1234}: the device first */
static void pr_vfs(const struct unix_diag_vfs *v)
{
	prs("{udiag_vfs_dev=");
	pr_makedev(v->udiag_vfs_dev);
	pr(", udiag_vfs_ino=%u}", v->udiag_vfs_ino);
}
NLA_VALUE(nla_vfs, struct unix_diag_vfs, pr_vfs(&v))

static void u32_elem(struct tcb *t, const void *e)
{
	uint32_t v;
	memcpy(&v, e, sizeof v);
	pr("%u", v);
}

/* the inodes of the connections a listener has not accepted */
NLA_ARRAY(nla_icons, 4, u32_elem)
NLA_VALUE(nla_rqlen, struct unix_diag_rqlen,
	  pr_u32_fields(&v.udiag_rqueue, 2, "udiag_rqueue,udiag_wqueue"))

static nla_fn *const unix_dec[] = {
	[UNIX_DIAG_NAME] = nla_str,
	[UNIX_DIAG_VFS] = nla_vfs,
	[UNIX_DIAG_PEER] = nla_u32,
	[UNIX_DIAG_ICONS] = nla_icons,
	[UNIX_DIAG_RQLEN] = nla_rqlen,
	[UNIX_DIAG_MEMINFO] = nla_skmeminfo,
	[UNIX_DIAG_SHUTDOWN] = nla_u8,
	[UNIX_DIAG_UID] = nla_u32,
};
static const struct nla_table unix_tb = NLA_TABLE(unix_attrs, "UNIX_DIAG_???", unix_dec, NULL);

/* the groups a netlink socket is in: unsigned longs, as strace's %#016lx */
static void group_elem(struct tcb *t, const void *e)
{
	unsigned long v;
	memcpy(&v, e, sizeof v);
	pr("%#016lx", v);
}

NLA_ARRAY(nla_groups, sizeof(unsigned long), group_elem)
NLA_VALUE(nla_nl_ring, struct netlink_diag_ring,
	  pr_u32_fields(&v.ndr_block_size, 4,
			"ndr_block_size,ndr_block_nr,ndr_frame_size,ndr_frame_nr"))
NLA_VALUE(nla_nl_flags, uint32_t, pr_flags_d(ndiag_flags, v, "NDIAG_FLAG_???"))

static nla_fn *const nl_dec[] = {
	[NETLINK_DIAG_MEMINFO] = nla_skmeminfo,
	[NETLINK_DIAG_GROUPS] = nla_groups,
	[NETLINK_DIAG_RX_RING] = nla_nl_ring,
	[NETLINK_DIAG_TX_RING] = nla_nl_ring,
	[NETLINK_DIAG_FLAGS] = nla_nl_flags,
};
static const struct nla_table nl_tb = NLA_TABLE(nl_attrs_x, "NETLINK_DIAG_???", nl_dec, NULL);

static void pr_pkt_info(const struct packet_diag_info *i)
{
	prs("{pdi_index=");
	nl_pr_ifindex(i->pdi_index);
	prs(", pdi_version=");
	pr_xlat(tpacket_versions, i->pdi_version, "%#lx", "TPACKET_???");
	pr(", pdi_reserve=%u, pdi_copy_thresh=%u, pdi_tstamp=%u, pdi_flags=",
	   i->pdi_reserve, i->pdi_copy_thresh, i->pdi_tstamp);
	pr_flags_d(pdi_flags, i->pdi_flags, "PDI_???");
	prs("}");
}
NLA_VALUE(nla_pkt_info, struct packet_diag_info, pr_pkt_info(&v))

/* the hardware address: pdmc_alen bytes of it, at most all there are */
static void mclist_elem(struct tcb *t, const void *e)
{
	struct packet_diag_mclist m;
	memcpy(&m, e, sizeof m);
	prs("{pdmc_index=");
	nl_pr_ifindex(m.pdmc_index);
	pr(", pdmc_count=%u, pdmc_type=%u, pdmc_alen=%u, pdmc_addr=", m.pdmc_count, m.pdmc_type,
	   m.pdmc_alen);
	nl_hexstr_mem(m.pdmc_addr, m.pdmc_alen < sizeof m.pdmc_addr ? m.pdmc_alen : sizeof m.pdmc_addr);
	prs("}");
}

NLA_ARRAY(nla_mclist, sizeof(struct packet_diag_mclist), mclist_elem)
NLA_VALUE(nla_pkt_ring, struct packet_diag_ring,
	  pr_u32_fields(&v.pdr_block_size, 7, "pdr_block_size,pdr_block_nr,pdr_frame_size,"
			"pdr_frame_nr,pdr_retire_tmo,pdr_sizeof_priv,pdr_features"))

/* a classic BPF program (struct sock_filter, 8 bytes each): strace 6.1
 * shows its address unless -v, where it decodes the instructions, each
 * read on its own */
static void filter_elem(struct tcb *t, const void *e)
{
	struct sock_filter f;

	memcpy(&f, e, sizeof f);
	pr_bpf_insn(&f, BPF_PROG_SOCKET);
}

static int nla_filter(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	if (len < 8)
		return 0;
	if (cur_abbrev)
		pr_hex(addr);
	else
		pr_array(t, addr, len / 8, 8, filter_elem);
	return 1;
}

static nla_fn *const pkt_dec[] = {
	[PACKET_DIAG_INFO] = nla_pkt_info,
	[PACKET_DIAG_MCLIST] = nla_mclist,
	[PACKET_DIAG_RX_RING] = nla_pkt_ring,
	[PACKET_DIAG_TX_RING] = nla_pkt_ring,
	[PACKET_DIAG_FANOUT] = nla_u32,
	[PACKET_DIAG_UID] = nla_u32,
	[PACKET_DIAG_MEMINFO] = nla_skmeminfo,
	[PACKET_DIAG_FILTER] = nla_filter,
};
static const struct nla_table pkt_tb = NLA_TABLE(pkt_attrs, "PACKET_DIAG_???", pkt_dec, NULL);

/* --- replies ------------------------------------------------------------ */

/* "{NAME=AF_..." of every reply, and its struct read whole: 0 when it is
 * cut short (", ...}") or unreadable (", ...}" and its address) */
static int reply_begin(struct tcb *t, const char *name, unsigned fam, unsigned long addr,
		       unsigned len, void *m, size_t size)
{
	pr("{%s=", name);
	pr_family(fam);
	if (len < size) {
		prs(", ...}");
		return 0;
	}
	if (umove(t->pid, addr, m, size) < 0) {	/* the rest unreadable: its address */
		pr(", %#lx}", addr + 1);
		return 0;
	}
	return 1;
}

static void inet_msg(struct tcb *t, unsigned fam, unsigned long addr, unsigned len)
{
	struct inet_diag_msg m;

	if (!reply_begin(t, "idiag_family", fam, addr, len, &m, sizeof m))
		return;
	prs(", idiag_state=");
	pr_state(m.idiag_state);
	pr(", idiag_timer=%u, idiag_retrans=%u, ", m.idiag_timer, m.idiag_retrans);
	pr_sockid(fam, &m.id);
	pr(", idiag_expires=%u, idiag_rqueue=%u, idiag_wqueue=%u, idiag_uid=%u, idiag_inode=%u}",
	   m.idiag_expires, m.idiag_rqueue, m.idiag_wqueue, m.idiag_uid, m.idiag_inode);
	nl_attrs_after(t, addr, len, sizeof m, &inet_tb);
}

static void unix_msg(struct tcb *t, unsigned long addr, unsigned len)
{
	struct unix_diag_msg m;

	if (!reply_begin(t, "udiag_family", AF_UNIX, addr, len, &m, sizeof m))
		return;
	prs(", udiag_type=");
	pr_xlat(xl_sock_types, m.udiag_type, "%#lx", "SOCK_???");
	prs(", udiag_state=");
	pr_state(m.udiag_state);
	pr(", udiag_ino=%u, udiag_cookie=[%u, %u]}", m.udiag_ino, m.udiag_cookie[0], m.udiag_cookie[1]);
	nl_attrs_after(t, addr, len, sizeof m, &unix_tb);
}

static void netlink_req(struct tcb *t, unsigned long addr, unsigned len)
{
	struct netlink_diag_req r;

	if (short_req(t, addr, len, &r, sizeof r))
		return;
	prs(", sdiag_protocol=");
	if (r.sdiag_protocol == NDIAG_PROTO_ALL)
		pr_named_hex(r.sdiag_protocol, "NDIAG_PROTO_ALL");
	else
		pr_xlat(netlink_protos, r.sdiag_protocol, "%#lx", "NETLINK_???");
	pr(", ndiag_ino=%u, ndiag_show=", r.ndiag_ino);
	pr_flags_d(ndiag_show, r.ndiag_show, "NDIAG_SHOW_???");
	pr(", ndiag_cookie=[%u, %u]}", r.ndiag_cookie[0], r.ndiag_cookie[1]);
}

/* (its protocol is in hex and has no name to strace) */
static void packet_req(struct tcb *t, unsigned long addr, unsigned len)
{
	struct packet_diag_req r;

	if (short_req(t, addr, len, &r, sizeof r))
		return;
	pr(", sdiag_protocol=%#x, pdiag_ino=%u, pdiag_show=", r.sdiag_protocol, r.pdiag_ino);
	pr_flags_d(pdiag_show, r.pdiag_show, "PACKET_SHOW_???");
	pr(", pdiag_cookie=[%u, %u]}", r.pdiag_cookie[0], r.pdiag_cookie[1]);
}

static void netlink_msg(struct tcb *t, unsigned long addr, unsigned len)
{
	struct netlink_diag_msg m;

	if (!reply_begin(t, "ndiag_family", AF_NETLINK, addr, len, &m, sizeof m))
		return;
	prs(", ndiag_type=");
	pr_xlat(xl_sock_types, m.ndiag_type, "%#lx", "SOCK_???");
	prs(", ndiag_protocol=");
	pr_xlat(netlink_protos, m.ndiag_protocol, "%#lx", "NETLINK_???");
	prs(", ndiag_state=");
	pr_xlat(ndiag_states, m.ndiag_state, "%#lx", "NETLINK_???");
	pr(", ndiag_portid=%u, ndiag_dst_portid=%u, ndiag_dst_group=%u, ndiag_ino=%u, "
	   "ndiag_cookie=[%u, %u]}", m.ndiag_portid, m.ndiag_dst_portid, m.ndiag_dst_group,
	   m.ndiag_ino, m.ndiag_cookie[0], m.ndiag_cookie[1]);
	nl_attrs_after(t, addr, len, sizeof m, &nl_tb);
}

/* pdiag_num is the protocol in the host's order (not htons) */
static void packet_msg(struct tcb *t, unsigned long addr, unsigned len)
{
	struct packet_diag_msg m;

	if (!reply_begin(t, "pdiag_family", AF_PACKET, addr, len, &m, sizeof m))
		return;
	prs(", pdiag_type=");
	pr_xlat(xl_sock_types, m.pdiag_type, "%#lx", "SOCK_???");
	prs(", pdiag_num=");
	pr_xlat(xl_eth_protos, m.pdiag_num, "%#lx", "ETH_P_???");
	pr(", pdiag_ino=%u, pdiag_cookie=[%u, %u]}", m.pdiag_ino, m.pdiag_cookie[0],
	   m.pdiag_cookie[1]);
	nl_attrs_after(t, addr, len, sizeof m, &pkt_tb);
}

/* --- AF_SMC: smc_diag_req, smc_diag_msg and its SMC_DIAG_* ---------------- */

static const struct xlat smc_attrs[] = { NLX_smc_diag_attrs, XEND };
static const struct xlat smc_modes[] = { NLX_smc_diag_modes, XEND };
/* the kernel's private net/smc/smc.h (enum smc_state, enum smc_lgr_role)
 * and net/smc/smc_clc.h (SMC_CLC_DECL_*): not in the UAPI headers, so
 * typed here, as strace 6.1 names them */
static const struct xlat smc_states[] = {
	{ 1, "SMC_ACTIVE" }, { 2, "SMC_INIT" }, { 7, "SMC_CLOSED" }, { 10, "SMC_LISTEN" },
	{ 20, "SMC_PEERCLOSEWAIT1" }, { 21, "SMC_PEERCLOSEWAIT2" }, { 22, "SMC_APPCLOSEWAIT1" },
	{ 23, "SMC_APPCLOSEWAIT2" }, { 24, "SMC_APPFINCLOSEWAIT" }, { 25, "SMC_PEERFINCLOSEWAIT" },
	{ 26, "SMC_PEERABORTWAIT" }, { 27, "SMC_PROCESSABORT" }, XEND
};
static const struct xlat smc_roles[] = { { 0, "SMC_CLNT" }, { 1, "SMC_SERV" }, XEND };
static const struct xlat smc_decl_codes[] = {
	{ 0x01010000, "SMC_CLC_DECL_MEM" }, { 0x02010000, "SMC_CLC_DECL_TIMEOUT_CL" },
	{ 0x02020000, "SMC_CLC_DECL_TIMEOUT_AL" }, { 0x03000000, "SMC_CLC_DECL_CNFERR" },
	{ 0x03010000, "SMC_CLC_DECL_PEERNOSMC" }, { 0x03020000, "SMC_CLC_DECL_IPSEC" },
	{ 0x03030000, "SMC_CLC_DECL_NOSMCDEV" }, { 0x03030001, "SMC_CLC_DECL_NOSMCDDEV" },
	{ 0x03030002, "SMC_CLC_DECL_NOSMCRDEV" }, { 0x03030003, "SMC_CLC_DECL_NOISM2SUPP" },
	{ 0x03030004, "SMC_CLC_DECL_NOV2EXT" }, { 0x03030005, "SMC_CLC_DECL_NOV2DEXT" },
	{ 0x03030006, "SMC_CLC_DECL_NOSEID" }, { 0x03030007, "SMC_CLC_DECL_NOSMCD2DEV" },
	{ 0x03030008, "SMC_CLC_DECL_NOUEID" }, { 0x03040000, "SMC_CLC_DECL_MODEUNSUPP" },
	{ 0x03050000, "SMC_CLC_DECL_RMBE_EC" }, { 0x03060000, "SMC_CLC_DECL_OPTUNSUPP" },
	{ 0x03070000, "SMC_CLC_DECL_DIFFPREFIX" }, { 0x03080000, "SMC_CLC_DECL_GETVLANERR" },
	{ 0x03090000, "SMC_CLC_DECL_ISMVLANERR" }, { 0x030a0000, "SMC_CLC_DECL_NOACTLINK" },
	{ 0x04000000, "SMC_CLC_DECL_SYNCERR" }, { 0x05000000, "SMC_CLC_DECL_PEERDECL" },
	{ 0x09990000, "SMC_CLC_DECL_INTERR" }, { 0x09990001, "SMC_CLC_DECL_ERR_RTOK" },
	{ 0x09990002, "SMC_CLC_DECL_ERR_RDYLNK" }, { 0x09990003, "SMC_CLC_DECL_ERR_REGRMB" },
	XEND
};

/* diag_ext: bit N-1 asks for SMC_DIAG_* N: 1<<(SMC_DIAG_CONNINFO-1);
 * strace 6.1 names the first two only, the bits the kernel first had */
static void pr_smc_ext(unsigned v)
{
	int any = 0;

	if (opt_raw || !v) {
		pr("%#x", v);
		return;
	}
	int xv = xv_begin("%#lx", v);
	for (unsigned i = SMC_DIAG_CONNINFO; i <= SMC_DIAG_LGRINFO; i++) {
		const char *n = xlat_name(smc_attrs, i);
		if (n && v & 1u << (i - 1)) {
			pr("%s1<<(%s-1)", any++ ? "|" : "", n);
			v &= ~(1u << (i - 1));
		}
	}
	if (v)
		pr("%s%#x", any ? "|" : "", v);
	xv_end(xv);
}

/* "{diag_family=AF_SMC" and the struct, read whole: 0 when cut short
 * ("...") or unreadable (the rest's address) */
static int smc_begin(struct tcb *t, unsigned long addr, unsigned len, void *m, size_t size)
{
	prs("{diag_family=");
	pr_family(AF_SMC);
	if (len < size) {
		prs(", ...}");
		return 0;
	}
	if (umove(t->pid, addr, m, size) < 0) {
		pr(", %#lx}", addr + 1);
		return 0;
	}
	return 1;
}

static void smc_req(struct tcb *t, unsigned long addr, unsigned len)
{
	struct smc_diag_req r;

	if (!smc_begin(t, addr, len, &r, sizeof r))
		return;
	prs(", diag_ext=");
	pr_smc_ext(r.diag_ext);
	prs(", ");
	pr_sockid(AF_INET, &r.id);	/* strace 6.1 reads the addresses as IPv4 */
	prs("}");
	if (len > NLMSG_ALIGN(sizeof r)) {
		prs(", ");
		nl_hexstr(t, addr + NLMSG_ALIGN(sizeof r), len - NLMSG_ALIGN(sizeof r));
	}
}

static void pr_cursor(const char *name, const struct smc_diag_cursor *c)
{
	pr("%s={reserved=%u, wrap=%u, count=%u}", name, c->reserved, c->wrap, c->count);
}

static void pr_conninfo(const struct smc_diag_conninfo *c)
{
	pr("{token=%u, sndbuf_size=%u, rmbe_size=%u, peer_rmbe_size=%u, ", c->token,
	   c->sndbuf_size, c->rmbe_size, c->peer_rmbe_size);
	pr_cursor("rx_prod", &c->rx_prod);
	pr_cursor(", rx_cons", &c->rx_cons);
	pr_cursor(", tx_prod", &c->tx_prod);
	pr_cursor(", tx_cons", &c->tx_cons);
	pr(", rx_prod_flags=%#x, rx_conn_state_flags=%#x, tx_prod_flags=%#x, "
	   "tx_conn_state_flags=%#x, ", c->rx_prod_flags, c->rx_conn_state_flags,
	   c->tx_prod_flags, c->tx_conn_state_flags);
	pr_cursor("tx_prep", &c->tx_prep);
	pr_cursor(", tx_sent", &c->tx_sent);
	pr_cursor(", tx_fin", &c->tx_fin);
	prs("}");
}

/* a NUL-terminated name in a fixed array */
static void pr_fixed_str(const char *field, const unsigned char *b, size_t n)
{
	pr("%s=", field);
	quote_bytes(b, strnlen((const char *)b, n), 0);
}

static void pr_lgrinfo(const struct smc_diag_lgrinfo *l)
{
	const struct smc_diag_linkinfo *k = &l->lnk[0];

	pr("{lnk=[{link_id=%u, ", k->link_id);
	pr_fixed_str("ibname", k->ibname, sizeof k->ibname);
	pr(", ibport=%u, ", k->ibport);
	pr_fixed_str("gid", k->gid, sizeof k->gid);
	prs(", ");
	pr_fixed_str("peer_gid", k->peer_gid, sizeof k->peer_gid);
	prs("}], role=");
	pr_xlat(smc_roles, l->role, "%#lx", "SMC_???");
	prs("}");
}

/* a decline code: strace 6.1 always shows the number, the name in a
 * comment: 0x3020000 /" "* SMC_CLC_DECL_IPSEC *" "/ */
static void pr_decl(uint32_t v)
{
	const char *n = xlat_name(smc_decl_codes, v);

	if (opt_raw)
		pr("%#x", v);
	else
		pr("%#x /* %s */", v, n ? n : "SMC_CLC_DECL_???");
}

static void pr_fallback(const struct smc_diag_fallback *f)
{
	prs("{reason=");
	pr_decl(f->reason);
	prs(", peer_diagnosis=");
	pr_decl(f->peer_diagnosis);
	prs("}");
}

/* SMC_DIAG_SHUTDOWN: plain flags, not INET_DIAG_SHUTDOWN's form */
NLA_VALUE(nla_smc_shutdown, uint8_t, pr_flags_d(shutdown_bits, v, "???_SHUTDOWN"))
NLA_VALUE(nla_smc_conninfo, struct smc_diag_conninfo, pr_conninfo(&v))
NLA_VALUE(nla_smc_lgrinfo, struct smc_diag_lgrinfo, pr_lgrinfo(&v))
NLA_VALUE(nla_smc_fallback, struct smc_diag_fallback, pr_fallback(&v))
NLA_VALUE(nla_smc_dmbinfo, struct smcd_diag_dmbinfo,
	  pr("{linkid=%u, peer_gid=%#llx, my_gid=%#llx, token=%#llx, peer_token=%#llx}",
	     v.linkid, (unsigned long long)v.peer_gid, (unsigned long long)v.my_gid,
	     (unsigned long long)v.token, (unsigned long long)v.peer_token))

static nla_fn *const smc_dec[] = {
	[SMC_DIAG_CONNINFO] = nla_smc_conninfo, [SMC_DIAG_LGRINFO] = nla_smc_lgrinfo,
	[SMC_DIAG_SHUTDOWN] = nla_smc_shutdown, [SMC_DIAG_DMBINFO] = nla_smc_dmbinfo,
	[SMC_DIAG_FALLBACK] = nla_smc_fallback,
};
static const struct nla_table smc_tb = NLA_TABLE(smc_attrs, "SMC_DIAG_???", smc_dec, NULL);

static void smc_msg(struct tcb *t, unsigned long addr, unsigned len)
{
	struct smc_diag_msg m;

	if (!smc_begin(t, addr, len, &m, sizeof m))
		return;
	prs(", diag_state=");
	pr_xlat(smc_states, m.diag_state, "%#lx", "SMC_???");
	prs(", diag_fallback=");
	pr_xlat(smc_modes, m.diag_mode, "%#lx", "SMC_DIAG_MODE_???");
	pr(", diag_shutdown=%u, ", m.diag_shutdown);
	pr_sockid(AF_INET, &m.id);
	pr(", diag_uid=%u, diag_inode=%llu}", m.diag_uid, (unsigned long long)m.diag_inode);
	nl_attrs_after(t, addr, len, sizeof m, &smc_tb);
}

int nl_diag_payload(struct tcb *t, const struct nlmsghdr *h, unsigned long addr, unsigned len)
{
	unsigned char fam;

	if (h->nlmsg_type == NLMSG_DONE)
		return 0;
	if (umove(t->pid, addr, &fam, 1) < 0) {
		pr_hex(addr);
		return 1;
	}
	int request = h->nlmsg_flags & NLM_F_REQUEST;
	if (len > 1 && request &&	/* the family byte alone: {family=AF_INET} below */
	    (h->nlmsg_type == TCPDIAG_GETSOCK || h->nlmsg_type == DCCPDIAG_GETSOCK)) {
		inet_req_compat(t, addr, len);
		return 1;
	}
	if (len > 1) {	/* the family byte alone: {family=AF_INET} below */
		switch (fam) {
		case AF_INET: case AF_INET6:
			if (request)
				inet_req(t, addr, len);
			else
				inet_msg(t, fam, addr, len);
			return 1;
		case AF_UNIX:
			(request ? unix_req : unix_msg)(t, addr, len);
			return 1;
		case AF_NETLINK:
			(request ? netlink_req : netlink_msg)(t, addr, len);
			return 1;
		case AF_PACKET:
			(request ? packet_req : packet_msg)(t, addr, len);
			return 1;
		case AF_SMC:
			(request ? smc_req : smc_msg)(t, addr, len);
			return 1;
		}
	}
	nl_family_only(t, fam, addr, len);
	return 1;
}
