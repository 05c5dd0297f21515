/* src/trace/ioctl_kvm.c — KVM (0xAE, <linux/kvm.h>): the capability asked
 * about, the VM's and vCPU's descriptors, guest memory slots, CPUID
 * entries, the x86 registers (general and special); with -e kvm=vcpu,
 * why KVM_RUN returned. */
#include "ioctl.h"
#include "nltab.h"
#include <linux/kvm.h>

static const struct xlat kvm_caps[] = { NLX_kvm_caps, XEND };
static const struct xlat kvm_exits[] = { NLX_kvm_exits, XEND };
int opt_kvm_vcpu;	/* -e kvm=vcpu */
static const struct xlat mem_flags[] = { X(KVM_MEM_LOG_DIRTY_PAGES), X(KVM_MEM_READONLY), XEND };
static const struct xlat cpuid_flags[] = {
	X(KVM_CPUID_FLAG_SIGNIFCANT_INDEX), X(KVM_CPUID_FLAG_STATEFUL_FUNC),
	X(KVM_CPUID_FLAG_STATE_READ_NEXT), XEND
};

static void pr_mem_region(struct tcb *t, unsigned long arg)
{
	struct kvm_userspace_memory_region r;

	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return;
	pr("{slot=%u, flags=", r.slot);
	pr_flags_d(mem_flags, r.flags, "KVM_MEM_???");
	pr(", guest_phys_addr=%#llx, memory_size=%llu, userspace_addr=%#llx}",
	   (unsigned long long)r.guest_phys_addr, (unsigned long long)r.memory_size,
	   (unsigned long long)r.userspace_addr);
}

static void pr_cpuid_entry(struct tcb *t, const void *e)
{
	const struct kvm_cpuid_entry2 *c = e;

	pr("{function=%#x, index=%#x, flags=", c->function, c->index);
	pr_flags_d(cpuid_flags, c->flags, "KVM_CPUID_FLAG_???");
	pr(", eax=%#x, ebx=%#x, ecx=%#x, edx=%#x}", c->eax, c->ebx, c->ecx, c->edx);
}

/* {nent=N, entries=[...]}: the entries with -v only (none: []) */
static void pr_cpuid2(struct tcb *t, unsigned long arg)
{
	struct kvm_cpuid2 c;

	if (ioc_get(t, arg, &c, sizeof c) < 0)
		return;
	pr("{nent=%u, entries=", c.nent);
	if (abbrev(t) && c.nent)
		prs("[...]");
	else
		pr_array(t, arg + sizeof c, c.nent, sizeof(struct kvm_cpuid_entry2), pr_cpuid_entry);
	prs("}");
}

/* general registers: without -v rax, rsp, rbp, rip, rflags only */
static void pr_regs(struct tcb *t, unsigned long arg)
{
	struct kvm_regs r;

	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return;
	if (abbrev(t)) {
		pr("{rax=%#llx, ..., rsp=%#llx, rbp=%#llx, ..., rip=%#llx, rflags=%#llx}",
		   r.rax, r.rsp, r.rbp, r.rip, r.rflags);
		return;
	}
	pr("{rax=%#llx, rbx=%#llx, rcx=%#llx, rdx=%#llx, rsi=%#llx, rdi=%#llx, rsp=%#llx, "
	   "rbp=%#llx, r8=%#llx, r9=%#llx, r10=%#llx, r11=%#llx, r12=%#llx, r13=%#llx, "
	   "r14=%#llx, r15=%#llx, rip=%#llx, rflags=%#llx}", r.rax, r.rbx, r.rcx, r.rdx, r.rsi,
	   r.rdi, r.rsp, r.rbp, r.r8, r.r9, r.r10, r.r11, r.r12, r.r13, r.r14, r.r15, r.rip,
	   r.rflags);
}

static void pr_segment(const char *name, const struct kvm_segment *s)
{
	pr("%s={base=%#llx, limit=%u, selector=%u, type=%u, present=%u, dpl=%u, db=%u, s=%u, "
	   "l=%u, g=%u, avl=%u}", name, (unsigned long long)s->base, s->limit, s->selector,
	   s->type, s->present, s->dpl, s->db, s->s, s->l, s->g, s->avl);
}

static void pr_dtable(const char *name, const struct kvm_dtable *d)
{
	pr(", %s={base=%#llx, limit=%u}", name, (unsigned long long)d->base, d->limit);
}

