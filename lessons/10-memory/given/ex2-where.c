/* given/ex2-where.c — the driver for exercise 2 (do not edit).
 *
 * Usage: ex2-where SEED
 * Asks your where() about addresses it knows: a local variable (the stack),
 * the vDSO (AT_SYSINFO_EHDR, when there is one), main() (this program),
 * pages of an anonymous mapping (its first byte, its last byte, the first
 * byte past it, where nothing is mapped), NULL, and a random byte of a
 * random-sized mapping. It first makes its map long (400 one-page mappings of
 * alternating protection, so more than one read() of /proc/self/maps:
 * [stack] comes after them), and asks once with a 6-byte name buffer (the
 * name must be cut to 5 bytes and a NUL, nothing written past it: exit 1
 * otherwise).
 * Prints "0xADDR -> NAME" ("-" when where() found nothing), then
 * the kernel's /proc/self/maps after a line "--maps--", for the grader.
 */
#include "sg.h"

int where(unsigned long addr, char *name, size_t n);

static void ask(const char *what, unsigned long addr)
{
	char name[4096];
	memset(name, '?', sizeof name);
	name[sizeof name - 1] = 0;
	int r = where(addr, name, sizeof name);
	printf("%s 0x%lx -> %s\n", what, addr, r == 1 ? (name[0] ? name : "(anonymous)") : r == 0 ? "-" : "error");
}

int main(int argc, char **argv, char **envp)
{
	uint64_t seed;
	int local = 1;

	(void)envp;
	if (argc != 2 || parse_u64(argv[1], 10, &seed)) {
		error(0, 0, "usage: ex2-where SEED");
		return 2;
	}
	/* three pages, the third given back: its first byte is mapped by nothing */
	char *pages = (char *)sys_mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	sys_munmap(pages + 2 * 4096, 4096);
	size_t big = 4096 * (1 + seed % 97);
	char *r = (char *)sys_mmap(NULL, big, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	/* 400 pages, every other one read-only: 400 lines in the map */
	char *many = (char *)sys_mmap(NULL, 400 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	for (int i = 0; i < 400; i += 2)
		sys_mprotect(many + (size_t)i * 4096, 4096, PROT_READ);
	char cut[16];
	memset(cut, '?', sizeof cut);
	int found = where((unsigned long)&local, cut, 6);
	if (found != 1) {
		error(0, 0, "where(a local variable) returned %d, but [stack] is in the map: "
			    "read /proc/self/maps until read() returns 0 (it is longer than one read)", found);
		return 1;
	}
	if (memcmp(cut, "[stac", 6) != 0 || cut[6] != '?') {
		error(0, 0, "where(a local variable, name, 6) must store \"[stac\" and a NUL, and nothing past 6 bytes");
		return 1;
	}
	ask("stack", (unsigned long)&local);
	unsigned long vdso = getauxval(AT_SYSINFO_EHDR);
	if (vdso)
		ask("vdso", vdso);
	ask("main", (unsigned long)main);
	ask("anon-first", (unsigned long)pages);
	ask("anon-last", (unsigned long)pages + 2 * 4096 - 1);
	ask("anon-past", (unsigned long)pages + 2 * 4096);
	ask("null", 0);
	ask("random", (unsigned long)r + (seed * 2654435761u) % big);
	out_flush(sg_stdout);
	printf("--maps--\n");
	out_flush(sg_stdout);
	long fd = sys_openat(AT_FDCWD, "/proc/self/maps", O_RDONLY, 0);
	static char buf[65536];
	long k;
	while ((k = sys_read((int)fd, buf, sizeof buf)) > 0)
		sys_write(1, buf, (size_t)k);
	return 0;
}
