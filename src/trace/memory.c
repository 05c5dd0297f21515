/* src/trace/memory.c — brk, mmap, munmap, mprotect, madvise, mremap.
 * Constants from <linux/mman.h> (asm-generic/mman-common.h). */
#include "trace.h"
#include <linux/membarrier.h>
#include <linux/mempolicy.h>
#include <linux/memfd.h>

static const struct xlat prot_bits[] = {
	X(PROT_READ), X(PROT_WRITE), X(PROT_EXEC), X(PROT_SEM), X(PROT_GROWSDOWN),
	X(PROT_GROWSUP), XEND
};
/* The mapping type is a 4-bit field, not flags: it is printed first. */
static const struct xlat map_types[] = {
	X(MAP_SHARED), X(MAP_PRIVATE), X(MAP_SHARED_VALIDATE), XEND
};
static const struct xlat map_flags[] = {
	X(MAP_FIXED), X(MAP_ANONYMOUS), X(MAP_32BIT), X(MAP_GROWSDOWN), X(MAP_DENYWRITE),
	X(MAP_EXECUTABLE), X(MAP_LOCKED), X(MAP_NORESERVE), X(MAP_POPULATE), X(MAP_NONBLOCK),
	X(MAP_STACK), X(MAP_HUGETLB), X(MAP_SYNC), X(MAP_FIXED_NOREPLACE), XEND
};
static const struct xlat madv[] = {
	X(MADV_NORMAL), X(MADV_RANDOM), X(MADV_SEQUENTIAL), X(MADV_WILLNEED), X(MADV_DONTNEED),
	X(MADV_FREE), X(MADV_REMOVE), X(MADV_DONTFORK), X(MADV_DOFORK), X(MADV_MERGEABLE),
	X(MADV_UNMERGEABLE), X(MADV_HUGEPAGE), X(MADV_NOHUGEPAGE), X(MADV_DONTDUMP),
	X(MADV_DODUMP), X(MADV_WIPEONFORK), X(MADV_KEEPONFORK), X(MADV_COLD), X(MADV_PAGEOUT),
	X(MADV_HWPOISON), XEND
};
static const struct xlat mremap_flags[] = {
	X(MREMAP_MAYMOVE), X(MREMAP_FIXED), X(MREMAP_DONTUNMAP), XEND
};

void pr_prot(unsigned long prot)
{
	pr_flags(prot_bits, prot, "PROT_NONE");
}

static void dec_brk(struct tcb *t)
{
	if (!t->exiting)
		pr_addr(t->a[0]);
}

static void dec_mmap(struct tcb *t)
{
	if (t->exiting)
		return;
	unsigned long fl = t->a[3];
	pr_addr(t->a[0]);
	pr(", %lu, ", t->a[1]);
	pr_prot(t->a[2]);
	pr_sep();
	if (opt_raw) {
		pr_hex(fl);
	} else {
		const char *type = xlat_name(map_types, fl & MAP_TYPE);
		int xv = type ? xv_begin("%#lx", fl) : 0;
		if (type)
			prs(type);
		else
			pr("%#lx /* MAP_??? */", fl & MAP_TYPE);
		fl &= ~(unsigned long)MAP_TYPE;
		if (fl) {
			prs("|");
			pr_flags(map_flags, fl, NULL);
		}
		xv_end(xv);
	}
	prs(", ");
	pr_fd(t->a[4]);		/* -1 for an anonymous map: no <path> */
	prs(", ");
	pr_hex(t->a[5]);
}

static void dec_munmap(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu", t->a[1]);
	}
}

static void dec_mprotect(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu, ", t->a[1]);
		pr_prot(t->a[2]);
	}
}

static void dec_madvise(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu, ", t->a[1]);
		pr_xlat(madv, (unsigned)t->a[2], "%#x", "MADV_???");
	}
}

static void dec_mremap(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_addr(t->a[0]);
	pr(", %lu, %lu, ", t->a[1], t->a[2]);
	pr_flags(mremap_flags, t->a[3], NULL);
	if (t->a[3] & (MREMAP_FIXED | MREMAP_DONTUNMAP)) {
		pr_sep();
		pr_addr(t->a[4]);
	}
}

static void dec_addr_len(struct tcb *t)	/* mlock, munlock */
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu", t->a[1]);
	}
}

/* msync(2)'s MS_* are in asm-generic/mman-common.h */
static const struct xlat msync_flags[] = { X(MS_ASYNC), X(MS_INVALIDATE), X(MS_SYNC), XEND };

