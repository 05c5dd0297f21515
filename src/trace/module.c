/* src/trace/module.c — loading code into the kernel: init_module,
 * finit_module, delete_module, kexec_load, kexec_file_load.
 * Constants from <linux/module.h> and <linux/kexec.h>. */
#include "trace.h"
#include <linux/module.h>
#include <linux/kexec.h>

static const struct xlat finit_flags[] = {
	X(MODULE_INIT_IGNORE_MODVERSIONS), X(MODULE_INIT_IGNORE_VERMAGIC),
	X(MODULE_INIT_COMPRESSED_FILE), XEND
};
/* delete_module takes open(2)'s O_NONBLOCK and O_TRUNC (man delete_module) */
static const struct xlat delete_flags[] = { X(O_NONBLOCK), X(O_TRUNC), XEND };
static const struct xlat kexec_arches[] = {
	X(KEXEC_ARCH_DEFAULT), X(KEXEC_ARCH_386), X(KEXEC_ARCH_68K), X(KEXEC_ARCH_PARISC),
	X(KEXEC_ARCH_X86_64), X(KEXEC_ARCH_PPC), X(KEXEC_ARCH_PPC64), X(KEXEC_ARCH_IA_64),
	X(KEXEC_ARCH_ARM), X(KEXEC_ARCH_S390), X(KEXEC_ARCH_SH), X(KEXEC_ARCH_MIPS_LE),
	X(KEXEC_ARCH_MIPS), X(KEXEC_ARCH_AARCH64), X(KEXEC_ARCH_RISCV), XEND
};
static const struct xlat kexec_flags[] = { X(KEXEC_ON_CRASH), X(KEXEC_PRESERVE_CONTEXT), XEND };
static const struct xlat kexec_file_flags[] = {
	X(KEXEC_FILE_UNLOAD), X(KEXEC_FILE_ON_CRASH), X(KEXEC_FILE_NO_INITRAMFS), XEND
};

static void dec_init_module(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_addr(t->a[0]);
	pr(", %lu, ", t->a[1]);
	pr_str(t, t->a[2]);
}

static void dec_finit_module(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_str(t, t->a[1]);
	pr_sep();
	pr_flags_d(finit_flags, (unsigned)t->a[2], "MODULE_INIT_???");
}

static void dec_delete_module(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_str(t, t->a[0]);
	pr_sep();
	pr_flags_d(delete_flags, (unsigned)t->a[1], "O_???");
}

static void pr_kexec_segment(struct tcb *t, const void *e)
{
	const struct kexec_segment *k = e;

	(void)t;
	prs("{buf=");
	pr_addr((unsigned long)k->buf);
	pr(", bufsz=%lu, mem=", (unsigned long)k->bufsz);
	pr_addr((unsigned long)k->mem);
	pr(", memsz=%lu}", (unsigned long)k->memsz);
}

/* The segments: an array, unless there are more than the kernel takes
 * (KEXEC_SEGMENT_MAX): then their address. The architecture is a value in
 * the top 16 bits of the flags, the rest flags. */
static void dec_kexec_load(struct tcb *t)
{
	unsigned long f = t->a[3];

	if (t->exiting)
		return;
	pr_addr(t->a[0]);
	pr(", %lu, ", t->a[1]);
	if (t->a[1] > KEXEC_SEGMENT_MAX)
		pr_addr(t->a[2]);
	else
		pr_array(t, t->a[2], t->a[1], sizeof(struct kexec_segment), pr_kexec_segment);
	pr_sep();
	pr_xlat(kexec_arches, f & KEXEC_ARCH_MASK, "%#lx", "KEXEC_ARCH_???");
	f &= ~(unsigned long)KEXEC_ARCH_MASK;
	if (f) {
		prs("|");
		pr_flags_d(kexec_flags, f, "KEXEC_???");
	}
}

static void dec_kexec_file_load(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_fd((long)t->a[1]);
	pr(", %lu, ", t->a[2]);
	pr_buf(t, t->a[3], t->a[2]);
	pr_sep();
	pr_flags_d(kexec_file_flags, t->a[4], "KEXEC_FILE_???");
}

void module_init(void)
{
	sys_set("init_module", 3, dec_init_module, R_DEC);
	sys_set("finit_module", 3, dec_finit_module, R_DEC);
	sys_set("delete_module", 2, dec_delete_module, R_DEC);
	sys_set("kexec_load", 4, dec_kexec_load, R_DEC);
	sys_set("kexec_file_load", 5, dec_kexec_file_load, R_DEC);
}
