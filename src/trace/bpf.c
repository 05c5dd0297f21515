/* src/trace/bpf.c — bpf: its commands and flags, and its union bpf_attr
 * decoded per command as strace 6.1 prints it (perf_event_open: perf.c).
 * Constants from <linux/bpf.h> (the long enums through build/gen/bpftab.h,
 * src/gen/bpftab.sh). */
#include "trace.h"
#include "netlink.h"
#include <stddef.h>
#include <linux/bpf.h>
#include "bpftab.h"

static const struct xlat bpf_cmds[] = {
	X(BPF_MAP_CREATE), X(BPF_MAP_LOOKUP_ELEM), X(BPF_MAP_UPDATE_ELEM), X(BPF_MAP_DELETE_ELEM),
	X(BPF_MAP_GET_NEXT_KEY), X(BPF_PROG_LOAD), X(BPF_OBJ_PIN), X(BPF_OBJ_GET),
	X(BPF_PROG_ATTACH), X(BPF_PROG_DETACH), X(BPF_PROG_TEST_RUN), X(BPF_PROG_GET_NEXT_ID),
	X(BPF_MAP_GET_NEXT_ID), X(BPF_PROG_GET_FD_BY_ID), X(BPF_MAP_GET_FD_BY_ID),
	X(BPF_OBJ_GET_INFO_BY_FD), X(BPF_PROG_QUERY), X(BPF_RAW_TRACEPOINT_OPEN),
	X(BPF_BTF_LOAD), X(BPF_BTF_GET_FD_BY_ID), X(BPF_TASK_FD_QUERY),
	X(BPF_MAP_LOOKUP_AND_DELETE_ELEM), X(BPF_MAP_FREEZE), X(BPF_BTF_GET_NEXT_ID),
	X(BPF_MAP_LOOKUP_BATCH), X(BPF_MAP_LOOKUP_AND_DELETE_BATCH), X(BPF_MAP_UPDATE_BATCH),
	X(BPF_MAP_DELETE_BATCH), X(BPF_LINK_CREATE), X(BPF_LINK_UPDATE),
	X(BPF_LINK_GET_FD_BY_ID), X(BPF_LINK_GET_NEXT_ID), X(BPF_ENABLE_STATS),
	X(BPF_ITER_CREATE), X(BPF_LINK_DETACH), X(BPF_PROG_BIND_MAP), XEND
};

/* The names strace 6.1 gives each field's values (its lists, checked bit by
 * bit against it: the header may hold newer ones it prints as unknown). */
static const struct xlat map_types[] = { BPFX_map_types, XEND };
static const struct xlat prog_types[] = { BPFX_prog_types, XEND };
static const struct xlat attach_types[] = { BPFX_attach_types, XEND };
static const struct xlat map_flags[] = {
	X(BPF_F_NO_PREALLOC), X(BPF_F_NO_COMMON_LRU), X(BPF_F_NUMA_NODE), X(BPF_F_RDONLY),
	X(BPF_F_WRONLY), X(BPF_F_STACK_BUILD_ID), X(BPF_F_ZERO_SEED), X(BPF_F_RDONLY_PROG),
	X(BPF_F_WRONLY_PROG), X(BPF_F_CLONE), X(BPF_F_MMAPABLE), X(BPF_F_PRESERVE_ELEMS),
	X(BPF_F_INNER_MAP), XEND
};
static const struct xlat prog_flags[] = {
	X(BPF_F_STRICT_ALIGNMENT), X(BPF_F_ANY_ALIGNMENT), X(BPF_F_TEST_RND_HI32),
	X(BPF_F_TEST_STATE_FREQ), X(BPF_F_SLEEPABLE), XEND
};
static const struct xlat file_flags[] = { X(BPF_F_RDONLY), X(BPF_F_WRONLY), XEND };
static const struct xlat attach_flags[] = {
	X(BPF_F_ALLOW_OVERRIDE), X(BPF_F_ALLOW_MULTI), X(BPF_F_REPLACE), XEND
};
static const struct xlat query_flags[] = { X(BPF_F_QUERY_EFFECTIVE), XEND };
static const struct xlat test_flags[] = {
	X(BPF_F_TEST_RUN_ON_CPU), X(BPF_F_TEST_XDP_LIVE_FRAMES), XEND
};
static const struct xlat kmulti_flags[] = { X(BPF_F_KPROBE_MULTI_RETURN), XEND };
/* MAP_UPDATE_ELEM's flags are one value; the lookups' and batches' a set
 * with only BPF_F_LOCK (0 is BPF_ANY in both) */
static const struct xlat update_flags[] = {
	X(BPF_ANY), X(BPF_NOEXIST), X(BPF_EXIST), X(BPF_F_LOCK), XEND
};
static const struct xlat lock_flags[] = { X(BPF_F_LOCK), XEND };
static const struct xlat fd_types[] = {
	X(BPF_FD_TYPE_RAW_TRACEPOINT), X(BPF_FD_TYPE_TRACEPOINT), X(BPF_FD_TYPE_KPROBE),
	X(BPF_FD_TYPE_KRETPROBE), X(BPF_FD_TYPE_UPROBE), X(BPF_FD_TYPE_URETPROBE), XEND
};

/* The attr as the program passed it: strace copies the `size` bytes (at most
 * a page) into a zeroed buffer and prints a field once size passes its start,
 * so a short attr shows the fields it begins. */
static union {
	union bpf_attr a;
	unsigned char b[4096];
} at;
static unsigned at_len;
#define A (at.a)
#define OFF(f) offsetof(union bpf_attr, f)
#define HAS(f) (at_len > OFF(f))
#define END(f) (OFF(f) + sizeof(A.f))

static int at_read(struct tcb *t)
{
	memset(at.b, 0, sizeof at.b);
	return umove(t->pid, t->a[1], at.b, at_len);
}

