/* src/trace/perf.c — perf_event_open and its struct perf_event_attr, field
 * by field as strace 6.1 prints it. Constants from <linux/perf_event.h> and
 * <linux/hw_breakpoint.h>, those strace 6.1 names.
 *
 * On E2BIG the kernel writes the size it wanted into attr.size, and strace
 * shows "size=OLD => NEW": so type and size are printed at the entry, the
 * rest at the exit. Without -v strace reads the fields up to the bit flags
 * (48 bytes: a shorter readable attr is an address); with -v as many as
 * attr.size says (at most the 128 bytes of PERF_ATTR_SIZE_VER7), and prints
 * a field when it starts below attr.size. */
#include "trace.h"
#include <linux/perf_event.h>
#include <linux/hw_breakpoint.h>

#define ATTR_FLAGS_OFF 40	/* the u64 of bit fields */
#define ATTR_SHORT 48		/* what strace reads without -v */

static const struct xlat perf_flags[] = {
	X(PERF_FLAG_FD_NO_GROUP), X(PERF_FLAG_FD_OUTPUT), X(PERF_FLAG_PID_CGROUP),
	X(PERF_FLAG_FD_CLOEXEC), XEND
};
static const struct xlat types[] = {
	X(PERF_TYPE_HARDWARE), X(PERF_TYPE_SOFTWARE), X(PERF_TYPE_TRACEPOINT),
	X(PERF_TYPE_HW_CACHE), X(PERF_TYPE_RAW), X(PERF_TYPE_BREAKPOINT), XEND
};
static const struct xlat sizes[] = {
	X(PERF_ATTR_SIZE_VER0), X(PERF_ATTR_SIZE_VER1), X(PERF_ATTR_SIZE_VER2),
	X(PERF_ATTR_SIZE_VER3), X(PERF_ATTR_SIZE_VER4), X(PERF_ATTR_SIZE_VER5),
	X(PERF_ATTR_SIZE_VER6), X(PERF_ATTR_SIZE_VER7), XEND
};
static const struct xlat hw_ids[] = {
	X(PERF_COUNT_HW_CPU_CYCLES), X(PERF_COUNT_HW_INSTRUCTIONS),
	X(PERF_COUNT_HW_CACHE_REFERENCES), X(PERF_COUNT_HW_CACHE_MISSES),
	X(PERF_COUNT_HW_BRANCH_INSTRUCTIONS), X(PERF_COUNT_HW_BRANCH_MISSES),
	X(PERF_COUNT_HW_BUS_CYCLES), X(PERF_COUNT_HW_STALLED_CYCLES_FRONTEND),
	X(PERF_COUNT_HW_STALLED_CYCLES_BACKEND), X(PERF_COUNT_HW_REF_CPU_CYCLES), XEND
};
static const struct xlat sw_ids[] = {
	X(PERF_COUNT_SW_CPU_CLOCK), X(PERF_COUNT_SW_TASK_CLOCK), X(PERF_COUNT_SW_PAGE_FAULTS),
	X(PERF_COUNT_SW_CONTEXT_SWITCHES), X(PERF_COUNT_SW_CPU_MIGRATIONS),
	X(PERF_COUNT_SW_PAGE_FAULTS_MIN), X(PERF_COUNT_SW_PAGE_FAULTS_MAJ),
	X(PERF_COUNT_SW_ALIGNMENT_FAULTS), X(PERF_COUNT_SW_EMULATION_FAULTS),
	X(PERF_COUNT_SW_DUMMY), X(PERF_COUNT_SW_BPF_OUTPUT), X(PERF_COUNT_SW_CGROUP_SWITCHES),
	XEND
};
static const struct xlat cache_ids[] = {
	X(PERF_COUNT_HW_CACHE_L1D), X(PERF_COUNT_HW_CACHE_L1I), X(PERF_COUNT_HW_CACHE_LL),
	X(PERF_COUNT_HW_CACHE_DTLB), X(PERF_COUNT_HW_CACHE_ITLB), X(PERF_COUNT_HW_CACHE_BPU),
	X(PERF_COUNT_HW_CACHE_NODE), XEND
};
static const struct xlat cache_ops[] = {
	X(PERF_COUNT_HW_CACHE_OP_READ), X(PERF_COUNT_HW_CACHE_OP_WRITE),
	X(PERF_COUNT_HW_CACHE_OP_PREFETCH), XEND
};
static const struct xlat cache_results[] = {
	X(PERF_COUNT_HW_CACHE_RESULT_ACCESS), X(PERF_COUNT_HW_CACHE_RESULT_MISS), XEND
};
static const struct xlat sample_types[] = {
	X(PERF_SAMPLE_IP), X(PERF_SAMPLE_TID), X(PERF_SAMPLE_TIME), X(PERF_SAMPLE_ADDR),
	X(PERF_SAMPLE_READ), X(PERF_SAMPLE_CALLCHAIN), X(PERF_SAMPLE_ID), X(PERF_SAMPLE_CPU),
	X(PERF_SAMPLE_PERIOD), X(PERF_SAMPLE_STREAM_ID), X(PERF_SAMPLE_RAW),
	X(PERF_SAMPLE_BRANCH_STACK), X(PERF_SAMPLE_REGS_USER), X(PERF_SAMPLE_STACK_USER),
	X(PERF_SAMPLE_WEIGHT), X(PERF_SAMPLE_DATA_SRC), X(PERF_SAMPLE_IDENTIFIER),
	X(PERF_SAMPLE_TRANSACTION), X(PERF_SAMPLE_REGS_INTR), X(PERF_SAMPLE_PHYS_ADDR),
	X(PERF_SAMPLE_AUX), X(PERF_SAMPLE_CGROUP), X(PERF_SAMPLE_DATA_PAGE_SIZE),
	X(PERF_SAMPLE_CODE_PAGE_SIZE), X(PERF_SAMPLE_WEIGHT_STRUCT), XEND
};
static const struct xlat read_formats[] = {
	X(PERF_FORMAT_TOTAL_TIME_ENABLED), X(PERF_FORMAT_TOTAL_TIME_RUNNING),
	X(PERF_FORMAT_ID), X(PERF_FORMAT_GROUP), X(PERF_FORMAT_LOST), XEND
};
static const struct xlat branch_types[] = {
	X(PERF_SAMPLE_BRANCH_USER), X(PERF_SAMPLE_BRANCH_KERNEL), X(PERF_SAMPLE_BRANCH_HV),
	X(PERF_SAMPLE_BRANCH_ANY), X(PERF_SAMPLE_BRANCH_ANY_CALL),
	X(PERF_SAMPLE_BRANCH_ANY_RETURN), X(PERF_SAMPLE_BRANCH_IND_CALL),
	X(PERF_SAMPLE_BRANCH_ABORT_TX), X(PERF_SAMPLE_BRANCH_IN_TX), X(PERF_SAMPLE_BRANCH_NO_TX),
	X(PERF_SAMPLE_BRANCH_COND), X(PERF_SAMPLE_BRANCH_CALL_STACK),
	X(PERF_SAMPLE_BRANCH_IND_JUMP), X(PERF_SAMPLE_BRANCH_CALL),
	X(PERF_SAMPLE_BRANCH_NO_FLAGS), X(PERF_SAMPLE_BRANCH_NO_CYCLES),
	X(PERF_SAMPLE_BRANCH_TYPE_SAVE), X(PERF_SAMPLE_BRANCH_HW_INDEX),
	X(PERF_SAMPLE_BRANCH_PRIV_SAVE), XEND
};
/* HW_BREAKPOINT_INVALID (RW|X) is not a name to strace: it is the comment
 * after the other combinations of the three bits */
