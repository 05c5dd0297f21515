/* given/ex1-lookup.c — the grader's start-up for exercise 1 (edit
 * exercises/ex1-lookup.c, not this).
 *
 * It replaces the runtime's _start and runs before main. When the environment
 * holds SG_EX1_SEED=N, it copies this kernel's vDSO into a buffer, moves each
 * function symbol of the copy's .dynsym by 16 * (1 + (N + 37 * INDEX) % 4093)
 * bytes, and makes auxv's AT_SYSINFO_EHDR point at the copy. A lookup that
 * really walks the ELF image it is given then finds the moved offsets; a table
 * of one kernel's offsets does not. The seed is overwritten before main runs,
 * so the answer cannot be worked out from the environment. Without
 * SG_EX1_SEED (the "time" runs, a student's own runs), nothing changes: the
 * copy could not be called, its code reaches the kernel's data by position. */
#include "sg.h"
#include <linux/elf.h>

int sg_start_c(long *sp);
int ex1_given_start(long *sp);

__asm__(".text\n"
	".globl _start\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"
	"	mov %rsp, %rdi\n"	/* argc, argv, envp, auxv: the kernel's stack */
	"	and $-16, %rsp\n"
	"	call ex1_given_start\n"
	"	mov %eax, %edi\n"
	"	mov $231, %eax\n"	/* __NR_exit_group */
	"	syscall\n"
	"	hlt\n");

static char image[64 * 1024] __attribute__((aligned(4096)));

static void move_symbols(char *img, uint64_t seed)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)img;
	Elf64_Shdr *sh = (Elf64_Shdr *)(img + eh->e_shoff);

	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_DYNSYM)
			continue;
		Elf64_Sym *sym = (Elf64_Sym *)(img + sh[i].sh_offset);
		for (uint64_t k = 0; k < sh[i].sh_size / sizeof *sym; k++)
			if (sym[k].st_shndx != SHN_UNDEF && ELF64_ST_TYPE(sym[k].st_info) == STT_FUNC)
				sym[k].st_value += 16 * (1 + (seed + 37 * k) % 4093);
	}
}

int ex1_given_start(long *sp)
{
	char **e = (char **)(sp + sp[0] + 2);
	char *seedp = NULL;
	uint64_t seed = 0;

	for (; *e; e++)
		if (strncmp(*e, "SG_EX1_SEED=", 12) == 0)
			seedp = *e + 12;
	if (seedp && parse_u64(seedp, 10, &seed) == 0) {
		memset(seedp, '0', strlen(seedp));	/* /proc/self/environ shows this too */
		for (unsigned long *a = (unsigned long *)(e + 1); a[0] != AT_NULL; a += 2) {
			if (a[0] != AT_SYSINFO_EHDR || !a[1])
				continue;
			const Elf64_Ehdr *eh = (const Elf64_Ehdr *)a[1];
			size_t size = eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr);
			if (size > sizeof image)
				return 99;	/* the grader says what went wrong */
			memcpy(image, eh, size);
			move_symbols(image, seed);
			a[1] = (unsigned long)image;
		}
	}
	return sg_start_c(sp);
}