/* Fields: ", " between them; `nf` counts those of the struct being printed */
static int nf;
static void f_name(const char *name)
{
	if (nf++)
		prs(", ");
	pr("%s=", name);
}
static void f_open(const char *name)	/* test={ */
{
	f_name(name);
	prs("{");
	nf = 0;
}
static void f_close(void)
{
	prs("}");
	nf = 1;
}
static void f_u(const char *name, unsigned long v) { f_name(name); pr("%lu", v); }
static void f_d(const char *name, int v) { f_name(name); pr("%d", v); }
/* a descriptor: <path> after it with -y */
static void f_fd(const char *name, int v) { f_name(name); pr_fd(v); }
static void f_x(const char *name, unsigned long v) { f_name(name); pr("%#lx", v); }
static void f_addr(const char *name, unsigned long v) { f_name(name); pr_addr(v); }
static void f_str(struct tcb *t, const char *name, unsigned long v) { f_name(name); pr_str(t, v); }
static void f_xlat(const char *name, const struct xlat *x, unsigned long v, const char *dflt)
{
	f_name(name);
	pr_xlat(x, v, "%#lx", dflt);
}
static void f_flags(const char *name, const struct xlat *x, unsigned long v, const char *dflt)
{
	f_name(name);
	pr_flags_d(x, v, dflt);
}
static void f_lock(const char *name, unsigned long v)
{
	f_name(name);
	if (v)
		pr_flags_d(lock_flags, v, "BPF_???");
	else
		pr_flags(lock_flags, 0, "BPF_ANY");
}

/* map_name, prog_name: a char array printed up to its NUL; with none in
 * the bytes the size covers, all but the last and "..." */
static void f_cname(const char *name, const char *s, size_t off, size_t size)
{
	size_t avail = at_len - off < size ? at_len - off : size, n = 0;

	f_name(name);
	while (n < avail && s[n])
		n++;
	if (n < avail) {
		quote_bytes((const unsigned char *)s, n, 0);
	} else {
		quote_bytes((const unsigned char *)s, avail - 1, 0);
		prs("...");
	}
}

/* log_buf, task_fd_query's buf: a C string of at most len bytes, cut at -s;
 * "..." when no NUL ends it within what is shown */
static void f_strn(struct tcb *t, const char *name, unsigned long addr, unsigned long len)
{
	unsigned long size = len < (unsigned long)opt_strlen ? len : (unsigned long)opt_strlen;
	static char *buf;	/* -s may ask for any size */
	static unsigned long cap;

	f_name(name);
	if (!addr) {
		prs("NULL");
		return;
	}
	if (size > cap) {
		free(buf);
		buf = malloc(size);
		cap = buf ? size : 0;
		if (!buf)
			size = 0;
	}
	char c;	/* -s 0: nothing shown, but an unreadable buffer is its address */
	long n = size ? umovestr(t->pid, addr, buf, size) : len ? umove_data(t->pid, addr, &c, 1) : 0;
	if (n < 0) {
		pr_addr(addr);
		return;
	}
	quote_bytes((const unsigned char *)buf, (size_t)n, 0);
	if (len && (unsigned long)n == size)
		prs("...");
}

static void f_ifindex(const char *name, unsigned v) { f_name(name); nl_pr_ifindex(v); }

/* Bytes past the fields strace knows: if any is not 0, "..." (-v: them) */
static void at_tail(unsigned known)
{
	unsigned i = known;

	while (i < at_len && !at.b[i])
		i++;
	if (i >= at_len)
		return;
	if (cur_abbrev) {
		prs(", ...");
		return;
	}
	prs(", extra_data=");
	quote_bytes(at.b + known, at_len - known, QUOTE_HEX);
	pr(" /* bytes %u..%u */", known, at_len - 1);
}

/* Each command's fields. A decoder returns how many bytes strace knows of
 * the command's struct (the tail is checked past them). */
typedef unsigned bpf_dec(struct tcb *t);

static unsigned d_map_create(struct tcb *t)
{
	(void)t;
	f_xlat("map_type", map_types, A.map_type, "BPF_MAP_TYPE_???");
	f_u("key_size", A.key_size);
	f_u("value_size", A.value_size);
	f_u("max_entries", A.max_entries);
	if (HAS(map_flags))
		f_flags("map_flags", map_flags, A.map_flags, "BPF_F_???");
	if (HAS(inner_map_fd))
		f_fd("inner_map_fd", (int)A.inner_map_fd);
	/* the node means something only with the flag */
	if (HAS(numa_node) && (A.map_flags & BPF_F_NUMA_NODE)) {
		f_u("numa_node", A.numa_node);
		if (A.numa_node == ~0U && !opt_raw)
			prs(" /* NUMA_NO_NODE */");
	}
	if (HAS(map_name))
		f_cname("map_name", A.map_name, OFF(map_name), sizeof A.map_name);
	if (HAS(map_ifindex))
		f_ifindex("map_ifindex", A.map_ifindex);
	if (HAS(btf_fd)) {
		f_fd("btf_fd", (int)A.btf_fd);
		f_u("btf_key_type_id", A.btf_key_type_id);
		f_u("btf_value_type_id", A.btf_value_type_id);
	}
	if (HAS(btf_vmlinux_value_type_id))
		f_u("btf_vmlinux_value_type_id", A.btf_vmlinux_value_type_id);
	if (HAS(map_extra))
		f_u("map_extra", A.map_extra);
	return END(map_extra);
}

/* the element commands share map_fd, key, value/next_key, flags */
static void elem_head(int value)
{
	f_fd("map_fd", (int)A.map_fd);
	f_addr("key", A.key);
	if (value)
		f_addr("value", A.value);
}
static unsigned d_lookup_elem(struct tcb *t)
{
	(void)t;
	elem_head(1);
	if (HAS(flags))
		f_lock("flags", A.flags);
	return END(flags);
}
static unsigned d_update_elem(struct tcb *t)
{
	(void)t;
	elem_head(1);
	f_xlat("flags", update_flags, A.flags, "BPF_???");
	return END(flags);
}
static unsigned d_delete_elem(struct tcb *t)
{
	(void)t;
	elem_head(0);
	return END(key);
}
static unsigned d_next_key(struct tcb *t)
{
	(void)t;
	elem_head(0);
	f_addr("next_key", A.next_key);
	return END(next_key);
}
static unsigned d_freeze(struct tcb *t)
{
	(void)t;
	f_fd("map_fd", (int)A.map_fd);
	return END(map_fd);
}

