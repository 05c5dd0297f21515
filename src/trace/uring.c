/* src/trace/uring.c — io_uring_setup, io_uring_enter, io_uring_register.
 * Constants from <linux/io_uring.h>. */
#include "trace.h"
#include <linux/io_uring.h>

static const struct xlat enter_flags[] = {
	X(IORING_ENTER_GETEVENTS), X(IORING_ENTER_SQ_WAKEUP), X(IORING_ENTER_SQ_WAIT),
	X(IORING_ENTER_EXT_ARG), X(IORING_ENTER_REGISTERED_RING), XEND
};
static const struct xlat register_ops[] = {
	X(IORING_REGISTER_BUFFERS), X(IORING_UNREGISTER_BUFFERS), X(IORING_REGISTER_FILES),
	X(IORING_UNREGISTER_FILES), X(IORING_REGISTER_EVENTFD), X(IORING_UNREGISTER_EVENTFD),
	X(IORING_REGISTER_FILES_UPDATE), X(IORING_REGISTER_EVENTFD_ASYNC),
	X(IORING_REGISTER_PROBE), X(IORING_REGISTER_PERSONALITY),
	X(IORING_UNREGISTER_PERSONALITY), X(IORING_REGISTER_RESTRICTIONS),
	X(IORING_REGISTER_ENABLE_RINGS), X(IORING_REGISTER_FILES2),
	X(IORING_REGISTER_FILES_UPDATE2), X(IORING_REGISTER_BUFFERS2),
	X(IORING_REGISTER_BUFFERS_UPDATE), X(IORING_REGISTER_IOWQ_AFF),
	X(IORING_UNREGISTER_IOWQ_AFF), X(IORING_REGISTER_IOWQ_MAX_WORKERS),
	X(IORING_REGISTER_RING_FDS), X(IORING_UNREGISTER_RING_FDS),
	X(IORING_REGISTER_PBUF_RING), X(IORING_UNREGISTER_PBUF_RING), XEND
};
/* the SQE opcodes strace 6.1 names: up to URING_CMD (Linux 6.0) */
static const struct xlat sqe_ops[] = {
	X(IORING_OP_NOP), X(IORING_OP_READV), X(IORING_OP_WRITEV), X(IORING_OP_FSYNC),
	X(IORING_OP_READ_FIXED), X(IORING_OP_WRITE_FIXED), X(IORING_OP_POLL_ADD),
	X(IORING_OP_POLL_REMOVE), X(IORING_OP_SYNC_FILE_RANGE), X(IORING_OP_SENDMSG),
	X(IORING_OP_RECVMSG), X(IORING_OP_TIMEOUT), X(IORING_OP_TIMEOUT_REMOVE),
	X(IORING_OP_ACCEPT), X(IORING_OP_ASYNC_CANCEL), X(IORING_OP_LINK_TIMEOUT),
	X(IORING_OP_CONNECT), X(IORING_OP_FALLOCATE), X(IORING_OP_OPENAT), X(IORING_OP_CLOSE),
	X(IORING_OP_FILES_UPDATE), X(IORING_OP_STATX), X(IORING_OP_READ), X(IORING_OP_WRITE),
	X(IORING_OP_FADVISE), X(IORING_OP_MADVISE), X(IORING_OP_SEND), X(IORING_OP_RECV),
	X(IORING_OP_OPENAT2), X(IORING_OP_EPOLL_CTL), X(IORING_OP_SPLICE),
	X(IORING_OP_PROVIDE_BUFFERS), X(IORING_OP_REMOVE_BUFFERS), X(IORING_OP_TEE),
	X(IORING_OP_SHUTDOWN), X(IORING_OP_RENAMEAT), X(IORING_OP_UNLINKAT),
	X(IORING_OP_MKDIRAT), X(IORING_OP_SYMLINKAT), X(IORING_OP_LINKAT),
	X(IORING_OP_MSG_RING), X(IORING_OP_FSETXATTR), X(IORING_OP_SETXATTR),
	X(IORING_OP_FGETXATTR), X(IORING_OP_GETXATTR), X(IORING_OP_SOCKET),
	X(IORING_OP_URING_CMD), XEND
};
static const struct xlat probe_op_flags[] = { X(IO_URING_OP_SUPPORTED), XEND };
static const struct xlat sqe_flags[] = {
	X(IOSQE_FIXED_FILE), X(IOSQE_IO_DRAIN), X(IOSQE_IO_LINK), X(IOSQE_IO_HARDLINK),
	X(IOSQE_ASYNC), X(IOSQE_BUFFER_SELECT), X(IOSQE_CQE_SKIP_SUCCESS), XEND
};
static const struct xlat restriction_ops[] = {
	X(IORING_RESTRICTION_REGISTER_OP), X(IORING_RESTRICTION_SQE_OP),
	X(IORING_RESTRICTION_SQE_FLAGS_ALLOWED), X(IORING_RESTRICTION_SQE_FLAGS_REQUIRED), XEND
};
static const struct xlat rsrc_flags[] = { X(IORING_RSRC_REGISTER_SPARSE), XEND };
static const struct xlat wq_types[] = { X(IO_WQ_BOUND), X(IO_WQ_UNBOUND), XEND };

