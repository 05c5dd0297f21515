/* src/trace/netlink.c — the data of a netlink socket as strace 6.1 decodes
 * it: each message's struct nlmsghdr, then its payload, in brackets:
 *   [{nlmsg_len=20, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP,
 *     nlmsg_seq=123, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ...}]
 * several messages in one buffer as an array of those; NLMSG_ERROR's
 * {error=-EINVAL, msg=...}; NLMSG_DONE's int; attributes (struct nlattr)
 * as [{nla_len=7, nla_type=IFLA_IFNAME}, "lo"]. What a protocol does with
 * its payload is in nl_route.c, nl_sockdiag.c; the names come from the
 * headers through build/gen/nltab.h (src/gen/nltab.sh).
 *
 * Which protocol a descriptor speaks, strace asks twice: the getxattr
 * "system.sockprotoname" of /proc/PID/fd/N says NETLINK (else the data is
 * a plain string), then a NETLINK_SOCK_DIAG dump, in trace's own network
 * namespace, finds the socket's inode and its protocol. A socket not yet
 * bound is in no dump: its types and flags print as the generic ones.
 */
#include "trace.h"
#include "net.h"
#include "netlink.h"
#include <linux/sock_diag.h>
#include <linux/netlink_diag.h>
#include <linux/inet_diag.h>
#include <linux/xfrm.h>
#include <linux/selinux_netlink.h>
#include <linux/cryptouser.h>
#include <linux/sockios.h>
#include "nltab.h"

#define AF_NETLINK 16	/* address_families(7) */

static const struct xlat nlmsg_types[] = { NLX_nlmsg_types, XEND };
static const struct xlat route_types[] = { NLX_route_types, XEND };
static const struct xlat diag_types[] = { NLX_diag_types, XEND };
static const struct xlat xfrm_types[] = { NLX_xfrm_types, XEND };
static const struct xlat selinux_types[] = { NLX_selinux_types, XEND };
static const struct xlat crypto_types[] = { NLX_crypto_types, XEND };
static const struct xlat nlmsgerr_attrs[] = { NLX_nlmsgerr_attrs, XEND };
/* the flags every message may carry, then each kind of request's own bits */
#define NLM_GENERIC NLX_nlm_flags
static const struct xlat nlm_plain[] = { NLM_GENERIC, XEND };
static const struct xlat nlm_get[] = { NLM_GENERIC, NLX_nlm_get, XEND };
static const struct xlat nlm_new[] = { NLM_GENERIC, NLX_nlm_new, XEND };
static const struct xlat nlm_del[] = { NLM_GENERIC, NLX_nlm_del, XEND };
static const struct xlat nlm_ack[] = { NLM_GENERIC, NLX_nlm_ack, XEND };

/* --- which protocol --------------------------------------------------- */

/* the socket's inode from /proc/PID/fd/N ("socket:[817494]"), 0 if none */
static unsigned long sock_inode(int pid, int fd, char *proc, size_t n)
{
	char link[64];

	snprintf(proc, n, "/proc/%d/fd/%d", proc_pid(pid), fd);
	long k = sys_readlinkat(AT_FDCWD, proc, link, sizeof link - 1);
	if (k <= 8 || memcmp(link, "socket:[", 8) != 0)
		return 0;
	link[k] = 0;
	unsigned long ino = 0;
	for (char *p = link + 8; *p >= '0' && *p <= '9'; p++)
		ino = ino * 10 + (unsigned long)(*p - '0');
	return ino;
}

/* what strace 6.1's getfdproto asks: is it a netlink socket at all */
static int is_netlink(const char *proc)
{
	char name[32];
	long n = sys_getxattr(proc, "system.sockprotoname", name, sizeof name - 1);
	if (n <= 0)
		return 0;
	name[n] = 0;
	return strcmp(name, "NETLINK") == 0;
}

