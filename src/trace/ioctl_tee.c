/* src/trace/ioctl_tee.c — trusted execution environments (type 0xa4,
 * <linux/tee.h>): shared-memory allocation and registration, session
 * cancel and close, and the requests that pass a variable-sized buffer
 * (open session, invoke, the supplicant's receive and send): the buffer is
 * decoded when its length is that of its struct and num_params parameters,
 * else shown as its address. What the call returns follows " => " after a
 * success. */
#include "ioctl.h"
#include <linux/tee.h>

/* Not (or no longer) in <linux/tee.h>, but strace 6.1 decodes them, so
 * typed here: the shared-memory flags (the old uapi TEE_IOCTL_SHM_MAPPED and
 * _DMA_BUF, then the kernel's own TEE_SHM_* bits under strace's names),
 * TEE_IOC_SHM_REGISTER_FD's struct (a proposed uapi, never merged) and the
 * GlobalPlatform TEE client API's TEEC_ORIGIN_* codes of ret_origin. */
struct shm_register_fd_data {
	__s64 fd;
	__u64 size;
	__u32 flags;
	__u8 pad1[4];
	__u32 id;
	__u8 pad2[4];
} __attribute__((aligned(8)));
#define SHM_REGISTER_FD _IOWR(TEE_IOC_MAGIC, TEE_IOC_BASE + 8, struct shm_register_fd_data)

static const struct xlat shm_flags[] = {
	{ 0x1, "TEE_IOCTL_SHM_MAPPED" }, { 0x2, "TEE_IOCTL_SHM_DMA_BUF" },
	{ 0x4, "TEE_IOCTL_SHM_EXT_DMA_BUF" }, { 0x8, "TEE_IOCTL_SHM_REGISTER" },
	{ 0x10, "TEE_IOCTL_SHM_USER_MAPPED" }, { 0x20, "TEE_IOCTL_SHM_POOL" },
	{ 0x40, "TEE_IOCTL_SHM_KERNEL_MAPPED" }, XEND
};
static const struct xlat origins[] = {
	{ 1, "TEEC_ORIGIN_API" }, { 2, "TEEC_ORIGIN_COMMS" }, { 3, "TEEC_ORIGIN_TEE" },
	{ 4, "TEEC_ORIGIN_TRUSTED_APP" }, XEND
};
static const struct xlat impl_ids[] = { X(TEE_IMPL_ID_OPTEE), X(TEE_IMPL_ID_AMDTEE), XEND };
static const struct xlat gen_caps[] = {
	X(TEE_GEN_CAP_GP), X(TEE_GEN_CAP_PRIVILEGED), X(TEE_GEN_CAP_REG_MEM),
	X(TEE_GEN_CAP_MEMREF_NULL), XEND
};
static const struct xlat optee_caps[] = { X(TEE_OPTEE_CAP_TZ), XEND };
static const struct xlat logins[] = {
	X(TEE_IOCTL_LOGIN_PUBLIC), X(TEE_IOCTL_LOGIN_USER), X(TEE_IOCTL_LOGIN_GROUP),
	X(TEE_IOCTL_LOGIN_APPLICATION), X(TEE_IOCTL_LOGIN_USER_APPLICATION),
	X(TEE_IOCTL_LOGIN_GROUP_APPLICATION), XEND
};
static const struct xlat param_types[] = {
	X(TEE_IOCTL_PARAM_ATTR_TYPE_NONE), X(TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT),
	X(TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_OUTPUT), X(TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INOUT),
	X(TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT), X(TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT),
	X(TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT), XEND
};

static void pr_shm_flags(unsigned v)
{
	pr_flags_d(shm_flags, v, "TEE_IOCTL_SHM_???");
}

/* a parameter: its attribute without META by name (strace's unknown
 * comment reads "TEE_IOCTL_PARAM_ATTR_"), then META; the fields of a memory
 * reference (the exact type, not with META), none for a plain NONE, the
 * three values for anything else */