/* KERNEL_VERSION(6, 1, 18); -X raw the number, -X verbose both */
static void f_kversion(unsigned v)
{
	f_name("kern_version");
	if (opt_raw) {
		pr("%#x", v);
		return;
	}
	int xv = xv_begin("%#lx", v);
	pr("KERNEL_VERSION(%u, %u, %u)", v >> 16, (v >> 8) & 0xff, v & 0xff);
	xv_end(xv);
}

/* -v: the instructions. Their code is a class, then a size and a mode
 * (loads, stores) or a source and an operation (ALU, JMP); strace 6.1
 * splits no BPF_JMP32 code and names the atomic mode BPF_XADD. */
static const struct xlat insn_classes[] = {
	X(BPF_LD), X(BPF_LDX), X(BPF_ST), X(BPF_STX), X(BPF_ALU), X(BPF_JMP),
	X(BPF_JMP32), X(BPF_ALU64), XEND
};
static const struct xlat insn_sizes[] = { X(BPF_W), X(BPF_H), X(BPF_B), X(BPF_DW), XEND };
static const struct xlat insn_modes[] = {
	X(BPF_IMM), X(BPF_ABS), X(BPF_IND), X(BPF_MEM), X(BPF_XADD), XEND
};
static const struct xlat insn_srcs[] = { X(BPF_K), X(BPF_X), XEND };
static const struct xlat alu_ops[] = {
	X(BPF_ADD), X(BPF_SUB), X(BPF_MUL), X(BPF_DIV), X(BPF_OR), X(BPF_AND), X(BPF_LSH),
	X(BPF_RSH), X(BPF_NEG), X(BPF_MOD), X(BPF_XOR), X(BPF_MOV), X(BPF_ARSH), X(BPF_END),
	XEND
};
static const struct xlat jmp_ops[] = {
	X(BPF_JA), X(BPF_JEQ), X(BPF_JGT), X(BPF_JGE), X(BPF_JSET), X(BPF_JNE), X(BPF_JSGT),
	X(BPF_JSGE), X(BPF_CALL), X(BPF_EXIT), X(BPF_JLT), X(BPF_JLE), X(BPF_JSLT),
	X(BPF_JSLE), XEND
};
static const struct xlat insn_regs[] = {
	X(BPF_REG_0), X(BPF_REG_1), X(BPF_REG_2), X(BPF_REG_3), X(BPF_REG_4), X(BPF_REG_5),
	X(BPF_REG_6), X(BPF_REG_7), X(BPF_REG_8), X(BPF_REG_9), X(BPF_REG_10), XEND
};

/* each part by name, as a value of its own (-X raw: 0x5|0x8|0x90) */
static void code_part(const struct xlat *x, unsigned v)
{
	prs("|");
	pr_xlat(x, v, "%#x", "BPF_???");
}
static void insn_code(unsigned code)
{
	unsigned cls = BPF_CLASS(code);

	pr_xlat(insn_classes, cls, "%#x", "BPF_???");
	switch (cls) {
	case BPF_LD: case BPF_LDX: case BPF_ST: case BPF_STX:
		code_part(insn_sizes, BPF_SIZE(code));
		code_part(insn_modes, BPF_MODE(code));
		break;
	case BPF_ALU: case BPF_ALU64: case BPF_JMP:
		code_part(insn_srcs, BPF_SRC(code));
		code_part(cls == BPF_JMP ? jmp_ops : alu_ops, BPF_OP(code));
		break;
	default:	/* BPF_JMP32: the rest unnamed, the comment even with -X raw */
		if (code & ~7U)
			pr("|%#x /* BPF_??? */", code & ~7U);
	}
}
static void el_insn(struct tcb *t, const void *e)
{
	const struct bpf_insn *i = e;

	(void)t;
	prs("{code=");
	insn_code(i->code);
	prs(", dst_reg=");
	pr_xlat(insn_regs, i->dst_reg, "%#x", "BPF_REG_???");
	prs(", src_reg=");
	pr_xlat(insn_regs, i->src_reg, "%#x", "BPF_REG_???");
	pr(", off=%d, imm=%#x}", i->off, (unsigned)i->imm);
}

static unsigned d_prog_load(struct tcb *t)
{
	f_xlat("prog_type", prog_types, A.prog_type, "BPF_PROG_TYPE_???");
	f_u("insn_cnt", A.insn_cnt);
	f_name("insns");
	if (cur_abbrev)
		pr_addr(A.insns);
	else
		pr_array(t, A.insns, A.insn_cnt, sizeof(struct bpf_insn), el_insn);
	f_str(t, "license", A.license);
	if (HAS(log_level)) {
		f_u("log_level", A.log_level);
		f_u("log_size", A.log_size);
		f_strn(t, "log_buf", A.log_buf, A.log_size);
	}
	if (HAS(kern_version))
		f_kversion(A.kern_version);
	if (HAS(prog_flags))
		f_flags("prog_flags", prog_flags, A.prog_flags, "BPF_F_???");
	if (HAS(prog_name))
		f_cname("prog_name", A.prog_name, OFF(prog_name), sizeof A.prog_name);
	if (HAS(prog_ifindex))
		f_ifindex("prog_ifindex", A.prog_ifindex);
	if (HAS(expected_attach_type))
		f_xlat("expected_attach_type", attach_types, A.expected_attach_type, "BPF_???");
	if (HAS(prog_btf_fd)) {
		f_fd("prog_btf_fd", (int)A.prog_btf_fd);
		f_u("func_info_rec_size", A.func_info_rec_size);
		f_addr("func_info", A.func_info);
		f_u("func_info_cnt", A.func_info_cnt);
		f_u("line_info_rec_size", A.line_info_rec_size);
		f_addr("line_info", A.line_info);
		f_u("line_info_cnt", A.line_info_cnt);
	}
	if (HAS(attach_btf_id))
		f_u("attach_btf_id", A.attach_btf_id);
	if (HAS(attach_prog_fd))
		f_fd("attach_prog_fd", (int)A.attach_prog_fd);
	if (HAS(fd_array))
		f_addr("fd_array", A.fd_array);
	return END(fd_array);
}

