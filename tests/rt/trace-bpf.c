/* tests/rt/trace-bpf.c — raw bpf(2) calls whose union bpf_attr bin/trace
 * must print as strace 6.1 does (src/trace/bpf.c). tests/trace-bpf.bats
 * traces it with both and compares the lines. Most calls fail (a bad
 * descriptor, a type the kernel refuses): the attr is decoded all the same.
 *
 *   trace-bpf [GROUP]   GROUP: all (default);
 *     attr   every command: a zeroed attr, a patterned one (unknown values,
 *            bytes past the struct), NULL, unmapped and half-mapped attrs,
 *            sizes 0 and past a page, unknown commands
 *     sizes  the sizes at which each field starts to show
 *     names  each map/program/attach/fd type, each bit of every flags field
 *     union  LINK_CREATE's per-type fields, names and strings cut short,
 *            the arrays (iter_info, kprobe_multi), KERNEL_VERSION
 *     kernel calls the kernel answers: an array map and its elements,
 *            a program loaded and run, info_len and batch count written back,
 *            PROG_QUERY's ids on the network namespace
 *     insns  PROG_LOAD's instructions (shown with -v): every code, register
 *     info   OBJ_GET_INFO_BY_FD's map info (shown with -v)
 */
#include "sg.h"
#include <linux/bpf.h>

#define BAD ((long)0xbadc0ded)	/* an address nothing is mapped at */
#define NCMD 40			/* past BPF_PROG_BIND_MAP (35): unknown ones too */

static union {
	union bpf_attr a;
	unsigned char b[8192];
} u;
#define A (u.a)

static long bpf(long cmd, const void *attr, long size)
{
	return sys_syscall6(__NR_bpf, cmd, (long)attr, size, 0, 0, 0);
}
/* a call that may make a descriptor: closed again (not 0: most commands
 * return 0 for success, and the standard ones stay for -y to name) */
static void bpf_fd(long cmd, const void *attr, long size)
{
	long fd = bpf(cmd, attr, size);
	if (fd > 2)
		sys_close((int)fd);
}
static void zero(void)
{
	memset(u.b, 0, sizeof u.b);
}
/* every byte a different value: fields show unknown types and flags */
static void pattern(unsigned first)
{
	for (size_t i = 0; i < sizeof(union bpf_attr) + 16; i++)
		u.b[i] = (unsigned char)(first + i);
}

/* A field shows once the size passes its start: at each 4-byte boundary
 * and one byte past it, for the commands whose fields come in groups; 1 and
 * 5 for the others (the whole struct, or the address) */
static void sizes(void)
{
	static const int grouped[] = {
		BPF_MAP_CREATE, BPF_MAP_LOOKUP_ELEM, BPF_PROG_LOAD, BPF_OBJ_PIN,
		BPF_PROG_ATTACH, BPF_PROG_TEST_RUN, BPF_MAP_GET_NEXT_ID,
		BPF_PROG_GET_FD_BY_ID, BPF_MAP_LOOKUP_AND_DELETE_ELEM, BPF_LINK_CREATE,
	};
	zero();
	for (unsigned i = 0; i < sizeof grouped / sizeof grouped[0]; i++)
		for (long s = 4; s <= 132; s += 4)
			bpf_fd(grouped[i], &u, s - 3), bpf_fd(grouped[i], &u, s);
	for (int c = 0; c < NCMD; c++)
		bpf_fd(c, &u, 1), bpf_fd(c, &u, 5);
}