static void pr_param(const struct tee_ioctl_param *p)
{
	unsigned long long type = p->attr & ~(unsigned long long)TEE_IOCTL_PARAM_ATTR_META;

	prs("{attr=");
	pr_xlat(param_types, type, "%#llx", "TEE_IOCTL_PARAM_ATTR_");
	if (p->attr & TEE_IOCTL_PARAM_ATTR_META)
		prs("|TEE_IOCTL_PARAM_ATTR_META");
	switch (p->attr) {
	case TEE_IOCTL_PARAM_ATTR_TYPE_NONE:
		break;
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT: case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT:
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT:
		pr(", shm_offs=%#llx, size=%#llx, shm_id=%llu", (unsigned long long)p->a,
		   (unsigned long long)p->b, (unsigned long long)p->c);
		break;
	default:
		pr(", a=%#llx, b=%#llx, c=%#llx", (unsigned long long)p->a,
		   (unsigned long long)p->b, (unsigned long long)p->c);
	}
	prs("}");
}

static void pr_params(const struct tee_ioctl_param *p, unsigned n)
{
	prs("params=[");
	for (unsigned i = 0; i < n; i++) {
		if (!pr_elem((int)i))
			break;
		pr_param(&p[i]);
	}
	prs("]");
}

/* 16 bytes as a UUID: 8-4-4-4-12 hex digits */
static void pr_uuid(const __u8 *u)
{
	for (int i = 0; i < 16; i++)
		pr(i == 4 || i == 6 || i == 8 || i == 10 ? "-%02x" : "%02x", u[i]);
}

/* the client's identity: a group id for the group logins, nothing for
 * the logins without one, the raw bytes for any other */
static void pr_clnt_uuid(const struct tee_ioctl_open_session_arg *o)
{
	switch (o->clnt_login) {
	case TEE_IOCTL_LOGIN_PUBLIC: case TEE_IOCTL_LOGIN_USER:
	case TEE_IOCTL_LOGIN_APPLICATION: case TEE_IOCTL_LOGIN_USER_APPLICATION:
		return;
	case TEE_IOCTL_LOGIN_GROUP: case TEE_IOCTL_LOGIN_GROUP_APPLICATION: {
		__u32 gid;
		memcpy(&gid, o->clnt_uuid, sizeof gid);
		pr(", clnt_uuid=%u", gid);
		return;
	}
	}
	prs(", clnt_uuid=[");
	for (int i = 0; i < TEE_IOCTL_UUID_LEN; i++)
		pr(i ? ", %#x" : "%#x", o->clnt_uuid[i]);
	prs("]");
}

/* the fixed part of each buffer's struct, by request */
static size_t head_size(unsigned req)
{
	switch (req) {
	case TEE_IOC_OPEN_SESSION: return sizeof(struct tee_ioctl_open_session_arg);
	case TEE_IOC_INVOKE: return sizeof(struct tee_ioctl_invoke_arg);
	case TEE_IOC_SUPPL_RECV: return sizeof(struct tee_iocl_supp_recv_arg);
	}
	return sizeof(struct tee_iocl_supp_send_arg);
}

/* its num_params, wherever the struct keeps it */
static unsigned head_params(unsigned req, const void *h)
{
	switch (req) {
	case TEE_IOC_OPEN_SESSION:
		return ((const struct tee_ioctl_open_session_arg *)h)->num_params;
	case TEE_IOC_INVOKE:
		return ((const struct tee_ioctl_invoke_arg *)h)->num_params;
	case TEE_IOC_SUPPL_RECV:
		return ((const struct tee_iocl_supp_recv_arg *)h)->num_params;
	}
	return ((const struct tee_iocl_supp_send_arg *)h)->num_params;
}

static void pr_head(unsigned req, const void *h)
{
	switch (req) {
	case TEE_IOC_OPEN_SESSION: {
		const struct tee_ioctl_open_session_arg *o = h;
		prs("{uuid=");
		pr_uuid(o->uuid);
		prs(", clnt_login=");
		pr_xlat(logins, o->clnt_login, "%#x", "TEE_IOCTL_LOGIN_???");
		pr_clnt_uuid(o);
		pr(", cancel_id=%u, ", o->cancel_id);
		return;
	}
	case TEE_IOC_INVOKE: {
		const struct tee_ioctl_invoke_arg *i = h;
		pr("{func=%u, session=%#x, cancel_id=%u, ", i->func, i->session, i->cancel_id);
		return;
	}
	case TEE_IOC_SUPPL_RECV:
		pr("{func=%u, ", ((const struct tee_iocl_supp_recv_arg *)h)->func);
		return;
	}
	prs("{");
}

