/* src/lib/vdso.c — finding a function in the vDSO.
 *
 * The kernel maps a small ELF shared object into every process and passes its
 * address as auxv AT_SYSINFO_EHDR. Its clock_gettime reads the clock from a
 * page the kernel keeps updated, with no syscall at all. The whole image is
 * mapped, section headers included, so the dynamic symbol table can be found
 * through them:
 *
 *   base -> Elf64_Ehdr  e_shoff -> Elf64_Shdr[e_shnum]
 *                                  one has sh_type SHT_DYNSYM: Elf64_Sym[],
 *                                  its sh_link names the string table
 *   a symbol's address = base + st_value - (p_vaddr - p_offset of the PT_LOAD)
 */
#include "sg.h"
#include <linux/elf.h>

void *vdso_sym(const char *name)
{
	const char *base = (const char *)getauxval(AT_SYSINFO_EHDR);

	if (!base)
		return NULL;	/* e.g. under qemu-user */
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
	const Elf64_Phdr *ph = (const Elf64_Phdr *)(base + eh->e_phoff);
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(base + eh->e_shoff);
	long bias = 0;

	for (int i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD) {
			bias = (long)ph[i].p_offset - (long)ph[i].p_vaddr;
			break;
		}
	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_DYNSYM)
			continue;
		const Elf64_Sym *sym = (const Elf64_Sym *)(base + sh[i].sh_offset);
		const char *strs = base + sh[sh[i].sh_link].sh_offset;
		size_t n = sh[i].sh_size / sizeof *sym;
		for (size_t k = 0; k < n; k++)
			if (sym[k].st_shndx != SHN_UNDEF && strcmp(strs + sym[k].st_name, name) == 0)
				return (void *)(base + sym[k].st_value + bias);
	}
	return NULL;
}

long clock_gettime(int clock, struct timespec *tp)
{
	static long (*fn)(int, struct timespec *);
	static bool looked;

	if (!looked) {
		fn = (long (*)(int, struct timespec *))vdso_sym("__vdso_clock_gettime");
		looked = true;
	}
	return fn ? fn(clock, tp) : sys_clock_gettime(clock, tp);
}
