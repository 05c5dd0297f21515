/* src/trace/sockaddr.c — the socket addresses of the newer families, after
 * "{sa_family=X": AF_RXRPC (with its transport address), AF_IEEE802154,
 * AF_ALG, AF_NFC, AF_VSOCK, AF_QIPCRTR, AF_XDP, AF_MCTP, AF_BLUETOOTH. net.c's
 * pr_sockaddr() calls sockaddr_more() with the bytes it read (zero past
 * len); a length shorter than the family's struct leaves the address to
 * net.c's sa_data, as strace does.
 *
 * The names of the fields' values are the UAPI headers' (build/gen/nltab.h
 * from src/gen/nltab.sh); the few no UAPI header holds are typed below, each
 * with where it comes from.
 */
#include "trace.h"
#include "nolibc/sys/socket.h"	/* ours, not libc's: <linux/vm_sockets.h> needs struct sockaddr
				 * (its own <sys/socket.h> finds this file too: -Isrc/trace/nolibc) */
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/rxrpc.h>
#include <linux/if_alg.h>
#include <linux/nfc.h>
#include <linux/vm_sockets.h>
#include <linux/qrtr.h>
#include <linux/if_xdp.h>
#include <linux/mctp.h>
#include "netlink.h"
#include "nltab.h"

extern const struct xlat xl_families[], xl_sock_types[];	/* net.c */

/* the families' numbers: libc's, typed as net.c types them (socket(2)) */
enum { FAM_INET = 2, FAM_INET6 = 10, FAM_BLUETOOTH = 31, FAM_RXRPC = 33, FAM_IEEE802154 = 36, FAM_ALG = 38,
       FAM_NFC = 39, FAM_VSOCK = 40, FAM_QIPCRTR = 42, FAM_XDP = 44, FAM_MCTP = 45 };

static const struct xlat nfc_protos[] = { NLX_nfc_protos, XEND };
static const struct xlat vsock_cids[] = { NLX_vsock_cids, XEND };
static const struct xlat vsock_ports[] = { NLX_vsock_ports, XEND };
static const struct xlat vsock_flags[] = { NLX_vsock_flags, XEND };
static const struct xlat qrtr_nodes[] = { NLX_qrtr_nodes, XEND };
static const struct xlat qrtr_ports[] = { NLX_qrtr_ports, XEND };
static const struct xlat xdp_flags[] = { NLX_xdp_bind_flags, XEND };
static const struct xlat mctp_nets[] = { NLX_mctp_nets, XEND };
static const struct xlat mctp_addrs[] = { NLX_mctp_addrs, XEND };

/* The AFS services an rxrpc socket names: the kernel's fs/afs/protocol.h
 * and fs/afs/afs_vl.h, not UAPI; the ones strace 6.1 names (CM_SERVICE for
 * 1, which FS_SERVICE shares; not VL_SERVICE's 52) */
static const struct xlat rxrpc_services[] = {
	{ 1, "CM_SERVICE" }, { 2500, "YFS_FS_SERVICE" },
	{ 2501, "YFS_CM_SERVICE" }, { 2503, "YFS_VL_SERVICE" }, XEND
};
/* CRYPTO_ALG_KERN_DRIVER_ONLY: the kernel's <linux/crypto.h>, not UAPI;
 * the one flag of salg_feat and salg_mask strace names */
static const struct xlat alg_flags[] = { { 0x1000, "CRYPTO_ALG_KERN_DRIVER_ONLY" }, XEND };
/* NFC LLCP's well-known SAPs: the kernel's net/nfc/llcp.h, not UAPI */
static const struct xlat llcp_saps[] = {
	{ 1, "LLCP_SAP_SDP" }, { 2, "LLCP_SAP_IP" }, { 3, "LLCP_SAP_OBEX" }, { 4, "LLCP_SAP_SNEP" },
	{ 0xff, "LLCP_SAP_MAX" }, XEND
};
/* IEEE 802.15.4: the kernel's include/net/af_ieee802154.h, not UAPI (the
 * struct too: int addr_type, u16 pan_id, then hwaddr[8] or short_addr, at
 * offset 4 of struct sockaddr_ieee802154, 20 bytes in all) */
