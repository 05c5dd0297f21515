/* Another right answer: the sections found by their names (".dynsym",
 * ".dynstr") through e_shstrndx rather than by sh_type and sh_link, and no
 * bias: the vDSO is linked at 0, so a symbol's value is its offset. */
#include "sg.h"
#include <linux/elf.h>

static const char *base;

/* the section called `name`, or NULL */
static const Elf64_Shdr *section(const char *name)
{
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(base + eh->e_shoff);
	const char *names = base + sh[eh->e_shstrndx].sh_offset;

	for (int i = 0; i < eh->e_shnum; i++)
		if (strcmp(names + sh[i].sh_name, name) == 0)
			return &sh[i];
	return NULL;
}

/* the address of the vDSO's function `name`, or NULL */
static void *lookup(const char *name)
{
	const Elf64_Shdr *syms = section(".dynsym"), *strs = section(".dynstr");

	if (!syms || !strs)
		return NULL;
	const Elf64_Sym *sym = (const Elf64_Sym *)(base + syms->sh_offset);
	size_t n = syms->sh_size / syms->sh_entsize;
	for (size_t k = 1; k < n; k++)	/* entry 0 is the null symbol */
		if (sym[k].st_shndx != SHN_UNDEF && strcmp(base + strs->sh_offset + sym[k].st_name, name) == 0)
			return (void *)(base + sym[k].st_value);
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
	long (*gettime)(int, struct timespec *) = (long (*)(int, struct timespec *))lookup("__vdso_clock_gettime");
	struct timespec ts;
	if (!gettime)
		error(1, 0, "no __vdso_clock_gettime");
	long r = gettime((int)clock, &ts);
	if (r < 0)
		error(1, (int)-r, "clock_gettime");
	printf("%ld.%09ld\n", (long)ts.tv_sec, (long)ts.tv_nsec);
	return 0;
}
