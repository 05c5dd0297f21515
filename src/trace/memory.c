/* src/trace/memory.c — brk, mmap, munmap, mprotect, madvise, mremap, the
 * NUMA calls (mbind, migrate_pages, move_pages, *_mempolicy*), pkeys.
 * Constants from <linux/mman.h> (asm-generic/mman-common.h). */
#include "trace.h"
#include <linux/membarrier.h>
#include <linux/mempolicy.h>
#include <linux/memfd.h>

static const struct xlat prot_bits[] = {
	X(PROT_READ), X(PROT_WRITE), X(PROT_EXEC), X(PROT_SEM), X(PROT_GROWSDOWN),
	X(PROT_GROWSUP), XEND
};
/* The mapping type is a 4-bit field, not flags: it is printed first
 * (type 0 is the old MAP_FILE, which strace names) */
static const struct xlat map_types[] = {
	X(MAP_FILE), X(MAP_SHARED), X(MAP_PRIVATE), X(MAP_SHARED_VALIDATE), XEND
};
static const struct xlat map_flags[] = {
	X(MAP_FIXED), X(MAP_ANONYMOUS), X(MAP_32BIT), X(MAP_NORESERVE), X(MAP_POPULATE),
	X(MAP_NONBLOCK), X(MAP_GROWSDOWN), X(MAP_DENYWRITE), X(MAP_EXECUTABLE), X(MAP_LOCKED),
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
	if (prot)
		pr_flags_d(prot_bits, prot, "PROT_???");
	else
		pr_flags(prot_bits, 0, "PROT_NONE");
}

static void dec_brk(struct tcb *t)
{
	if (!t->exiting)
		pr_addr(t->a[0]);
}

/* The hugetlb page size's log2, in the six bits at MAP_HUGE_SHIFT: strace
 * prints it as a shift whatever the other bits are */
static void pr_map_huge(unsigned long huge)
{
	if (huge)
		pr("|%lu<<MAP_HUGE_SHIFT", huge >> MAP_HUGE_SHIFT);
}

static void pr_map_flags(unsigned long fl)
{
	if (opt_raw) {
		pr_hex(fl);
		return;
	}
	const char *type = xlat_name(map_types, fl & MAP_TYPE);
	int xv = xv_begin("%#lx", fl);
	if (type)
		prs(type);
	else
		pr("%#lx /* MAP_??? */", fl & MAP_TYPE);
	const unsigned long huge = fl & ((unsigned long)MAP_HUGE_MASK << MAP_HUGE_SHIFT);
	fl &= ~(unsigned long)MAP_TYPE & ~huge;
	if (fl) {
		prs("|");
		pr_flags(map_flags, fl, NULL);
	}
	pr_map_huge(huge);
	xv_end(xv);
}