static const struct xlat bp_types[] = {
	X(HW_BREAKPOINT_EMPTY), X(HW_BREAKPOINT_R), X(HW_BREAKPOINT_W), X(HW_BREAKPOINT_RW),
	X(HW_BREAKPOINT_X), XEND
};

/* The bit fields of the u64 at offset 40, low bit first: their names are
 * the header's field names; precise_ip (2 bits) has its own comment. */
static const char *const bit_names[] = {
	"disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel",
	"exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat",
	"enable_on_exec", "task", "watermark", "precise_ip", "mmap_data", "sample_id_all",
	"exclude_host", "exclude_guest", "exclude_callchain_kernel", "exclude_callchain_user",
	"mmap2", "comm_exec", "use_clockid", "context_switch", "write_backward", "namespaces",
	"ksymbol", "bpf_event", "aux_output", "cgroup", "text_poke", "build_id",
	"inherit_thread", "remove_on_exec", "sigtrap"
};
#define BIT_FREQ 10		/* sample_freq, not sample_period */
#define BIT_WATERMARK 14	/* wakeup_watermark, not wakeup_events */
#define BIT_PRECISE 15		/* precise_ip: bits 15..16 */
#define BIT_USE_CLOCKID 25	/* clockid is meant */
#define BIT_RESERVED 38		/* __reserved_1: bits 38..63 */
static const char *const skid[] = {
	"arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid"
};

/* what the flags word holds: the header names its bits only as fields */
static inline int attr_bit(const struct perf_event_attr *a, int bit)
{
	uint64_t w;

	memcpy(&w, (const char *)a + ATTR_FLAGS_OFF, sizeof w);
	return (w >> bit) & 1;
}

/* config by type: counters named (a hardware one with the PMU's type in the
 * high half), a cache event as its three packed bytes, a tracepoint id in
 * decimal, the rest in hex */
