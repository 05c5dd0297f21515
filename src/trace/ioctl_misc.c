/* src/trace/ioctl_misc.c — the smaller families: namespaces (nsfs:
 * ioctl_ns(2)), the random device (random(4)), inotify (inotify(7)),
 * userfaultfd (ioctl_userfaultfd(2)), seccomp user notification
 * (seccomp_unotify(2)) and perf events (perf_event_open(2)). */
#include "ioctl.h"
#include "err.h"
#include <linux/nsfs.h>
#include <linux/random.h>
#include <linux/inotify.h>
#include <linux/userfaultfd.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/perf_event.h>
#include <linux/sched.h>

static const struct xlat ns_types[] = {
	X(CLONE_NEWNS), X(CLONE_NEWCGROUP), X(CLONE_NEWUTS), X(CLONE_NEWIPC), X(CLONE_NEWUSER),
	X(CLONE_NEWPID), X(CLONE_NEWNET), X(CLONE_NEWTIME), XEND
};
/* the features strace 6.1 names (the headers of its time: newer kernels
 * answer with more bits, printed in hex) */
static const struct xlat uffd_features[] = {
	X(UFFD_FEATURE_PAGEFAULT_FLAG_WP), X(UFFD_FEATURE_EVENT_FORK), X(UFFD_FEATURE_EVENT_REMAP),
	X(UFFD_FEATURE_EVENT_REMOVE), X(UFFD_FEATURE_MISSING_HUGETLBFS),
	X(UFFD_FEATURE_MISSING_SHMEM), X(UFFD_FEATURE_EVENT_UNMAP), X(UFFD_FEATURE_SIGBUS),
	X(UFFD_FEATURE_THREAD_ID), X(UFFD_FEATURE_MINOR_HUGETLBFS), X(UFFD_FEATURE_MINOR_SHMEM),
	X(UFFD_FEATURE_EXACT_ADDRESS), X(UFFD_FEATURE_WP_HUGETLBFS_SHMEM), XEND
};
/* the ioctls a range or the API allows: bits numbered by _UFFDIO_* */
#define BIT(c) { 1UL << (c), "1<<" #c }
static const struct xlat uffd_ioctls[] = {
	BIT(_UFFDIO_REGISTER), BIT(_UFFDIO_UNREGISTER), BIT(_UFFDIO_WAKE), BIT(_UFFDIO_COPY),
	BIT(_UFFDIO_ZEROPAGE), BIT(_UFFDIO_WRITEPROTECT), BIT(_UFFDIO_CONTINUE), BIT(_UFFDIO_API),
	XEND
};
static const struct xlat uffd_register_modes[] = {
	X(UFFDIO_REGISTER_MODE_MISSING), X(UFFDIO_REGISTER_MODE_WP), X(UFFDIO_REGISTER_MODE_MINOR),
	XEND
};
static const struct xlat uffd_copy_modes[] = {
	X(UFFDIO_COPY_MODE_DONTWAKE), X(UFFDIO_COPY_MODE_WP), XEND
};
static const struct xlat uffd_zeropage_modes[] = { X(UFFDIO_ZEROPAGE_MODE_DONTWAKE), XEND };
static const struct xlat notif_resp_flags[] = { X(SECCOMP_USER_NOTIF_FLAG_CONTINUE), XEND };
static const struct xlat addfd_flags[] = {
	X(SECCOMP_ADDFD_FLAG_SETFD), X(SECCOMP_ADDFD_FLAG_SEND), XEND
};
static const struct xlat audit_arches[] = { X(AUDIT_ARCH_X86_64), X(AUDIT_ARCH_I386), XEND };
static const struct xlat perf_ioc_flags[] = { X(PERF_IOC_FLAG_GROUP), XEND };

/* NS_GET_NSTYPE's result: the namespace's CLONE_NEW* after the number. A
 * failed call gets whatever text the call before left (strace's auxstr is
 * not cleared): rbuf keeps it */
static void ns_type_result(struct tcb *t)
{
	const char *n = xlat_name(ns_types, (unsigned long)t->ret);

	if (t_failed(t)) {
		if (t->rbuf[0])
			t->rtext = t->rbuf, t->rtext_err = 1;
		return;
	}
	if (n) {
		snprintf(t->rbuf, sizeof t->rbuf, " (%s)", n);
		t->rtext = t->rbuf;
	}
}