/* one reply of the dump: the protocol of the socket with this inode, -1 */
static int diag_scan(const unsigned char *b, long n, unsigned long ino, int *done)
{
	while (n >= (long)sizeof(struct nlmsghdr)) {
		struct nlmsghdr h;
		memcpy(&h, b, sizeof h);
		if (h.nlmsg_len < sizeof h || h.nlmsg_len > (unsigned long)n)
			break;
		if (h.nlmsg_type == NLMSG_DONE || h.nlmsg_type == NLMSG_ERROR) {
			*done = 1;
			return -1;
		}
		struct netlink_diag_msg m;
		if (h.nlmsg_len >= NLMSG_LENGTH(sizeof m)) {
			memcpy(&m, b + NLMSG_HDRLEN, sizeof m);
			if (m.ndiag_ino == ino)
				return m.ndiag_protocol;
		}
		unsigned step = NLMSG_ALIGN(h.nlmsg_len);
		b += step;
		n -= step;
	}
	return -1;
}

/* the NETLINK_SOCK_DIAG dump of every netlink socket, as strace sends it */
static int diag_lookup(unsigned long ino)
{
	struct {
		struct nlmsghdr h;
		struct netlink_diag_req r;
	} req = {
		.h = { sizeof req, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 1, 0 },
		.r = { .sdiag_family = AF_NETLINK, .sdiag_protocol = NDIAG_PROTO_ALL },
	};
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	static unsigned char buf[16384];
	int s = (int)sys_socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	int found = -1, done = 0;

	if (s < 0)
		return -1;
	if (sys_sendto(s, &req, sizeof req, 0, &sa, sizeof sa) == (long)sizeof req) {
		while (found < 0 && !done) {
			long n = sys_recvfrom(s, buf, sizeof buf, 0, NULL, NULL);
			if (n <= 0)
				break;
			found = diag_scan(buf, n, ino, &done);
		}
	}
	sys_close(s);
	return found;
}

/* strace keeps what it learnt of an inode; so does this (never a miss) */
static int family_cached(unsigned long ino)
{
	static struct { unsigned long ino; int fam; } cache[16];
	static unsigned next;

	for (unsigned i = 0; i < 16; i++)
		if (cache[i].ino == ino)
			return cache[i].fam;
	int fam = diag_lookup(ino);
	if (fam >= 0) {
		cache[next % 16].ino = ino;
		cache[next % 16].fam = fam;
		next++;
	}
	return fam;
}

int nl_fd_family(struct tcb *t, long fd)
{
	char proc[64];
	unsigned long ino = (int)fd >= 0 ? sock_inode(t->pid, (int)fd, proc, sizeof proc) : 0;

	if (!ino || !is_netlink(proc))
		return NL_NOT;
	return family_cached(ino);
}

void pr_sockbuf(struct tcb *t, long fd, unsigned long addr, unsigned long len)
{
	int fam = nl_fd_family(t, fd);

	if (fam == NL_NOT)
		pr_buf(t, addr, len);
	else if (fam == NETLINK_KOBJECT_UEVENT)
		nl_kobject_uevent(t, addr, len);
	else
		nl_decode(t, fam, addr, len);
}

void pr_nl_iovbuf(struct tcb *t, unsigned long addr, unsigned long len)
{
	int fam = nl_fd_family(t, (long)t->a[0]);

	if (fam == NETLINK_KOBJECT_UEVENT)
		nl_kobject_uevent(t, addr, len);
	else
		nl_decode(t, fam == NL_NOT ? -1 : fam, addr, len);
}

/* --- small printers the protocols share --------------------------------- */

void nl_hexstr(struct tcb *t, unsigned long addr, unsigned long len)
{
	pr_buf_hex(t, addr, len);
}

void nl_hexstr_mem(const unsigned char *b, unsigned long len)
{
	unsigned long n = len < (unsigned long)opt_strlen ? len : (unsigned long)opt_strlen;
	quote_bytes(b, n, QUOTE_HEX);
	if (len > n)
		prs("...");
}

/* 1 (with -X verbose 1 and a comment), if_nametoindex("lo") when the
 * index names an interface in trace's namespace (strace asks the same) */
/* struct ifreq as netdevice(7) has it (<linux/if.h> needs libc's headers):
 * the name, then a union whose first int is the index */
