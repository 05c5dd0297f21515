/* src/trace/unwind.c — -k, --stack-traces: the program's stack after each
 * call's line and each signal's, one frame a line, as strace 6.1 prints it:
 *
 *    > /usr/lib/x86_64-linux-gnu/libc.so.6(__write+0x10) [0xf8350]
 *    > /usr/bin/echo() [0x60c4]
 *
 * the file mapped at the frame's address (/proc/PID/maps), the nearest
 * function symbol below it (elf.c) and the address as an offset into the
 * file (address - mapping start + mapping's file offset).
 *
 * Unwinding (DWARF 5 section 6.4, the x86-64 psABI's .eh_frame): each
 * mapped file's .eh_frame_hdr table finds the FDE covering an address; its
 * CIE's and its own call frame instructions, run up to the address, give
 * the rule for the CFA and for each register, the return address (column
 * 16) among them. A return address is the instruction after a call, so
 * the caller's FDE and symbol are looked up at address - 1 (not after a
 * signal frame, "S": there the address is where the signal came).
 * Where no FDE covers an address (no .eh_frame, the vDSO), strace's
 * libunwind guesses a frame pointer chain: rbp, if it lies within 16 KiB
 * above the CFA, holds the caller's rbp and the return address above it.
 * Its CFA then moves up only 16 bytes, and a caller's rsp-based CFA is
 * counted from it, not from rsp: after the vDSO that reads a wrong word,
 * and strace prints "unexpected_backtracing_error [0xWORD]" (an address in
 * no executable mapping), as trace does.
 *
 * execve exit exit_group: strace takes the stack at the entry (the stack is
 * gone after) and prints it after the call's line, "+++ exited" for the
 * exits; frames without a symbol then read "(+0x0)" instead of "()".
 */
#include "trace.h"
#include <asm/ptrace.h>
#include <linux/ptrace.h>

int opt_stack;

/* DWARF 5 7.7 / LSB: the .eh_frame pointer encodings */
enum { PE_ABSPTR = 0x00, PE_ULEB = 0x01, PE_UDATA2 = 0x02, PE_UDATA4 = 0x03, PE_UDATA8 = 0x04,
       PE_SLEB = 0x09, PE_SDATA2 = 0x0a, PE_SDATA4 = 0x0b, PE_SDATA8 = 0x0c,
       PE_PCREL = 0x10, PE_DATAREL = 0x30, PE_OMIT = 0xff };
/* x86-64 psABI figure 3.36: DWARF register numbers */
enum { R_RBP = 6, R_RSP = 7, R_RA = 16, NREG = 17 };
#define MAX_FRAMES 256		/* strace's limit */
#define FP_REACH 0x4000		/* how far above the CFA a guessed rbp may lie */

/* --- /proc/PID/maps, kept until a call changes the mappings ------------ */
struct mapping { unsigned long start, end, off; int exec; const char *path; };
static struct mapping *maps;
static int nmaps, maps_pid;
static char *maps_text;
static unsigned long maps_gen, maps_read_gen = ~0UL;

static unsigned long hex(const char *p, const char **end)
{
	unsigned long v = 0;
	for (;; p++) {
		int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10 : -1;
		if (d < 0)
			break;
		v = v << 4 | (unsigned long)d;
	}
	*end = p;
	return v;
}