/* struct rand_pool_info: the entropy credited, then the bytes */
static void pr_rand_pool(struct tcb *t, unsigned long arg)
{
	struct rand_pool_info p;

	pr_sep();
	if (ioc_get(t, arg, &p, sizeof p) < 0)
		return;
	pr("{entropy_count=%d, buf_size=%d, buf=", p.entropy_count, p.buf_size);
	pr_buf(t, arg + sizeof p, (unsigned)p.buf_size);
	prs("}");
}

static void pr_uffd_range(const struct uffdio_range *r)
{
	pr("{start=%#llx, len=%#llx}", (unsigned long long)r->start, (unsigned long long)r->len);
}

/* UFFDIO_API, REGISTER, COPY, ZEROPAGE: the struct is left open at the
 * entry; the exit adds what the kernel wrote back (when it succeeded) and
 * closes it */
static int uffd_entry(struct tcb *t, unsigned req, unsigned long arg)
{
	union {
		struct uffdio_api api;
		struct uffdio_register reg;
		struct uffdio_copy cp;
		struct uffdio_zeropage zp;
		struct uffdio_range rng;
	} u;
	size_t size = req == UFFDIO_API ? sizeof u.api : req == UFFDIO_REGISTER ? sizeof u.reg :
		      req == UFFDIO_COPY ? sizeof u.cp : req == UFFDIO_ZEROPAGE ? sizeof u.zp :
		      sizeof u.rng;

	pr_sep();
	if (ioc_get(t, arg, &u, size) < 0)
		return IOC_DONE;
	switch (req) {
	case UFFDIO_API:
		pr("{api=%#llx, features=", (unsigned long long)u.api.api);
		pr_flags(uffd_features, u.api.features, NULL);
		return IOC_EXIT;
	case UFFDIO_REGISTER:
		prs("{range=");
		pr_uffd_range(&u.reg.range);
		prs(", mode=");
		pr_flags_d(uffd_register_modes, u.reg.mode, "UFFDIO_REGISTER_MODE_???");
		return IOC_EXIT;
	case UFFDIO_COPY:
		pr("{dst=%#llx, src=%#llx, len=%#llx, mode=", (unsigned long long)u.cp.dst,
		   (unsigned long long)u.cp.src, (unsigned long long)u.cp.len);
		pr_flags_d(uffd_copy_modes, u.cp.mode, "UFFDIO_COPY_MODE_???");
		return IOC_EXIT;
	case UFFDIO_ZEROPAGE:
		prs("{range=");
		pr_uffd_range(&u.zp.range);
		prs(", mode=");
		pr_flags_d(uffd_zeropage_modes, u.zp.mode, "UFFDIO_ZEROPAGE_???");
		return IOC_EXIT;
	}
	pr_uffd_range(&u.rng);	/* UFFDIO_WAKE, UFFDIO_UNREGISTER */
	return IOC_DONE;
}

static void uffd_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	union {
		struct uffdio_api api;
		struct uffdio_register reg;
		struct uffdio_copy cp;
		struct uffdio_zeropage zp;
	} u;
	/* the request's own size: the union's may run past the mapping */
	size_t size = req == UFFDIO_API ? sizeof u.api : req == UFFDIO_REGISTER ? sizeof u.reg :
		      req == UFFDIO_COPY ? sizeof u.cp : sizeof u.zp;

	if (t_failed(t) || umove(t->pid, arg, &u, size) < 0) {
		prs("}");
		return;
	}
	switch (req) {
	case UFFDIO_API:
		prs(" => features=");
		pr_flags(uffd_features, u.api.features, NULL);
		prs(", ioctls=");
		pr_flags(uffd_ioctls, u.api.ioctls, NULL);
		break;
	case UFFDIO_REGISTER:
		prs(", ioctls=");
		pr_flags(uffd_ioctls, u.reg.ioctls, NULL);
		break;
	case UFFDIO_COPY:
		pr(", copy=%#llx", (unsigned long long)u.cp.copy);
		break;
	case UFFDIO_ZEROPAGE:
		pr(", zeropage=%#llx", (unsigned long long)u.zp.zeropage);
		break;
	}
	prs("}");
}

/* a seccomp_data's syscall: its name for the x86-64 ABI, as __NR_read;
 * any other number unsigned */
static void pr_notif_nr(int nr, unsigned arch)
{
	char num[16], name[64];

	snprintf(num, sizeof num, "%u", (unsigned)nr);
	if (arch == AUDIT_ARCH_X86_64 && nr >= 0 && nr < NSYS && systab[nr].name) {
		snprintf(name, sizeof name, "__NR_%s", systab[nr].name);
		pr_named(num, name);
	} else {
		prs(num);
	}
}