struct k_ifreq {
	char name[16];
	int index;
	char rest[20];
};
void nl_pr_ifindex(unsigned idx)
{
	struct k_ifreq r;
	memset(&r, 0, sizeof r);
	r.index = (int)idx;
	int s = idx ? (int)sys_socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0) : -1;
	int ok = s >= 0 && sys_ioctl(s, SIOCGIFNAME, &r) == 0;
	if (s >= 0)
		sys_close(s);
	if (!ok || opt_raw) {
		pr("%u", idx);
		return;
	}
	r.name[sizeof r.name - 1] = 0;
	if (opt_xverbose)
		pr("%u /* ", idx);
	prs("if_nametoindex(");
	quote_bytes((const unsigned char *)r.name, strlen(r.name), 0);
	prs(")");
	if (opt_xverbose)
		prs(" */");
}

/* -EINVAL, as strace prints an errno negated (a number if unnamed) */
void nl_pr_err(int err)
{
	const char *n = err < 0 ? errno_name(-err) : NULL;
	char num[16], name[40];

	snprintf(num, sizeof num, "%d", err);
	if (!n) {
		prs(num);
		return;
	}
	snprintf(name, sizeof name, "-%s", n);
	pr_named(num, name);
}

/* --- attributes --------------------------------------------------------- */

/* a struct nlattr (or nlmsghdr) that is not there: a short one's bytes in
 * hex; an unreadable one's address, after "..." inside an array */
static int fetch_or_say(struct tcb *t, void *obj, size_t size, unsigned long addr,
			unsigned long len, int in_array)
{
	if (len < size) {
		nl_hexstr(t, addr, len);
		return 0;
	}
	if (umove(t->pid, addr, obj, size) == 0)
		return 1;
	if (in_array)
		pr("... /* %#lx */", addr);
	else
		pr_addr(addr);	/* NULL for 0, as strace's printaddr */
	return 0;
}

static void pr_nla_head(const struct nlattr *a, const struct nla_table *tb)
{
	pr("{nla_len=%u, nla_type=", a->nla_len);
	if (a->nla_type & NLA_F_NESTED) {
		pr_named_hex(NLA_F_NESTED, "NLA_F_NESTED");
		prs("|");
	}
	if (a->nla_type & NLA_F_NET_BYTEORDER) {
		pr_named_hex(NLA_F_NET_BYTEORDER, "NLA_F_NET_BYTEORDER");
		prs("|");
	}
	pr_xlat(tb->names, a->nla_type & NLA_TYPE_MASK, "%#lx", tb->dflt);
	prs("}");
}

static void nla_with_data(struct tcb *t, const struct nlattr *a, unsigned long addr,
			  unsigned len, const struct nla_table *tb)
{
	unsigned n = a->nla_len < len ? a->nla_len : len;

	if (n > NLA_HDRLEN)
		prs("[");
	pr_nla_head(a, tb);
	if (n <= NLA_HDRLEN)
		return;
	prs(", ");
	unsigned type = a->nla_type & NLA_TYPE_MASK;
	nla_fn *f = tb->dec && type < tb->ndec ? tb->dec[type] : NULL;
	if (!f || !f(t, addr + NLA_HDRLEN, n - NLA_HDRLEN, tb->opaque))
		nl_hexstr(t, addr + NLA_HDRLEN, n - NLA_HDRLEN);
	prs("]");
}

void nl_attrs(struct tcb *t, unsigned long addr, unsigned len, const struct nla_table *tb)
{
	struct nlattr a;
	int is_array = 0;

	for (unsigned elt = 0; fetch_or_say(t, &a, sizeof a, addr, len, is_array); elt++) {
		if (cur_abbrev && elt == (unsigned)opt_strlen) {
			prs("...");
			break;
		}
		unsigned step = NLA_ALIGN(a.nla_len), next_len = 0;
		unsigned long next = 0;
		if (a.nla_len >= NLA_HDRLEN) {
			next_len = len >= step ? len - step : 0;
			if (next_len && addr + step > addr)
				next = addr + step;
		}
		if (!is_array && next) {
			prs("[");
			is_array = 1;
		}
		nla_with_data(t, &a, addr, len, tb);
		if (!next)
			break;
		prs(", ");
		addr = next;
		len = next_len;
	}
	if (is_array)
		prs("]");
}

