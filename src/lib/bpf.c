/* src/lib/bpf.c — a seccomp filter's classic-BPF program in words, for
 * bin/sandbox --print and lesson 15's program.
 *
 * The program reads struct seccomp_data (<linux/seccomp.h>), 64 bytes:
 *   0 nr, 4 arch, 8 instruction_pointer, 16 + 8*i args[i] (x86-64 is
 *   little-endian: the low 32 bits of args[i] at 16+8*i, the high at +4)
 * and returns a SECCOMP_RET_* action in its top 16 bits (the low 16 bits are
 * the action's data: the errno of ERRNO, the value TRAP puts in si_errno).
 * Jump offsets count from the next instruction; they are shown absolute.
 */
#include "sg.h"
#include "bpf.h"
#include "sysclass.h"
#include <linux/seccomp.h>
#include <linux/audit.h>

static const char *const jmpop[16] = {
	[BPF_JA >> 4] = "ja", [BPF_JEQ >> 4] = "jeq", [BPF_JGT >> 4] = "jgt",
	[BPF_JGE >> 4] = "jge", [BPF_JSET >> 4] = "jset",
};
static const char *const aluop[16] = {
	[BPF_ADD >> 4] = "add", [BPF_SUB >> 4] = "sub", [BPF_MUL >> 4] = "mul",
	[BPF_DIV >> 4] = "div", [BPF_OR >> 4] = "or", [BPF_AND >> 4] = "and",
	[BPF_LSH >> 4] = "lsh", [BPF_RSH >> 4] = "rsh", [BPF_NEG >> 4] = "neg",
	[BPF_MOD >> 4] = "mod", [BPF_XOR >> 4] = "xor",
};

void bpf_insn_text(char *buf, size_t n, const struct sock_filter *prog, int pc)
{
	const struct sock_filter *f = &prog[pc];
	unsigned c = f->code;
	const char *x = BPF_SRC(c) == BPF_X ? "x" : NULL;

	switch (BPF_CLASS(c)) {
	case BPF_LD:
	case BPF_LDX: {
		const char *r = BPF_CLASS(c) == BPF_LD ? "ld" : "ldx";
		switch (BPF_MODE(c)) {
		case BPF_ABS: snprintf(buf, n, "%s [%u]", r, f->k); return;
		case BPF_IMM: snprintf(buf, n, "%s #%#x", r, f->k); return;
		case BPF_MEM: snprintf(buf, n, "%s M[%u]", r, f->k); return;
		case BPF_LEN: snprintf(buf, n, "%s #len", r); return;
		}
		break;
	}
	case BPF_ST: snprintf(buf, n, "st M[%u]", f->k); return;
	case BPF_STX: snprintf(buf, n, "stx M[%u]", f->k); return;
	case BPF_ALU: {
		const char *op = aluop[BPF_OP(c) >> 4];
		if (!op)
			break;
		if (BPF_OP(c) == BPF_NEG)
			snprintf(buf, n, "neg");
		else if (x)
			snprintf(buf, n, "%s x", op);
		else
			snprintf(buf, n, "%s #%#x", op, f->k);
		return;
	}
	case BPF_JMP: {
		const char *op = jmpop[BPF_OP(c) >> 4];
		if (!op)
			break;
		if (BPF_OP(c) == BPF_JA)
			snprintf(buf, n, "ja %u", pc + 1 + f->k);
		else if (x)
			snprintf(buf, n, "%s x jt %d jf %d", op, pc + 1 + f->jt, pc + 1 + f->jf);
		else
			snprintf(buf, n, "%s #%#x jt %d jf %d", op, f->k, pc + 1 + f->jt, pc + 1 + f->jf);
		return;
	}
	case BPF_RET:
		if (BPF_RVAL(c) == BPF_A)
			snprintf(buf, n, "ret a");
		else
			snprintf(buf, n, "ret #%#x", f->k);
		return;
	case BPF_MISC:
		snprintf(buf, n, BPF_MISCOP(c) == BPF_TAX ? "tax" : "txa");
		return;
	}
	snprintf(buf, n, "code %#x jt %u jf %u k %#x", c, f->jt, f->jf, f->k);
}