static void pr_seccomp_notif(const struct seccomp_notif *n)
{
	pr("{id=%#llx, pid=", (unsigned long long)n->id);
	pr_pid(n->pid, PT_TGID);	/* the caller's: its number here with --pidns-translation */
	pr(", flags=%#x, data={nr=", n->flags);
	pr_notif_nr(n->data.nr, n->data.arch);
	prs(", arch=");
	pr_xlat(audit_arches, n->data.arch, "%#x", "AUDIT_ARCH_???");
	prs(", instruction_pointer=");
	pr_addr(n->data.instruction_pointer);
	prs(", args=[");
	for (int i = 0; i < 6 && pr_elem(i); i++)	/* cut at -s, as arrays are */
		pr("%#llx", (unsigned long long)n->data.args[i]);
	prs("]}}");
}

/* an errno negated, by name: -EPERM */
static void pr_neg_errno(int e)
{
	const char *n = e < 0 ? errno_name(-e) : NULL;
	char num[16], name[40];

	snprintf(num, sizeof num, "%d", e);
	if (!n) {
		prs(num);
		return;
	}
	snprintf(name, sizeof name, "-%s", n);
	pr_named(num, name);
}

/* SECCOMP_IOCTL_NOTIF_ID_VALID's first number (Linux 5.0-5.8), gone from
 * the headers and still taken by the kernel */
#define NOTIF_ID_VALID_WRONG_DIR SECCOMP_IOR(2, __u64)
#define NOTIF_SHOWN 1UL	/* t->aux: the entry printed the notification */

static int is_zero(const void *p, size_t n)
{
	const unsigned char *b = p;

	while (n--)
		if (*b++)
			return 0;
	return 1;
}

static int seccomp_entry(struct tcb *t, unsigned req, unsigned long arg)
{
	union {
		struct seccomp_notif n;
		struct seccomp_notif_resp r;
		struct seccomp_notif_addfd a;
		unsigned long long id;
	} u;
	size_t size = req == SECCOMP_IOCTL_NOTIF_RECV ? sizeof u.n :
		      req == SECCOMP_IOCTL_NOTIF_SEND ? sizeof u.r :
		      req == SECCOMP_IOCTL_NOTIF_ADDFD ? sizeof u.a : sizeof u.id;

	pr_sep();
	if (ioc_get(t, arg, &u, size) < 0)
		return IOC_DONE;
	switch (req) {
	case SECCOMP_IOCTL_NOTIF_RECV:
		/* the kernel wants it zeroed: as such strace shows it only at
		 * the exit; anything else at the entry too, and " => " */
		if (!is_zero(&u.n, sizeof u.n)) {
			pr_seccomp_notif(&u.n);
			t->aux |= NOTIF_SHOWN;
		}
		return IOC_EXIT;
	case SECCOMP_IOCTL_NOTIF_SEND:
		pr("{id=%#llx, val=%lld, error=", (unsigned long long)u.r.id, (long long)u.r.val);
		pr_neg_errno(u.r.error);
		prs(", flags=");
		pr_flags_d(notif_resp_flags, u.r.flags, "SECCOMP_USER_NOTIF_FLAG_???");
		prs("}");
		break;
	case SECCOMP_IOCTL_NOTIF_ADDFD:
		pr("{id=%#llx, flags=", (unsigned long long)u.a.id);
		pr_flags_d(addfd_flags, u.a.flags, "SECCOMP_ADDFD_FLAG_???");
		prs(", srcfd=");
		pr_fd((int)u.a.srcfd);	/* ours; newfd is a number in the target */
		pr(", newfd=%d, newfd_flags=", (int)u.a.newfd);
		pr_o_flags(u.a.newfd_flags);	/* any O_ flag, not only O_CLOEXEC */
		prs("}");
		break;
	default:	/* SECCOMP_IOCTL_NOTIF_ID_VALID, and its old number (_WRONG_DIR) */
		pr("[%#llx]", u.id);
	}
	return IOC_DONE;
}

/* " => " (if the entry showed one) and the notification the kernel
 * filled in */
static void seccomp_exit(struct tcb *t, unsigned long arg)
{
	struct seccomp_notif n;

	if (t->aux & NOTIF_SHOWN)
		prs(" => ");
	if (t_failed(t) || umove(t->pid, arg, &n, sizeof n) < 0)
		pr_addr(arg);
	else
		pr_seccomp_notif(&n);
}

static void pr_u32_elem(struct tcb *t, const void *e)
{
	pr("%u", *(const __u32 *)e);
}

/* QUERY_BPF's answer: how many programs, and as many of their ids as
 * there was room for; "..." if it failed or cannot be read */