static void dec_mmap(struct tcb *t)
{
	if (t->exiting)
		return;
	unsigned long fl = (unsigned)t->a[3];	/* an int */
	pr_addr(t->a[0]);
	pr(", %lu, ", t->a[1]);
	pr_prot(t->a[2]);
	pr_sep();
	pr_map_flags(fl);
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
	pr_flags_d(mremap_flags, t->a[3], "MREMAP_???");
	if (t->a[3] & MREMAP_FIXED) {	/* new_address is read only then */
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
static const struct xlat msync_flags[] = { X(MS_SYNC), X(MS_ASYNC), X(MS_INVALIDATE), XEND };

static void dec_msync(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu, ", t->a[1]);
		pr_flags_d(msync_flags, (unsigned)t->a[2], "MS_???");
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
	if (t_failed(t) || !t->a[2]) {
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
	/* the kernel takes a name of at most MFD_NAME_MAX_LEN (NAME_MAX less
	 * "memfd:", 249) bytes and reads one more to see the NUL; mm/memfd.c's
	 * own constant, not in the UAPI headers */
	pr_strn(t, t->a[0], 255 - 6 + 1);
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
		pr_flags(f, (unsigned)t->a[0], NULL);	/* strace: no default name */
}

static void dec_mlockall(struct tcb *t)
{
	static const struct xlat f[] = { X(MCL_CURRENT), X(MCL_FUTURE), X(MCL_ONFAULT), XEND };
	if (!t->exiting)
		pr_flags_d(f, (unsigned)t->a[0], "MCL_???");
}

static void dec_mlock2(struct tcb *t)
{
	/* MLOCK_ONFAULT is 1 (<linux/mman.h> has it only in the kernel; mlock2(2)) */
	static const struct xlat f[] = { { 1, "MLOCK_ONFAULT" }, XEND };
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu, ", t->a[1]);
		pr_flags_d(f, (unsigned)t->a[2], "MLOCK_???");
	}
}

static void dec_pkey_alloc(struct tcb *t)
{
	/* PKEY_DISABLE_EXECUTE is powerpc's (4), not in x86's headers; strace names it */
	static const struct xlat f[] = {
		X(PKEY_DISABLE_ACCESS), X(PKEY_DISABLE_WRITE), { 4, "PKEY_DISABLE_EXECUTE" }, XEND
	};
	if (!t->exiting) {
		pr("%#lx, ", t->a[0]);
		pr_flags_d(f, t->a[1], "PKEY_???");
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

/* a policy and its mode flags: MPOL_BIND|MPOL_F_STATIC_NODES; a mode no
 * name covers is a number, after the flags if there are any (as strace) */
static void pr_mpol_mode(unsigned long m)
{
	unsigned long fl = m & MPOL_MODE_FLAGS, mode = m & ~(unsigned long)MPOL_MODE_FLAGS;
	const char *n = xlat_name(mpol_modes, mode);
	if (opt_raw) {
		pr_hex(m);
		return;
	}
	if (!n && !fl) {
		pr("%#lx /* MPOL_??? */", m);
		return;
	}
	int xv = xv_begin("%#lx", m);
	if (!n) {
		pr_flags(mpol_mode_flags, m, NULL);
	} else {
		prs(n);
		if (fl) {
			prs("|");
			pr_flags(mpol_mode_flags, fl, NULL);
		}
	}
	xv_end(xv);
}

static void pr_node_word(struct tcb *t, const void *e)
{
	(void)t;
	pr("%#016lx", *(const unsigned long *)e);
}

/* a node mask: maxnode-1 bits in 64-bit words, each "%#016lx" as strace
 * prints them (so a zero word is sixteen 0s and no "0x"); a maxnode that
 * makes no whole word is printed as the address, 0 words as [] */
static void pr_nodemask(struct tcb *t, unsigned long addr, unsigned long maxnode)
{
	unsigned long words = (maxnode + 62) / 64;
	if (words < maxnode / 64 || (maxnode && !words))
		pr_addr(addr);
	else
		pr_array(t, addr, words, sizeof(unsigned long), pr_node_word);
}

static void dec_set_mempolicy(struct tcb *t)
{
	if (!t->exiting) {
		pr_mpol_mode((unsigned)t->a[0]);	/* an int */
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
	pr_flags_d(mpol_get_flags, t->a[4], "MPOL_???");
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
		static const struct xlat fl[] = { X(MEMBARRIER_CMD_FLAG_CPU), XEND };
		pr_xlat(membarrier_cmds, cmd, "%#x", "MEMBARRIER_CMD_???");
		pr_sep();
		pr_flags_d(fl, (unsigned)t->a[1], "MEMBARRIER_CMD_FLAG_???");
		if ((unsigned)t->a[1] & MEMBARRIER_CMD_FLAG_CPU)	/* cpu_id is read only then */
			pr(", %d", (int)t->a[2]);
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

static const struct xlat mbind_flags[] = {
	X(MPOL_MF_STRICT), X(MPOL_MF_MOVE), X(MPOL_MF_MOVE_ALL), XEND
};

static void dec_mbind(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_addr(t->a[0]);
	pr(", %lu, ", t->a[1]);
	pr_mpol_mode(t->a[2]);
	pr_sep();
	pr_nodemask(t, t->a[3], t->a[4]);
	pr(", %lu, ", t->a[4]);
	pr_flags_d(mbind_flags, (unsigned)t->a[5], "MPOL_???");
}

static void dec_migrate_pages(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_pid((long)(int)t->a[0], PT_TGID);
	pr(", %lu, ", t->a[1]);
	pr_nodemask(t, t->a[2], t->a[1]);
	pr_sep();
	pr_nodemask(t, t->a[3], t->a[1]);
}

static void pr_page_addr(struct tcb *t, const void *e)
{
	(void)t;
	pr_addr(*(const unsigned long *)e);
}

static void pr_node_id(struct tcb *t, const void *e)
{
	(void)t;
	pr("%d", *(const int *)e);
}

/* a page's status: its node, or the error the kernel had with it */
static void pr_page_status(struct tcb *t, const void *e)
{
	int v = *(const int *)e;
	const char *n = v < 0 ? errno_name(-v) : NULL;
	char num[16], name[40];
	(void)t;
	if (!n) {
		pr("%d", v);
		return;
	}
	snprintf(num, sizeof num, "%d", v);
	snprintf(name, sizeof name, "-%s", n);
	pr_named(num, name);
}

/* move_pages(pid, count, pages, nodes, status, flags): the status array
 * is the kernel's answer, shown after the call */
static void dec_move_pages(struct tcb *t)
{
	static const struct xlat f[] = { X(MPOL_MF_MOVE), X(MPOL_MF_MOVE_ALL), XEND };
	if (!t->exiting) {
		pr_pid((long)(int)t->a[0], PT_TGID);
		pr(", %lu, ", t->a[1]);
		pr_array(t, t->a[2], t->a[1], sizeof(unsigned long), pr_page_addr);
		pr_sep();
		pr_array(t, t->a[3], t->a[1], sizeof(int), pr_node_id);
		pr_sep();
		return;
	}
	if (t_failed(t) && t->a[1])	/* an empty array is [] even then (strace) */
		pr_addr(t->a[4]);
	else
		pr_array(t, t->a[4], t->a[1], sizeof(int), pr_page_status);
	pr_sep();
	pr_flags_d(f, (unsigned)t->a[5], "MPOL_???");
}

static void dec_set_mempolicy_home_node(struct tcb *t)
{
	if (!t->exiting) {
		pr_addr(t->a[0]);
		pr(", %lu, %lu, ", t->a[1], t->a[2]);
		pr_hex(t->a[3]);
	}
}

static void dec_pkey_mprotect(struct tcb *t)
{
	dec_mprotect(t);
	if (!t->exiting)
		pr(", %d", (int)t->a[3]);
}

/* process_madvise(pidfd, iov, vlen, advice, flags): the iovec names
 * ranges of the other process, not data */
static void dec_process_madvise(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)(int)t->a[0]);
	pr_sep();
	pr_iov(t, t->a[1], t->a[2], IOV_ADDRS);
	pr(", %lu, ", t->a[2]);
	pr_xlat(madv, (unsigned)t->a[3], "%#x", "MADV_???");
	pr(", %#x", (unsigned)t->a[4]);	/* an unsigned int */
}


/* remap_file_pages(addr, size, prot, pgoff, flags): flags as mmap's */
static void dec_remap_file_pages(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_addr(t->a[0]);
	pr(", %lu, ", t->a[1]);
	pr_prot(t->a[2]);
	pr(", %lu, ", t->a[3]);
	pr_map_flags(t->a[4]);
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
	sys_set("membarrier", 3, dec_membarrier, R_DEC);
	sys_set("mbind", 6, dec_mbind, R_DEC);
	sys_set("migrate_pages", 4, dec_migrate_pages, R_DEC);
	sys_set("move_pages", 6, dec_move_pages, R_DEC);
	sys_set("set_mempolicy_home_node", 4, dec_set_mempolicy_home_node, R_DEC);
	sys_set("pkey_mprotect", 4, dec_pkey_mprotect, R_DEC);
	sys_set("process_madvise", 5, dec_process_madvise, R_DEC);
	sys_set("remap_file_pages", 5, dec_remap_file_pages, R_DEC);
}