static void pr_config(const struct perf_event_attr *a)
{
	uint64_t c = a->config;

	switch (a->type) {
	case PERF_TYPE_HARDWARE:
		if (c >> 32)
			pr("%#llx<<32|", (unsigned long long)(c >> 32));
		pr_xlat(hw_ids, (uint32_t)c, "%#x", "PERF_COUNT_HW_???");
		break;
	case PERF_TYPE_SOFTWARE:
		pr_xlat(sw_ids, c, "%#lx", "PERF_COUNT_SW_???");
		break;
	case PERF_TYPE_HW_CACHE:
		/* the upper word and the byte above the result as strace
		 * splits them: 0xdeadf157<<32|0x1<<24|... */
		if (c >> 32)
			pr("%#llx<<32|", (unsigned long long)(c >> 32));
		if ((c >> 24) & 0xff)
			pr("%#llx<<24|", (unsigned long long)((c >> 24) & 0xff));
		pr_xlat(cache_results, (c >> 16) & 0xff, "%#x", "PERF_COUNT_HW_CACHE_RESULT_???");
		prs("<<16|");
		pr_xlat(cache_ops, (c >> 8) & 0xff, "%#x", "PERF_COUNT_HW_CACHE_OP_???");
		prs("<<8|");
		pr_xlat(cache_ids, c & 0xff, "%#x", "PERF_COUNT_HW_CACHE_???");
		break;
	case PERF_TYPE_TRACEPOINT:
		pr("%llu", (unsigned long long)c);
		break;
	default:
		pr("%#llx", (unsigned long long)c);
	}
}

/* the bit flags: -v prints each, otherwise only those set (precise_ip
 * always); the reserved ones only when not 0 */
static void pr_attr_bits(const struct perf_event_attr *a, int all)
{
	uint64_t w;

	memcpy(&w, (const char *)a + ATTR_FLAGS_OFF, sizeof w);
	for (int i = 0; i < BIT_RESERVED; i++) {
		if (i == BIT_PRECISE) {
			unsigned p = (w >> i) & 3;
			pr(", precise_ip=%u /* %s */", p, skid[p]);
			i++;
			continue;
		}
		unsigned b = (w >> i) & 1;
		if (b || all)
			pr(", %s=%u", bit_names[i - (i > BIT_PRECISE)], b);
	}
	if (w >> BIT_RESERVED)
		pr(", __reserved_1=%#llx /* Bits 63..38 */", (unsigned long long)(w >> BIT_RESERVED));
}

/* -v: the fields past the bit flags that start below size (a reserved
 * u16/u32 next to a field shown in a comment when not 0) */
#define HAS(field) (__builtin_offsetof(struct perf_event_attr, field) < size)
static void pr_attr_tail(const struct perf_event_attr *a, unsigned long size)
{
	int bp = a->type == PERF_TYPE_BREAKPOINT;

	if (HAS(wakeup_events))
		pr(attr_bit(a, BIT_WATERMARK) ? ", wakeup_watermark=%u" : ", wakeup_events=%u", a->wakeup_events);
	if (bp && HAS(bp_type)) {
		prs(", bp_type=");
		pr_xlat(bp_types, a->bp_type, "%#x",
			a->bp_type <= HW_BREAKPOINT_INVALID ? "HW_BREAKPOINT_INVALID" : "HW_BREAKPOINT_???");
	}
	if (HAS(config1))
		pr(bp ? ", bp_addr=%#llx" : ", config1=%#llx", (unsigned long long)a->config1);
	if (HAS(config2))
		pr(bp ? ", bp_len=%llu" : ", config2=%#llx", (unsigned long long)a->config2);
	if ((a->sample_type & PERF_SAMPLE_BRANCH_STACK) && HAS(branch_sample_type)) {
		prs(", branch_sample_type=");
		pr_flags_d(branch_types, a->branch_sample_type, "PERF_SAMPLE_BRANCH_???");
	}
	if (HAS(sample_regs_user))
		pr(", sample_regs_user=%#llx", (unsigned long long)a->sample_regs_user);
	if ((a->sample_type & PERF_SAMPLE_STACK_USER) && HAS(sample_stack_user))
		pr(", sample_stack_user=%#x", a->sample_stack_user);
	if (attr_bit(a, BIT_USE_CLOCKID) && HAS(clockid)) {
		prs(", clockid=");
		pr_clockid_d((unsigned)a->clockid, "CLOCK_???");
	}
	if (HAS(sample_regs_intr))
		pr(", sample_regs_intr=%#llx", (unsigned long long)a->sample_regs_intr);
	if (HAS(aux_watermark))
		pr(", aux_watermark=%u", a->aux_watermark);
	if (HAS(sample_max_stack)) {
		pr(", sample_max_stack=%u", a->sample_max_stack);
		if (a->__reserved_2)
			pr(" /* bytes 110..111: %#x */", a->__reserved_2);
	}
	if (HAS(aux_sample_size)) {
		pr(", aux_sample_size=%u", a->aux_sample_size);
		if (a->__reserved_3)
			pr(" /* bytes 116..119: %#x */", a->__reserved_3);
	}
	if (HAS(sig_data))
		pr(", sig_data=%#llx", (unsigned long long)a->sig_data);
	if (size > sizeof *a)
		prs(", ...");
}