void seccomp_ret_text(char *buf, size_t n, unsigned k)
{
	unsigned data = k & SECCOMP_RET_DATA;
	const char *e;

	switch (k & SECCOMP_RET_ACTION_FULL) {
	case SECCOMP_RET_KILL_PROCESS: snprintf(buf, n, "KILL_PROCESS"); return;
	case SECCOMP_RET_KILL_THREAD: snprintf(buf, n, "KILL_THREAD"); return;
	case SECCOMP_RET_TRAP: snprintf(buf, n, "TRAP(%u)", data); return;
	case SECCOMP_RET_ERRNO:
		e = errno_name((int)data);
		if (e)
			snprintf(buf, n, "ERRNO(%s)", e);
		else
			snprintf(buf, n, "ERRNO(%u)", data);
		return;
	case SECCOMP_RET_USER_NOTIF: snprintf(buf, n, "USER_NOTIF"); return;
	case SECCOMP_RET_TRACE: snprintf(buf, n, "TRACE(%u)", data); return;
	case SECCOMP_RET_LOG: snprintf(buf, n, "LOG"); return;
	case SECCOMP_RET_ALLOW: snprintf(buf, n, "ALLOW"); return;
	}
	snprintf(buf, n, "%#x", k);
}

/* the field at offset off of struct seccomp_data */
static void field(char *buf, size_t n, unsigned off)
{
	if (off == 0)
		snprintf(buf, n, "nr");
	else if (off == 4)
		snprintf(buf, n, "arch");
	else if (off == 8 || off == 12)
		snprintf(buf, n, "instruction_pointer (%s 32 bits)", off == 8 ? "low" : "high");
	else if (off >= 16 && off < 64 && off % 4 == 0)
		snprintf(buf, n, "args[%u] (%s 32 bits)", (off - 16) / 8, off % 8 ? "high" : "low");
	else
		snprintf(buf, n, "byte %u of seccomp_data", off);
}

/* a constant compared with the field at offset off */
static void value(char *buf, size_t n, int off, unsigned k)
{
	const char *s;

	if (off == 0 && (s = sys_name((int)k)))
		snprintf(buf, n, "%s (%u)", s, k);
	else if (off == 4 && k == AUDIT_ARCH_X86_64)
		snprintf(buf, n, "AUDIT_ARCH_X86_64");
	else if (off == 4 && k == AUDIT_ARCH_I386)
		snprintf(buf, n, "AUDIT_ARCH_I386");
	else if (k < 10)
		snprintf(buf, n, "%u", k);
	else
		snprintf(buf, n, "%#x", k);
}

void seccomp_insn_comment(char *buf, size_t n, const struct sock_filter *prog, int pc)
{
	const struct sock_filter *f = &prog[pc];
	unsigned c = f->code;
	char a[48], v[48];
	int off = -1;

	for (int i = pc - 1; i >= 0; i--)
		if (prog[i].code == (BPF_LD | BPF_W | BPF_ABS)) {
			off = (int)prog[i].k;
			break;
		}
	if (off >= 0)
		field(a, sizeof a, (unsigned)off);
	else
		snprintf(a, sizeof a, "A");
	switch (BPF_CLASS(c)) {
	case BPF_LD:
		if (BPF_MODE(c) == BPF_ABS) {
			field(a, sizeof a, f->k);
			snprintf(buf, n, "A = %s", a);
			return;
		}
		break;
	case BPF_ALU:
		if (BPF_OP(c) == BPF_AND && BPF_SRC(c) == BPF_K) {
			snprintf(buf, n, "A = %s & %#x", a, f->k);
			return;
		}
		break;
	case BPF_JMP:
		value(v, sizeof v, off, f->k);
		switch (BPF_OP(c)) {
		case BPF_JA: snprintf(buf, n, "go to %u", pc + 1 + f->k); return;
		case BPF_JEQ: snprintf(buf, n, "%s == %s?", a, v); return;
		case BPF_JGT: snprintf(buf, n, "%s > %s?", a, v); return;
		case BPF_JGE: snprintf(buf, n, "%s >= %s?", a, v); return;
		case BPF_JSET: snprintf(buf, n, "%s & %s != 0?", a, v); return;
		}
		break;
	case BPF_RET:
		if (BPF_RVAL(c) == BPF_K) {
			seccomp_ret_text(v, sizeof v, f->k);
			snprintf(buf, n, "return %s", v);
			return;
		}
		break;
	}
	snprintf(buf, n, "-");
}