/* special registers: without -v the code segment only */
static void pr_sregs(struct tcb *t, unsigned long arg)
{
	struct kvm_sregs s;

	if (ioc_get(t, arg, &s, sizeof s) < 0)
		return;
	prs("{");
	pr_segment("cs", &s.cs);
	if (abbrev(t)) {
		prs(", ...}");
		return;
	}
	static const char *const names[] = { "ds", "es", "fs", "gs", "ss", "tr", "ldt" };
	const struct kvm_segment *segs[] = { &s.ds, &s.es, &s.fs, &s.gs, &s.ss, &s.tr, &s.ldt };
	for (unsigned i = 0; i < sizeof segs / sizeof segs[0]; i++) {
		prs(", ");
		pr_segment(names[i], segs[i]);
	}
	pr_dtable("gdt", &s.gdt);
	pr_dtable("idt", &s.idt);
	pr(", cr0=%llu, cr2=%llu, cr3=%llu, cr4=%llu, cr8=%llu, efer=%llu, apic_base=%#llx, "
	   "interrupt_bitmap=[", s.cr0, s.cr2, s.cr3, s.cr4, s.cr8, s.efer, s.apic_base);
	for (unsigned i = 0; i < sizeof s.interrupt_bitmap / sizeof s.interrupt_bitmap[0]; i++)
		pr("%s%#llx", i ? ", " : "", s.interrupt_bitmap[i]);
	prs("]}");
}

/* a maps line's start address (hex, up to the '-') */
static unsigned long maps_start(const char *p)
{
	unsigned long v = 0;

	for (;; p++) {
		int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10 : -1;
		if (d < 0)
			return v;
		v = v << 4 | (unsigned long)d;
	}
}

/* where the vCPU behind fd has its struct kvm_run mapped: the line of
 * /proc/PID/maps that names the same anon inode as /proc/PID/fd/FD
 * (anon_inode:kvm-vcpu:N); 0 if none */
static unsigned long vcpu_run_addr(int pid, long fd)
{
	static char maps[1 << 16];
	char path[64], link[64];
	long n, len = 0;

	snprintf(path, sizeof path, "/proc/%d/fd/%ld", proc_pid(pid), fd);
	n = sys_readlinkat(AT_FDCWD, path, link, sizeof link - 1);
	if (n <= 0)
		return 0;
	link[n] = 0;
	snprintf(path, sizeof path, "/proc/%d/maps", proc_pid(pid));
	long m = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	if (m < 0)
		return 0;
	while (len < (long)sizeof maps - 1 &&
	       (n = sys_read((int)m, maps + len, sizeof maps - 1 - (size_t)len)) > 0)
		len += n;
	sys_close((int)m);
	maps[len] = 0;
	for (char *p = maps, *e; *p; p = e + 1) {
		e = strchr(p, '\n');
		if (!e)
			break;
		*e = 0;
		size_t l = strlen(p), k = (size_t)strlen(link);
		if (l > k && p[l - k - 1] == ' ' && !strcmp(p + l - k, link))
			return maps_start(p);
	}
	return 0;
}

/* KVM_RUN's exit reason, " (KVM_EXIT_IO)", read from the vCPU's kvm_run */
static void run_result(struct tcb *t, long fd)
{
	unsigned long run = vcpu_run_addr(t->pid, fd);
	unsigned reason;
	const char *n;

	if (!run || umove(t->pid, run + __builtin_offsetof(struct kvm_run, exit_reason), &reason,
			  sizeof reason) < 0)
		return;
	n = xlat_name(kvm_exits, reason);
	if (n) {
		snprintf(t->rbuf, sizeof t->rbuf, " (%s)", n);
		t->rtext = t->rbuf;
	}
}

static int kvm_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	if (req == KVM_RUN) {
		if (!t_failed(t))
			run_result(t, (long)t->a[0]);
		return IOC_DONE;
	}
	pr_sep();
	if (t_failed(t)) {
		pr_addr(arg);
		return IOC_DONE;
	}
	switch (req) {
	case KVM_GET_SUPPORTED_CPUID:
		pr_cpuid2(t, arg);
		break;
	case KVM_GET_REGS:
		pr_regs(t, arg);
		break;
	case KVM_GET_SREGS:
		pr_sregs(t, arg);
		break;
	}
	return IOC_DONE;
}

int ioctl_kvm(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting)
		return kvm_exit(t, req, arg);
	switch (req) {
	case KVM_CHECK_EXTENSION:
		pr_sep();
		pr_xlat(kvm_caps, arg, "%#lx", "KVM_CAP_???");
		return IOC_DONE;
	case KVM_CREATE_VM: case KVM_CREATE_VCPU:	/* a new descriptor: -y names it */
		pr(", %lu", arg);
		t->rfmt = R_FD;
		return IOC_DONE;
	case KVM_SET_USER_MEMORY_REGION:
		pr_sep();
		pr_mem_region(t, arg);
		return IOC_DONE;
	case KVM_SET_CPUID2:
		pr_sep();
		pr_cpuid2(t, arg);
		return IOC_DONE;
	case KVM_SET_REGS:
		pr_sep();
		pr_regs(t, arg);
		return IOC_DONE;
	case KVM_SET_SREGS:
		pr_sep();
		pr_sregs(t, arg);
		return IOC_DONE;
	case KVM_GET_SUPPORTED_CPUID: case KVM_GET_REGS: case KVM_GET_SREGS:
		return IOC_EXIT;
	case KVM_RUN:	/* takes nothing: the argument as a number */
		pr(", %#lx", arg);
		return opt_kvm_vcpu ? IOC_EXIT : IOC_DONE;
	}
	return IOC_NUM;
}