/* strace 6.1 names these; the header's SINGLE_ISSUER and DEFER_TASKRUN
 * (Linux 6.0, 6.1) are numbers to it, and so here */
static const struct xlat setup_flags[] = {
	X(IORING_SETUP_IOPOLL), X(IORING_SETUP_SQPOLL), X(IORING_SETUP_SQ_AFF),
	X(IORING_SETUP_CQSIZE), X(IORING_SETUP_CLAMP), X(IORING_SETUP_ATTACH_WQ),
	X(IORING_SETUP_R_DISABLED), X(IORING_SETUP_SUBMIT_ALL), X(IORING_SETUP_COOP_TASKRUN),
	X(IORING_SETUP_TASKRUN_FLAG), X(IORING_SETUP_SQE128), X(IORING_SETUP_CQE32), XEND
};
static const struct xlat feat_flags[] = {
	X(IORING_FEAT_SINGLE_MMAP), X(IORING_FEAT_NODROP), X(IORING_FEAT_SUBMIT_STABLE),
	X(IORING_FEAT_RW_CUR_POS), X(IORING_FEAT_CUR_PERSONALITY), X(IORING_FEAT_FAST_POLL),
	X(IORING_FEAT_POLL_32BITS), X(IORING_FEAT_SQPOLL_NONFIXED), X(IORING_FEAT_EXT_ARG),
	X(IORING_FEAT_NATIVE_WORKERS), X(IORING_FEAT_RSRC_TAGS), X(IORING_FEAT_CQE_SKIP),
	X(IORING_FEAT_LINKED_FILE), XEND
};

/* io_uring_setup(entries, params): what the program asks for at the entry
 * (wq_fd only with ATTACH_WQ, resv only if not all 0), what the kernel made
 * of it at the exit (sizes, features, the rings' offsets) */
static void dec_io_uring_setup(struct tcb *t)
{
	struct io_uring_params p;

	if (!t->exiting) {
		pr("%u, ", (unsigned)t->a[0]);
		t->aux = umove(t->pid, t->a[1], &p, sizeof p) == 0;
		if (!t->aux) {
			pr_addr(t->a[1]);
			return;
		}
		prs("{flags=");
		pr_flags_d(setup_flags, p.flags, "IORING_SETUP_???");
		pr(", sq_thread_cpu=%#x, sq_thread_idle=%u", p.sq_thread_cpu, p.sq_thread_idle);
		if (p.flags & IORING_SETUP_ATTACH_WQ) {
			prs(", wq_fd=");
			pr_fd((int)p.wq_fd);
		}
		if (p.resv[0] || p.resv[1] || p.resv[2]) {
			prs(", resv=[");
			for (int i = 0; i < 3; i++)
				pr(i ? ", %#x" : "%#x", p.resv[i]);
			prs("]");
		}
		return;
	}
	if (!t->aux)
		return;
	if (!t_failed(t) && umove(t->pid, t->a[1], &p, sizeof p) == 0) {
		pr(", sq_entries=%u, cq_entries=%u, features=", p.sq_entries, p.cq_entries);
		pr_flags(feat_flags, p.features, NULL);
		pr(", sq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, flags=%u, dropped=%u, "
		   "array=%u}", p.sq_off.head, p.sq_off.tail, p.sq_off.ring_mask, p.sq_off.ring_entries,
		   p.sq_off.flags, p.sq_off.dropped, p.sq_off.array);
		pr(", cq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, overflow=%u, cqes=%u, "
		   "flags=%u}", p.cq_off.head, p.cq_off.tail, p.cq_off.ring_mask, p.cq_off.ring_entries,
		   p.cq_off.overflow, p.cq_off.cqes, p.cq_off.flags);
	}
	prs("}");
}

