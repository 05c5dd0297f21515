/* src/trace/bpf_filter.c — classic BPF instructions (struct sock_filter)
 * as strace 6.1 prints a socket filter's:
 *   BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_AD_OFF+SKF_AD_PKTTYPE)
 *   BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x800, 0, 0x3)
 * The code field by field (its class, then what the class holds), k in
 * hex but for an absolute load from the kernel's ancillary, network or
 * link-layer areas. Names from the headers (build/gen/nltab.h).
 */
#include "trace.h"
#include <linux/filter.h>
#include <linux/bpf.h>
#include "nltab.h"

static const struct xlat bpf_classes[] = { NLX_bpf_classes, XEND };
static const struct xlat bpf_sizes[] = { NLX_bpf_sizes, XEND };
static const struct xlat bpf_modes[] = { NLX_bpf_modes, XEND };
static const struct xlat bpf_alu_ops[] = { NLX_bpf_alu_ops, XEND };
static const struct xlat bpf_jmp_ops[] = { NLX_bpf_jmp_ops, XEND };
static const struct xlat bpf_srcs[] = { NLX_bpf_srcs, XEND };
static const struct xlat bpf_rvals[] = { NLX_bpf_rvals, XEND };
static const struct xlat bpf_miscops[] = { NLX_bpf_miscops, XEND };
static const struct xlat skf_ad[] = { NLX_skf_ad, XEND };

/* "|NAME" of one field */
static void pr_field(const struct xlat *x, unsigned v)
{
	prs("|");
	pr_xlat(x, v, "%#lx", "BPF_???");
}

/* bits no field of the class holds: |0x10 and a comment */
static void pr_rest(unsigned rest)
{
	if (rest)
		pr("|%#x /* BPF_??? */", rest);
}

static void pr_code(unsigned code)
{
	unsigned cls = BPF_CLASS(code);

	pr_xlat(bpf_classes, cls, "%#lx", "BPF_???");
	switch (cls) {
	case BPF_LD: case BPF_LDX:
		pr_field(bpf_sizes, BPF_SIZE(code));
		pr_field(bpf_modes, BPF_MODE(code));
		pr_rest(code & 0x7 & ~cls);
		break;
	case BPF_ALU:	/* the source, then the operation */
		pr_field(bpf_srcs, BPF_SRC(code));
		pr_field(bpf_alu_ops, BPF_OP(code));
		break;
	case BPF_JMP:
		pr_field(bpf_srcs, BPF_SRC(code));
		pr_field(bpf_jmp_ops, BPF_OP(code));
		break;
	case BPF_RET:
		pr_field(bpf_rvals, BPF_RVAL(code));
		pr_rest(code & ~(unsigned)(BPF_RVAL(code) | cls));
		break;
	case BPF_MISC:
		pr_field(bpf_miscops, BPF_MISCOP(code));
		pr_rest(code & ~(unsigned)(BPF_MISCOP(code) | cls));
		break;
	default:	/* BPF_ST, BPF_STX: nothing more */
		pr_rest(code & ~cls);
	}
}

/* the base of a kernel area: its name (-X raw: the number; -X verbose:
 * the number, the name in a comment) */
static void pr_area(uint32_t base, const char *name)
{
	if (opt_raw)
		pr("%#x", base);
	else if (opt_xverbose)
		pr("%#x /* %s */", base, name);
	else
		prs(name);
}

/* k of an absolute load from the kernel's areas: SKF_AD_OFF+SKF_AD_MARK,
 * SKF_NET_OFF+14, SKF_LL_OFF+0; else in hex */
static void pr_k(unsigned code, uint32_t k)
{
	if (BPF_CLASS(code) == BPF_LD && BPF_MODE(code) == BPF_ABS) {
		if (k >= (uint32_t)SKF_AD_OFF) {
			pr_area((uint32_t)SKF_AD_OFF, "SKF_AD_OFF");
			prs("+");
			pr_xlat(skf_ad, k - (uint32_t)SKF_AD_OFF, "%#lx", "SKF_AD_???");
			return;
		}
		if (k >= (uint32_t)SKF_NET_OFF) {
			pr_area((uint32_t)SKF_NET_OFF, "SKF_NET_OFF");
			pr("+%u", k - (uint32_t)SKF_NET_OFF);
			return;
		}
		if (k >= (uint32_t)SKF_LL_OFF) {
			pr_area((uint32_t)SKF_LL_OFF, "SKF_LL_OFF");
			pr("+%u", k - (uint32_t)SKF_LL_OFF);
			return;
		}
	}
	pr("%#x", k);
}

/* one instruction: a conditional jump as BPF_JUMP, the rest as BPF_STMT */
void pr_sock_filter(const void *p)
{
	struct sock_filter f;

	memcpy(&f, p, sizeof f);
	if (BPF_CLASS(f.code) == BPF_JMP && BPF_OP(f.code) != BPF_JA) {
		prs("BPF_JUMP(");
		pr_code(f.code);
		pr(", %#x, %#x, %#x)", f.k, f.jt, f.jf);
		return;
	}
	prs("BPF_STMT(");
	pr_code(f.code);
	prs(", ");
	pr_k(f.code, f.k);
	prs(")");
}