static void attr(void)
{
	for (int c = 0; c < NCMD; c++) {
		zero();
		bpf_fd(c, &u, sizeof(union bpf_attr));
		pattern(1);
		bpf_fd(c, &u, sizeof(union bpf_attr));
		pattern(0x81);
		bpf_fd(c, &u, sizeof(union bpf_attr) + 8);
		bpf(c, NULL, sizeof(union bpf_attr));
		bpf(c, (void *)BAD, 8);
	}
	zero();
	/* bytes past the struct: zero or not, up to a page; past a page */
	u.b[100] = 1;
	bpf(BPF_MAP_CREATE, &u, 144);
	bpf(BPF_MAP_CREATE, &u, 4096);
	bpf(BPF_MAP_CREATE, &u, 4097);
	u.b[100] = 0, u.b[4095] = 9;
	bpf(BPF_MAP_CREATE, &u, 4096);
	bpf(BPF_MAP_CREATE, &u, 4095);
	u.b[4095] = 0;
	bpf(BPF_MAP_CREATE, &u, 0);
	/* the command and the size are ints */
	bpf(0x100000000L | BPF_MAP_FREEZE, &u, 0x100000000L | 4);
	bpf(-1L, &u, 4);
	/* an attr that ends where the mapping does, and one that goes past */
	char *p = (char *)sys_mmap(NULL, 8192, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if ((long)p < 0)
		return;
	sys_munmap(p + 4096, 4096);
	bpf(BPF_MAP_CREATE, p + 4096 - 72, 72);
	bpf(BPF_MAP_CREATE, p + 4096 - 72, 73);
	bpf(BPF_PROG_QUERY, p + 4096 - 40, 40);
	bpf(BPF_PROG_QUERY, p + 4096 - 40, 144);
	sys_munmap(p, 4096);
}

static void names(void)
{
	for (unsigned i = 0; i < 40; i++) {
		zero(), A.map_type = i, bpf(BPF_MAP_CREATE, &u, 72);
		zero(), A.prog_type = i, bpf(BPF_PROG_LOAD, &u, 128);
	}
	for (unsigned i = 0; i < 50; i++) {
		zero(), A.target_fd = -1, A.attach_type = i;
		bpf(BPF_PROG_DETACH, &u, 144);
	}
	for (unsigned i = 0; i < 8; i++) {
		zero(), A.task_fd_query.pid = -1, A.task_fd_query.fd_type = i;
		bpf(BPF_TASK_FD_QUERY, &u, 144);
		zero(), A.map_fd = -1, A.flags = i;
		bpf(BPF_MAP_UPDATE_ELEM, &u, 32);
		bpf(BPF_MAP_LOOKUP_ELEM, &u, 32);
		zero(), A.batch.map_fd = -1, A.batch.elem_flags = i;
		bpf(BPF_MAP_LOOKUP_BATCH, &u, 48);
	}
	for (int b = 0; b < 32; b++) {
		unsigned v = 1U << b;
		zero(), A.map_flags = v, bpf(BPF_MAP_CREATE, &u, 72);
		zero(), A.prog_flags = v, bpf(BPF_PROG_LOAD, &u, 128);
		zero(), A.bpf_fd = -1, A.file_flags = v, bpf(BPF_OBJ_GET, &u, 16);
		zero(), A.start_id = ~0U, A.open_flags = v, bpf(BPF_MAP_GET_NEXT_ID, &u, 12);
		zero(), A.target_fd = -1, A.attach_flags = v, bpf(BPF_PROG_ATTACH, &u, 20);
		zero(), A.query.target_fd = -1, A.query.query_flags = v, bpf(BPF_PROG_QUERY, &u, 28);
		zero(), A.test.prog_fd = -1, A.test.flags = v, bpf(BPF_PROG_TEST_RUN, &u, 80);
		zero(), A.link_update.link_fd = -1, A.link_update.flags = v;
		bpf(BPF_LINK_UPDATE, &u, 16);
		zero(), A.link_create.prog_fd = -1, A.link_create.flags = v;
		bpf(BPF_LINK_CREATE, &u, 16);
		zero(), A.link_create.attach_type = BPF_TRACE_KPROBE_MULTI;
		A.link_create.kprobe_multi.flags = v, bpf(BPF_LINK_CREATE, &u, 48);
	}
	/* several names and unknown bits together; 64-bit element flags */
	zero(), A.map_flags = 0x8000ffff, bpf(BPF_MAP_CREATE, &u, 72);
	zero(), A.map_fd = -1, A.flags = 0x100000004L, bpf(BPF_MAP_UPDATE_ELEM, &u, 32);
	bpf(BPF_MAP_LOOKUP_AND_DELETE_ELEM, &u, 32);
	zero(), A.batch.map_fd = -1, A.batch.elem_flags = 0x100000004L;
	A.batch.flags = 0x8000000000000001UL, bpf(BPF_MAP_DELETE_BATCH, &u, 48);
}

static void unions(void)
{
	static const unsigned types[] = {
		BPF_CGROUP_INET_INGRESS, BPF_CGROUP_INET_EGRESS, BPF_TRACE_FENTRY,
		BPF_TRACE_ITER, BPF_PERF_EVENT, BPF_TRACE_KPROBE_MULTI, BPF_XDP, 99,
	};
	static const unsigned offs[] = { 16, 20, 24, 28, 32, 40, 48, 56 };
	unsigned info[4] = { 0, 6, 7, (unsigned)-1 };
	unsigned long long v[3] = { 1, 0xffff, 0x8000000000000000ULL };
	const char *syms[3] = { "foo", "bar\n", NULL };

	/* LINK_CREATE: what follows flags, and what strace counts as known */
	for (unsigned i = 0; i < sizeof types / sizeof types[0]; i++) {
		zero(), A.link_create.prog_fd = -1, A.link_create.attach_type = types[i];
		bpf(BPF_LINK_CREATE, &u, 144);
		bpf(BPF_LINK_CREATE, &u, 16);
		bpf(BPF_LINK_CREATE, &u, 17);
		for (unsigned o = 0; o < sizeof offs / sizeof offs[0]; o++) {
			u.b[offs[o]] = 1;
			bpf(BPF_LINK_CREATE, &u, 144);
			u.b[offs[o]] = 0;
		}
	}
	zero(), A.link_create.prog_fd = -1, A.link_create.attach_type = BPF_TRACE_ITER;
	A.link_create.iter_info = (unsigned long)info;
	for (unsigned n = 0; n < 5; n++)
		A.link_create.iter_info_len = n, bpf(BPF_LINK_CREATE, &u, 144);
	A.link_create.iter_info = BAD, bpf(BPF_LINK_CREATE, &u, 144);
	zero(), A.link_create.prog_fd = -1;
	A.link_create.attach_type = BPF_TRACE_KPROBE_MULTI;
	A.link_create.kprobe_multi.syms = (unsigned long)syms;
	A.link_create.kprobe_multi.addrs = (unsigned long)v;
	A.link_create.kprobe_multi.cookies = BAD;
	for (unsigned n = 0; n < 4; n++)
		A.link_create.kprobe_multi.cnt = n, bpf(BPF_LINK_CREATE, &u, 144);
	/* LINK_UPDATE: old_prog_fd with BPF_F_REPLACE only */
	zero(), A.link_update.link_fd = -1, A.link_update.old_prog_fd = 7;
	bpf(BPF_LINK_UPDATE, &u, 16);
	A.link_update.flags = BPF_F_REPLACE, bpf(BPF_LINK_UPDATE, &u, 16);
	/* PROG_DETACH knows attach_bpf_fd but does not show it */
	zero(), A.target_fd = -1, A.attach_bpf_fd = 3, bpf(BPF_PROG_DETACH, &u, 144);
	A.attach_flags = 1, bpf(BPF_PROG_DETACH, &u, 144);
	/* numa_node: only with BPF_F_NUMA_NODE; -1 is NUMA_NO_NODE */
	zero(), A.map_flags = BPF_F_NUMA_NODE, A.numa_node = 3;
	bpf(BPF_MAP_CREATE, &u, 24), bpf(BPF_MAP_CREATE, &u, 25), bpf(BPF_MAP_CREATE, &u, 72);
	A.numa_node = ~0U, bpf(BPF_MAP_CREATE, &u, 72);
	A.map_flags = 0, bpf(BPF_MAP_CREATE, &u, 72);
	/* names: up to the NUL, all but the last byte and "..." without one,
	 * cut where the size ends */
	zero(), memcpy(A.map_name, "0123456789abcdef", 16);
	bpf(BPF_MAP_CREATE, &u, 72), bpf(BPF_MAP_CREATE, &u, 40), bpf(BPF_MAP_CREATE, &u, 29);
	memcpy(A.map_name, "ab\0cdefghijklmno", 16), bpf(BPF_MAP_CREATE, &u, 72);
	memcpy(A.map_name, "a\"b\n\001\377cdefghijk\0", 16), bpf(BPF_MAP_CREATE, &u, 72);
	zero(), memcpy(A.prog_name, "abcdefghijklmno\0", 16), bpf(BPF_PROG_LOAD, &u, 128);
	/* ifindex: 1 is lo, by name */
	zero(), A.map_ifindex = 1, bpf(BPF_MAP_CREATE, &u, 72);
	zero(), A.prog_ifindex = 1, bpf(BPF_PROG_LOAD, &u, 128);
	A.prog_ifindex = 99999, bpf(BPF_PROG_LOAD, &u, 128);
	/* strings: license, log_buf as long as log_size says, KERNEL_VERSION */
	static char text[] = "GPL and a license text longer than thirty-two bytes";
	zero(), A.license = (unsigned long)text, A.log_buf = (unsigned long)text;
	A.kern_version = 0x60112;
	for (unsigned n = 0; n < 6; n++)
		A.log_size = n * 12, bpf(BPF_PROG_LOAD, &u, 128);
	A.kern_version = ~0U, A.license = BAD, A.log_buf = BAD, bpf(BPF_PROG_LOAD, &u, 128);
	zero(), A.btf = (unsigned long)text, A.btf_log_buf = (unsigned long)text;
	for (unsigned n = 0; n < 50; n += 7)
		A.btf_size = n, bpf(BPF_BTF_LOAD, &u, 28);
	A.btf = BAD, bpf(BPF_BTF_LOAD, &u, 28);
	zero(), A.task_fd_query.pid = -1, A.task_fd_query.buf = (unsigned long)text;
	for (unsigned n = 0; n < 50; n += 7)
		A.task_fd_query.buf_len = n, bpf(BPF_TASK_FD_QUERY, &u, 48);
	A.task_fd_query.buf = BAD, bpf(BPF_TASK_FD_QUERY, &u, 48);
	A.task_fd_query.probe_offset = 5, A.task_fd_query.probe_addr = ~0UL;
	bpf(BPF_TASK_FD_QUERY, &u, 48);
	zero(), A.pathname = (unsigned long)"/sys/fs/bpf/no\nsuch", A.bpf_fd = -1;
	bpf(BPF_OBJ_PIN, &u, 16), bpf(BPF_OBJ_GET, &u, 16);
	A.pathname = BAD, bpf(BPF_OBJ_GET, &u, 16);
	zero(), A.raw_tracepoint.name = (unsigned long)"sys\001enter", A.raw_tracepoint.prog_fd = -1;
	bpf(BPF_RAW_TRACEPOINT_OPEN, &u, 16);
	/* PROG_QUERY and friends that fail: the ids stay an address */
	unsigned ids[4] = { 1, 2, 3, 4 };
	zero(), A.query.target_fd = -1, A.query.prog_ids = (unsigned long)ids;
	A.query.attach_flags = 2, A.query.prog_cnt = 3, bpf(BPF_PROG_QUERY, &u, 28);
	A.query.prog_cnt = 0, bpf(BPF_PROG_QUERY, &u, 28);
	zero(), A.info.bpf_fd = -1, A.info.info_len = 8, A.info.info = (unsigned long)ids;
	bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
	zero(), A.start_id = ~0U, A.next_id = 5, bpf(BPF_PROG_GET_NEXT_ID, &u, 12);
	bpf(BPF_BTF_GET_NEXT_ID, &u, 12), bpf(BPF_LINK_GET_NEXT_ID, &u, 12);
}

/* a program that returns 0: r0 = 0; exit */
static const struct bpf_insn ret0[2] = {
	{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = 0 },
	{ .code = BPF_JMP | BPF_EXIT },
};

static void kernel(void)
{
	unsigned key = 0, keys[8], ids[8];
	unsigned long long val = 7, vals[8];
	unsigned char info[256], data[64];

	zero(), A.map_type = BPF_MAP_TYPE_ARRAY, A.key_size = 4, A.value_size = 8;
	A.max_entries = 4, memcpy(A.map_name, "trace_bpf", 10);
	long map = bpf(BPF_MAP_CREATE, &u, 72);
	if (map < 0)
		return;
	zero(), A.map_fd = (unsigned)map, A.key = (unsigned long)&key, A.value = (unsigned long)&val;
	bpf(BPF_MAP_UPDATE_ELEM, &u, 32), bpf(BPF_MAP_LOOKUP_ELEM, &u, 32);
	A.flags = BPF_NOEXIST, bpf(BPF_MAP_UPDATE_ELEM, &u, 32);
	A.next_key = (unsigned long)&key, bpf(BPF_MAP_GET_NEXT_KEY, &u, 24);
	bpf(BPF_MAP_DELETE_ELEM, &u, 16);
	/* info_len comes back smaller: " => N" */
	zero(), A.info.bpf_fd = (unsigned)map, A.info.info = (unsigned long)info;
	A.info.info_len = sizeof info, bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
	A.info.info_len = 8, bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
	/* the batches: count comes back */
	zero(), A.batch.map_fd = (unsigned)map, A.batch.keys = (unsigned long)keys;
	A.batch.values = (unsigned long)vals, A.batch.out_batch = (unsigned long)&key;
	A.batch.count = 8, bpf(BPF_MAP_LOOKUP_BATCH, &u, 48);
	A.batch.count = 2, bpf(BPF_MAP_LOOKUP_BATCH, &u, 48);
	for (int i = 0; i < 8; i++)
		keys[i] = (unsigned)i, vals[i] = (unsigned long long)i;
	A.batch.count = 6, bpf(BPF_MAP_UPDATE_BATCH, &u, 48);
	zero(), A.map_fd = (unsigned)map, bpf(BPF_MAP_FREEZE, &u, 4);
	/* a socket filter, run once */
	zero(), A.prog_type = BPF_PROG_TYPE_SOCKET_FILTER, A.insn_cnt = 2;
	A.insns = (unsigned long)ret0, A.license = (unsigned long)"GPL";
	memcpy(A.prog_name, "ret0", 5);
	long prog = bpf(BPF_PROG_LOAD, &u, 128);
	if (prog >= 0) {
		memset(data, 0xab, sizeof data);
		zero(), A.test.prog_fd = (unsigned)prog, A.test.data_in = (unsigned long)data;
		A.test.data_size_in = sizeof data, A.test.repeat = 1;
		bpf(BPF_PROG_TEST_RUN, &u, 80);
		zero(), A.info.bpf_fd = (unsigned)prog, A.info.info = (unsigned long)info;
		A.info.info_len = 16, bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
		zero(), A.raw_tracepoint.name = (unsigned long)"nosuch_tp";
		A.raw_tracepoint.prog_fd = (unsigned)prog, bpf(BPF_RAW_TRACEPOINT_OPEN, &u, 16);
		sys_close((int)prog);
	}
	sys_close((int)map);
	/* PROG_QUERY on the network namespace: no flow dissector, prog_cnt
	 * written back as 0 */
	long ns = sys_openat(AT_FDCWD, "/proc/self/ns/net", O_RDONLY | O_CLOEXEC, 0);
	if (ns >= 0) {
		zero(), A.query.target_fd = (unsigned)ns, A.query.attach_type = BPF_FLOW_DISSECTOR;
		A.query.prog_ids = (unsigned long)ids, A.query.prog_cnt = 8;
		bpf(BPF_PROG_QUERY, &u, 28);
		A.query.prog_ids = 0, A.query.prog_cnt = 8, bpf(BPF_PROG_QUERY, &u, 28);
		sys_close((int)ns);
	}
}

/* -v: a map's info as far as info_len reaches (past 4 bytes the map's id
 * shows, which differs from run to run), an info that is not read */
static void info(void)
{
	unsigned char buf[128];

	zero(), A.map_type = BPF_MAP_TYPE_HASH, A.key_size = 4, A.value_size = 8;
	A.max_entries = 2, A.map_flags = BPF_F_NO_PREALLOC;
	long map = bpf(BPF_MAP_CREATE, &u, 72);
	if (map < 0)
		return;
	for (unsigned n = 0; n <= 4; n++) {
		memset(buf, 0x41, sizeof buf);	/* past info_len: not shown */
		zero(), A.info.bpf_fd = (unsigned)map, A.info.info = (unsigned long)buf;
		A.info.info_len = n, bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
	}
	A.info.info = 0, bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
	A.info.info = BAD, bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
	A.info.info = (unsigned long)buf, A.info.bpf_fd = 0, bpf(BPF_OBJ_GET_INFO_BY_FD, &u, 16);
	sys_close((int)map);
}

/* -v: PROG_LOAD's instructions, every code, every register number */
static void insns(void)
{
	static struct bpf_insn in[256];

	for (int i = 0; i < 256; i++) {
		in[i].code = (unsigned char)i, in[i].dst_reg = i & 15;
		in[i].src_reg = (i >> 4) & 15, in[i].off = (short)(i * 129 - 16000);
		in[i].imm = i * 1000003 - 100000;
	}
	zero(), A.insns = (unsigned long)in, A.insn_cnt = 256;
	bpf(BPF_PROG_LOAD, &u, 128);
	A.insn_cnt = 0, bpf(BPF_PROG_LOAD, &u, 128);
	A.insn_cnt = 2, bpf(BPF_PROG_LOAD, &u, 128);
	A.insns = 0, bpf(BPF_PROG_LOAD, &u, 128);
	A.insns = BAD, bpf(BPF_PROG_LOAD, &u, 128);
	/* the last two before an unmapped page: then "..." and where */
	char *p = (char *)sys_mmap(NULL, 8192, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if ((long)p < 0)
		return;
	sys_munmap(p + 4096, 4096);
	memcpy(p + 4096 - 2 * sizeof in[0], &in[0x95], 2 * sizeof in[0]);
	A.insns = (unsigned long)(p + 4096 - 2 * sizeof in[0]), A.insn_cnt = 3;
	bpf(BPF_PROG_LOAD, &u, 128);
	sys_munmap(p, 4096);
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	const char *g = argc > 1 ? argv[1] : "all";
	int all = strcmp(g, "all") == 0;

	if (all || !strcmp(g, "attr")) attr();
	if (all || !strcmp(g, "sizes")) sizes();
	if (all || !strcmp(g, "names")) names();
	if (all || !strcmp(g, "union")) unions();
	if (all || !strcmp(g, "kernel")) kernel();
	if (all || !strcmp(g, "insns")) insns();
	if (all || !strcmp(g, "info")) info();
	return 0;
}