static void dec_io_uring_enter(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr(", %u, %u, ", (unsigned)t->a[1], (unsigned)t->a[2]);
	pr_flags_d(enter_flags, (unsigned)t->a[3], "IORING_ENTER_???");
	pr_sep();
	pr_sigset(t, t->a[4], t->a[5]);
	pr(", %lu", t->a[5]);
}

/* what the exit adds to the argument printed at the entry */
enum {
	REG_DONE,	/* nothing */
	REG_CHANGED,	/* " => " what the kernel wrote back, if it succeeded */
	REG_AT_EXIT,	/* all of it: nothing was printed at the entry */
};

/* a decimal constant: its name, else the number and dflt; -X raw: the
 * number in decimal, as strace prints opcodes and array indexes */
static void pr_xlat_u(const struct xlat *x, unsigned val, const char *dflt)
{
	const char *n = opt_raw ? NULL : xlat_name(x, val);
	char num[16];

	snprintf(num, sizeof num, "%u", val);
	if (n) {
		pr_named(num, n);
		return;
	}
	prs(num);
	if (dflt && !opt_raw)
		pr(" /* %s */", dflt);
}

static void pr_fd_elem(struct tcb *t, const void *e)
{
	(void)t;
	pr_fd(*(const int *)e);
}

/* the descriptors of an update: -2 leaves the slot as it is */
static void pr_update_fd_elem(struct tcb *t, const void *e)
{
	int fd = *(const int *)e;
	(void)t;
	if (fd == IORING_REGISTER_FILES_SKIP)
		pr_named("-2", "IORING_REGISTER_FILES_SKIP");
	else
		pr_fd(fd);
}

/* FILES_UPDATE: which slots from offset on get which descriptors */
static void pr_files_update(struct tcb *t, unsigned long addr, unsigned nr)
{
	struct io_uring_files_update u;

	if (umove(t->pid, addr, &u, sizeof u)) {
		pr_addr(addr);
		return;
	}
	pr("{offset=%u, ", u.offset);
	if (u.resv)
		pr("resv=%#x, ", u.resv);
	prs("fds=");
	pr_array(t, (unsigned long)u.fds, nr, sizeof(int), pr_update_fd_elem);
	prs("}");
}

/* a reserved u32[3] when not 0, cut at -s as arrays are */
static void pr_resv3(const char *name, const uint32_t *r)
{
	if (!r[0] && !r[1] && !r[2])
		return;
	pr(", %s=[", name);
	for (int i = 0; i < 3 && pr_elem(i); i++)
		pr("%#x", r[i]);
	prs("]");
}

static void pr_probe_op(struct tcb *t, const void *e)
{
	const struct io_uring_probe_op *o = e;

	(void)t;
	prs("{op=");
	pr_xlat_u(sqe_ops, o->op, "IORING_OP_???");
	if (o->resv)
		pr(", resv=%#x", o->resv);
	prs(", flags=");
	pr_flags_d(probe_op_flags, o->flags, "IO_URING_OP_???");
	if (o->resv2)
		pr(", resv2=%#x", o->resv2);
	prs("}");
}

/* PROBE: the header and nr ops, read at once as strace does (a span it
 * cannot read, or more ops than an opcode can number many times over, is an
 * address) */
#define PROBE_MAX_OPS 4096
static union {		/* the header, its ops[] right after it */
	struct io_uring_probe h;
	unsigned char room[sizeof(struct io_uring_probe) +
			   PROBE_MAX_OPS * sizeof(struct io_uring_probe_op)];
} probe;

