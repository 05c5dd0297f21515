/* src/trace/elf.c — -k: the ELF files a tracee has mapped, read by trace.
 *
 * Each file is mapped read-only once (by path) and kept: its program
 * headers say where .eh_frame_hdr is (PT_GNU_EH_FRAME) and which file
 * offsets hold which addresses (PT_LOAD); its section headers give the
 * symbol tables (.symtab, .dynsym). Nothing here reads the tracee.
 */
#include "trace.h"
#include <linux/elf.h>
#include <linux/fcntl.h>
#include <linux/mman.h>
#include <linux/stat.h>

struct elf_file {
	char *path;
	const unsigned char *map;	/* the whole file, PROT_READ */
	size_t size;
	const Elf64_Phdr *ph;		/* NULL: not a usable ELF file */
	const Elf64_Shdr *sh;
	int phnum, shnum;
};

#define MAX_FILES 128
static struct elf_file files[MAX_FILES];
static int nfiles;

static int elf_load(struct elf_file *f, const char *path)
{
	struct stat st;
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);

	if (fd < 0)
		return -1;
	long r = sys_fstat((int)fd, &st) < 0 || (size_t)st.st_size < sizeof(Elf64_Ehdr) ? -1 :
		 sys_mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, (int)fd, 0);
	sys_close((int)fd);
	if (r < 0 && r > -4096)
		return -1;
	const Elf64_Ehdr *eh = (const void *)r;
	f->map = (const unsigned char *)r;
	f->size = (size_t)st.st_size;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh->e_phoff + (size_t)eh->e_phnum * sizeof(Elf64_Phdr) > f->size ||
	    eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr) > f->size)
		return -1;
	f->ph = (const Elf64_Phdr *)(f->map + eh->e_phoff);
	f->phnum = eh->e_phnum;
	f->sh = eh->e_shnum ? (const Elf64_Shdr *)(f->map + eh->e_shoff) : NULL;
	f->shnum = eh->e_shnum;
	return 0;
}

/* The file at path, mapped and parsed once; NULL if it is not a readable
 * 64-bit ELF file (then it is remembered as such). */
const struct elf_file *elf_get(const char *path)
{
	for (int i = 0; i < nfiles; i++)
		if (strcmp(files[i].path, path) == 0)
			return files[i].ph ? &files[i] : NULL;
	if (nfiles == MAX_FILES)
		return NULL;
	struct elf_file *f = &files[nfiles++];
	memset(f, 0, sizeof *f);
	size_t n = strlen(path) + 1;
	f->path = malloc(n);
	if (!f->path) {
		nfiles--;
		return NULL;
	}
	memcpy(f->path, path, n);
	if (elf_load(f, path) < 0) {
		f->ph = NULL;
		return NULL;
	}
	return f;
}

/* A pointer to len bytes at address va of the file's own address space
 * (its p_vaddr), when a PT_LOAD holds them in the file. */
const unsigned char *elf_at(const struct elf_file *f, unsigned long va, size_t len)
{
	for (int i = 0; i < f->phnum; i++) {
		const Elf64_Phdr *p = &f->ph[i];
		if (p->p_type == PT_LOAD && va >= p->p_vaddr && va - p->p_vaddr + len <= p->p_filesz &&
		    p->p_offset + (va - p->p_vaddr) + len <= f->size)
			return f->map + p->p_offset + (va - p->p_vaddr);
	}
	return NULL;
}

/* The address where the tracee put the file's address 0, for a mapping of
 * it at start from file offset off: through the PT_LOAD that covers off */
unsigned long elf_bias(const struct elf_file *f, unsigned long start, unsigned long off)
{
	for (int i = 0; i < f->phnum; i++) {
		const Elf64_Phdr *p = &f->ph[i];
		if (p->p_type == PT_LOAD && (p->p_offset & -4096UL) <= off &&
		    off < p->p_offset + p->p_filesz)
			return start - off + p->p_offset - p->p_vaddr;
	}
	return start - off;
}

/* The PT_GNU_EH_FRAME segment's address, 0 if there is none */
unsigned long elf_eh_frame_hdr(const struct elf_file *f)
{
	for (int i = 0; i < f->phnum; i++)
		if (f->ph[i].p_type == PT_GNU_EH_FRAME)
			return f->ph[i].p_vaddr;
	return 0;
}

/* The function symbol nearest below addr (the file's address) in .symtab
 * and .dynsym, as strace -k names frames: any STT_FUNC defined in the
 * file, however far, in section order, the first of equals; none when the
 * nearest is as far as the file is long. Returns the name, *off the
 * distance. Symbol addresses are p_vaddr-based, like addr. */
const char *elf_symbol(const struct elf_file *f, unsigned long addr, unsigned long *off)
{
	const char *best = NULL;
	unsigned long dist = ~0UL;

	for (int i = 0; i < f->shnum; i++) {
		const Elf64_Shdr *s = &f->sh[i];
		if ((s->sh_type != SHT_SYMTAB && s->sh_type != SHT_DYNSYM) || s->sh_link >= (unsigned)f->shnum ||
		    s->sh_offset + s->sh_size > f->size || s->sh_entsize != sizeof(Elf64_Sym))
			continue;
		const Elf64_Shdr *str = &f->sh[s->sh_link];
		if (str->sh_offset + str->sh_size > f->size)
			continue;
		const Elf64_Sym *sym = (const void *)(f->map + s->sh_offset);
		for (size_t n = s->sh_size / sizeof *sym, j = 0; j < n; j++) {
			if (ELF64_ST_TYPE(sym[j].st_info) != STT_FUNC || sym[j].st_shndx == SHN_UNDEF ||
			    sym[j].st_name >= str->sh_size)
				continue;
			if (addr - sym[j].st_value < dist) {
				dist = addr - sym[j].st_value;
				best = (const char *)f->map + str->sh_offset + sym[j].st_name;
			}
		}
	}
	if (!best || dist >= f->size)
		return NULL;
	*off = dist;
	return best;
}