#define IEEE802154_ADDR_SHORT 2
static const struct xlat ieee802154_addr_types[] = {
	{ 0, "IEEE802154_ADDR_NONE" }, { 2, "IEEE802154_ADDR_SHORT" },
	{ 3, "IEEE802154_ADDR_LONG" }, XEND
};
static const struct xlat ieee802154_panids[] = { { 0xffff, "IEEE802154_PANID_BROADCAST" }, XEND };
static const struct xlat ieee802154_shorts[] = {
	{ 0xfffe, "IEEE802154_ADDR_UNDEF" }, { 0xffff, "IEEE802154_ADDR_BROADCAST" }, XEND
};
#define SOCKADDR_IEEE802154_SIZE 20

/* Bluetooth: the kernel's include/net/bluetooth/{hci_sock,l2cap,
 * bluetooth}.h, not UAPI. The address's length tells its struct:
 * sockaddr_hci (6; 4 without the channel), sockaddr_sco (8), sockaddr_rc
 * (10), sockaddr_l2 (14; 12 without the address type) */
static const struct xlat hci_channels[] = {
	{ 0, "HCI_CHANNEL_RAW" }, { 1, "HCI_CHANNEL_USER" }, { 2, "HCI_CHANNEL_MONITOR" },
	{ 3, "HCI_CHANNEL_CONTROL" }, { 4, "HCI_CHANNEL_LOGGING" }, XEND
};
static const struct xlat l2cap_psms[] = {
	{ 0x0001, "L2CAP_PSM_SDP" }, { 0x0003, "L2CAP_PSM_RFCOMM" }, { 0x0021, "L2CAP_PSM_3DSP" },
	{ 0x0023, "L2CAP_PSM_IPSP" }, { 0x0080, "L2CAP_PSM_LE_DYN_START" },
	{ 0x00ff, "L2CAP_PSM_LE_DYN_END" }, { 0x1001, "L2CAP_PSM_DYN_START" },
	{ 0x10ff, "L2CAP_PSM_AUTO_END" }, { 0xffff, "L2CAP_PSM_DYN_END" }, XEND
};
static const struct xlat l2cap_cids[] = {
	{ 0x0001, "L2CAP_CID_SIGNALING" }, { 0x0002, "L2CAP_CID_CONN_LESS" },
	{ 0x0003, "L2CAP_CID_A2MP" }, { 0x0004, "L2CAP_CID_ATT" },
	{ 0x0005, "L2CAP_CID_LE_SIGNALING" }, { 0x0006, "L2CAP_CID_SMP" },
	{ 0x0007, "L2CAP_CID_SMP_BREDR" }, { 0x0040, "L2CAP_CID_DYN_START" },
	{ 0x007f, "L2CAP_CID_LE_DYN_END" }, { 0xffff, "L2CAP_CID_DYN_END" }, XEND
};
static const struct xlat bdaddr_types[] = {
	{ 0, "BDADDR_BREDR" }, { 1, "BDADDR_LE_PUBLIC" }, { 2, "BDADDR_LE_RANDOM" }, XEND
};
/* the dynamic ranges strace counts within: a value strictly between a
 * range's start and end is START+N (lists end with { 0, 0 }) */
struct bt_range { unsigned start, end; };
static const struct bt_range psm_ranges[] = { { 0x0080, 0x00ff }, { 0x1001, 0xffff }, { 0, 0 } };
static const struct bt_range cid_ranges[] = { { 0x0040, 0xffff }, { 0, 0 } };

static unsigned u16_at(const unsigned char *b) { return b[0] | b[1] << 8; }
static unsigned u32_at(const unsigned char *b)
{
	uint32_t v;
	memcpy(&v, b, 4);
	return v;
}

/* A value strace prints as -X verbose does even under -X abbrev: the number,
 * its name in a comment (dflt when it has none; no comment without dflt) */
static void pr_xlat_commented(const struct xlat *x, unsigned val, const char *dflt)
{
	const char *name = xlat_name(x, val);
	pr(val ? "%#x" : "0", val);
	if (opt_raw || !(name || dflt))
		return;
	pr(" /* %s */", name ? name : dflt);
}

/* ... and a set of flags so: 0x1001, then "CRYPTO_ALG_KERN_DRIVER_ONLY|0x1" in
 * a comment (dflt when no name covers a bit) */
static void pr_flags_commented(const struct xlat *x, unsigned val, const char *dflt)
{
	char text[256];
	pr(val ? "%#x" : "0", val);
	if (opt_raw || !val)
		return;
	pr(" /* %s */", flags_text(text, sizeof text, x, val) ? text : dflt);
}