static int probe_read(struct tcb *t, unsigned long addr, unsigned nr)
{
	return addr && nr <= PROBE_MAX_OPS &&
	       umove(t->pid, addr, &probe, sizeof probe.h + nr * sizeof probe.h.ops[0]) == 0;
}

static int probe_all_zero(unsigned nr)
{
	const unsigned char *b = (const unsigned char *)&probe;
	for (size_t i = 0; i < sizeof probe.h + nr * sizeof probe.h.ops[0]; i++)
		if (b[i])
			return 0;
	return 1;
}

/* the struct read last: n ops, then "..." when the kernel has more than
 * the program made room for */
static void pr_probe_read(struct tcb *t, unsigned n, int more)
{
	prs("{last_op=");
	pr_xlat_u(sqe_ops, probe.h.last_op, "IORING_OP_???");
	pr(", ops_len=%u", probe.h.ops_len);
	if (probe.h.resv)
		pr(", resv=%#x", probe.h.resv);
	pr_resv3("resv2", probe.h.resv2);
	prs(", ops=[");
	unsigned i;
	for (i = 0; i < n && pr_elem((int)i); i++)
		pr_probe_op(t, &probe.h.ops[i]);
	if (i == n && more)
		prs(n ? ", ..." : "...");
	prs("]}");
}

/* one restriction: what its opcode restricts; reserved bytes when not 0 */
static void pr_restriction(struct tcb *t, const void *e)
{
	const struct io_uring_restriction *r = e;

	(void)t;
	prs("{opcode=");
	pr_xlat(restriction_ops, r->opcode, "%#x", "IORING_RESTRICTION_???");
	switch (r->opcode) {
	case IORING_RESTRICTION_REGISTER_OP:
		prs(", register_op=");
		pr_xlat(register_ops, r->register_op, "%#x", "IORING_REGISTER_???");
		break;
	case IORING_RESTRICTION_SQE_OP:
		prs(", sqe_op=");
		pr_xlat(sqe_ops, r->sqe_op, "%#x", "IORING_OP_???");
		break;
	case IORING_RESTRICTION_SQE_FLAGS_ALLOWED:
	case IORING_RESTRICTION_SQE_FLAGS_REQUIRED:
		prs(", sqe_flags=");
		pr_flags_d(sqe_flags, r->sqe_flags, "IOSQE_???");
		break;
	default:
		pr(" /* op: %#x */", r->register_op);
	}
	if (r->resv)
		pr(", resv=%#x", r->resv);
	pr_resv3("resv2", r->resv2);
	prs("}");
}

static void pr_tag(struct tcb *t, const void *e)
{
	(void)t;
	pr("%#llx", *(const unsigned long long *)e);
}

/* the nr resources of a *2 opcode: iovecs for buffers, descriptors for
 * files (FILES_SKIP named in an update) */
enum { RSRC_BUFFERS, RSRC_FILES, RSRC_FILES_UPDATE };
static void pr_rsrc_data(struct tcb *t, unsigned long addr, unsigned nr, int kind)
{
	if (kind == RSRC_BUFFERS)
		pr_iov(t, addr, nr, IOV_ADDRS);
	else
		pr_array(t, addr, nr, sizeof(int),
			 kind == RSRC_FILES ? pr_fd_elem : pr_update_fd_elem);
}

/* FILES2, BUFFERS2: struct io_uring_rsrc_register (the address when size
 * is below it) */
static void pr_rsrc_register(struct tcb *t, unsigned long addr, unsigned size, int files)
{
	struct io_uring_rsrc_register r;

	if (size < sizeof r || umove(t->pid, addr, &r, sizeof r)) {
		pr_addr(addr);
		return;
	}
	pr("{nr=%u, flags=", r.nr);
	pr_flags_d(rsrc_flags, r.flags, "IORING_RSRC_REGISTER_???");
	if (r.resv2)
		pr(", resv2=%#llx", (unsigned long long)r.resv2);
	prs(", data=");
	pr_rsrc_data(t, r.data, r.nr, files ? RSRC_FILES : RSRC_BUFFERS);
	prs(", tags=");
	pr_array(t, r.tags, r.nr, sizeof(uint64_t), pr_tag);
	pr_struct_tail(t, addr, sizeof r, size);
	prs("}");
}