static unsigned d_obj(struct tcb *t)	/* OBJ_PIN, OBJ_GET */
{
	f_name("pathname");
	pr_path(t, A.pathname);
	f_fd("bpf_fd", (int)A.bpf_fd);
	if (HAS(file_flags))
		f_flags("file_flags", file_flags, A.file_flags, "BPF_F_???");
	return END(file_flags);
}

static unsigned d_prog_attach(struct tcb *t)
{
	(void)t;
	f_fd("target_fd", (int)A.target_fd);
	f_fd("attach_bpf_fd", (int)A.attach_bpf_fd);
	f_xlat("attach_type", attach_types, A.attach_type, "BPF_???");
	f_flags("attach_flags", attach_flags, A.attach_flags, "BPF_F_???");
	if (HAS(replace_bpf_fd))
		f_fd("replace_bpf_fd", (int)A.replace_bpf_fd);
	return END(replace_bpf_fd);
}
/* strace shows no attach_bpf_fd here, but counts it as known */
static unsigned d_prog_detach(struct tcb *t)
{
	(void)t;
	f_fd("target_fd", (int)A.target_fd);
	f_xlat("attach_type", attach_types, A.attach_type, "BPF_???");
	return END(attach_type);
}

static unsigned d_test_run(struct tcb *t)
{
	(void)t;
	f_open("test");
	f_fd("prog_fd", (int)A.test.prog_fd);
	f_u("retval", A.test.retval);
	f_u("data_size_in", A.test.data_size_in);
	f_u("data_size_out", A.test.data_size_out);
	f_addr("data_in", A.test.data_in);
	f_addr("data_out", A.test.data_out);
	f_u("repeat", A.test.repeat);
	f_u("duration", A.test.duration);
	if (HAS(test.ctx_size_in)) {
		f_u("ctx_size_in", A.test.ctx_size_in);
		f_u("ctx_size_out", A.test.ctx_size_out);
		f_addr("ctx_in", A.test.ctx_in);
		f_addr("ctx_out", A.test.ctx_out);
	}
	if (HAS(test.flags)) {
		f_flags("flags", test_flags, A.test.flags, "BPF_F_???");
		f_u("cpu", A.test.cpu);
	}
	if (HAS(test.batch_size))
		f_u("batch_size", A.test.batch_size);
	f_close();
	return END(test.batch_size);
}

/* *_GET_NEXT_ID: next_id is the answer, shown at the exit as " => N" */
static unsigned d_next_id(struct tcb *t)
{
	(void)t;
	f_u("start_id", A.start_id);
	f_u("next_id", A.next_id);
	return 0;
}
static unsigned x_next_id(struct tcb *t)
{
	if (!t_failed(t) && A.next_id != (unsigned)t->aux)
		pr(" => %u", A.next_id);
	if (HAS(open_flags))
		f_flags("open_flags", file_flags, A.open_flags, "BPF_F_???");
	return END(open_flags);
}
/* PROG_ and MAP_GET_FD_BY_ID name the id and show next_id; BTF_ and LINK_
 * only the id */
static unsigned fd_by_id(const char *id, int more)
{
	f_u(id, A.start_id);
	if (!more)
		return END(start_id);
	f_u("next_id", A.next_id);
	if (HAS(open_flags))
		f_flags("open_flags", file_flags, A.open_flags, "BPF_F_???");
	return END(open_flags);
}
static unsigned d_prog_by_id(struct tcb *t) { (void)t; return fd_by_id("prog_id", 1); }
static unsigned d_map_by_id(struct tcb *t) { (void)t; return fd_by_id("map_id", 1); }
static unsigned d_btf_by_id(struct tcb *t) { (void)t; return fd_by_id("btf_id", 0); }
static unsigned d_link_by_id(struct tcb *t) { (void)t; return fd_by_id("link_id", 0); }

/* OBJ_GET_INFO_BY_FD: the kernel writes info_len back */
static void prog_info_entry(struct tcb *t);
static unsigned d_info(struct tcb *t)
{
	f_open("info");
	f_fd("bpf_fd", (int)A.info.bpf_fd);
	f_u("info_len", A.info.info_len);
	prog_info_entry(t);
	return 0;
}
/* -v: what a map's descriptor tells (a program's: below). strace reads as much
 * as info_len says into zeros and shows a group once info_len passes its
 * start; the name is read whole. */
static int is_bpf_map(int pid, int fd)
{
	char proc[64], link[32];
	static const char map[] = "anon_inode:bpf-map";

	snprintf(proc, sizeof proc, "/proc/%d/fd/%d", proc_pid(pid), fd);
	long n = sys_readlinkat(AT_FDCWD, proc, link, sizeof link);
	return n == sizeof map - 1 && memcmp(link, map, sizeof map - 1) == 0;
}
#define MI_HAS(f) (len > offsetof(struct bpf_map_info, f))
static void pr_map_info(const struct bpf_map_info *m, unsigned len)
{
	nf = 0;
	prs("{");
	f_xlat("type", map_types, m->type, "BPF_MAP_TYPE_???");
	f_u("id", m->id);
	f_u("key_size", m->key_size);
	f_u("value_size", m->value_size);
	f_u("max_entries", m->max_entries);
	f_flags("map_flags", map_flags, m->map_flags, "BPF_F_???");
	if (MI_HAS(name)) {
		f_name("name");
		size_t n = strnlen(m->name, sizeof m->name);
		quote_bytes((const unsigned char *)m->name, n < sizeof m->name ? n : n - 1, 0);
		if (n == sizeof m->name)
			prs("...");
	}
	if (MI_HAS(ifindex)) {
		f_ifindex("ifindex", m->ifindex);
		f_u("btf_vmlinux_value_type_id", m->btf_vmlinux_value_type_id);
		f_name("netns_dev");
		pr_makedev(m->netns_dev);
		f_u("netns_ino", m->netns_ino);
	}
	if (MI_HAS(btf_id)) {
		f_u("btf_id", m->btf_id);
		f_u("btf_key_type_id", m->btf_key_type_id);
		f_u("btf_value_type_id", m->btf_value_type_id);
	}
	prs("}");
}
/* -v: a program's info. strace keeps what the program passed in (the sizes
 * and counts it made room for) and shows "entry => exit" for those the
 * kernel changed; the arrays hold as many entries as both allow. Each field
 * is shown when info_len reaches it, up to verified_insns, strace 6.1's
 * last. A failed call shows what was passed in. */