/* A string in a fixed field of size bytes: up to its NUL, which size - 1
 * characters at most precede; "..." when no NUL is in the field */
static void pr_field_cstring(const unsigned char *s, size_t size)
{
	size_t n = 0;
	while (n < size && s[n])
		n++;
	quote_bytes(s, n < size ? n : size ? size - 1 : 0, 0);
	if (n == size)
		prs("...");
}

/* rxrpc's transport: the union of a family, sockaddr_in and sockaddr_in6,
 * as much of it as transport_len says (b: its 28 bytes) */
static void pr_rxrpc_transport(const unsigned char *b, unsigned len)
{
	unsigned fam = u16_at(b);
	const char *wrap = fam == FAM_INET ? "sin" : fam == FAM_INET6 ? "sin6" : NULL;

	if (len > sizeof(struct sockaddr_in6))
		len = sizeof(struct sockaddr_in6);
	if (wrap)
		pr("%s={%s_family=", wrap, wrap);
	else
		prs("family=");
	pr_xlat(xl_families, fam, "%#x", "AF_???");
	if (fam == FAM_INET && len >= sizeof(struct sockaddr_in))
		pr_sockaddr_in_rest(b);
	else if (fam == FAM_INET6 && len >= 24)	/* SIN6_MIN_LEN: no scope id */
		pr_sockaddr_in6_rest(b, len);
	else if (len > 2) {
		prs(", ");
		quote_bytes(b + 2, len - 2, 0);
	}
	if (wrap)
		prs("}");
}

static void pr_rxrpc(const unsigned char *b)
{
	prs(", srx_service=");
	pr_xlat_commented(rxrpc_services, u16_at(b + 2), "???_SERVICE");
	prs(", transport_type=");
	pr_xlat(xl_sock_types, u16_at(b + 4), "%#lx", "SOCK_???");
	pr(", transport_len=%u, transport={", u16_at(b + 6));
	pr_rxrpc_transport(b + 8, u16_at(b + 6));
	prs("}");
}

static void hwaddr_text(const unsigned char *b)
{
	for (int i = 0; i < 8; i++)
		pr(i ? ":%02x" : "%02x", b[i]);
}

/* the address by its type: none, a short one, or else the 8 bytes */
static void pr_ieee802154(const unsigned char *b)
{
	unsigned type = u32_at(b + 4);
	prs(", addr={addr_type=");
	pr_xlat_commented(ieee802154_addr_types, type, "IEEE802154_ADDR_???");
	prs(", pan_id=");
	pr_xlat_commented(ieee802154_panids, u16_at(b + 8), NULL);
	if (type == IEEE802154_ADDR_SHORT) {
		prs(", short_addr=");
		pr_xlat_commented(ieee802154_shorts, u16_at(b + 10), NULL);
	} else if (type) {
		prs(", hwaddr=");
		pr_bytes_or(b + 10, 8, hwaddr_text);
	}
	prs("}");
}

/* struct sockaddr_alg: salg_name a string in the len - 24 bytes from it,
 * past its 64 when len goes on */
static void pr_alg(const unsigned char *b, unsigned long len)
{
	struct sockaddr_alg a;
	size_t name_at = offsetof(struct sockaddr_alg, salg_name);

	memcpy(&a, b, sizeof a);
	prs(", salg_type=");
	pr_field_cstring(a.salg_type, sizeof a.salg_type);
	prs(", salg_feat=");
	pr_flags_commented(alg_flags, a.salg_feat, "CRYPTO_ALG_???");
	prs(", salg_mask=");
	pr_flags_commented(alg_flags, a.salg_mask, "CRYPTO_ALG_???");
	prs(", salg_name=");
	pr_field_cstring(b + name_at, len - name_at);
}

/* struct sockaddr_nfc; a whole sockaddr_nfc_llcp adds its fields, a length
 * between the two "..." */