/* FILES_UPDATE2, BUFFERS_UPDATE: struct io_uring_rsrc_update2 */
static void pr_rsrc_update2(struct tcb *t, unsigned long addr, unsigned size, int files)
{
	struct io_uring_rsrc_update2 u;

	if (size < sizeof u || umove(t->pid, addr, &u, sizeof u)) {
		pr_addr(addr);
		return;
	}
	pr("{offset=%u", u.offset);
	if (u.resv)
		pr(", resv=%#x", u.resv);
	prs(", data=");
	pr_rsrc_data(t, u.data, u.nr, files ? RSRC_FILES_UPDATE : RSRC_BUFFERS);
	prs(", tags=");
	pr_array(t, u.tags, u.nr, sizeof(uint64_t), pr_tag);
	pr(", nr=%u", u.nr);
	if (u.resv2)
		pr(", resv2=%#x", u.resv2);
	pr_struct_tail(t, addr, sizeof u, size);
	prs("}");
}

/* IOWQ_MAX_WORKERS: the limits per kind of worker, [[IO_WQ_BOUND]=N, ...] */
static unsigned wq_index;
static void pr_wq_limit(struct tcb *t, const void *e)
{
	(void)t;
	prs("[");
	pr_xlat_u(wq_types, wq_index++, "IO_WQ_???");
	pr("]=%u", *(const unsigned *)e);
}

static int pr_max_workers(struct tcb *t, unsigned long addr, unsigned nr)
{
	wq_index = 0;
	return pr_array(t, addr, nr, sizeof(unsigned), pr_wq_limit);
}

/* RING_FDS: the slot (-1: any) and the ring's descriptor; UNREGISTER_:
 * the slot, and data only when not 0; resv when not 0 */
static int rsrc_register;
static void pr_ring_fd(struct tcb *t, const void *e)
{
	const struct io_uring_rsrc_update *u = e;

	(void)t;
	prs("{offset=");
	if (rsrc_register)
		pr_id(u->offset);
	else
		pr("%u", u->offset);
	if (u->resv)
		pr(", resv=%#x", u->resv);
	if (rsrc_register) {
		prs(", data=");
		pr_fd((int)u->data);
	} else if (u->data) {	/* it must be 0 */
		pr(", data=%#llx", (unsigned long long)u->data);
	}
	prs("}");
}

/* PBUF_RING and its UNREGISTER_: struct io_uring_buf_reg (nr is unused);
 * pad and resv when not 0 */
static void pr_buf_reg(struct tcb *t, unsigned long addr)
{
	struct io_uring_buf_reg r;

	if (umove(t->pid, addr, &r, sizeof r)) {
		pr_addr(addr);
		return;
	}
	prs("{ring_addr=");
	pr_addr(r.ring_addr);
	pr(", ring_entries=%u, bgid=%u", r.ring_entries, r.bgid);
	if (r.pad)
		pr(", pad=%#x", r.pad);
	if (r.resv[0] || r.resv[1] || r.resv[2]) {
		prs(", resv=[");
		for (int i = 0; i < 3 && pr_elem(i); i++)
			pr_hex(r.resv[i]);
		prs("]");
	}
	prs("}");
}

/* PROBE at the entry: a buffer still all 0 is left for the exit */
static int probe_entry(struct tcb *t, unsigned long addr, unsigned nr)
{
	if (!probe_read(t, addr, nr)) {
		pr_addr(addr);
		return REG_DONE;
	}
	if (probe_all_zero(nr))
		return REG_AT_EXIT;
	pr_probe_read(t, nr, 0);
	return REG_CHANGED;
}

/* PROBE at the exit: as many ops as the kernel filled and there was room for */
static void probe_exit(struct tcb *t, unsigned long addr, unsigned nr)
{
	if (!probe_read(t, addr, nr)) {
		pr_addr(addr);
		return;
	}
	unsigned len = probe.h.ops_len;
	pr_probe_read(t, len < nr ? len : nr, len > nr);
}

