/* src/trace/cmsg.c — a msghdr's control messages (sendmsg, recvmsg and the
 * mmsg calls): msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET,
 * cmsg_type=SCM_RIGHTS, cmsg_data=[3]}, ...].
 *
 * The walk, as strace 6.1's output shows it:
 *  - no more of the buffer is read than net.core.optmem_max (rounded up to
 *    8), the kernel's own limit; a longer buffer ends in ", ...";
 *  - each header (16 bytes) is shown while 16 bytes are left; the next one
 *    starts cmsg_len rounded up to 8 further on. A cmsg_len below 16, or
 *    bytes left that hold no header, end the list: "... (ADDR in a comment)";
 *  - the data is what cmsg_len and the buffer both cover; each type shows
 *    it when there is at least its minimum, the timestamps "???" when they
 *    are cut short; types strace does not know show none.
 */
#include "trace.h"
#include "netlink.h"
#include <asm/socket.h>
#include <linux/in.h>

#define CMSG_HDR 16	/* struct cmsghdr: cmsg_len 8, cmsg_level 4, cmsg_type 4 */

/* SOL_SOCKET's types: the SCM_* of the kernel's include/linux/socket.h
 * (not in UAPI) and the timestamps of <asm/socket.h> */
static const struct xlat scm_types[] = {
	{ 1, "SCM_RIGHTS" }, { 2, "SCM_CREDENTIALS" }, { 3, "SCM_SECURITY" },
	X(SO_TIMESTAMP_OLD), X(SO_TIMESTAMPNS_OLD), X(SO_TIMESTAMPING_OLD),
	X(SO_TIMESTAMP_NEW), X(SO_TIMESTAMPNS_NEW), X(SO_TIMESTAMPING_NEW), XEND
};
/* SOL_IP's: those the kernel sends (ip_cmsg_recv) or takes; IP_PASSSEC's
 * message comes as SCM_SECURITY (3) at SOL_IP */
static const struct xlat ip_cmsg_types[] = {
	X(IP_TOS), X(IP_TTL), { 3, "SCM_SECURITY" }, X(IP_RECVOPTS), X(IP_RETOPTS), X(IP_PKTINFO),
	X(IP_RECVERR), X(IP_ORIGDSTADDR), X(IP_CHECKSUM), XEND
};

/* net.core.optmem_max, 8-aligned; its default when /proc cannot say */
static unsigned long optmem_max(void)
{
	static unsigned long max;
	char buf[32];

	if (max)
		return max;
	long fd = sys_openat(AT_FDCWD, "/proc/sys/net/core/optmem_max", O_RDONLY | O_CLOEXEC, 0);
	long r = fd >= 0 ? sys_read((int)fd, buf, sizeof buf - 1) : -1;
	if (fd >= 0)
		sys_close((int)fd);
	unsigned long v = 0;
	for (long i = 0; i < r && buf[i] >= '0' && buf[i] <= '9'; i++)
		v = v * 10 + (unsigned long)(buf[i] - '0');
	if (!v || v > 0x100000)
		v = 8 * (2 * 1024 + 512);	/* the kernel's default: sizeof(long) * (2 * UIO_MAXIOV + 512) */
	max = (v + 7) & ~7UL;
	return max;
}

/* can all n bytes at addr be read? */
static int readable(struct tcb *t, unsigned long addr, unsigned long n)
{
	unsigned char scratch[4096];
	for (unsigned long off = 0; off < n; off += sizeof scratch) {
		unsigned long k = n - off < sizeof scratch ? n - off : sizeof scratch;
		if (umove(t->pid, addr + off, scratch, k) < 0)
			return 0;
	}
	return 1;
}

/* --- the data of each type ---------------------------------------------- */

static void pr_rights(struct tcb *t, unsigned long a, unsigned long len)
{
	prs("[");
	for (unsigned long i = 0; i < len / 4; i++) {
		int fd;
		if (!pr_elem((int)i))
			break;
		umove(t->pid, a + i * 4, &fd, sizeof fd);
		pr_fd(fd);
	}
	prs("]");
}

static void pr_bytes_hex_array(struct tcb *t, unsigned long a, unsigned long len)
{
	prs("[");
	for (unsigned long i = 0; i < len; i++) {
		unsigned char c = 0;
		if (!pr_elem((int)i))
			break;
		umove(t->pid, a + i, &c, 1);
		pr(c ? "%#x" : "%u", c);
	}
	prs("]");
}

/* {tv_sec=1, tv_usec=2}: sec and the fraction are 8 bytes each, both the
 * old (long) and the new (__s64) layouts on 64 bits */
static void pr_stamp(struct tcb *t, unsigned long a, const char *frac)
{
	long long v[2];
	umove(t->pid, a, v, sizeof v);
	pr("{tv_sec=%lld, %s=%lld}", v[0], frac, v[1]);
}

static void pr_stamping(struct tcb *t, unsigned long a)
{
	prs("[");
	for (int i = 0; i < 3; i++) {
		prs(i ? ", " : "");
		pr_stamp(t, a + (unsigned long)i * 16, "tv_nsec");
	}
	prs("]");
}