static void query_bpf_exit(struct tcb *t, unsigned long arg)
{
	struct perf_event_query_bpf q;

	if (t_failed(t) || umove(t->pid, arg, &q, sizeof q) < 0) {
		prs(", ...}");
		return;
	}
	pr(", prog_cnt=%u, ids=", q.prog_cnt);
	pr_array(t, arg + sizeof q, q.prog_cnt < q.ids_len ? q.prog_cnt : q.ids_len, sizeof(__u32),
		 pr_u32_elem);
	prs("}");
}

static int perf_entry(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case PERF_EVENT_IOC_ENABLE: case PERF_EVENT_IOC_DISABLE: case PERF_EVENT_IOC_RESET:
		pr_sep();
		pr_flags_d(perf_ioc_flags, (unsigned)arg, "PERF_IOC_FLAG_???");	/* the kernel's u32 */
		return IOC_DONE;
	case PERF_EVENT_IOC_REFRESH:
		pr(", %d", (int)arg);
		return IOC_DONE;
	case PERF_EVENT_IOC_PERIOD:
		ioc_u64(t, arg);
		return IOC_DONE;
	case PERF_EVENT_IOC_SET_OUTPUT: case PERF_EVENT_IOC_SET_BPF:
		pr_sep();
		pr_fd((int)arg);
		return IOC_DONE;
	case PERF_EVENT_IOC_PAUSE_OUTPUT:
		pr(", %lu", arg);
		return IOC_DONE;
	case PERF_EVENT_IOC_SET_FILTER:
		pr_sep();
		pr_str(t, arg);
		return IOC_DONE;
	case PERF_EVENT_IOC_ID:
		return IOC_EXIT;
	case PERF_EVENT_IOC_QUERY_BPF: {
		/* the count of ids room was made for; the rest at the exit */
		__u32 len;
		pr_sep();
		if (ioc_get(t, arg, &len, sizeof len) < 0)
			return IOC_DONE;
		pr("{ids_len=%u", len);
		return IOC_EXIT;
	}
	case PERF_EVENT_IOC_MODIFY_ATTRIBUTES:
		pr_sep();
		pr_perf_attr(t, arg);
		return IOC_DONE;
	}
	return IOC_NUM;
}

int ioctl_misc(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {
		switch (req) {
		case NS_GET_NSTYPE:
			ns_type_result(t);
			break;
		case UFFDIO_API: case UFFDIO_REGISTER: case UFFDIO_COPY: case UFFDIO_ZEROPAGE:
			uffd_exit(t, req, arg);
			break;
		case SECCOMP_IOCTL_NOTIF_RECV:
			seccomp_exit(t, arg);
			break;
		case PERF_EVENT_IOC_ID:
			if (t_failed(t)) {
				pr_sep();
				pr_addr(arg);
			} else {
				ioc_u64(t, arg);
			}
			break;
		case PERF_EVENT_IOC_QUERY_BPF:
			query_bpf_exit(t, arg);
			break;
		default:	/* the int getters */
			ioc_int_out(t, arg);
		}
		return IOC_DONE;
	}
	switch (req) {
	case NS_GET_NSTYPE:
		return IOC_EXIT;	/* nothing passed in: the result is named */
	case NS_GET_USERNS: case NS_GET_PARENT:
		t->rfmt = R_FD;	/* a new descriptor: -y shows its namespace */
		return IOC_DONE;
	case RNDZAPENTCNT: case RNDCLEARPOOL: case RNDRESEEDCRNG:
		return IOC_DONE;
	case NS_GET_OWNER_UID: case RNDGETENTCNT:
		return IOC_EXIT;
	case RNDADDTOENTCNT:
		ioc_int(t, arg);
		return IOC_DONE;
	case RNDADDENTROPY:
		pr_rand_pool(t, arg);
		return IOC_DONE;
	case INOTIFY_IOC_SETNEXTWD:
		pr(", %d", (int)arg);
		return IOC_DONE;
	case UFFDIO_API: case UFFDIO_REGISTER: case UFFDIO_COPY: case UFFDIO_ZEROPAGE:
	case UFFDIO_WAKE: case UFFDIO_UNREGISTER:
		return uffd_entry(t, req, arg);
	case SECCOMP_IOCTL_NOTIF_RECV: case SECCOMP_IOCTL_NOTIF_SEND:
	case SECCOMP_IOCTL_NOTIF_ID_VALID: case SECCOMP_IOCTL_NOTIF_ADDFD:
	case NOTIF_ID_VALID_WRONG_DIR:
		return seccomp_entry(t, req, arg);
	}
	return perf_entry(t, req, arg);
}
