/* src/trace/bpf_classic.c — classic BPF programs (struct sock_fprog, struct
 * sock_filter from <linux/filter.h>) as strace 6.1 prints them with -v:
 * seccomp's filters (seccomp(2), prctl(PR_SET_SECCOMP)) and the sockets'
 * (SO_ATTACH_FILTER, SO_ATTACH_REUSEPORT_CBPF, SO_GET_FILTER).
 *
 *   {len=2, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0),
 *                   BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x3, 0, 0x1), ...]}
 *
 * An instruction is BPF_JUMP(code, k, jt, jf) for the conditional jumps,
 * BPF_STMT(code, k) for the others. The code is its parts by name, which
 * parts depending on the class; k is hex, except that a seccomp filter's
 * BPF_RET returns an action (SECCOMP_RET_ERRNO|0x1) and a socket filter's
 * loads of negative offsets name the area (SKF_NET_OFF+8,
 * SKF_AD_OFF+SKF_AD_PROTOCOL). Without -v the program is its address.
 */
#include "trace.h"
#include <linux/filter.h>
#include <linux/seccomp.h>

static const struct xlat classes[] = {
	X(BPF_LD), X(BPF_LDX), X(BPF_ST), X(BPF_STX), X(BPF_ALU), X(BPF_JMP), X(BPF_RET),
	X(BPF_MISC), XEND
};
static const struct xlat sizes[] = { X(BPF_W), X(BPF_H), X(BPF_B), XEND };
static const struct xlat modes[] = {
	X(BPF_IMM), X(BPF_ABS), X(BPF_IND), X(BPF_MEM), X(BPF_LEN), X(BPF_MSH), XEND
};
static const struct xlat srcs[] = { X(BPF_K), X(BPF_X), XEND };
static const struct xlat alu_ops[] = {
	X(BPF_ADD), X(BPF_SUB), X(BPF_MUL), X(BPF_DIV), X(BPF_OR), X(BPF_AND), X(BPF_LSH),
	X(BPF_RSH), X(BPF_NEG), X(BPF_MOD), X(BPF_XOR), XEND
};
static const struct xlat jmp_ops[] = {
	X(BPF_JA), X(BPF_JEQ), X(BPF_JGT), X(BPF_JGE), X(BPF_JSET), XEND
};
static const struct xlat rvals[] = { X(BPF_K), X(BPF_X), X(BPF_A), XEND };
static const struct xlat miscops[] = { X(BPF_TAX), X(BPF_TXA), XEND };
static const struct xlat skf_ad[] = {
	X(SKF_AD_PROTOCOL), X(SKF_AD_PKTTYPE), X(SKF_AD_IFINDEX), X(SKF_AD_NLATTR),
	X(SKF_AD_NLATTR_NEST), X(SKF_AD_MARK), X(SKF_AD_QUEUE), X(SKF_AD_HATYPE),
	X(SKF_AD_RXHASH), X(SKF_AD_CPU), X(SKF_AD_ALU_XOR_X), X(SKF_AD_VLAN_TAG),
	X(SKF_AD_VLAN_TAG_PRESENT), X(SKF_AD_PAY_OFFSET), X(SKF_AD_RANDOM),
	X(SKF_AD_VLAN_TPID), XEND
};

/* "|PART" of the code */
static void pr_part(const struct xlat *x, unsigned v)
{
	prs("|");
	pr_xlat(x, v, "%#x", "BPF_???");
}

/* bits of the code no part of its class has */
static void pr_rest(unsigned v)
{
	if (v)
		pr("|%#x /* BPF_??? */", v);
}

static void pr_code(unsigned code)
{
	unsigned cls = BPF_CLASS(code);

	pr_xlat(classes, cls, "%#x", "BPF_???");
	switch (cls) {
	case BPF_LD: case BPF_LDX:
		pr_part(sizes, BPF_SIZE(code));
		pr_part(modes, BPF_MODE(code));
		break;
	case BPF_ST: case BPF_STX:
		pr_rest(code & ~7u);
		break;
	case BPF_ALU:
		pr_part(srcs, BPF_SRC(code));
		pr_part(alu_ops, BPF_OP(code));
		break;
	case BPF_JMP:
		pr_part(srcs, BPF_SRC(code));
		pr_part(jmp_ops, BPF_OP(code));
		break;
	case BPF_RET:
		pr_part(rvals, BPF_RVAL(code));
		pr_rest(code & ~(7u | BPF_RVAL(code)));
		break;
	case BPF_MISC:
		pr_part(miscops, BPF_MISCOP(code));
		pr_rest(code & ~(7u | BPF_MISCOP(code)));
		break;
	}
}