static void pr_nfc(const unsigned char *b, unsigned long len)
{
	struct sockaddr_nfc_llcp l;

	memcpy(&l, b, sizeof l);
	prs(", dev_idx=");
	nl_pr_ifindex(l.dev_idx);
	pr(", target_idx=%#x, nfc_protocol=", l.target_idx);
	pr_xlat(nfc_protos, l.nfc_protocol, "%#lx", "NFC_PROTO_???");
	if (len == sizeof(struct sockaddr_nfc))
		return;
	if (len < sizeof l) {
		prs(", ...");
		return;
	}
	prs(", dsap=");
	pr_xlat_commented(llcp_saps, l.dsap, NULL);
	prs(", ssap=");
	pr_xlat_commented(llcp_saps, l.ssap, NULL);
	prs(", service_name=");
	size_t n = l.service_name_len < sizeof l.service_name ? l.service_name_len : sizeof l.service_name;
	quote_bytes((const unsigned char *)l.service_name, n, 0);
	pr(", service_name_len=%lu", (unsigned long)l.service_name_len);
}

/* struct sockaddr_vm: the reserved and zero bytes only when not 0 */
static void pr_vsock(const unsigned char *b)
{
	struct sockaddr_vm v;
	static const unsigned char zero[sizeof v.svm_zero];

	memcpy(&v, b, sizeof v);
	if (v.svm_reserved1)
		pr(", svm_reserved1=%#x", v.svm_reserved1);
	prs(", svm_cid=");
	pr_xlat(vsock_cids, v.svm_cid, "%#lx", NULL);
	prs(", svm_port=");
	pr_xlat(vsock_ports, v.svm_port, "%#lx", NULL);
	prs(", svm_flags=");
	pr_flags_d(vsock_flags, v.svm_flags, "VMADDR_FLAG_???");
	if (memcmp(v.svm_zero, zero, sizeof zero)) {
		prs(", svm_zero=");
		quote_bytes(v.svm_zero, sizeof v.svm_zero, QUOTE_HEX);
	}
}

static void pr_qrtr(const unsigned char *b)
{
	struct sockaddr_qrtr q;
	memcpy(&q, b, sizeof q);
	prs(", sq_node=");
	pr_xlat(qrtr_nodes, q.sq_node, "%#lx", NULL);
	prs(", sq_port=");
	pr_xlat(qrtr_ports, q.sq_port, "%#lx", NULL);
}

/* struct sockaddr_xdp: the umem's descriptor with XDP_SHARED_UMEM; without,
 * the field as a number when not 0 */
static void pr_xdp(const unsigned char *b)
{
	struct sockaddr_xdp x;
	memcpy(&x, b, sizeof x);
	prs(", sxdp_flags=");
	pr_flags_d(xdp_flags, x.sxdp_flags, "XDP_???");
	prs(", sxdp_ifindex=");
	nl_pr_ifindex(x.sxdp_ifindex);
	pr(", sxdp_queue_id=%u", x.sxdp_queue_id);
	if (x.sxdp_flags & XDP_SHARED_UMEM) {
		prs(", sxdp_shared_umem_fd=");
		pr_fd((int)x.sxdp_shared_umem_fd);
	} else if (x.sxdp_shared_umem_fd) {
		pr(", sxdp_shared_umem_fd=%#x", x.sxdp_shared_umem_fd);
	}
}

/* struct sockaddr_mctp: the padding only when not 0 */
static void pr_mctp(const unsigned char *b)
{
	struct sockaddr_mctp m;
	memcpy(&m, b, sizeof m);
	if (m.__smctp_pad0)
		pr(", __smctp_pad0=%#x", m.__smctp_pad0);
	prs(", smctp_network=");
	pr_xlat(mctp_nets, m.smctp_network, "%#lx", NULL);
	prs(", smctp_addr={s_addr=");
	pr_xlat(mctp_addrs, m.smctp_addr.s_addr, "%#lx", NULL);
	pr("}, smctp_type=%#x, smctp_tag=%#x", m.smctp_type, m.smctp_tag);
	if (m.__smctp_pad1)
		pr(", __smctp_pad1=%#x", m.__smctp_pad1);
}

static void bdaddr_text(const unsigned char *b)
{
	for (int i = 0; i < 6; i++)
		pr(i ? ":%02x" : "%02x", b[i]);
}
static void pr_bdaddr(const char *field, const unsigned char *b)
{
	pr(", %s=", field);
	pr_bytes_or(b, 6, bdaddr_text);
}

/* a named value: NAME, or START+N within a range (-X verbose: START's
 * number, then its name in a comment) */