static void pr_in_addr_at(struct tcb *t, unsigned long a)
{
	unsigned char b[4] = { 0 };
	char ip[16];
	umove(t->pid, a, b, sizeof b);
	int n = snprintf(ip, sizeof ip, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
	prs("inet_addr(");
	quote_bytes((const unsigned char *)ip, (size_t)n, 0);
	prs(")");
}

/* struct in_pktinfo */
static void pr_pktinfo(struct tcb *t, unsigned long a)
{
	unsigned ifindex = 0;
	umove(t->pid, a, &ifindex, sizeof ifindex);
	prs("{ipi_ifindex=");
	nl_pr_ifindex(ifindex);
	prs(", ipi_spec_dst=");
	pr_in_addr_at(t, a + 4);
	prs(", ipi_addr=");
	pr_in_addr_at(t, a + 8);
	prs("}");
}

/* struct sock_extended_err, then the offender's address */
static void pr_recverr(struct tcb *t, unsigned long a, unsigned long len)
{
	struct { uint32_t ee_errno; uint8_t origin, type, code, pad; uint32_t info, data; } e;
	umove(t->pid, a, &e, sizeof e);
	pr("{ee_errno=%u, ee_origin=%u, ee_type=%u, ee_code=%u, ee_info=%u, ee_data=%u, offender=",
	   e.ee_errno, e.origin, e.type, e.code, e.info, e.data);
	pr_sockaddr(t, a + sizeof e, len - sizeof e);
	prs("}");
}

static void pr_u32_in_brackets(struct tcb *t, unsigned long a)
{
	uint32_t v = 0;
	umove(t->pid, a, &v, sizeof v);
	pr("[%u]", v);
}

/* ", cmsg_data=..." for the types strace decodes, when len bytes are enough */
static void pr_cmsg_data(struct tcb *t, unsigned level, unsigned type, unsigned long a,
			 unsigned long len)
{
	if (level == SOL_SOCKET) {
		const char *frac = NULL;
		unsigned long need = 16;
		switch (type) {
		case 1:	/* SCM_RIGHTS */
			if (len >= 4) {
				prs(", cmsg_data=");
				pr_rights(t, a, len);
			}
			return;
		case 2: {	/* SCM_CREDENTIALS: struct ucred */
			int c[3];
			if (len >= sizeof c && umove(t->pid, a, c, sizeof c) == 0) {
				prs(", cmsg_data={pid=");
				pr_pid(c[0], PT_TGID);
				pr(", uid=%u, gid=%u}", (unsigned)c[1], (unsigned)c[2]);
			}
			return;
		}
		case 3:	/* SCM_SECURITY: the security context */
			if (len) {
				prs(", cmsg_data=");
				pr_buf(t, a, len);
			}
			return;
		case SO_TIMESTAMP_OLD: case SO_TIMESTAMP_NEW: frac = "tv_usec"; break;
		case SO_TIMESTAMPNS_OLD: case SO_TIMESTAMPNS_NEW: frac = "tv_nsec"; break;
		case SO_TIMESTAMPING_OLD: case SO_TIMESTAMPING_NEW: need = 48; break;
		default: return;
		}
		if (!len)
			return;
		prs(", cmsg_data=");
		if (len < need)
			prs("???");	/* cut short */
		else if (frac)
			pr_stamp(t, a, frac);
		else
			pr_stamping(t, a);
		return;
	}
	if (level != IPPROTO_IP)
		return;
	switch (type) {
	case 3:	/* SCM_SECURITY */
		if (len) {
			prs(", cmsg_data=");
			pr_buf(t, a, len);
		}
		return;
	case IP_PKTINFO:
		if (len >= 12) {
			prs(", cmsg_data=");
			pr_pktinfo(t, a);
		}
		return;
	case IP_TTL:
	case IP_CHECKSUM:
		if (len >= 4) {
			prs(", cmsg_data=");
			pr_u32_in_brackets(t, a);
		}
		return;
	case IP_TOS:
	case IP_RECVOPTS:
	case IP_RETOPTS:
		if (len) {
			prs(", cmsg_data=");
			pr_bytes_hex_array(t, a, type == IP_TOS ? 1 : len);
		}
		return;
	case IP_RECVERR:
		if (len >= 16) {
			prs(", cmsg_data=");
			pr_recverr(t, a, len);
		}
		return;
	case IP_ORIGDSTADDR:
		if (len) {
			prs(", cmsg_data=");
			pr_sockaddr(t, a, len);
		}
		return;
	}
}

static void pr_cmsg_type(unsigned level, unsigned type)
{
	if (level == SOL_SOCKET)
		pr_xlat(scm_types, type, "%#x", "SCM_???");
	else if (level == IPPROTO_IP)
		pr_xlat(ip_cmsg_types, type, "%#x", "IP_???");
	else
		pr("%#x", type);
}

void pr_cmsgs(struct tcb *t, unsigned long addr, unsigned long controllen)
{
	unsigned long size = controllen < optmem_max() ? controllen : optmem_max();

	if (pr_nonverbose_addr(addr))
		return;
	if (!addr || size < CMSG_HDR || !readable(t, addr, size)) {	/* not even a header */
		pr_addr(addr);
		return;
	}
	unsigned long left = size, at = addr;
	prs("[");
	for (int i = 0; left >= CMSG_HDR; i++) {
		struct { unsigned long len; unsigned level, type; } h;
		if (!pr_elem(i)) {
			left = 0;
			break;
		}
		umove(t->pid, at, &h, sizeof h);
		pr("{cmsg_len=%lu, cmsg_level=", h.len);
		pr_xlat(sol_levels, h.level, "%#x", "SOL_???");
		prs(", cmsg_type=");
		pr_cmsg_type(h.level, h.type);
		unsigned long covered = h.len < left ? h.len : left;
		if (covered > CMSG_HDR)
			pr_cmsg_data(t, h.level, h.type, at + CMSG_HDR, covered - CMSG_HDR);
		prs("}");
		if (h.len < CMSG_HDR) {	/* no way on past it */
			left -= CMSG_HDR;
			at += CMSG_HDR;
			break;
		}
		unsigned long step = (h.len + 7) & ~7UL;
		if (step >= left) {
			left = 0;
			break;
		}
		at += step;
		left -= step;
	}
	if (left)
		pr(", ... /* %#lx */", at);
	else if (size < controllen)
		prs(", ...");
	prs("]");
}