static struct bpf_prog_info prog_in;	/* at the entry */
static int prog_in_pid;			/* whose (0: none read) */

static int is_bpf_prog(int pid, int fd)
{
	char proc[64], link[32];
	static const char prog[] = "anon_inode:bpf-prog";

	snprintf(proc, sizeof proc, "/proc/%d/fd/%d", proc_pid(pid), fd);
	long n = sys_readlinkat(AT_FDCWD, proc, link, sizeof link);
	return n == sizeof prog - 1 && memcmp(link, prog, sizeof prog - 1) == 0;
}

static void prog_info_entry(struct tcb *t)
{
	unsigned len = A.info.info_len < sizeof prog_in ? A.info.info_len : sizeof prog_in;

	prog_in_pid = 0;
	if (cur_abbrev || !len || !is_bpf_prog(t->pid, (int)A.info.bpf_fd))
		return;
	memset(&prog_in, 0, sizeof prog_in);
	if (umove(t->pid, A.info.info, &prog_in, len) == 0)
		prog_in_pid = t->pid;
}

static const struct bpf_prog_info *pi_in, *pi_out;
static int pi_changed;	/* the call succeeded: show what changed */

/* a count or size the kernel may write back */
static void f_inout(const char *name, unsigned in, unsigned out)
{
	f_u(name, in);
	if (pi_changed && out != in)
		pr(" => %u", out);
}
static unsigned min_u(unsigned a, unsigned b) { return a < b ? a : b; }

static void el_u32(struct tcb *t, const void *e);
static void el_u64_hex(struct tcb *t, const void *e)
{
	(void)t;
	pr("%#llx", *(const unsigned long long *)e);
}
static void el_tag(struct tcb *t, const void *e)
{
	(void)t;
	quote_bytes(e, BPF_TAG_SIZE, QUOTE_HEX);
}

/* an array at addr of the entries both the program and the kernel counted */
static void f_info_array(struct tcb *t, const char *name, unsigned long addr, unsigned in,
			 unsigned out, size_t size, void (*elem)(struct tcb *t, const void *e))
{
	f_name(name);
	pr_array(t, addr, pi_changed ? min_u(in, out) : in, size, elem);
}

/* the boot-relative load time as a date: now's wall clock less the time
 * since boot, in whole seconds */
static void pr_boot_date(unsigned long long ns)
{
	struct timespec rt, bt;

	if (clock_gettime(CLOCK_REALTIME, &rt) || clock_gettime(CLOCK_BOOTTIME, &bt))
		return;
	long nsec = rt.tv_nsec - bt.tv_nsec;
	long long sec = (long long)rt.tv_sec - bt.tv_sec - (nsec < 0);
	if (nsec < 0)
		nsec += 1000000000;
	nsec += (long)(ns % 1000000000);
	sec += (long long)(ns / 1000000000) + nsec / 1000000000;
	pr_date_comment(sec, 0);
}

#define PI_HAS(f) (len > offsetof(struct bpf_prog_info, f))
static void pr_prog_info(struct tcb *t, unsigned len)
{
	const struct bpf_prog_info *i = pi_in, *o = pi_out;

	nf = 0;
	prs("{");
	f_xlat("type", prog_types, o->type, "BPF_PROG_TYPE_???");
	f_u("id", o->id);
	f_name("tag");
	quote_bytes(o->tag, BPF_TAG_SIZE, QUOTE_HEX);
	f_inout("jited_prog_len", i->jited_prog_len, o->jited_prog_len);
	f_name("jited_prog_insns");
	if (!o->jited_prog_insns)
		prs("NULL");
	else
		pr_buf_hex(t, o->jited_prog_insns,
			   pi_changed ? min_u(i->jited_prog_len, o->jited_prog_len) : i->jited_prog_len);
	f_inout("xlated_prog_len", i->xlated_prog_len, o->xlated_prog_len);
	f_info_array(t, "xlated_prog_insns", o->xlated_prog_insns,
		     i->xlated_prog_len / sizeof(struct bpf_insn),
		     o->xlated_prog_len / sizeof(struct bpf_insn), sizeof(struct bpf_insn), el_insn);
	if (PI_HAS(load_time)) {
		f_u("load_time", o->load_time);
		pr_boot_date(o->load_time);
	}
	if (PI_HAS(created_by_uid))
		f_u("created_by_uid", o->created_by_uid);
	if (PI_HAS(map_ids)) {
		f_inout("nr_map_ids", i->nr_map_ids, o->nr_map_ids);
		f_info_array(t, "map_ids", o->map_ids, i->nr_map_ids, o->nr_map_ids,
			     sizeof(unsigned), el_u32);
	}
	if (PI_HAS(name)) {
		f_name("name");
		size_t n = strnlen(o->name, sizeof o->name);
		quote_bytes((const unsigned char *)o->name, n < sizeof o->name ? n : n - 1, 0);
		if (n == sizeof o->name)
			prs("...");
	}
	if (PI_HAS(ifindex))
		f_ifindex("ifindex", o->ifindex);
	if (len > offsetof(struct bpf_prog_info, ifindex) + sizeof o->ifindex)
		f_u("gpl_compatible", o->gpl_compatible);
	if (PI_HAS(netns_dev)) {
		f_name("netns_dev");
		pr_makedev(o->netns_dev);
	}
	if (PI_HAS(netns_ino))
		f_u("netns_ino", o->netns_ino);
	if (PI_HAS(nr_jited_ksyms))
		f_inout("nr_jited_ksyms", i->nr_jited_ksyms, o->nr_jited_ksyms);
	if (PI_HAS(nr_jited_func_lens))
		f_inout("nr_jited_func_lens", i->nr_jited_func_lens, o->nr_jited_func_lens);
	if (PI_HAS(jited_ksyms))
		f_info_array(t, "jited_ksyms", o->jited_ksyms, i->nr_jited_ksyms,
			     o->nr_jited_ksyms, sizeof(uint64_t), el_u64_hex);
	if (PI_HAS(jited_func_lens))
		f_info_array(t, "jited_func_lens", o->jited_func_lens, i->nr_jited_func_lens,
			     o->nr_jited_func_lens, sizeof(unsigned), el_u32);
	if (PI_HAS(btf_id))
		f_u("btf_id", o->btf_id);
	if (PI_HAS(func_info_rec_size))
		f_inout("func_info_rec_size", i->func_info_rec_size, o->func_info_rec_size);
	if (PI_HAS(func_info))
		f_addr("func_info", o->func_info);
	if (PI_HAS(nr_func_info))
		f_inout("nr_func_info", i->nr_func_info, o->nr_func_info);
	if (PI_HAS(nr_line_info))
		f_inout("nr_line_info", i->nr_line_info, o->nr_line_info);
	if (PI_HAS(line_info))
		f_addr("line_info", o->line_info);
	if (PI_HAS(jited_line_info))
		f_addr("jited_line_info", o->jited_line_info);
	if (PI_HAS(nr_jited_line_info))
		f_inout("nr_jited_line_info", i->nr_jited_line_info, o->nr_jited_line_info);
	if (PI_HAS(line_info_rec_size))
		f_inout("line_info_rec_size", i->line_info_rec_size, o->line_info_rec_size);
	if (PI_HAS(jited_line_info_rec_size))
		f_inout("jited_line_info_rec_size", i->jited_line_info_rec_size,
			o->jited_line_info_rec_size);
	if (PI_HAS(nr_prog_tags))
		f_inout("nr_prog_tags", i->nr_prog_tags, o->nr_prog_tags);
	if (PI_HAS(prog_tags))
		f_info_array(t, "prog_tags", o->prog_tags, i->nr_prog_tags, o->nr_prog_tags,
			     BPF_TAG_SIZE, el_tag);
	if (PI_HAS(run_time_ns))
		f_u("run_time_ns", o->run_time_ns);
	if (PI_HAS(run_cnt))
		f_u("run_cnt", o->run_cnt);
	if (PI_HAS(recursion_misses))
		f_u("recursion_misses", o->recursion_misses);
	if (PI_HAS(verified_insns))
		f_u("verified_insns", o->verified_insns);
	prs("}");
}