static void pr_bt_named(unsigned v, const char *name, const struct xlat *x, const struct bt_range *r)
{
	if (name)
		prs(name);
	else if (opt_xverbose)
		pr("%#x /* %s */+%u", r->start, xlat_name(x, r->start), v - r->start);
	else
		pr("%s+%u", xlat_name(x, r->start), v - r->start);
}

/* a little-endian u16 of Bluetooth's: htobs(NAME), htobs(START+N), else
 * htobs(0x19 / * dflt * /); -X verbose: the number, and the rest in a
 * comment (which holds START's own comment: strace nests them) */
static void pr_bt_htobs(unsigned v, const struct xlat *x, const struct bt_range *r, const char *dflt)
{
	const char *name = xlat_name(x, v);
	while (r->end && !(v > r->start && v < r->end))
		r++;
	int named = name || r->end;

	prs("htobs(");
	if (named && !opt_raw && !opt_xverbose) {
		pr_bt_named(v, name, x, r);
	} else {
		pr(v ? "%#x" : "0", v);
		if (opt_raw)
			;
		else if (!named)
			pr(" /* %s */", dflt);
		else {
			prs(" /* ");
			pr_bt_named(v, name, x, r);
			prs(" */");
		}
	}
	prs(")");
}

static void pr_bluetooth(const unsigned char *b, unsigned long len)
{
	switch (len) {
	case 4: case 6:		/* sockaddr_hci */
		pr(", hci_dev=htobs(%u)", u16_at(b + 2));
		if (len == 6) {
			prs(", hci_channel=");
			pr_xlat(hci_channels, u16_at(b + 4), "%#lx", "HCI_CHANNEL_???");
		}
		break;
	case 8:			/* sockaddr_sco */
		pr_bdaddr("sco_bdaddr", b + 2);
		break;
	case 10:		/* sockaddr_rc */
		pr_bdaddr("rc_bdaddr", b + 2);
		pr(", rc_channel=%u", b[8]);
		break;
	case 12: case 14:	/* sockaddr_l2 */
		prs(", l2_psm=");
		pr_bt_htobs(u16_at(b + 2), l2cap_psms, psm_ranges, "L2CAP_PSM_???");
		pr_bdaddr("l2_bdaddr", b + 4);
		prs(", l2_cid=");
		pr_bt_htobs(u16_at(b + 10), l2cap_cids, cid_ranges, "L2CAP_CID_???");
		if (len == 14) {
			prs(", l2_bdaddr_type=");
			pr_xlat(bdaddr_types, b[12], "%#lx", "BDADDR_???");
		}
		break;
	}
}

/* The fields of an address of family fam after its sa_family (b: len bytes
 * read, len <= 128, zero past them): 1 if printed, 0 if the family is none
 * of these or len is short of its struct */
int sockaddr_more(const unsigned char *b, unsigned long len, unsigned fam)
{
	switch (fam) {
	case FAM_BLUETOOTH:	/* which struct: told by the length alone */
		if (len != 4 && len != 6 && len != 8 && len != 10 && len != 12 && len != 14)
			return 0;
		pr_bluetooth(b, len);
		return 1;
	case FAM_RXRPC:
		if (len < sizeof(struct sockaddr_rxrpc))
			return 0;
		pr_rxrpc(b);
		return 1;
	case FAM_IEEE802154:
		if (len < SOCKADDR_IEEE802154_SIZE)
			return 0;
		pr_ieee802154(b);
		return 1;
	case FAM_ALG:		/* the name may be cut: one byte of it is enough */
		if (len <= offsetof(struct sockaddr_alg, salg_name))
			return 0;
		pr_alg(b, len);
		return 1;
	case FAM_NFC:
		if (len < sizeof(struct sockaddr_nfc))
			return 0;
		pr_nfc(b, len);
		return 1;
	case FAM_VSOCK:
		if (len < sizeof(struct sockaddr_vm))
			return 0;
		pr_vsock(b);
		return 1;
	case FAM_QIPCRTR:
		if (len < sizeof(struct sockaddr_qrtr))
			return 0;
		pr_qrtr(b);
		return 1;
	case FAM_XDP:
		if (len < sizeof(struct sockaddr_xdp))
			return 0;
		pr_xdp(b);
		return 1;
	case FAM_MCTP:
		if (len < sizeof(struct sockaddr_mctp))
			return 0;
		pr_mctp(b);
		return 1;
	}
	return 0;
}