static void dec_msync(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu, ", t->a[1]);
		pr_flags(msync_flags, (unsigned)t->a[2], NULL);
	}
}

/* mincore: one byte per page, printed as an array of 0/1 */
static void dec_mincore(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu, ", t->a[1]);
		return;
	}
	unsigned long pages = (t->a[1] + 4095) / 4096;
	if (t_failed(t)) {
		pr_addr(t->a[2]);
		return;
	}
	if (pr_nonverbose_addr(t->a[2]))
		return;
	prs("[");
	for (unsigned long i = 0; i < pages; i++) {
		unsigned char c;
		if (!pr_elem((int)i))
			break;
		if (umove(t->pid, t->a[2] + i, &c, 1) < 0)
			break;
		pr("%u", c & 1);
	}
	prs("]");
}

static void dec_memfd_create(struct tcb *t)
{
	static const struct xlat f[] = {
		X(MFD_CLOEXEC), X(MFD_ALLOW_SEALING), X(MFD_HUGETLB), XEND
	};
	/* with MFD_HUGETLB, the top six bits are log2 of the page size */
	const unsigned mask = MFD_HUGE_MASK << MFD_HUGE_SHIFT;
	unsigned flags = (unsigned)t->a[1], huge = flags & mask;

	if (t->exiting)
		return;
	pr_str(t, t->a[0]);
	pr_sep();
	if (opt_raw) {
		pr_hex(flags);
		return;
	}
	int v = huge ? xv_begin("%#lx", flags) : 0;
	flags &= ~mask;
	if (flags || !huge)
		pr_flags_d(f, flags, "MFD_???");
	if (huge)
		pr("%s%u<<MFD_HUGE_SHIFT", flags ? "|" : "", huge >> MFD_HUGE_SHIFT);
	xv_end(v);
}

/* memfd_secret(flags): O_CLOEXEC or nothing */
static void dec_memfd_secret(struct tcb *t)
{
	static const struct xlat f[] = { X(O_CLOEXEC), XEND };

	if (!t->exiting)
		pr_flags_d(f, (unsigned)t->a[0], "O_???");
}

static void dec_mlockall(struct tcb *t)
{
	static const struct xlat f[] = { X(MCL_CURRENT), X(MCL_FUTURE), X(MCL_ONFAULT), XEND };
	if (!t->exiting)
		pr_flags(f, (unsigned)t->a[0], NULL);
}

static void dec_mlock2(struct tcb *t)
{
	/* MLOCK_ONFAULT is 1 (<linux/mman.h> has it only in the kernel; mlock2(2)) */
	static const struct xlat f[] = { { 1, "MLOCK_ONFAULT" }, XEND };
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu, ", t->a[1]);
		pr_flags(f, (unsigned)t->a[2], NULL);
	}
}

static void dec_pkey_alloc(struct tcb *t)
{
	static const struct xlat f[] = { X(PKEY_DISABLE_ACCESS), X(PKEY_DISABLE_WRITE), XEND };
	if (!t->exiting) {
		pr("%#lx, ", t->a[0]);
		pr_flags(f, t->a[1], NULL);
	}
}

static void dec_pkey_free(struct tcb *t)
{
	if (!t->exiting)
		pr("%d", (int)t->a[0]);
}

static const struct xlat mpol_modes[] = {
	X(MPOL_DEFAULT), X(MPOL_PREFERRED), X(MPOL_BIND), X(MPOL_INTERLEAVE), X(MPOL_LOCAL),
	X(MPOL_PREFERRED_MANY), XEND
};
static const struct xlat mpol_mode_flags[] = {
	X(MPOL_F_STATIC_NODES), X(MPOL_F_RELATIVE_NODES), X(MPOL_F_NUMA_BALANCING), XEND
};
static const struct xlat mpol_get_flags[] = {
	X(MPOL_F_NODE), X(MPOL_F_ADDR), X(MPOL_F_MEMS_ALLOWED), XEND
};

static void pr_mpol_mode(unsigned long m)
{
	const char *n = opt_raw ? NULL : xlat_name(mpol_modes, m & 0xff);
	if (n)
		prs(n);
	else
		pr("%#lx", m & 0xff);
	if (m & ~0xffUL) {
		prs("|");
		pr_flags(mpol_mode_flags, m & ~0xffUL, NULL);
	}
}

/* a node mask: maxnode-1 bits in 64-bit words, each "%#016lx" as strace
 * prints them (so a zero word is sixteen 0s and no "0x") */
