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
 * parts depending on the class, named from the tables classic and extended
 * BPF share (BPF_JMP|BPF_K|BPF_JNE, as strace names them); k is hex, except that a seccomp filter's
 * BPF_RET returns an action (SECCOMP_RET_ERRNO|0x1) and a socket filter's
 * absolute loads of negative offsets name the area (SKF_NET_OFF+8,
 * SKF_AD_OFF+SKF_AD_PROTOCOL). Without -v the program is its address.
 * PACKET_DIAG_FILTER's instructions (nl_sockdiag.c) are printed here too.
 */
#include "trace.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
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

/* k of a socket filter's absolute load (BPF_LD|BPF_ABS only: strace leaves
 * BPF_IND and BPF_LDX in hex) from the kernel's areas:
 * SKF_AD_OFF+SKF_AD_MARK, SKF_NET_OFF+14, SKF_LL_OFF+0; else in hex */
static void pr_sock_k(unsigned code, uint32_t k)
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

/* a seccomp action: the action by name, then its data */
static void pr_seccomp_action(unsigned k)
{
	unsigned act = k & SECCOMP_RET_ACTION_FULL, data = k & SECCOMP_RET_DATA;

	pr_xlat(xl_seccomp_ret, act, "%#x", "SECCOMP_RET_???");
	if (data)
		pr("|%#x", data);
}

static void pr_k(const struct sock_filter *f, int kind)
{
	if (kind == BPF_PROG_SECCOMP && BPF_CLASS(f->code) == BPF_RET)
		pr_seccomp_action(f->k);
	else if (kind == BPF_PROG_SOCKET)
		pr_sock_k(f->code, f->k);
	else
		pr("%#x", f->k);
}

void pr_bpf_insn(const struct sock_filter *f, int kind)
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
			pr_bpf_insn(&f[j], kind);
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