static int info_prog(struct tcb *t)
{
	static struct bpf_prog_info out;
	unsigned len = A.info.info_len < sizeof out ? A.info.info_len : sizeof out;

	if (prog_in_pid != t->pid || !len)
		return 0;
	prog_in_pid = 0;
	pi_in = &prog_in;
	pi_out = &prog_in;
	pi_changed = !t_failed(t);
	if (pi_changed) {
		memset(&out, 0, sizeof out);
		if (umove(t->pid, A.info.info, &out, len) < 0)
			return 0;
		pi_out = &out;
	}
	pr_prog_info(t, len);
	return 1;
}

static int info_map(struct tcb *t)
{
	struct bpf_map_info m;
	unsigned len = A.info.info_len < sizeof m ? A.info.info_len : sizeof m;

	if (cur_abbrev || t_failed(t) || !len || !is_bpf_map(t->pid, (int)A.info.bpf_fd))
		return 0;
	memset(&m, 0, sizeof m);
	if (umove(t->pid, A.info.info, &m, len) < 0)
		return 0;
	pr_map_info(&m, len);
	return 1;
}
static unsigned x_info(struct tcb *t)
{
	if (!t_failed(t) && A.info.info_len != (unsigned)t->aux)
		pr(" => %u", A.info.info_len);
	f_name("info");
	if (!info_map(t) && !info_prog(t))
		pr_addr(A.info.info);
	nf = 1;
	f_close();
	return END(info.info);
}

/* PROG_QUERY: the ids are read at the exit, where the kernel wrote them */
static unsigned d_query(struct tcb *t)
{
	(void)t;
	f_open("query");
	f_fd("target_fd", (int)A.query.target_fd);
	f_xlat("attach_type", attach_types, A.query.attach_type, "BPF_???");
	f_flags("query_flags", query_flags, A.query.query_flags, "BPF_F_QUERY_???");
	f_flags("attach_flags", attach_flags, A.query.attach_flags, "BPF_F_???");
	f_name("prog_ids");
	return 0;
}
static void el_u32(struct tcb *t, const void *e)
{
	(void)t;
	pr("%u", *(const uint32_t *)e);
}
/* strace's arrays written by the kernel: a failed call's are its address */
static void out_array(struct tcb *t, unsigned long addr, unsigned long n, size_t size,
		      void (*elem)(struct tcb *t, const void *e))
{
	if (t_failed(t) && addr && n)
		pr_addr(addr);
	else
		pr_array(t, addr, n, size, elem);
}
static unsigned x_query(struct tcb *t)
{
	out_array(t, A.query.prog_ids, A.query.prog_cnt, sizeof(__u32), el_u32);
	f_u("prog_cnt", (unsigned)t->aux);
	if (!t_failed(t) && A.query.prog_cnt != (unsigned)t->aux)
		pr(" => %u", A.query.prog_cnt);
	f_close();
	return END(query.prog_cnt);
}

static unsigned d_raw_tp(struct tcb *t)
{
	f_open("raw_tracepoint");
	f_str(t, "name", A.raw_tracepoint.name);
	f_fd("prog_fd", (int)A.raw_tracepoint.prog_fd);
	f_close();
	return END(raw_tracepoint.prog_fd);
}

static unsigned d_btf_load(struct tcb *t)
{
	f_name("btf");
	pr_buf(t, A.btf, A.btf_size);
	f_addr("btf_log_buf", A.btf_log_buf);
	f_u("btf_size", A.btf_size);
	f_u("btf_log_size", A.btf_log_size);
	f_u("btf_log_level", A.btf_log_level);
	return END(btf_log_level);
}