static void pr_nodemask(struct tcb *t, unsigned long addr, unsigned long maxnode)
{
	unsigned long words = maxnode ? (maxnode - 1 + 63) / 64 : 0;
	if (!addr || !words) {
		pr_addr(addr);
		return;
	}
	prs("[");
	for (unsigned long i = 0; i < words; i++) {
		unsigned long w;
		if (!pr_elem((int)i))
			break;
		if (umove(t->pid, addr + 8 * i, &w, sizeof w) < 0)
			break;
		pr("%#016lx", w);
	}
	prs("]");
}

static void dec_set_mempolicy(struct tcb *t)
{
	if (!t->exiting) {
		pr_mpol_mode(t->a[0]);
		pr_sep();
		pr_nodemask(t, t->a[1], t->a[2]);
		pr(", %lu", t->a[2]);
	}
}

static void dec_get_mempolicy(struct tcb *t)
{
	if (!t->exiting)
		return;
	int mode;
	if (!t->a[0])
		prs("NULL");
	else if (t_failed(t) || umove(t->pid, t->a[0], &mode, sizeof mode) < 0)
		pr_hex(t->a[0]);
	else {
		prs("[");
		pr_mpol_mode((unsigned)mode);
		prs("]");
	}
	pr_sep();
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_nodemask(t, t->a[1], t->a[2]);
	pr(", %lu, ", t->a[2]);
	pr_addr(t->a[3]);
	pr_sep();
	pr_flags(mpol_get_flags, t->a[4], NULL);
}

static const struct xlat membarrier_cmds[] = {
	X(MEMBARRIER_CMD_QUERY), X(MEMBARRIER_CMD_GLOBAL), X(MEMBARRIER_CMD_GLOBAL_EXPEDITED),
	X(MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED), X(MEMBARRIER_CMD_PRIVATE_EXPEDITED),
	X(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED), X(MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE),
	X(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE),
	X(MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ), X(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ),
	XEND
};

/* membarrier(MEMBARRIER_CMD_QUERY) answers with the set of commands */
static void dec_membarrier(struct tcb *t)
{
	unsigned cmd = (unsigned)t->a[0];
	if (!t->exiting) {
		pr_xlat(membarrier_cmds, cmd, "%#x", "MEMBARRIER_CMD_???");
		pr(", %u", (unsigned)t->a[1]);
		return;
	}
	if (cmd != MEMBARRIER_CMD_QUERY || t_failed(t))
		return;
	t->rfmt = R_HEX;
	if (!t->ret)
		return;
	struct out *save = tout;
	struct out o = { -1, 0, 0, sizeof t->rbuf - 4, t->rbuf + 2 };
	int keep = line_col();
	tout = &o;
	pr_flags(membarrier_cmds, (unsigned long)t->ret, NULL);
	tout = save;
	line_set_col(keep);
	t->rbuf[0] = ' ';
	t->rbuf[1] = '(';
	t->rbuf[2 + o.len] = ')';
	t->rbuf[3 + o.len] = 0;
	t->rtext = t->rbuf;
}

void memory_init(void)
{
	sys_set("brk", 1, dec_brk, R_HEX);
	sys_set("mmap", 6, dec_mmap, R_HEX);
	sys_set("munmap", 2, dec_munmap, R_DEC);
	sys_set("mprotect", 3, dec_mprotect, R_DEC);
	sys_set("madvise", 3, dec_madvise, R_DEC);
	sys_set("mremap", 5, dec_mremap, R_HEX);
	sys_set("mlock", 2, dec_addr_len, R_DEC);
	sys_set("munlock", 2, dec_addr_len, R_DEC);
	sys_set("msync", 3, dec_msync, R_DEC);
	sys_set("mincore", 3, dec_mincore, R_DEC);
	sys_set("memfd_create", 2, dec_memfd_create, R_DEC);
	sys_set("memfd_secret", 1, dec_memfd_secret, R_DEC);
	sys_set("mlockall", 1, dec_mlockall, R_DEC);
	sys_set("mlock2", 3, dec_mlock2, R_DEC);
	sys_set("pkey_alloc", 2, dec_pkey_alloc, R_DEC);
	sys_set("pkey_free", 1, dec_pkey_free, R_DEC);
	sys_set("set_mempolicy", 3, dec_set_mempolicy, R_DEC);
	sys_set("get_mempolicy", 5, dec_get_mempolicy, R_DEC);
	sys_set("membarrier", 2, dec_membarrier, R_DEC);
}
