/* lessons/08-emulation/auxv.c — what the loader of this process handed over.
 *
 *   auxv      print argv[0], the auxiliary vector, and how clock_gettime ran
 *
 * Above the environment on the initial stack, the kernel (or qemu, playing
 * the kernel) leaves {type, value} pairs: the auxiliary vector. A native
 * x86-64 process finds AT_SYSINFO_EHDR there, the address of the vDSO, a
 * small library the kernel maps into every process so that clock_gettime
 * and gettimeofday need no syscall. QEMU before 8.2 maps none for x86-64
 * guests; QEMU 8.2 and later map one of their own whose clock_gettime is just
 * `mov eax, 228; syscall; ret` — a vDSO that enters the "kernel" (qemu)
 * anyway. The first bytes of the function tell the two apart.
 */
#include "sg.h"

/* Newer kernels (6.3+) add these; the installed headers may predate them. */
#ifndef AT_RSEQ_FEATURE_SIZE
#define AT_RSEQ_FEATURE_SIZE 27
#endif
#ifndef AT_RSEQ_ALIGN
#define AT_RSEQ_ALIGN 28
#endif

static const struct { unsigned long type; const char *name, *what; } known[] = {
	{ AT_SYSINFO_EHDR, "AT_SYSINFO_EHDR", "the vDSO's ELF header" },
	{ AT_MINSIGSTKSZ, "AT_MINSIGSTKSZ", "minimum signal stack size" },
	{ AT_HWCAP, "AT_HWCAP", "CPU feature bits" },
	{ AT_PAGESZ, "AT_PAGESZ", "page size" },
	{ AT_CLKTCK, "AT_CLKTCK", "clock ticks per second (times)" },
	{ AT_PHDR, "AT_PHDR", "this program's program headers" },
	{ AT_PHENT, "AT_PHENT", "size of one program header" },
	{ AT_PHNUM, "AT_PHNUM", "how many program headers" },
	{ AT_BASE, "AT_BASE", "the interpreter's base (0: static)" },
	{ AT_FLAGS, "AT_FLAGS", "flags" },
	{ AT_ENTRY, "AT_ENTRY", "the entry point, _start" },
	{ AT_UID, "AT_UID", "real uid" },
	{ AT_EUID, "AT_EUID", "effective uid" },
	{ AT_GID, "AT_GID", "real gid" },
	{ AT_EGID, "AT_EGID", "effective gid" },
	{ AT_SECURE, "AT_SECURE", "1 if set-uid and the like" },
	{ AT_RANDOM, "AT_RANDOM", "address of 16 random bytes" },
	{ AT_HWCAP2, "AT_HWCAP2", "more CPU feature bits" },
	{ AT_EXECFN, "AT_EXECFN", "the path given to execve" },
	{ AT_PLATFORM, "AT_PLATFORM", "the platform name" },
	{ AT_RSEQ_FEATURE_SIZE, "AT_RSEQ_FEATURE_SIZE", "restartable sequences: feature size" },
	{ AT_RSEQ_ALIGN, "AT_RSEQ_ALIGN", "restartable sequences: alignment" },
};

int main(int argc, char **argv, char **envp)
{
	printf("argv[0] = \"%s\"\n", argv[0]);
	printf("auxiliary vector, in the order it was given:\n");
	for (unsigned long *a = sg_auxv; a[0] != AT_NULL; a += 2) {
		const char *name = NULL, *what = "";
		for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
			if (known[i].type == a[0]) {
				name = known[i].name;
				what = known[i].what;
			}
		if (!name)
			printf("  %-20lu %#lx\n", a[0], a[1]);
		else if (a[0] == AT_EXECFN || a[0] == AT_PLATFORM)
			printf("  %-20s %-18s %s\n", name, (const char *)a[1], what);
		else
			printf("  %-20s %#-18lx %s\n", name, a[1], what);
	}

	/* the vDSO, or not: under strace, a vDSO clock_gettime leaves no line */
	struct timespec ts;
	long r = clock_gettime(CLOCK_REALTIME, &ts);
	const unsigned char *fn = vdso_sym("__vdso_clock_gettime");
	if (!getauxval(AT_SYSINFO_EHDR)) {
		printf("no vDSO: clock_gettime was a real system call (%s)\n", r == 0 ? "ok" : "failed");
		return 0;
	}
	/* b8 imm32: mov eax, imm32 (228 = __NR_clock_gettime); 0f 05: syscall */
	if (fn && fn[0] == 0xb8 && fn[5] == 0x0f && fn[6] == 0x05)
		printf("vDSO at %#lx, but its clock_gettime is mov eax, %u; syscall: "
		       "a real system call all the same (%s)\n", getauxval(AT_SYSINFO_EHDR),
		       fn[1] | fn[2] << 8, r == 0 ? "ok" : "failed");
	else
		printf("vDSO at %#lx: clock_gettime ran in user space (%s)\n",
		       getauxval(AT_SYSINFO_EHDR), r == 0 ? "ok" : "failed");
	if (fn) {
		printf("  __vdso_clock_gettime at %p starts:", (const void *)fn);
		for (int i = 0; i < 8; i++)
			printf(" %02x", fn[i]);
		printf("\n");
	}
	return 0;
}