/* {buf_len=N, buf_ptr=...}: the struct and its parameters when buf_len is
 * exactly their size and they can be read, else the pointer in hex */
static void pr_buf_data(struct tcb *t, unsigned req, unsigned long arg)
{
	struct tee_ioctl_buf_data b;
	union {
		struct tee_ioctl_open_session_arg o;
		unsigned char raw[sizeof(struct tee_ioctl_open_session_arg)];
	} h;
	struct tee_ioctl_param p[64];
	size_t hs = head_size(req);

	if (ioc_get(t, arg, &b, sizeof b) < 0)
		return;
	pr("{buf_len=%llu, buf_ptr=", (unsigned long long)b.buf_len);
	if (b.buf_len < hs || umove(t->pid, b.buf_ptr, &h, hs) < 0) {
		pr("%#llx}", (unsigned long long)b.buf_ptr);
		return;
	}
	unsigned n = head_params(req, &h);
	if (n > sizeof p / sizeof p[0] || b.buf_len != hs + n * sizeof p[0] ||
	    umove(t->pid, b.buf_ptr + hs, p, n * sizeof p[0]) < 0) {
		pr("%#llx}", (unsigned long long)b.buf_ptr);
		return;
	}
	pr_head(req, &h);
	pr("num_params=%u, ", n);
	pr_params(p, n);
	prs("}");
	t->aux = n + 1;	/* decoded: the exit shows what came back */
}

/* the exit of the buffer requests: " => {...}" after a success (the
 * struct read again, as many parameters as at the entry), then the "}" of
 * {buf_len, buf_ptr} */
static void pr_buf_data_out(struct tcb *t, unsigned req, unsigned long arg)
{
	struct tee_ioctl_buf_data b;
	union {
		struct tee_ioctl_open_session_arg o;
		struct tee_ioctl_invoke_arg i;
		struct tee_iocl_supp_recv_arg r;
		struct tee_iocl_supp_send_arg s;
	} h;
	struct tee_ioctl_param p[64];
	unsigned n = (unsigned)(t->aux & 0xffff) - 1;
	size_t hs = head_size(req);

	if (!t_failed(t) && umove(t->pid, arg, &b, sizeof b) == 0 &&
	    umove(t->pid, b.buf_ptr, &h, hs) == 0 &&
	    umove(t->pid, b.buf_ptr + hs, p, n * sizeof p[0]) == 0) {
		prs(" => {");
		switch (req) {
		case TEE_IOC_OPEN_SESSION:
			pr("session=%#x, ret=%u, ret_origin=", h.o.session, h.o.ret);
			pr_xlat(origins, h.o.ret_origin, "%#x", "TEEC_ORIGIN_???");
			prs(", ");
			break;
		case TEE_IOC_INVOKE:
			pr("ret=%u, ret_origin=", h.i.ret);
			pr_xlat(origins, h.i.ret_origin, "%#x", "TEEC_ORIGIN_???");
			prs(", ");
			break;
		case TEE_IOC_SUPPL_RECV:
			pr("num_params=%u, ", h.r.num_params);
			break;
		default:
			pr("ret=%u, ", h.s.ret);
		}
		pr_params(p, n);
		prs("}");
	}
	prs("}");
}

/* TEE_IOC_SHM_ALLOC's size and flags; the id too at the exit */
static int pr_shm_alloc(struct tcb *t, unsigned long arg)
{
	struct tee_ioctl_shm_alloc_data d;

	if (ioc_get(t, arg, &d, sizeof d) < 0)
		return 0;
	pr("{size=%#llx, flags=", (unsigned long long)d.size);
	pr_shm_flags(d.flags);
	if (t->exiting)
		pr(", id=%d", d.id);
	prs("}");
	return 1;
}

