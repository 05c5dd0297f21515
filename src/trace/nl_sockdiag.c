/* src/trace/nl_sockdiag.c — NETLINK_SOCK_DIAG's requests as strace 6.1
 * prints them: inet_diag_req_v2 (AF_INET, AF_INET6) and unix_diag_req
 * (AF_UNIX):
 *   {sdiag_family=AF_INET, sdiag_protocol=IPPROTO_TCP, idiag_ext=0,
 *    idiag_states=1<<TCP_LISTEN, id={idiag_sport=htons(80), ...}}
 * Any other (replies, netlink/packet/smc requests) as {family=AF_...} and
 * its bytes in hex, where strace 6.1 decodes more.
 */
#include "trace.h"
#include "netlink.h"
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>
#include <linux/unix_diag.h>
#include <linux/bpf.h>
#include <linux/in.h>
#include "nltab.h"

#define AF_UNIX 1	/* address_families(7) */
#define AF_INET 2
#define AF_INET6 10

extern const struct xlat xl_families[];	/* net.c */
static const struct xlat tcp_states[] = { NLX_tcp_states, XEND };
static const struct xlat udiag_show[] = { NLX_udiag_show, XEND };
static const struct xlat ip_protos[] = {
	X(IPPROTO_IP), X(IPPROTO_ICMP), X(IPPROTO_TCP), X(IPPROTO_UDP), X(IPPROTO_IPV6),
	X(IPPROTO_DCCP), X(IPPROTO_SCTP), X(IPPROTO_UDPLITE), X(IPPROTO_RAW), XEND
};

/* 1<<TCP_LISTEN|1<<TCP_CLOSE, unknown bits in hex last; 0 is "0" */
static void pr_states(uint32_t v)
{
	int any = 0;

	if (opt_raw || !v) {
		pr("%#x", v);
		return;
	}
	for (const struct xlat *x = tcp_states; x->name; x++) {
		if (x->val < 32 && (v & 1u << x->val)) {
			pr("%s1<<%s", any++ ? "|" : "", x->name + 4);	/* without "BPF_" */
			v &= ~(1u << x->val);
		}
	}
	if (v)
		pr("%s%#x", any ? "|" : "", v);
}

static void pr_addr_of(unsigned fam, const uint32_t *a)
{
	const unsigned char *b = (const unsigned char *)a;
	if (fam == AF_INET)
		pr("inet_addr(\"%u.%u.%u.%u\")", b[0], b[1], b[2], b[3]);
	else
		nl_hexstr_mem(b, 16);
}

static void inet_req(struct tcb *t, unsigned long addr, unsigned len)
{
	struct inet_diag_req_v2 r;

	if (len < sizeof r || umove(t->pid, addr, &r, sizeof r) < 0)
		return nl_hexstr(t, addr, len);
	prs("{sdiag_family=");
	pr_xlat(xl_families, r.sdiag_family, "%u", "AF_???");
	prs(", sdiag_protocol=");
	pr_xlat(ip_protos, r.sdiag_protocol, "%lu", "IPPROTO_???");
	pr(", idiag_ext=%#x, idiag_states=", r.idiag_ext);
	pr_states(r.idiag_states);
	pr(", id={idiag_sport=htons(%u), idiag_dport=htons(%u), idiag_src=",
	   (unsigned)(r.id.idiag_sport >> 8 | (r.id.idiag_sport & 0xff) << 8),
	   (unsigned)(r.id.idiag_dport >> 8 | (r.id.idiag_dport & 0xff) << 8));
	pr_addr_of(r.sdiag_family, r.id.idiag_src);
	prs(", idiag_dst=");
	pr_addr_of(r.sdiag_family, r.id.idiag_dst);
	prs(", idiag_if=");
	nl_pr_ifindex(r.id.idiag_if);
	pr(", idiag_cookie=[%u, %u]}}", r.id.idiag_cookie[0], r.id.idiag_cookie[1]);
	if (len > NLMSG_ALIGN(sizeof r)) {
		prs(", ");
		nl_hexstr(t, addr + NLMSG_ALIGN(sizeof r), len - NLMSG_ALIGN(sizeof r));
	}
}

static void unix_req(struct tcb *t, unsigned long addr, unsigned len)
{
	struct unix_diag_req r;

	if (len < sizeof r || umove(t->pid, addr, &r, sizeof r) < 0)
		return nl_hexstr(t, addr, len);
	prs("{sdiag_family=");
	pr_xlat(xl_families, r.sdiag_family, "%u", "AF_???");
	pr(", sdiag_protocol=%u, udiag_states=", r.sdiag_protocol);
	pr_states(r.udiag_states);
	pr(", udiag_ino=%u, udiag_show=", r.udiag_ino);
	pr_flags_d(udiag_show, r.udiag_show, "UDIAG_SHOW_???");
	pr(", udiag_cookie=[%u, %u]}", r.udiag_cookie[0], r.udiag_cookie[1]);
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
	if (request && len > 1 && (fam == AF_INET || fam == AF_INET6)) {
		inet_req(t, addr, len);
		return 1;
	}
	if (request && len > 1 && fam == AF_UNIX) {
		unix_req(t, addr, len);
		return 1;
	}
	prs("{family=");
	pr_xlat(xl_families, fam, "%u", "AF_???");
	if (len > 1) {
		prs(", ");
		nl_hexstr(t, addr + 1, len - 1);
	}
	prs("}");
	return 1;
}