/* the attribute decoders most tables use: strings and integers */
int nla_str(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	char *b = malloc(len + 1);
	if (!b || umove(t->pid, addr, b, len) < 0) {
		free(b);
		pr_hex(addr);
		return 1;
	}
	/* the trailing NUL is expected and not shown; without it, or cut
	 * at -s, the string ends in "..." */
	int nul = len && !b[len - 1];
	unsigned n = nul ? len - 1 : len;
	unsigned shown = n < (unsigned)opt_strlen ? n : (unsigned)opt_strlen;
	quote_bytes((unsigned char *)b, shown, 0);
	if (shown < n || !nul)
		prs("...");
	free(b);
	return 1;
}

#define NLA_INT(name, type, fmt, cast)						\
int name(struct tcb *t, unsigned long addr, unsigned len, const void *o)	\
{										\
	type v;									\
	if (len < sizeof v)							\
		return 0;							\
	if (umove(t->pid, addr, &v, sizeof v) < 0)				\
		pr_hex(addr);							\
	else									\
		pr(fmt, (cast)v);						\
	return 1;								\
}
NLA_INT(nla_u8, uint8_t, "%u", unsigned)
NLA_INT(nla_u16, uint16_t, "%u", unsigned)
NLA_INT(nla_u32, uint32_t, "%u", unsigned)
NLA_INT(nla_u64, uint64_t, "%llu", unsigned long long)
NLA_INT(nla_s32, int32_t, "%d", int)
NLA_INT(nla_x32, uint32_t, "%#x", unsigned)

/* a descriptor of the tracee: 3 (3</dev/null> with -y) */
int nla_fd(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	int32_t v;
	if (len < sizeof v)
		return 0;
	if (umove(t->pid, addr, &v, sizeof v) < 0)
		pr_hex(addr);
	else
		pr_fd(v);
	return 1;
}

int nla_get_u32(struct tcb *t, unsigned long addr, unsigned len, uint32_t *v)
{
	if (len < sizeof *v)
		return 0;
	if (umove(t->pid, addr, v, sizeof *v) < 0) {
		pr_hex(addr);
		return -1;
	}
	return 1;
}

int nla_ifindex(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	uint32_t v;
	int r = nla_get_u32(t, addr, len, &v);

	if (r > 0)
		nl_pr_ifindex(v);
	return r != 0;
}

/* --- the header --------------------------------------------------------- */

struct proto {
	const struct xlat *types;
	const char *dflt;
	const struct xlat *(*flags)(unsigned type);	/* the request kind's bits */
	nl_payload_fn *payload;
};

static const struct xlat *route_flags(unsigned type)
{
	if (type == RTM_DELACTION)	/* it takes NLM_F_ROOT, as a GET */
		return nlm_get;
	switch (type & 3) {
	case 0: return nlm_new;
	case 1: return nlm_del;
	case 2: return nlm_get;
	}
	return nlm_plain;
}
static const struct xlat *diag_flags(unsigned type) { return nlm_get; }
static const struct xlat *xfrm_flags(unsigned type)
{
	switch (type) {
	case XFRM_MSG_NEWSA: case XFRM_MSG_NEWPOLICY: case XFRM_MSG_NEWAE:
	case XFRM_MSG_NEWSADINFO: case XFRM_MSG_NEWSPDINFO:
		return nlm_new;
	case XFRM_MSG_DELSA: case XFRM_MSG_DELPOLICY:
		return nlm_del;
	case XFRM_MSG_GETSA: case XFRM_MSG_GETPOLICY: case XFRM_MSG_GETAE:
	case XFRM_MSG_GETSADINFO: case XFRM_MSG_GETSPDINFO:
		return nlm_get;
	}
	return nlm_plain;
}
static const struct xlat *crypto_flags(unsigned type)
{
	switch (type) {
	case CRYPTO_MSG_NEWALG: return nlm_new;
	case CRYPTO_MSG_DELALG: case CRYPTO_MSG_DELRNG: return nlm_del;
	case CRYPTO_MSG_GETALG: return nlm_get;
	}
	return nlm_plain;
}