/* a seccomp action: the action by name, then its data */
static void pr_seccomp_action(unsigned k)
{
	unsigned act = k & SECCOMP_RET_ACTION_FULL, data = k & SECCOMP_RET_DATA;

	pr_xlat(xl_seccomp_ret, act, "%#x", "SECCOMP_RET_???");
	if (data)
		pr("|%#x", data);
}

/* a load's offset below 0: in the link-layer, network or ancillary area */
static int pr_skf_offset(unsigned k)
{
	int off = (int)k;

	if (off >= SKF_AD_OFF && off < 0) {
		pr_named_hex((unsigned)SKF_AD_OFF, "SKF_AD_OFF");
		prs("+");
		pr_xlat(skf_ad, (unsigned)(off - SKF_AD_OFF), "%#x", "SKF_AD_???");
	} else if (off >= SKF_NET_OFF && off < SKF_AD_OFF) {
		pr_named_hex((unsigned)SKF_NET_OFF, "SKF_NET_OFF");
		pr("+%d", off - SKF_NET_OFF);
	} else if (off >= SKF_LL_OFF && off < SKF_NET_OFF) {
		pr_named_hex((unsigned)SKF_LL_OFF, "SKF_LL_OFF");
		pr("+%d", off - SKF_LL_OFF);
	} else {
		return 0;
	}
	return 1;
}

static void pr_k(const struct sock_filter *f, int kind)
{
	unsigned cls = BPF_CLASS(f->code), mode = BPF_MODE(f->code);

	if (kind == BPF_PROG_SECCOMP && cls == BPF_RET) {
		pr_seccomp_action(f->k);
		return;
	}
	if (kind == BPF_PROG_SOCKET && cls == BPF_LD && (mode == BPF_ABS || mode == BPF_IND) &&
	    pr_skf_offset(f->k))
		return;
	pr("%#x", f->k);
}

static void pr_insn(const struct sock_filter *f, int kind)
{
	if (BPF_CLASS(f->code) == BPF_JMP && BPF_OP(f->code) != BPF_JA) {
		prs("BPF_JUMP(");
		pr_code(f->code);
		pr(", %#x, %#x, %#x)", f->k, f->jt, f->jf);
		return;
	}
	prs("BPF_STMT(");
	pr_code(f->code);
	prs(", ");
	pr_k(f, kind);
	prs(")");
}

void pr_bpf_insns(struct tcb *t, unsigned long addr, unsigned long n, int kind)
{
	enum { CHUNK = 64 };
	struct sock_filter f[CHUNK];
	unsigned long shown = n > BPF_MAXINSNS ? BPF_MAXINSNS : n;

	if (!n) {
		prs("[]");
		return;
	}
	for (unsigned long i = 0; i < shown; i += CHUNK) {
		unsigned long m = shown - i < CHUNK ? shown - i : CHUNK;
		int whole = umove(t->pid, addr + i * sizeof *f, f, m * sizeof *f) == 0;
		for (unsigned long j = 0; j < m; j++) {
			unsigned long at = addr + (i + j) * sizeof *f;
			if (!whole && umove(t->pid, at, &f[j], sizeof *f) < 0) {
				if (i + j == 0) {	/* nothing readable: the address */
					pr_addr(addr);
					return;
				}
				pr(", ... /* %#lx */]", at);
				return;
			}
			prs(i + j ? ", " : "[");
			pr_insn(&f[j], kind);
		}
	}
	prs(n > shown ? ", ...]" : "]");
}

void pr_bpf_fprog(struct tcb *t, unsigned long addr, int kind)
{
	struct sock_fprog fp;

	if (!addr || umove(t->pid, addr, &fp, sizeof fp) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{len=%u, filter=", fp.len);
	if (cur_abbrev)
		pr_addr((unsigned long)fp.filter);
	else
		pr_bpf_insns(t, (unsigned long)fp.filter, fp.len, kind);
	prs("}");
}
