/* lessons/12-syscall-cost/vdso.c — the vDSO, found and read by hand.
 *
 *   1. its address, from the auxiliary vector (AT_SYSINFO_EHDR), against the
 *      [vdso] line of /proc/self/maps
 *   2. its ELF header, and every function in its dynamic symbol table
 *   3. clock_gettime through it, and as a real syscall: the same clock
 *
 * The timing is bin/syscost's job; ./run calls it after this.
 */
#include "sg.h"
#include <linux/elf.h>

/* the [vdso] line of /proc/self/maps, or "" */
static void maps_line(char *line, size_t size)
{
	static char buf[16384];
	size_t len = 0;
	long r;

	line[0] = 0;
	int fd = (int)sys_openat(AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0);
	if (fd < 0)
		error(1, -fd, "/proc/self/maps");
	while (len < sizeof buf - 1 && (r = sys_read(fd, buf + len, sizeof buf - 1 - len)) > 0)
		len += (size_t)r;
	sys_close(fd);
	buf[len] = 0;
	for (char *p = buf; *p;) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = 0;
		size_t n = strlen(p);
		if (n >= 6 && strcmp(p + n - 6, "[vdso]") == 0) {
			snprintf(line, size, "%s", p);
			return;
		}
		if (!nl)
			break;
		p = nl + 1;
	}
}

int main(int argc, char **argv, char **envp)
{
	char line[256];
	const char *base = (const char *)getauxval(AT_SYSINFO_EHDR);

	printf("1. AT_SYSINFO_EHDR = %p\n", (void *)base);
	maps_line(line, sizeof line);
	printf("   /proc/self/maps: %s\n", line[0] ? line : "(no [vdso] line)");
	if (!base) {
		printf("   no vDSO: every clock_gettime is a real syscall here\n");
		return 0;
	}
	uint64_t start = 0;
	char *dash = strchr(line, '-');
	if (dash) {
		*dash = 0;	/* the line starts with START-END in hex */
		parse_u64(line, 16, &start);
	}
	printf("   the same address: %s\n", start == (unsigned long)base ? "yes" : "no");

	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
	const Elf64_Phdr *ph = (const Elf64_Phdr *)(base + eh->e_phoff);
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(base + eh->e_shoff);
	printf("2. an ELF file in memory: \\x7f%.3s, class %d (64-bit), type %d (ET_DYN, a shared object)\n",
	       (const char *)eh->e_ident + 1, eh->e_ident[EI_CLASS], eh->e_type);
	printf("   %d program headers at +%#lx, %d section headers at +%#lx\n", eh->e_phnum,
	       (unsigned long)eh->e_phoff, eh->e_shnum, (unsigned long)eh->e_shoff);
	long bias = 0;
	for (int i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD) {
			bias = (long)ph[i].p_offset - (long)ph[i].p_vaddr;
			printf("   PT_LOAD: %lu bytes, p_vaddr %#lx\n", (unsigned long)ph[i].p_memsz,
			       (unsigned long)ph[i].p_vaddr);
			break;
		}
	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_DYNSYM)
			continue;
		const Elf64_Sym *sym = (const Elf64_Sym *)(base + sh[i].sh_offset);
		const char *strs = base + sh[sh[i].sh_link].sh_offset;
		size_t n = sh[i].sh_size / sizeof *sym;
		printf("   section %d is SHT_DYNSYM: %zu symbols, names in section %u; the functions:\n",
		       i, n, sh[i].sh_link);
		for (size_t k = 0; k < n; k++)
			if (sym[k].st_shndx != SHN_UNDEF && ELF64_ST_TYPE(sym[k].st_info) == STT_FUNC)
				printf("     %-28s st_value %#6lx -> %p\n", strs + sym[k].st_name,
				       (unsigned long)sym[k].st_value,
				       (void *)(base + sym[k].st_value + bias));
	}

	long (*gettime)(int, struct timespec *) =
		(long (*)(int, struct timespec *))vdso_sym("__vdso_clock_gettime");
	struct timespec v, s;
	if (!gettime)
		error(1, 0, "no __vdso_clock_gettime in the vDSO");
	gettime(CLOCK_REALTIME, &v);
	sys_clock_gettime(CLOCK_REALTIME, &s);
	long long d = (long long)(s.tv_sec - v.tv_sec) * 1000000000 + (s.tv_nsec - v.tv_nsec);
	printf("3. CLOCK_REALTIME through the vDSO: %ld s; by syscall: %ld s; less than 0.1 s apart: %s\n",
	       (long)v.tv_sec, (long)s.tv_sec, d >= 0 && d < 100000000 ? "yes" : "no");
	printf("   (the first made no syscall: look for clock_gettime under strace)\n");
	return 0;
}
