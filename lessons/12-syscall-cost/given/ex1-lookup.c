/* given/ex1-lookup.c — the grader's start-up for exercise 1 (edit
 * exercises/ex1-lookup.c, not this).
 *
 * It replaces the runtime's _start and runs before main. When the environment
 * holds SG_EX1_SEED=N, it copies this kernel's vDSO into a fresh mapping,
 * moves each function symbol of the copy's .dynsym from VALUE to
 * VALUE + 0x10000 + 16 * ((N + 37 * INDEX) % 4093), and makes auxv's
 * AT_SYSINFO_EHDR point at the copy. A lookup that really walks the ELF image
 * it is given finds the moved offsets; a table of one kernel's offsets does
 * not. The copied code cannot run where it was copied to (it finds the
 * kernel's data by its position), so at each moved address sits a jump to
 * the real function: calling what the lookup found reads the real clock,
 * calling a remembered offset does not. The seed is overwritten before main
 * runs, so nothing can be worked out from the environment. Without
 * SG_EX1_SEED (a student's own runs) nothing changes. */
#include "sg.h"
#include <linux/elf.h>
#include <linux/mman.h>

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

#define MOVE  0x10000			/* past any vDSO image, so jumps never overwrite it */
#define SPAN  (MOVE + 16 * 4093 + 0x1000)
#define COPY  (2 * MOVE + SPAN)	/* the mapping: image, then the jumps */

/* movabs $to, %rax; jmp *%rax: 12 bytes, and symbols stay 16-aligned */
static void jump(unsigned char *at, uint64_t to)
{
	at[0] = 0x48;
	at[1] = 0xb8;
	memcpy(at + 2, &to, 8);
	at[10] = 0xff;
	at[11] = 0xe0;
}

/* move the copy's function symbols; aliases of `keep` get their jumps last so
 * that a collision never sends clock_gettime elsewhere */
static void move_symbols(unsigned char *img, const unsigned char *real, uint64_t seed, uint64_t keep)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)img;
	Elf64_Shdr *sh = (Elf64_Shdr *)(img + eh->e_shoff);

	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < eh->e_shnum; i++) {
			if (sh[i].sh_type != SHT_DYNSYM)
				continue;
			Elf64_Sym *sym = (Elf64_Sym *)(img + sh[i].sh_offset);
			for (uint64_t k = 0; k < sh[i].sh_size / sizeof *sym; k++) {
				uint64_t v = sym[k].st_value;
				if (sym[k].st_shndx == SHN_UNDEF || ELF64_ST_TYPE(sym[k].st_info) != STT_FUNC ||
				    v >= MOVE || (v == keep) != (pass == 1))
					continue;
				sym[k].st_value = v + MOVE + 16 * ((seed + 37 * k) % 4093);
				jump(img + sym[k].st_value, (uint64_t)(real + v));
			}
		}
}

/* the value of `name` in the real image, or -1 */
static uint64_t value_of(const unsigned char *img, const char *name)
{
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)img;
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(img + eh->e_shoff);

	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_DYNSYM)
			continue;
		const Elf64_Sym *sym = (const Elf64_Sym *)(img + sh[i].sh_offset);
		const char *strs = (const char *)img + sh[sh[i].sh_link].sh_offset;
		for (uint64_t k = 0; k < sh[i].sh_size / sizeof *sym; k++)
			if (strcmp(strs + sym[k].st_name, name) == 0)
				return sym[k].st_value;
	}
	return (uint64_t)-1;
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
			const unsigned char *real = (const unsigned char *)a[1];
			const Elf64_Ehdr *eh = (const Elf64_Ehdr *)real;
			size_t size = eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr);
			if (size > MOVE)
				return 99;	/* the grader says what went wrong */
			long m = sys_mmap(NULL, COPY, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			if (m < 0 && m > -4096)
				return 99;
			unsigned char *img = (unsigned char *)m;
			memcpy(img, real, size);
			move_symbols(img, real, seed, value_of(real, "__vdso_clock_gettime"));
			sys_mprotect(img, COPY, PROT_READ | PROT_EXEC);
			a[1] = (unsigned long)img;
		}
	}
	return sg_start_c(sp);
}