static int maps_load(int pid)
{
	char name[40];
	size_t len = 0, size = 16384;

	if (maps_pid == pid && maps_read_gen == maps_gen)
		return 0;
	free(maps_text);
	free(maps);
	maps = NULL;
	nmaps = 0;
	maps_text = NULL;
	maps_pid = 0;
	snprintf(name, sizeof name, "/proc/%d/maps", proc_pid(pid));
	long fd = sys_openat(AT_FDCWD, name, O_RDONLY | O_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	for (long n = 1; n > 0; len += (size_t)n) {
		if (!maps_text || len + 1 >= size) {
			char *b = realloc(maps_text, size *= 2);
			if (!b)
				break;
			maps_text = b;
		}
		n = sys_read((int)fd, maps_text + len, size - len - 1);
	}
	sys_close((int)fd);
	if (!maps_text)
		return -1;
	maps_text[len] = 0;
	int lines = 0;
	for (char *p = maps_text; *p; p++)
		lines += *p == '\n';
	maps = malloc(((size_t)lines + 1) * sizeof *maps);
	if (!maps)
		return -1;
	/* start-end perms offset dev inode [path] */
	for (char *p = maps_text, *e; *p; p = e + 1) {
		struct mapping *m = &maps[nmaps];
		const char *q;
		e = strchr(p, '\n');
		if (!e)
			break;
		*e = 0;
		m->start = hex(p, &q);
		m->end = hex(q + 1, &q);
		m->exec = q[3] == 'x';
		m->off = hex(q + 6, &q);
		for (int field = 0; field < 2; field++) {	/* past dev and inode */
			while (*q == ' ')
				q++;
			while (*q && *q != ' ')
				q++;
		}
		while (*q == ' ')
			q++;
		m->path = q;
		nmaps += *q != 0;	/* a file, or [vdso]; not an anonymous mapping */
	}
	maps_pid = pid;
	maps_read_gen = maps_gen;
	return 0;
}

static const struct mapping *map_find(unsigned long ip)
{
	for (int i = 0; i < nmaps; i++)
		if (ip >= maps[i].start && ip < maps[i].end)
			return &maps[i];
	return NULL;
}

/* after each call's exit stop: these change what is mapped where */
void stack_maps(struct tcb *t)
{
	switch (t->nr) {
	case __NR_mmap: case __NR_munmap: case __NR_mprotect: case __NR_mremap: case __NR_brk:
	case __NR_execve: case __NR_execveat: case __NR_shmat: case __NR_shmdt:
	case __NR_remap_file_pages: case __NR_pkey_mprotect:
		maps_gen++;
	}
}

/* --- reading the CFI --------------------------------------------------- */
struct rd { const unsigned char *p, *end; unsigned long va; int bad; };	/* va: p's address */

static void rd_skip(struct rd *r, size_t n)
{
	if ((size_t)(r->end - r->p) < n) {
		r->bad = 1;
		n = (size_t)(r->end - r->p);
	}
	r->p += n;
	r->va += n;
}

static unsigned long rd_n(struct rd *r, int n)	/* little-endian, n bytes */
{
	unsigned long v = 0;
	if (r->end - r->p < n) {
		r->bad = 1;
		return 0;
	}
	for (int i = n - 1; i >= 0; i--)
		v = v << 8 | r->p[i];
	rd_skip(r, (size_t)n);
	return v;
}

static unsigned long rd_uleb(struct rd *r)
{
	unsigned long v = 0;
	int shift = 0, b;
	do {
		b = (int)rd_n(r, 1);
		if (shift < 64)
			v |= (unsigned long)(b & 0x7f) << shift;
		shift += 7;
	} while ((b & 0x80) && !r->bad);
	return v;
}

static long rd_sleb(struct rd *r)
{
	unsigned long v = 0;
	int shift = 0, b;
	do {
		b = (int)rd_n(r, 1);
		if (shift < 64)
			v |= (unsigned long)(b & 0x7f) << shift;
		shift += 7;
	} while ((b & 0x80) && !r->bad);
	if (shift < 64 && (b & 0x40))
		v |= ~0UL << shift;
	return (long)v;
}

/* a pointer in encoding enc; datarel is relative to base (.eh_frame_hdr) */
static unsigned long rd_enc(struct rd *r, int enc, unsigned long base)
{
	unsigned long at = r->va, v;

	if (enc == PE_OMIT)
		return 0;
	switch (enc & 0x0f) {
	case PE_ABSPTR: case PE_UDATA8: case PE_SDATA8: v = rd_n(r, 8); break;
	case PE_ULEB: v = rd_uleb(r); break;
	case PE_SLEB: v = (unsigned long)rd_sleb(r); break;
	case PE_UDATA2: v = rd_n(r, 2); break;
	case PE_SDATA2: v = (unsigned long)(long)(short)rd_n(r, 2); break;
	case PE_UDATA4: v = rd_n(r, 4); break;
	case PE_SDATA4: v = (unsigned long)(long)(int)rd_n(r, 4); break;
	default: r->bad = 1; return 0;
	}
	if ((enc & 0x70) == PE_PCREL)
		v += at;
	else if ((enc & 0x70) == PE_DATAREL)
		v += base;
	return v;	/* indirect (0x80): only personalities, which are skipped */
}

/* a reader over len bytes at the file's address va */
static int rd_at(struct rd *r, const struct elf_file *f, unsigned long va, size_t len)
{
	r->p = elf_at(f, va, len);
	r->end = r->p + len;
	r->va = va;
	r->bad = 0;
	return r->p ? 0 : -1;
}

/* One CIE+FDE pair, what the rows are computed from */
struct fde {
	unsigned long pc, pc_end, caf;	/* code alignment factor */
	long daf;			/* data alignment factor */
	int ra, signal;
	struct rd cie_ins, fde_ins;
};

/* the entry at va (.eh_frame's length-prefixed records): the body, past
 * the length, in r */
static int record(const struct elf_file *f, unsigned long va, struct rd *r)
{
	if (rd_at(r, f, va, 4) < 0)
		return -1;
	unsigned long len = rd_n(r, 4);
	if (len == 0xffffffff) {	/* the 64-bit form */
		if (rd_at(r, f, va + 4, 8) < 0)
			return -1;
		len = rd_n(r, 8);
		va += 8;
	}
	return len < 4 || rd_at(r, f, va + 4, len) < 0 ? -1 : 0;
}

static int parse_cie(const struct elf_file *f, unsigned long va, struct fde *d, int *fde_enc, int *aug_z)
{
	struct rd r;

	if (record(f, va, &r) < 0 || rd_n(&r, 4) != 0)
		return -1;
	int ver = (int)rd_n(&r, 1);
	const char *aug = (const char *)r.p;
	while (!r.bad && rd_n(&r, 1))
		;
	d->caf = rd_uleb(&r);
	d->daf = rd_sleb(&r);
	d->ra = ver == 1 ? (int)rd_n(&r, 1) : (int)rd_uleb(&r);
	*fde_enc = PE_ABSPTR;
	*aug_z = aug[0] == 'z';
	d->signal = 0;
	if (*aug_z) {
		unsigned long alen = rd_uleb(&r);
		struct rd a = r;
		a.end = r.p + alen <= r.end ? r.p + alen : r.end;
		for (const char *c = aug + 1; *c && !a.bad; c++)
			if (*c == 'R')
				*fde_enc = (int)rd_n(&a, 1);
			else if (*c == 'L')
				rd_n(&a, 1);
			else if (*c == 'P')
				rd_enc(&a, (int)rd_n(&a, 1) & 0x7f, 0);
			else if (*c == 'S')
				d->signal = 1;
		rd_skip(&r, alen);
	}
	d->cie_ins = r;
	return r.bad ? -1 : 0;
}

/* The FDE for pc (the file's address), through .eh_frame_hdr's sorted
 * table of (initial location, FDE address) pairs, datarel sdata4 as the
 * linker writes them */
static int fde_find(const struct elf_file *f, unsigned long pc, struct fde *d)
{
	unsigned long hdr = elf_eh_frame_hdr(f);
	struct rd r;

	if (!hdr || rd_at(&r, f, hdr, 4) < 0 || r.p[0] != 1 || r.p[3] != (PE_DATAREL | PE_SDATA4))
		return -1;
	int count_enc = r.p[2], ptr_enc = r.p[1];
	rd_at(&r, f, hdr + 4, 16);
	rd_enc(&r, ptr_enc, hdr);
	unsigned long n = rd_enc(&r, count_enc, hdr);
	if (r.bad || rd_at(&r, f, r.va, n * 8) < 0)
		return -1;
	const unsigned char *tab = r.p;
	unsigned long lo = 0, hi = n, at = 0;
	while (lo < hi) {	/* the last entry starting at or below pc */
		unsigned long mid = (lo + hi) / 2;
		struct rd e = { tab + mid * 8, tab + mid * 8 + 4, 0, 0 };
		if (hdr + (unsigned long)(long)(int)rd_n(&e, 4) <= pc)
			lo = mid + 1, at = mid + 1;
		else
			hi = mid;
	}
	if (!at)
		return -1;
	struct rd e = { tab + (at - 1) * 8 + 4, tab + at * 8, 0, 0 };
	unsigned long fva = hdr + (unsigned long)(long)(int)rd_n(&e, 4), body;
	if (record(f, fva, &r) < 0)
		return -1;
	body = r.va;
	unsigned long cie_off = rd_n(&r, 4);
	int enc, z;
	if (!cie_off || parse_cie(f, body - cie_off, d, &enc, &z) < 0)
		return -1;
	d->pc = rd_enc(&r, enc, hdr);
	d->pc_end = d->pc + rd_enc(&r, enc & 0x0f, hdr);
	if (z)
		rd_skip(&r, rd_uleb(&r));
	d->fde_ins = r;
	return !r.bad && pc >= d->pc && pc < d->pc_end ? 0 : -1;
}

/* --- the rows: rules for the CFA and each register ---------------------- */
enum { RU_SAME, RU_UNDEF, RU_OFFSET, RU_VAL_OFFSET, RU_REG, RU_EXPR, RU_VAL_EXPR };
struct rule { int how; long n; const unsigned char *expr; };
struct row {
	int cfa_reg;
	long cfa_off;
	const unsigned char *cfa_expr;	/* DW_CFA_def_cfa_expression: a block */
	struct rule r[NREG];
};

static void set_rule(struct row *s, unsigned long reg, int how, long n, const unsigned char *e)
{
	if (reg < NREG)
		s->r[reg] = (struct rule){ how, n, e };
}

/* Run the instructions in r until the row for pc (loc is the FDE's start);
 * init is the CIE's row, for DW_CFA_restore */
static int run_cfa(struct rd r, const struct fde *d, unsigned long pc, struct row *s,
		   const struct row *init)
{
	struct row saved[8];
	int depth = 0;
	unsigned long loc = d->pc;

	while (r.p < r.end && !r.bad) {
		int op = (int)rd_n(&r, 1), low = op & 0x3f;
		unsigned long reg, adv = 0;
		switch (op >> 6) {	/* the three packed opcodes */
		case 1: adv = (unsigned long)low; goto advance;
		case 2: set_rule(s, (unsigned long)low, RU_OFFSET, (long)rd_uleb(&r) * d->daf, NULL); continue;
		case 3: if (init && low < NREG) s->r[low] = init->r[low]; continue;
		}
		switch (op) {
		case 0x00: break;					/* nop */
		case 0x01: return 0;	/* set_loc: not emitted for .eh_frame; stop here */
		case 0x02: adv = rd_n(&r, 1); goto advance;
		case 0x03: adv = rd_n(&r, 2); goto advance;
		case 0x04: adv = rd_n(&r, 4); goto advance;
		case 0x05: reg = rd_uleb(&r); set_rule(s, reg, RU_OFFSET, (long)rd_uleb(&r) * d->daf, NULL); break;
		case 0x06: reg = rd_uleb(&r); if (init && reg < NREG) s->r[reg] = init->r[reg]; break;
		case 0x07: set_rule(s, rd_uleb(&r), RU_UNDEF, 0, NULL); break;
		case 0x08: set_rule(s, rd_uleb(&r), RU_SAME, 0, NULL); break;
		case 0x09: reg = rd_uleb(&r); set_rule(s, reg, RU_REG, (long)rd_uleb(&r), NULL); break;
		case 0x0a: if (depth < 8) saved[depth] = *s; depth++; break;	/* remember_state */
		case 0x0b:						/* restore_state */
			if (depth > 0 && --depth < 8)
				*s = saved[depth];	/* the CFA too, as GCC's epilogues expect */
			break;
		case 0x0c: s->cfa_reg = (int)rd_uleb(&r); s->cfa_off = (long)rd_uleb(&r); s->cfa_expr = NULL; break;
		case 0x0d: s->cfa_reg = (int)rd_uleb(&r); s->cfa_expr = NULL; break;
		case 0x0e: s->cfa_off = (long)rd_uleb(&r); break;
		case 0x0f: s->cfa_expr = r.p; rd_skip(&r, rd_uleb(&r)); break;
		case 0x10: case 0x16:
			reg = rd_uleb(&r);
			set_rule(s, reg, op == 0x10 ? RU_EXPR : RU_VAL_EXPR, 0, r.p);
			rd_skip(&r, rd_uleb(&r));
			break;
		case 0x11: reg = rd_uleb(&r); set_rule(s, reg, RU_OFFSET, rd_sleb(&r) * d->daf, NULL); break;
		case 0x12: s->cfa_reg = (int)rd_uleb(&r); s->cfa_off = rd_sleb(&r) * d->daf; s->cfa_expr = NULL; break;
		case 0x13: s->cfa_off = rd_sleb(&r) * d->daf; break;
		case 0x14: reg = rd_uleb(&r); set_rule(s, reg, RU_VAL_OFFSET, (long)rd_uleb(&r) * d->daf, NULL); break;
		case 0x15: reg = rd_uleb(&r); set_rule(s, reg, RU_VAL_OFFSET, rd_sleb(&r) * d->daf, NULL); break;
		case 0x2e: rd_uleb(&r); break;				/* GNU_args_size */
		case 0x2f: reg = rd_uleb(&r); set_rule(s, reg, RU_OFFSET, -(long)rd_uleb(&r) * d->daf, NULL); break;
		default: return -1;
		}
		continue;
advance:
		loc += adv * d->caf;
		if (loc > pc)
			return 0;
	}
	return r.bad ? -1 : 0;
}

/* --- the tracee's registers and stack ---------------------------------- */
struct cursor {
	int pid;
	unsigned long r[NREG], cfa;
	int prev;		/* the ip is a return address: look up ip - 1 */
};

static int peek8(int pid, unsigned long addr, unsigned long *v)
{
	return umove_data(pid, addr, v, sizeof *v);
}

/* A DWARF expression (DWARF 5 2.5): the stack operations .eh_frame uses */
static int eval(const struct cursor *c, const unsigned char *e, unsigned long push, int pushed,
		unsigned long *out)
{
	struct rd r = { e, e + 5, 0, 0 };
	unsigned long len = rd_uleb(&r), st[32], a;
	int sp = 0;

	r.end = r.p + len;
	if (pushed)
		st[sp++] = push;
	while (r.p < r.end && !r.bad) {
		int op = (int)rd_n(&r, 1);
		if (sp >= 30)
			return -1;
		if (op >= 0x30 && op <= 0x4f) { st[sp++] = (unsigned long)(op - 0x30); continue; }	/* lit */
		if (op >= 0x70 && op <= 0x8f) {						/* breg */
			if (op - 0x70 >= NREG)
				return -1;
			st[sp++] = c->r[op - 0x70] + (unsigned long)rd_sleb(&r);
			continue;
		}
		if (op >= 0x12 && op <= 0x1e && op != 0x15 && op != 0x16 && op != 0x19 && op != 0x1f && sp < 2)
			return -1;	/* the binary operations need two */
		switch (op) {
		case 0x03: st[sp++] = rd_n(&r, 8); break;			/* addr */
		case 0x06: if (!sp || peek8(c->pid, st[sp - 1], &st[sp - 1]) < 0) return -1; break;	/* deref */
		case 0x08: st[sp++] = rd_n(&r, 1); break;
		case 0x09: st[sp++] = (unsigned long)(long)(signed char)rd_n(&r, 1); break;
		case 0x0a: st[sp++] = rd_n(&r, 2); break;
		case 0x0b: st[sp++] = (unsigned long)(long)(short)rd_n(&r, 2); break;
		case 0x0c: st[sp++] = rd_n(&r, 4); break;
		case 0x0d: st[sp++] = (unsigned long)(long)(int)rd_n(&r, 4); break;
		case 0x0e: case 0x0f: st[sp++] = rd_n(&r, 8); break;
		case 0x10: st[sp++] = rd_uleb(&r); break;
		case 0x11: st[sp++] = (unsigned long)rd_sleb(&r); break;
		case 0x12: if (!sp) return -1; st[sp] = st[sp - 1]; sp++; break;	/* dup */
		case 0x13: if (!sp) return -1; sp--; break;				/* drop */
		case 0x14: st[sp] = st[sp - 2]; sp++; break;				/* over */
		case 0x16: if (sp < 2) return -1; a = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = a; break;
		case 0x1a: sp--; st[sp - 1] &= st[sp]; break;
		case 0x1c: sp--; st[sp - 1] -= st[sp]; break;
		case 0x1e: sp--; st[sp - 1] *= st[sp]; break;
		case 0x1f: if (!sp) return -1; st[sp - 1] = -st[sp - 1]; break;
		case 0x20: if (!sp) return -1; st[sp - 1] = ~st[sp - 1]; break;
		case 0x21: if (sp < 2) return -1; sp--; st[sp - 1] |= st[sp]; break;
		case 0x22: if (sp < 2) return -1; sp--; st[sp - 1] += st[sp]; break;
		case 0x23: if (!sp) return -1; st[sp - 1] += rd_uleb(&r); break;	/* plus_uconst */
		case 0x24: if (sp < 2) return -1; sp--; st[sp - 1] <<= st[sp] & 63; break;
		case 0x25: if (sp < 2) return -1; sp--; st[sp - 1] >>= st[sp] & 63; break;
		case 0x26: if (sp < 2) return -1; sp--; st[sp - 1] = (unsigned long)((long)st[sp - 1] >> (st[sp] & 63)); break;
		case 0x27: if (sp < 2) return -1; sp--; st[sp - 1] ^= st[sp]; break;
		case 0x29: case 0x2a: case 0x2b: case 0x2c: case 0x2d: case 0x2e: {	/* eq ge gt le lt ne */
			if (sp < 2)
				return -1;
			long x = (long)st[sp - 2], y = (long)st[sp - 1];
			sp--;
			st[sp - 1] = op == 0x29 ? x == y : op == 0x2a ? x >= y : op == 0x2b ? x > y :
				     op == 0x2c ? x <= y : op == 0x2d ? x < y : x != y;
			break;
		}
		case 0x96: break;						/* nop */
		default: return -1;
		}
	}
	if (r.bad || !sp)
		return -1;
	*out = st[sp - 1];
	return 0;
}

/* One frame up through the CFI: 1 moved, 0 the end, -1 no FDE, -2 error */
static int step_cfi(struct cursor *c, const struct mapping *m)
{
	const struct elf_file *f = elf_get(m->path);
	struct fde d;
	struct row init, s;

	if (!f)
		return -1;
	unsigned long bias = elf_bias(f, m->start, m->off), pc = c->r[R_RA] - (unsigned long)c->prev - bias;
	if (fde_find(f, pc, &d) < 0)
		return -1;
	memset(&init, 0, sizeof init);	/* RU_SAME everywhere */
	if (run_cfa(d.cie_ins, &d, ~0UL, &init, NULL) < 0)
		return -2;
	s = init;
	if (run_cfa(d.fde_ins, &d, pc, &s, &init) < 0)
		return -2;
	unsigned long cfa, nr[NREG];
	if (s.cfa_expr ? eval(c, s.cfa_expr, 0, 0, &cfa) < 0 : (unsigned)s.cfa_reg >= NREG)
		return -2;
	/* an rsp-based CFA starts from the frame's own CFA, as libunwind has it */
	if (!s.cfa_expr)
		cfa = (s.cfa_reg == R_RSP && s.r[R_RSP].how == RU_SAME ? c->cfa : c->r[s.cfa_reg]) +
		      (unsigned long)s.cfa_off;
	if (d.ra >= NREG || s.r[d.ra].how == RU_UNDEF)
		return 0;	/* the outermost frame: _start, clone's child */
	for (int i = 0; i < NREG; i++) {
		const struct rule *u = &s.r[i];
		unsigned long a;
		nr[i] = i == R_RSP ? cfa : c->r[i];	/* the CFA is the caller's rsp */
		switch (u->how) {
		case RU_OFFSET: if (peek8(c->pid, cfa + (unsigned long)u->n, &nr[i]) < 0) return -2; break;
		case RU_VAL_OFFSET: nr[i] = cfa + (unsigned long)u->n; break;
		case RU_REG: if ((unsigned long)u->n >= NREG) return -2; nr[i] = c->r[u->n]; break;
		case RU_EXPR:
			if (eval(c, u->expr, cfa, 1, &a) < 0 || peek8(c->pid, a, &nr[i]) < 0)
				return -2;
			break;
		case RU_VAL_EXPR: if (eval(c, u->expr, cfa, 1, &nr[i]) < 0) return -2; break;
		}
	}
	unsigned long ra = nr[d.ra];
	if (ra == c->r[R_RA] && cfa == c->cfa)
		return -2;	/* no progress: a loop */
	memcpy(c->r, nr, sizeof nr);
	c->r[R_RA] = ra;
	c->cfa = cfa;
	c->prev = !d.signal;
	return ra ? 1 : 0;
}

/* No CFI: a frame pointer chain, when rbp looks like one */
static int step_fp(struct cursor *c)
{
	unsigned long rbp = c->r[R_RBP], up, ra;

	if (!rbp || rbp < c->cfa || rbp - c->cfa > FP_REACH)
		return 0;
	if (peek8(c->pid, rbp, &up) < 0 || peek8(c->pid, rbp + 8, &ra) < 0)
		return 0;
	c->r[R_RBP] = up;
	c->r[R_RSP] = rbp + 16;
	c->cfa += 16;	/* libunwind's guess: the next rsp-based CFA is off when rbp != cfa */
	c->r[R_RA] = ra;
	c->prev = 1;
	return ra ? 1 : 0;
}

/* --- the frames' lines ------------------------------------------------- */
/* The stack as text: lines[0..len) */
struct frames { size_t len, size; char text[]; };

static void add_line(struct frames **fr, const char *s)
{
	size_t n = strlen(s);
	if (!*fr || (*fr)->len + n > (*fr)->size) {
		size_t size = *fr ? (*fr)->size * 2 + n : 2048 + n;
		struct frames *g = realloc(*fr, sizeof **fr + size);
		if (!g)
			return;
		if (!*fr)
			g->len = 0;
		g->size = size;
		*fr = g;
	}
	memcpy((*fr)->text + (*fr)->len, s, n);
	(*fr)->len += n;
}

/* One frame's line; 0 when the frame is in no file mapped executable */
static int frame_line(struct cursor *c, int kept, struct frames **fr)
{
	unsigned long ip = c->r[R_RA], off;
	const struct mapping *m = map_find(ip);
	char line[DM_NAME + 1024];

	if (!m || !m->exec) {
		if (ip) {
			snprintf(line, sizeof line, " > unexpected_backtracing_error [%#lx]\n", ip);
			add_line(fr, line);
		}
		return 0;
	}
	const struct elf_file *f = elf_get(m->path);
	const char *sym = f ? elf_symbol(f, ip - (unsigned long)c->prev - elf_bias(f, m->start, m->off), &off) : NULL;
	unsigned long at = ip - m->start + m->off;
	char plain[DM_NAME];
	if (sym && demangle(sym, plain, sizeof plain))
		sym = plain;	/* strace's "stack-demangle" */
	if (sym)
		snprintf(line, sizeof line, " > %s(%s+%#lx) [%#lx]\n", m->path, sym, off + (unsigned long)c->prev, at);
	else
		snprintf(line, sizeof line, kept ? " > %s(+0x0) [%#lx]\n" : " > %s() [%#lx]\n", m->path, at);
	add_line(fr, line);
	return 1;
}

/* The stack of t, stopped, as lines */
static struct frames *walk(struct tcb *t, int kept)
{
	struct { struct pt_regs r; unsigned long more[8]; } regs;
	struct frames *fr = NULL;

	if (sys_ptrace(PTRACE_GETREGS, t->pid, NULL, &regs) < 0 || maps_load(t->pid) < 0)
		return NULL;
	const struct pt_regs *p = &regs.r;
	struct cursor c = { t->pid, { p->rax, p->rdx, p->rcx, p->rbx, p->rsi, p->rdi, p->rbp, p->rsp,
				      p->r8, p->r9, p->r10, p->r11, p->r12, p->r13, p->r14, p->r15, p->rip },
			    p->rsp, 0 };
	int depth;
	for (depth = 0; depth < MAX_FRAMES; depth++) {
		const struct mapping *m = map_find(c.r[R_RA]);
		if (!frame_line(&c, kept, &fr))
			break;
		int st = step_cfi(&c, m);
		if (st == -1)
			st = step_fp(&c);
		if (st <= 0)
			break;
	}
	if (depth == MAX_FRAMES)	/* strace's words where it stops */
		add_line(&fr, " > too many stack frames\n");
	return fr;
}

static void put(struct frames *fr)
{
	if (fr) {
		line_begin();
		pr_mem(fr->text, fr->len);
	}
}

/* at a shown call's entry: the calls after which the stack is gone */
void stack_entry(struct tcb *t)
{
	if (t->nr != __NR_execve && t->nr != __NR_execveat && t->nr != __NR_exit &&
	    t->nr != __NR_exit_group)
		return;
	free(t->stk);
	t->stk = walk(t, 1);
}

/* after a call's line (what was kept at its entry, if anything) or a signal's */
void stack_after(struct tcb *t)
{
	if (t->stk) {
		put(t->stk);
		free(t->stk);
		t->stk = NULL;
		return;
	}
	struct frames *fr = walk(t, 0);
	put(fr);
	free(fr);
}

/* the process is gone: the stack its exit left, after "+++ exited" */
void stack_gone(struct tcb *t)
{
	put(t->stk);
	free(t->stk);
	t->stk = NULL;
}