/* how much of an attr of this size strace reads: 0 when it prints the
 * address (a size below the first version's; size 0 means that version) */
static unsigned long attr_len(struct tcb *t, unsigned size)
{
	if (size && size < PERF_ATTR_SIZE_VER0)
		return 0;
	if (abbrev(t))
		return ATTR_SHORT;
	if (!size)
		return PERF_ATTR_SIZE_VER0;
	return size < sizeof(struct perf_event_attr) ? size : sizeof(struct perf_event_attr);
}

static void pr_perf_rest(struct tcb *t)
{
	pr(", %d, %d, ", (int)t->a[1], (int)t->a[2]);
	pr_fd((long)t->a[3]);
	pr_sep();
	pr_flags_d(perf_flags, t->a[4], "PERF_FLAG_???");
}

/* "{type=..., size=...": what perf_event_open shows at the entry */
static void pr_attr_head(const struct perf_event_attr *a, uint32_t size)
{
	prs("{type=");
	pr_xlat(types, a->type, "%#x", "PERF_TYPE_???");
	prs(", size=");
	pr_xlat(sizes, size, "%#x", "PERF_ATTR_SIZE_???");
}

/* ", config=..." to the closing brace: the rest of the fields (all with
 * -v, up to the size the program gives) */
static void pr_attr_body(struct tcb *t, const struct perf_event_attr *a, unsigned size)
{
	prs(", config=");
	pr_config(a);
	pr(attr_bit(a, BIT_FREQ) ? ", sample_freq=%llu" : ", sample_period=%llu",
	   (unsigned long long)a->sample_period);
	prs(", sample_type=");
	pr_flags_d(sample_types, a->sample_type, "PERF_SAMPLE_???");
	prs(", read_format=");
	pr_flags_d(read_formats, a->read_format, "PERF_FORMAT_???");
	pr_attr_bits(a, !abbrev(t));
	if (abbrev(t))
		prs(", ...");
	else
		pr_attr_tail(a, size ? size : PERF_ATTR_SIZE_VER0);
	prs("}");
}

/* entry: type and size (aux: the size, +1 so that 0 means "an address");
 * exit: E2BIG's size back, the other fields, the other arguments */
static void dec_perf_event_open(struct tcb *t)
{
	struct perf_event_attr a;
	uint32_t head[2], now;
	unsigned long len;

	memset(&a, 0, sizeof a);
	if (!t->exiting) {
		t->aux = 0;
		if (umove(t->pid, t->a[0], head, sizeof head) || !(len = attr_len(t, head[1])) ||
		    umove(t->pid, t->a[0], &a, len)) {
			pr_addr(t->a[0]);
			pr_perf_rest(t);
			return;
		}
		t->aux = (unsigned long)head[1] + 1;
		pr_attr_head(&a, head[1]);
		return;
	}
	if (!t->aux)
		return;
	unsigned size = (unsigned)(t->aux - 1);
	if (t->ret == -E2BIG && umove(t->pid, t->a[0] + 4, &now, sizeof now) == 0 && now != size) {
		prs(" => ");
		pr_xlat(sizes, now, "%#x", "PERF_ATTR_SIZE_???");
	}
	if (umove(t->pid, t->a[0], &a, attr_len(t, size))) {	/* unmapped since the entry */
		prs(", ...}");
		pr_perf_rest(t);
		return;
	}
	pr_attr_body(t, &a, size);
	pr_perf_rest(t);
}

/* PERF_EVENT_IOC_MODIFY_ATTRIBUTES's attr: read once, all of it at the entry */
void pr_perf_attr(struct tcb *t, unsigned long addr)
{
	struct perf_event_attr a;
	uint32_t head[2];
	unsigned long len;

	memset(&a, 0, sizeof a);
	if (umove(t->pid, addr, head, sizeof head) || !(len = attr_len(t, head[1])) ||
	    umove(t->pid, addr, &a, len)) {
		pr_addr(addr);
		return;
	}
	pr_attr_head(&a, head[1]);
	pr_attr_body(t, &a, head[1]);
}

void perf_init(void)
{
	sys_set("perf_event_open", 5, dec_perf_event_open, R_DEC);
}
