/* src/trace/arch_prctl.c — x86's arch_prctl: its codes (<asm/prctl.h>), and
 * the AMX permission calls' xfeature numbers and masks.
 *
 *   ARCH_GET_FS/GS            [the base] at the exit
 *   ARCH_GET_CPUID            no argument
 *   ARCH_GET_XCOMP_*          [the mask of xfeatures] at the exit: 0xe7, its names in a comment
 *   ARCH_REQ_XCOMP_*          an xfeature number; the result a mask (hex, names)
 *   the others                the argument in hex
 */
#include "trace.h"
#include <asm/prctl.h>

static const struct xlat arch_codes[] = {
	X(ARCH_SET_GS), X(ARCH_SET_FS), X(ARCH_GET_FS), X(ARCH_GET_GS), X(ARCH_GET_CPUID),
	X(ARCH_SET_CPUID), X(ARCH_GET_XCOMP_SUPP), X(ARCH_GET_XCOMP_PERM),
	X(ARCH_REQ_XCOMP_PERM), X(ARCH_GET_XCOMP_GUEST_PERM), X(ARCH_REQ_XCOMP_GUEST_PERM),
	X(ARCH_MAP_VDSO_X32), X(ARCH_MAP_VDSO_32), X(ARCH_MAP_VDSO_64), XEND
};

/* enum xfeature and its XFEATURE_MASK_* are the kernel's own
 * (arch/x86/include/asm/fpu/types.h), in no UAPI header: typed here, as
 * strace 6.1 names them (11..14, 16 and from 19 on it has no name for). */
static const struct xlat xfeatures[] = {
	{ 0, "XFEATURE_FP" }, { 1, "XFEATURE_SSE" }, { 2, "XFEATURE_YMM" },
	{ 3, "XFEATURE_BNDREGS" }, { 4, "XFEATURE_BNDCSR" }, { 5, "XFEATURE_OPMASK" },
	{ 6, "XFEATURE_ZMM_Hi256" }, { 7, "XFEATURE_Hi16_ZMM" },
	{ 8, "XFEATURE_PT_UNIMPLEMENTED_SO_FAR" }, { 9, "XFEATURE_PKRU" },
	{ 10, "XFEATURE_PASID" }, { 15, "XFEATURE_LBR" }, { 17, "XFEATURE_XTILE_CFG" },
	{ 18, "XFEATURE_XTILE_DATA" }, XEND
};
/* the masks: the groups first (a set takes the first name that covers bits) */
#define XM(n) (1UL << (n))
static const struct xlat xfeature_masks[] = {
	{ XM(0) | XM(1), "XFEATURE_MASK_FPSSE" }, { XM(0), "XFEATURE_MASK_FP" },
	{ XM(1), "XFEATURE_MASK_SSE" }, { XM(2), "XFEATURE_MASK_YMM" },
	{ XM(3), "XFEATURE_MASK_BNDREGS" }, { XM(4), "XFEATURE_MASK_BNDCSR" },
	{ XM(5) | XM(6) | XM(7), "XFEATURE_MASK_AVX512" }, { XM(5), "XFEATURE_MASK_OPMASK" },
	{ XM(6), "XFEATURE_MASK_ZMM_Hi256" }, { XM(7), "XFEATURE_MASK_Hi16_ZMM" },
	{ XM(8), "XFEATURE_MASK_PT" }, { XM(9), "XFEATURE_MASK_PKRU" },
	{ XM(10), "XFEATURE_MASK_PASID" }, { XM(15), "XFEATURE_MASK_LBR" },
	{ XM(17) | XM(18), "XFEATURE_MASK_XTILE" }, { XM(17), "XFEATURE_MASK_XTILE_CFG" },
	{ XM(18), "XFEATURE_MASK_XTILE_DATA" }, XEND
};

/* A mask of xfeatures: in hex, the names in a comment (-X raw: hex) */
static void pr_xfeature_mask(unsigned long long m)
{
	char buf[512];

	if (!m || opt_raw) {
		pr("%#llx", m);
		return;
	}
	if (!flags_text(buf, sizeof buf, xfeature_masks, m))
		snprintf(buf, sizeof buf, "XFEATURE_MASK_???");
	pr("%#llx /* %s */", m, buf);
}

/* An xfeature number: the number, its name in a comment (-X raw: the number) */
static void pr_xfeature(unsigned v)
{
	const char *n = xlat_name(xfeatures, v);
	pr("%#x", v);
	if (!opt_raw)
		pr(" /* %s */", n ? n : "XFEATURE_???");
}

/* At the exit: what a GET stored at the argument, [value] */
static void pr_stored(struct tcb *t, unsigned code)
{
	unsigned long long v;

	if (t_failed(t) || umove(t->pid, t->a[1], &v, sizeof v) < 0) {
		pr_addr(t->a[1]);
		return;
	}
	prs("[");
	if (code == ARCH_GET_FS || code == ARCH_GET_GS)
		pr_addr((unsigned long)v);
	else
		pr_xfeature_mask(v);
	prs("]");
}

/* REQ_XCOMP_*'s result: the permitted mask, in hex, with the names of its
 * known bits */
static void ret_xfeature_mask(struct tcb *t)
{
	char buf[512];

	if (t_failed(t) || t->ret <= 0)
		return;
	t->rfmt = R_HEX;
	if (!opt_raw && flags_text(buf, sizeof buf, xfeature_masks, (unsigned long)t->ret)) {
		snprintf(t->rbuf, sizeof t->rbuf, " (%s)", buf);
		t->rtext = t->rbuf;
	}
}

void dec_arch_prctl(struct tcb *t)
{
	unsigned code = (unsigned)t->a[0];

	switch (code) {
	case ARCH_GET_FS: case ARCH_GET_GS:
	case ARCH_GET_XCOMP_SUPP: case ARCH_GET_XCOMP_PERM: case ARCH_GET_XCOMP_GUEST_PERM:
		if (!t->exiting) {
			pr_xlat(arch_codes, code, "%#x", "ARCH_???");
			pr_sep();
		} else {
			pr_stored(t, code);
		}
		return;
	}
	if (t->exiting) {
		if (code == ARCH_REQ_XCOMP_PERM || code == ARCH_REQ_XCOMP_GUEST_PERM)
			ret_xfeature_mask(t);
		return;
	}
	pr_xlat(arch_codes, code, "%#x", "ARCH_???");
	switch (code) {
	case ARCH_GET_CPUID:
		return;
	case ARCH_REQ_XCOMP_PERM: case ARCH_REQ_XCOMP_GUEST_PERM:
		pr_sep();
		pr_xfeature((unsigned)t->a[1]);
		return;
	}
	pr_sep();
	pr_hex(t->a[1]);
}
