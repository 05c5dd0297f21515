/* hardcode-time: walks the symbol table for "sym", but calls clock_gettime at this kernel's offset (0xb10) for "time"; the grader's "time" runs also hand it a vDSO copy whose symbols it moved, where only the looked-up address leads to the clock. */
#include "sg.h"
#include <linux/elf.h>

static const char *base;

/* the address of the vDSO's function `name`, or NULL */
static void *lookup(const char *name)
{
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
	const Elf64_Phdr *ph = (const Elf64_Phdr *)(base + eh->e_phoff);
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(base + eh->e_shoff);
	long bias = 0;

	/* st_value is relative to the image's link address (p_vaddr) */
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
		for (size_t k = 0; k < sh[i].sh_size / sizeof *sym; k++)
			if (sym[k].st_shndx != SHN_UNDEF && strcmp(strs + sym[k].st_name, name) == 0)
				return (void *)(base + sym[k].st_value + bias);
	}
	return NULL;
}

int main(int argc, char **argv, char **envp)
{
	if (argc != 3)
		error(2, 0, "usage: ex1-lookup sym NAME | time CLOCKID");
	base = (const char *)getauxval(AT_SYSINFO_EHDR);
	if (!base)
		error(1, 0, "no vDSO");
	if (strcmp(argv[1], "sym") == 0) {
		char *p = lookup(argv[2]);
		if (!p) {
			printf("%s: not found\n", argv[2]);
			return 1;
		}
		printf("%s at vDSO+0x%lx\n", argv[2], (unsigned long)(p - base));
		return 0;
	}
	uint64_t clock;
	if (parse_u64(argv[2], 10, &clock) < 0)
		error(2, 0, "invalid clock: '%s'", argv[2]);
	long (*gettime)(int, struct timespec *) = (long (*)(int, struct timespec *))(void *)(base + 0xb10);
	struct timespec ts;
	if (!gettime)
		error(1, 0, "no __vdso_clock_gettime");
	long r = gettime((int)clock, &ts);
	if (r < 0)
		error(1, (int)-r, "clock_gettime");
	printf("%ld.%09ld\n", (long)ts.tv_sec, (long)ts.tv_nsec);
	return 0;
}