/* TASK_FD_QUERY: what the descriptor is comes back at the exit */
static unsigned d_task_fd(struct tcb *t)
{
	(void)t;
	f_open("task_fd_query");
	f_d("pid", (int)A.task_fd_query.pid);
	f_fd("fd", (int)A.task_fd_query.fd);
	f_u("flags", A.task_fd_query.flags);
	f_u("buf_len", A.task_fd_query.buf_len);
	return 0;
}
static unsigned x_task_fd(struct tcb *t)
{
	f_strn(t, "buf", A.task_fd_query.buf, A.task_fd_query.buf_len);
	f_u("prog_id", A.task_fd_query.prog_id);
	f_xlat("fd_type", fd_types, A.task_fd_query.fd_type, "BPF_FD_TYPE_???");
	f_x("probe_offset", A.task_fd_query.probe_offset);
	f_x("probe_addr", A.task_fd_query.probe_addr);
	f_close();
	return END(task_fd_query.probe_addr);
}

/* The batch commands: the lookups name both batch cursors, the update the
 * values, the delete only keys. count comes back at the exit, after all. */
static unsigned batch(int lookup, int values)
{
	f_open("batch");
	if (lookup) {
		f_addr("in_batch", A.batch.in_batch);
		f_addr("out_batch", A.batch.out_batch);
	}
	f_addr("keys", A.batch.keys);
	if (values)
		f_addr("values", A.batch.values);
	f_u("count", A.batch.count);
	f_fd("map_fd", (int)A.batch.map_fd);
	f_lock("elem_flags", A.batch.elem_flags);
	f_x("flags", A.batch.flags);
	f_close();
	return END(batch.flags);
}
static unsigned d_lookup_batch(struct tcb *t) { (void)t; return batch(1, 1); }
static unsigned d_update_batch(struct tcb *t) { (void)t; return batch(0, 1); }
static unsigned d_delete_batch(struct tcb *t) { (void)t; return batch(0, 0); }
static unsigned x_batch(struct tcb *t)
{
	if (A.batch.count != (unsigned)t->aux)
		pr(" => {batch={count=%u}}", A.batch.count);
	return 0;
}

/* LINK_CREATE: the fields after flags depend on the attach type */
static void el_iter(struct tcb *t, const void *e)
{
	(void)t;
	prs("{map={map_fd=");
	pr_fd(*(const int *)e);
	prs("}}");
}
static void el_sym(struct tcb *t, const void *e)
{
	pr_str(t, *(const unsigned long *)e);
}
static void el_x64(struct tcb *t, const void *e)
{
	(void)t;
	pr("%#lx", *(const unsigned long *)e);
}
static unsigned link_kmulti(struct tcb *t)
{
	unsigned n = A.link_create.kprobe_multi.cnt;

	f_open("kprobe_multi");
	f_flags("flags", kmulti_flags, A.link_create.kprobe_multi.flags, "BPF_F_???");
	f_u("cnt", n);
	f_name("syms");
	pr_array(t, A.link_create.kprobe_multi.syms, n, sizeof(__u64), el_sym);
	f_name("addrs");
	pr_array(t, A.link_create.kprobe_multi.addrs, n, sizeof(__u64), el_x64);
	f_name("cookies");
	pr_array(t, A.link_create.kprobe_multi.cookies, n, sizeof(__u64), el_x64);
	f_close();
	return END(link_create.kprobe_multi.cookies);
}
static unsigned link_iter(struct tcb *t)
{
	/* strace 6.1 steps through them by the size of the map member */
	f_name("iter_info");
	pr_array(t, A.link_create.iter_info, A.link_create.iter_info_len, sizeof(__u32), el_iter);
	f_u("iter_info_len", A.link_create.iter_info_len);
	return END(link_create.iter_info_len);
}
static unsigned d_link_create(struct tcb *t)
{
	unsigned known = END(link_create.flags);

	f_open("link_create");
	f_fd("prog_fd", (int)A.link_create.prog_fd);
	f_fd("target_fd", (int)A.link_create.target_fd);
	f_xlat("attach_type", attach_types, A.link_create.attach_type, "BPF_???");
	f_x("flags", A.link_create.flags);
	if (HAS(link_create.target_btf_id)) {
		switch (A.link_create.attach_type) {
		case BPF_PERF_EVENT:
			f_open("perf_event");
			f_x("bpf_cookie", A.link_create.perf_event.bpf_cookie);
			f_close();
			known = END(link_create.perf_event.bpf_cookie);
			break;
		case BPF_TRACE_KPROBE_MULTI:
			known = link_kmulti(t);
			break;
		case BPF_TRACE_ITER:
			known = link_iter(t);
			break;
		case BPF_CGROUP_INET_INGRESS:	/* strace 6.1: for this type only */
			if (A.link_create.target_btf_id)
				f_u("target_btf_id", A.link_create.target_btf_id);
			known = END(link_create.target_btf_id);
			break;
		}
	}
	f_close();
	return known;
}

static unsigned d_link_update(struct tcb *t)
{
	(void)t;
	f_open("link_update");
	f_fd("link_fd", (int)A.link_update.link_fd);
	f_fd("new_prog_fd", (int)A.link_update.new_prog_fd);
	f_flags("flags", attach_flags, A.link_update.flags, "BPF_F_???");
	if (A.link_update.flags & BPF_F_REPLACE)
		f_fd("old_prog_fd", (int)A.link_update.old_prog_fd);
	f_close();
	return END(link_update.old_prog_fd);
}

/* What strace 6.1 decodes of each command: entry's fields; exit's, for the
 * commands whose answer is in the attr (the line waits for them); after,
 * for the batches: printed after the closed attr, before the size. The
 * others (ENABLE_STATS, ITER_CREATE, LINK_DETACH, PROG_BIND_MAP) it shows
 * as an address. */