static const struct proto protos[] = {
	[NETLINK_ROUTE] = { route_types, "RTM_???", route_flags, nl_route_payload },
	[NETLINK_SOCK_DIAG] = { diag_types, "SOCK_DIAG_???", diag_flags, nl_diag_payload },
	[NETLINK_XFRM] = { xfrm_types, "XFRM_MSG_???", xfrm_flags, NULL },
	[NETLINK_SELINUX] = { selinux_types, "SELNL_MSG_???", NULL, nl_selinux_payload },
	[NETLINK_CRYPTO] = { crypto_types, "CRYPTO_MSG_???", crypto_flags, NULL },
	[NETLINK_AUDIT] = { NULL, "AUDIT_???", NULL, NULL },
	[NETLINK_NETFILTER] = { NULL, NULL, NULL, nl_nf_payload },
	[NETLINK_GENERIC] = { NULL, NULL, NULL, NULL },
};
#define NPROTOS (sizeof protos / sizeof protos[0])

static const struct proto *proto_of(int family)
{
	return family >= 0 && (unsigned)family < NPROTOS ? &protos[family] : NULL;
}

/* below NLMSG_MIN_TYPE a type is a control message of every protocol */
static void pr_type(unsigned type, int family)
{
	const struct proto *p = proto_of(family);

	if (type >= NLMSG_MIN_TYPE && p && family == NETLINK_NETFILTER) {
		nl_pr_nf_type(type);
		return;
	}
	if (type >= NLMSG_MIN_TYPE && p && family == NETLINK_GENERIC) {
		nl_pr_genl_type(type);
		return;
	}
	if (type >= NLMSG_MIN_TYPE && p && family == NETLINK_AUDIT) {
		nl_pr_audit_type(type);
		return;
	}
	const struct xlat *x = nlmsg_types;
	const char *dflt = "NLMSG_???";
	if (type >= NLMSG_MIN_TYPE && p) {
		x = p->types ? p->types : x;
		dflt = p->dflt ? p->dflt : dflt;
	}
	pr_xlat(x, type, "%#lx", dflt);
}

static void pr_nlflags(unsigned flags, unsigned type, int family)
{
	const struct proto *p = proto_of(family);
	const struct xlat *x = nlm_plain;

	if (type == NLMSG_ERROR)
		x = nlm_ack;
	else if (type >= NLMSG_MIN_TYPE && family == NETLINK_NETFILTER)
		x = nl_nf_flags(type);
	else if (type >= NLMSG_MIN_TYPE && p && p->flags)
		x = p->flags(type);
	pr_flags_d(x, flags, "NLM_F_???");
}

const struct xlat *nl_flag_table(int kind)
{
	return kind == 'n' ? nlm_new : kind == 'd' ? nlm_del : kind == 'g' ? nlm_get : nlm_plain;
}

static void pr_nlmsghdr(const struct nlmsghdr *h, int family)
{
	pr("{nlmsg_len=%u, nlmsg_type=", h->nlmsg_len);
	pr_type(h->nlmsg_type, family);
	prs(", nlmsg_flags=");
	pr_nlflags(h->nlmsg_flags, h->nlmsg_type, family);
	/* a process's id, as strace takes it: signed, and translated with
	 * --decode-pids=pidns */
	pr(", nlmsg_seq=%u, nlmsg_pid=", h->nlmsg_seq);
	pr_pid((int)h->nlmsg_pid, PT_TGID);
	prs("}");
}

/* --- payloads ----------------------------------------------------------- */

static void msg_with_payload(struct tcb *t, int family, const struct nlmsghdr *h,
			     unsigned long addr, unsigned long len);

static int nla_cookie(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	unsigned char *b = malloc(len ? len : 1);
	if (!b || umove(t->pid, addr, b, len) < 0) {
		free(b);
		pr_hex(addr);
		return 1;
	}
	prs("[");
	for (unsigned i = 0; i < len; i++) {
		if (!pr_elem((int)i))
			break;
		pr("%u", b[i]);
	}
	prs("]");
	free(b);
	return 1;
}

static nla_fn *const err_attr_dec[] = {
	[NLMSGERR_ATTR_MSG] = nla_str,
	[NLMSGERR_ATTR_OFFS] = nla_u32,
	[NLMSGERR_ATTR_COOKIE] = nla_cookie,
};
static const struct nla_table err_attrs = {
	nlmsgerr_attrs, "NLMSGERR_ATTR_???", err_attr_dec,
	sizeof err_attr_dec / sizeof err_attr_dec[0], NULL
};