static void pr_version(struct tcb *t, unsigned long arg)
{
	struct tee_ioctl_version_data v;

	if (ioc_get(t, arg, &v, sizeof v) < 0)
		return;
	prs("{impl_id=");
	pr_xlat(impl_ids, v.impl_id, "%#x", "TEE_IMPL_ID_???");
	prs(", gen_caps=");
	pr_flags_d(gen_caps, v.gen_caps, "TEE_GEN_CAP_???");
	prs(", impl_caps=");
	if (v.impl_id == TEE_IMPL_ID_OPTEE)
		pr_flags_d(optee_caps, v.impl_caps, "TEE_OPTEE_CAP_???");
	else
		pr("%#x", v.impl_caps);
	prs("}");
}

/* in: the address, length and flags; out: the length, flags and id */
static int pr_shm_register(struct tcb *t, unsigned long arg)
{
	struct tee_ioctl_shm_register_data d;

	if (!t->exiting) {
		if (ioc_get(t, arg, &d, sizeof d) < 0)
			return 0;
		pr("{addr=%#llx, length=%#llx, flags=", (unsigned long long)d.addr,
		   (unsigned long long)d.length);
		pr_shm_flags(d.flags);
		prs("}");
		return 1;
	}
	if (umove(t->pid, arg, &d, sizeof d) == 0) {
		pr(" => {length=%#llx, flags=", (unsigned long long)d.length);
		pr_shm_flags(d.flags);
		pr(", id=%d}", d.id);
	}
	return 1;
}

/* in: the descriptor and flags; out: the size and id */
static int pr_shm_register_fd(struct tcb *t, unsigned long arg)
{
	struct shm_register_fd_data d;

	if (!t->exiting) {
		if (ioc_get(t, arg, &d, sizeof d) < 0)
			return 0;
		prs("{fd=");
		pr_fd((long)d.fd);
		prs(", flags=");
		pr_shm_flags(d.flags);
		prs("}");
		return 1;
	}
	if (umove(t->pid, arg, &d, sizeof d) == 0)
		pr(" => {size=%#llx, id=%u}", (unsigned long long)d.size, d.id);
	return 1;
}

static int tee_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case TEE_IOC_VERSION:
		pr_sep();
		if (t_failed(t))
			pr_addr(arg);
		else
			pr_version(t, arg);
		break;
	case TEE_IOC_OPEN_SESSION: case TEE_IOC_INVOKE:
	case TEE_IOC_SUPPL_RECV: case TEE_IOC_SUPPL_SEND:
		pr_buf_data_out(t, req, arg);
		break;
	default:	/* the shared-memory requests, after a success */
		if (t_failed(t))
			break;
		if (req == TEE_IOC_SHM_ALLOC) {
			prs(" => ");
			pr_shm_alloc(t, arg);
		} else if (req == TEE_IOC_SHM_REGISTER) {
			pr_shm_register(t, arg);
		} else {
			pr_shm_register_fd(t, arg);
		}
	}
	return IOC_DONE;
}

int ioctl_tee(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return tee_exit(t, req, arg);
	switch (req) {
	case TEE_IOC_CANCEL: {
		struct tee_ioctl_cancel_arg c;
		pr_sep();
		if (ioc_get(t, arg, &c, sizeof c) == 0)
			pr("{cancel_id=%u, session=%#x}", c.cancel_id, c.session);
		return IOC_DONE;
	}
	case TEE_IOC_CLOSE_SESSION: {
		struct tee_ioctl_close_session_arg c;
		pr_sep();
		if (ioc_get(t, arg, &c, sizeof c) == 0)
			pr("{session=%#x}", c.session);
		return IOC_DONE;
	}
	case TEE_IOC_SHM_ALLOC:
		pr_sep();
		return pr_shm_alloc(t, arg) ? IOC_EXIT : IOC_DONE;
	case TEE_IOC_SHM_REGISTER:
		pr_sep();
		return pr_shm_register(t, arg) ? IOC_EXIT : IOC_DONE;
	case SHM_REGISTER_FD:
		pr_sep();
		return pr_shm_register_fd(t, arg) ? IOC_EXIT : IOC_DONE;
	case TEE_IOC_OPEN_SESSION: case TEE_IOC_INVOKE:
	case TEE_IOC_SUPPL_RECV: case TEE_IOC_SUPPL_SEND:
		pr_sep();
		pr_buf_data(t, req, arg);
		return t->aux ? IOC_EXIT : IOC_DONE;
	case TEE_IOC_VERSION:
		return IOC_EXIT;
	}
	return IOC_NUM;
}