static int register_arg_entry(struct tcb *t, unsigned op, unsigned long arg, unsigned nr)
{
	switch (op) {
	case IORING_REGISTER_BUFFERS:
		pr_iov(t, arg, nr, IOV_ADDRS);
		return REG_DONE;
	case IORING_REGISTER_FILES:
		pr_array(t, arg, nr, sizeof(int), pr_fd_elem);
		return REG_DONE;
	case IORING_REGISTER_FILES_UPDATE:
		pr_files_update(t, arg, nr);
		return REG_DONE;
	case IORING_REGISTER_EVENTFD:
	case IORING_REGISTER_EVENTFD_ASYNC:
		pr_array(t, arg, nr, sizeof(int), pr_fd_elem);
		return REG_DONE;
	case IORING_REGISTER_PROBE:
		return probe_entry(t, arg, nr);
	case IORING_REGISTER_RESTRICTIONS:
		pr_array(t, arg, nr, sizeof(struct io_uring_restriction), pr_restriction);
		return REG_DONE;
	case IORING_REGISTER_FILES2:
	case IORING_REGISTER_BUFFERS2:
		pr_rsrc_register(t, arg, nr, op == IORING_REGISTER_FILES2);
		return REG_DONE;
	case IORING_REGISTER_FILES_UPDATE2:
	case IORING_REGISTER_BUFFERS_UPDATE:
		pr_rsrc_update2(t, arg, nr, op == IORING_REGISTER_FILES_UPDATE2);
		return REG_DONE;
	case IORING_REGISTER_IOWQ_AFF:
		pr_cpuset(t, arg, nr);
		return REG_DONE;
	case IORING_REGISTER_IOWQ_MAX_WORKERS:	/* " => " only after a whole array */
		return pr_max_workers(t, arg, nr) ? REG_CHANGED : REG_DONE;
	case IORING_REGISTER_RING_FDS:
	case IORING_UNREGISTER_RING_FDS:
		rsrc_register = op == IORING_REGISTER_RING_FDS;
		pr_array(t, arg, nr, sizeof(struct io_uring_rsrc_update), pr_ring_fd);
		return REG_DONE;
	case IORING_REGISTER_PBUF_RING:
	case IORING_UNREGISTER_PBUF_RING:
		pr_buf_reg(t, arg);
		return REG_DONE;
	}
	pr_addr(arg);
	return REG_DONE;
}

/* io_uring_register(fd, opcode, arg, nr_args): arg by opcode; PROBE and
 * IOWQ_MAX_WORKERS show at the exit what the kernel wrote back */
static void dec_io_uring_register(struct tcb *t)
{
	unsigned op = (unsigned)t->a[1], nr = (unsigned)t->a[3];

	if (!t->exiting) {
		pr_fd((long)t->a[0]);
		pr_sep();
		pr_xlat(register_ops, op, "%#x", "IORING_REGISTER_???");
		pr_sep();
		t->aux = (unsigned long)register_arg_entry(t, op, t->a[2], nr);
		if (t->aux == REG_DONE)
			pr(", %u", nr);
		return;
	}
	if (t->aux == REG_DONE)
		return;
	if (op == IORING_REGISTER_PROBE) {
		if (t->aux == REG_AT_EXIT && t_failed(t))
			pr_addr(t->a[2]);
		else if (!t_failed(t)) {
			if (t->aux == REG_CHANGED)
				prs(" => ");
			probe_exit(t, t->a[2], nr);
		}
	} else {		/* IOWQ_MAX_WORKERS: the old limits, or the address */
		prs(" => ");
		if (t_failed(t))
			pr_addr(t->a[2]);
		else
			pr_max_workers(t, t->a[2], nr);
	}
	pr(", %u", nr);
}

void uring_init(void)
{
	sys_set("io_uring_setup", 2, dec_io_uring_setup, R_DEC);
	sys_set("io_uring_enter", 6, dec_io_uring_enter, R_DEC);
	sys_set("io_uring_register", 4, dec_io_uring_register, R_DEC);
}