/* NLMSG_ERROR: {error=-EINVAL, msg=THE REQUEST}, read whole (else its
 * address); with the extended ack's attributes after the request (all of
 * it, or its header when CAPPED; never less than its header), the two
 * are an array: [{error=..., msg=...}, [ATTRS]] */
static void nlmsgerr(struct tcb *t, int family, unsigned long addr, unsigned long len, int capped)
{
	struct nlmsgerr e;

	/* strace 6.1 takes it apart only when a whole struct nlmsgerr is there */
	if (len < sizeof e) {
		nl_hexstr(t, addr, len);
		return;
	}
	if (umove(t->pid, addr, &e, sizeof e) < 0) {
		pr_hex(addr);
		return;
	}
	unsigned long msg = addr + sizeof e.error, room = len - sizeof e.error;
	unsigned long req = capped || e.msg.nlmsg_len < sizeof e.msg ? sizeof e.msg : e.msg.nlmsg_len;
	if (req > room)
		req = room;
	int attrs = room > req;

	if (attrs)
		prs("[");
	prs("{error=");
	nl_pr_err(e.error);
	prs(", msg=");
	msg_with_payload(t, family, &e.msg, msg, req);
	prs("}");
	if (attrs) {
		prs(", ");
		nl_attrs(t, msg + req, (unsigned)(room - req), &err_attrs);
		prs("]");
	}
}

static void payload(struct tcb *t, int family, const struct nlmsghdr *h,
		    unsigned long addr, unsigned long len)
{
	const struct proto *p = proto_of(family);

	if (h->nlmsg_type == NLMSG_ERROR) {
		nlmsgerr(t, family, addr, len, h->nlmsg_flags & NLM_F_CAPPED);
		return;
	}
	/* NLMSG_DONE may carry more than an int: the protocol decides first */
	if ((h->nlmsg_type >= NLMSG_MIN_TYPE || h->nlmsg_type == NLMSG_DONE) && p &&
	    p->payload && p->payload(t, h, addr, (unsigned)len))
		return;
	int num;
	if (h->nlmsg_type == NLMSG_DONE && len == sizeof num) {
		if (umove(t->pid, addr, &num, sizeof num) < 0)
			pr_hex(addr);
		else
			pr("%d", num);
		return;
	}
	nl_hexstr(t, addr, len);
}

/* one message: its header, and [header, payload] when it has one */
static void msg_with_payload(struct tcb *t, int family, const struct nlmsghdr *h,
			     unsigned long addr, unsigned long len)
{
	unsigned long n = h->nlmsg_len < len ? h->nlmsg_len : len;

	if (n > NLMSG_HDRLEN)
		prs("[");
	pr_nlmsghdr(h, family);
	if (n > NLMSG_HDRLEN) {
		prs(", ");
		payload(t, family, h, addr + NLMSG_HDRLEN, n - NLMSG_HDRLEN);
		prs("]");
	}
}

/* a buffer of messages: one, or an array of them (-s N: the first N) */
void nl_decode(struct tcb *t, int family, unsigned long addr, unsigned long len)
{
	struct nlmsghdr h;
	int is_array = 0;

	for (unsigned elt = 0; fetch_or_say(t, &h, sizeof h, addr, len, is_array); elt++) {
		if (cur_abbrev && elt == (unsigned)opt_strlen) {
			prs("...");
			break;
		}
		uint32_t step = NLMSG_ALIGN(h.nlmsg_len);
		unsigned long next = 0, next_len = 0;
		if (h.nlmsg_len >= NLMSG_HDRLEN) {
			next_len = len >= step ? len - step : 0;
			if (next_len && addr + step > addr)
				next = addr + step;
		}
		if (!is_array && next) {
			prs("[");
			is_array = 1;
		}
		msg_with_payload(t, family, &h, addr, len);
		if (!next)
			break;
		prs(", ");
		addr = next;
		len = next_len;
	}
	if (is_array)
		prs("]");
}