struct attr_dec {
	bpf_dec *entry, *exit, *after;
};
static const struct attr_dec cmds[] = {
	[BPF_MAP_CREATE] = { d_map_create, 0, 0 },
	[BPF_MAP_LOOKUP_ELEM] = { d_lookup_elem, 0, 0 },
	[BPF_MAP_UPDATE_ELEM] = { d_update_elem, 0, 0 },
	[BPF_MAP_DELETE_ELEM] = { d_delete_elem, 0, 0 },
	[BPF_MAP_GET_NEXT_KEY] = { d_next_key, 0, 0 },
	[BPF_PROG_LOAD] = { d_prog_load, 0, 0 },
	[BPF_OBJ_PIN] = { d_obj, 0, 0 },
	[BPF_OBJ_GET] = { d_obj, 0, 0 },
	[BPF_PROG_ATTACH] = { d_prog_attach, 0, 0 },
	[BPF_PROG_DETACH] = { d_prog_detach, 0, 0 },
	[BPF_PROG_TEST_RUN] = { d_test_run, 0, 0 },
	[BPF_PROG_GET_NEXT_ID] = { d_next_id, x_next_id, 0 },
	[BPF_MAP_GET_NEXT_ID] = { d_next_id, x_next_id, 0 },
	[BPF_PROG_GET_FD_BY_ID] = { d_prog_by_id, 0, 0 },
	[BPF_MAP_GET_FD_BY_ID] = { d_map_by_id, 0, 0 },
	[BPF_OBJ_GET_INFO_BY_FD] = { d_info, x_info, 0 },
	[BPF_PROG_QUERY] = { d_query, x_query, 0 },
	[BPF_RAW_TRACEPOINT_OPEN] = { d_raw_tp, 0, 0 },
	[BPF_BTF_LOAD] = { d_btf_load, 0, 0 },
	[BPF_BTF_GET_FD_BY_ID] = { d_btf_by_id, 0, 0 },
	[BPF_TASK_FD_QUERY] = { d_task_fd, x_task_fd, 0 },
	[BPF_MAP_LOOKUP_AND_DELETE_ELEM] = { d_lookup_elem, 0, 0 },
	[BPF_MAP_FREEZE] = { d_freeze, 0, 0 },
	[BPF_BTF_GET_NEXT_ID] = { d_next_id, x_next_id, 0 },
	[BPF_MAP_LOOKUP_BATCH] = { d_lookup_batch, 0, x_batch },
	[BPF_MAP_LOOKUP_AND_DELETE_BATCH] = { d_lookup_batch, 0, x_batch },
	[BPF_MAP_UPDATE_BATCH] = { d_update_batch, 0, x_batch },
	[BPF_MAP_DELETE_BATCH] = { d_delete_batch, 0, x_batch },
	[BPF_LINK_CREATE] = { d_link_create, 0, 0 },
	[BPF_LINK_UPDATE] = { d_link_update, 0, 0 },
	[BPF_LINK_GET_FD_BY_ID] = { d_link_by_id, 0, 0 },
	[BPF_LINK_GET_NEXT_ID] = { d_next_id, x_next_id, 0 },
};

/* the value the exit compares with: next_id, info_len, prog_cnt, count */
static unsigned long entry_value(unsigned cmd)
{
	switch (cmd) {
	case BPF_PROG_QUERY:
		return A.query.prog_cnt;
	case BPF_OBJ_GET_INFO_BY_FD:
		return A.info.info_len;
	case BPF_MAP_LOOKUP_BATCH: case BPF_MAP_LOOKUP_AND_DELETE_BATCH:
	case BPF_MAP_UPDATE_BATCH: case BPF_MAP_DELETE_BATCH:
		return A.batch.count;
	}
	return A.next_id;
}

/* the commands whose result strace shows as a descriptor (-y: <path>),
 * when it decoded the attr: OBJ_PIN's 0 among them, RAW_TRACEPOINT_OPEN's
 * and ITER_CREATE's not */
static int fd_result(unsigned cmd)
{
	switch (cmd) {
	case BPF_MAP_CREATE: case BPF_PROG_LOAD: case BPF_OBJ_PIN: case BPF_OBJ_GET:
	case BPF_PROG_GET_FD_BY_ID: case BPF_MAP_GET_FD_BY_ID: case BPF_BTF_LOAD:
	case BPF_BTF_GET_FD_BY_ID: case BPF_LINK_CREATE: case BPF_LINK_GET_FD_BY_ID:
		return 1;
	}
	return 0;
}
static int fd_ret;

static void bpf_entry(struct tcb *t, unsigned cmd)
{
	const struct attr_dec *c = cmd < sizeof cmds / sizeof cmds[0] ? &cmds[cmd] : NULL;
	unsigned size = (unsigned)t->a[2];

	t->aux = 0;
	pr_xlat(bpf_cmds, cmd, "%#x", "BPF_???");
	pr_sep();
	/* strace reads at most a page; more, none, or an unreadable attr: the address */
	at_len = size;
	if (!c || !c->entry || !size || size > sizeof at.b || at_read(t) < 0) {
		pr_addr(t->a[1]);
		pr(", %u", size);
		return;
	}
	prs("{");
	nf = 0;
	unsigned known = c->entry(t);
	if (fd_result(cmd))
		fd_ret = 1;
	if (c->exit || c->after)	/* 1 in the upper half: the exit has work */
		t->aux = (1UL << 32) | entry_value(cmd);
	if (c->exit)
		return;
	at_tail(known);
	prs("}");
	if (!c->after)
		pr(", %u", size);
}

static void bpf_exit(struct tcb *t, unsigned cmd)
{
	const struct attr_dec *c = &cmds[cmd];

	if (!t->aux)
		return;
	at_len = (unsigned)t->a[2];
	if (at_read(t) < 0) {	/* gone meanwhile: what was read at the entry stays */
		prs("}");
		pr(", %u", at_len);
		return;
	}
	if (c->exit) {
		at_tail(c->exit(t));
		prs("}");
	} else {
		c->after(t);
	}
	pr(", %u", at_len);
}

static void dec_bpf(struct tcb *t)
{
	if (t->exiting) {
		bpf_exit(t, (unsigned)t->a[0]);
		return;
	}
	fd_ret = 0;
	bpf_entry(t, (unsigned)t->a[0]);
	if (t->rfmt == R_FD && !fd_ret)	/* fdpath.c makes bpf's result an fd */
		t->rfmt = R_DEC;
}

void bpf_init(void)
{
	sys_set("bpf", 3, dec_bpf, R_DEC);
}
