/* mem.c — lesson 10: brk, mmap, and the map of a process.
 *
 *   1. brk: where the heap ends, moved up 64 KiB and back
 *   2. mmap of anonymous memory, munmap
 *   3. mmap of a file: its bytes as memory, no read()
 *   4. mprotect a page read-only, write to it: SIGSEGV with si_addr
 *   5. mremap: a mapping grows (and may move), its bytes kept
 *   6. /proc/self/maps: which line holds a local variable, and the vDSO
 *   7. mlock and RLIMIT_MEMLOCK
 *   8. madvise(MADV_DONTNEED): the pages come back as zeros
 *   9. posix_fadvise(DONTNEED), readahead, and mincore to see the cache
 */
#include "sg.h"

#define PAGE 4096UL

static volatile unsigned long fault_addr;	/* written by the handler: volatile */
static volatile int fault_code;
static char *locked_page;

/* SA_SIGINFO handler: note where the fault was, make the page writable,
 * and return: the kernel restarts the faulting instruction, which now works */
static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	fault_addr = (unsigned long)si->si_addr;
	fault_code = si->si_code;
	sys_mprotect(locked_page, PAGE, PROT_READ | PROT_WRITE);
}

/* the /proc/self/maps line holding addr, copied into line */
static int maps_line(unsigned long addr, char *line, size_t n)
{
	static char buf[65536];
	long fd = sys_openat(AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC, 0);
	long len = 0, r;

	if (fd < 0)
		return -1;
	while ((r = sys_read((int)fd, buf + len, sizeof buf - 1 - (size_t)len)) > 0)
		len += r;
	sys_close((int)fd);
	buf[len] = 0;
	for (char *s = buf; *s;) {
		char *nl = strchr(s, '\n');
		uint64_t lo = 0, hi = 0;
		char *p = s;
		while (*p != '-')
			lo = lo * 16 + (uint64_t)(*p <= '9' ? *p - '0' : *p - 'a' + 10), p++;
		p++;
		while (*p != ' ')
			hi = hi * 16 + (uint64_t)(*p <= '9' ? *p - '0' : *p - 'a' + 10), p++;
		if (addr >= lo && addr < hi) {
			size_t k = nl ? (size_t)(nl - s) : strlen(s);
			if (k >= n)
				k = n - 1;
			memcpy(line, s, k);
			line[k] = 0;
			return 0;
		}
		if (!nl)
			break;
		s = nl + 1;
	}
	return -1;
}

/* the name at the end of a maps line */
static const char *maps_name(const char *line)
{
	const char *s = line;
	for (int f = 0; f < 5 && *s; f++) {
		while (*s && *s != ' ')
			s++;
		while (*s == ' ')
			s++;
	}
	return *s ? s : "(anonymous)";
}

static int resident(void *p, size_t len)
{
	static unsigned char vec[1024];
	size_t pages = len / PAGE;
	int n = 0;

	if (pages > sizeof vec || sys_mincore(p, len, vec) < 0)
		return -1;
	for (size_t i = 0; i < pages; i++)
		n += vec[i] & 1;
	return n;
}

int main(int argc, char **argv, char **envp)
{
	(void)argc;
	(void)envp;

	/* 1. brk */
	long b0 = sys_brk(NULL);
	long b1 = sys_brk((char *)b0 + 65536);
	((char *)b0)[65535] = 1;	/* the new memory is ours */
	long b2 = sys_brk((char *)b0);
	printf("1. brk: the break moved by %ld bytes, then back by %ld\n", b1 - b0, b1 - b2);

	/* 2. anonymous mmap */
	long m = sys_mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *a = (char *)m;
	a[0] = 'a', a[(1 << 20) - 1] = 'z';
	printf("2. mmap: 1 MiB of anonymous memory, page-aligned: %s; first and last byte '%c' '%c'\n",
	       (m & (long)(PAGE - 1)) == 0 ? "yes" : "no", a[0], a[(1 << 20) - 1]);
	sys_munmap(a, 1 << 20);

	/* 3. a file as memory: this program's own first bytes (the ELF magic) */
	long fd = sys_openat(AT_FDCWD, "/proc/self/exe", O_RDONLY | O_CLOEXEC, 0);
	long f = sys_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, (int)fd, 0);
	sys_close((int)fd);
	const unsigned char *e = (const unsigned char *)f;
	printf("3. mmap of /proc/self/exe: bytes %02x '%c%c%c', read through memory\n", e[0], e[1], e[2], e[3]);
	sys_munmap((void *)f, PAGE);

	/* 4. mprotect and SIGSEGV */
	locked_page = (char *)sys_mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	sys_mprotect(locked_page, PAGE, PROT_READ);
	sig_action(SIGSEGV, (__sighandler_t)(void (*)(void))on_segv, SA_SIGINFO);
	((volatile char *)locked_page)[100] = 'w';
	printf("4. mprotect(PROT_READ), then a write at page+100: SIGSEGV, si_addr = page + %ld, si_code %s; after the handler's mprotect the write is done: '%c'\n",
	       (long)(fault_addr - (unsigned long)locked_page), fault_code == 2 ? "SEGV_ACCERR" : fault_code == 1 ? "SEGV_MAPERR" : "?",
	       locked_page[100]);
	sig_action(SIGSEGV, SIG_DFL, 0);

	/* 5. mremap */
	long r = sys_mremap(locked_page, PAGE, 4 * PAGE, MREMAP_MAYMOVE, NULL);
	printf("5. mremap 1 page -> 4 pages: %s; byte kept: '%c'\n",
	       r == (long)locked_page ? "grew in place" : "moved", ((char *)r)[100]);
	sys_munmap((void *)r, 4 * PAGE);

	/* 6. the map */
	char line[256];
	int local = 0;
	if (maps_line((unsigned long)&local, line, sizeof line) == 0)
		printf("6. a local variable lives in: %s\n", maps_name(line));
	unsigned long vdso = getauxval(AT_SYSINFO_EHDR);
	if (vdso && maps_line(vdso, line, sizeof line) == 0)
		printf("6. AT_SYSINFO_EHDR points into: %s\n", maps_name(line));
	else
		printf("6. AT_SYSINFO_EHDR: %s\n", vdso ? "not in the map" : "none (no vDSO here)");
	if (maps_line((unsigned long)main, line, sizeof line) == 0)
		printf("6. main() lives in: %s (%.4s)\n", str_basename(maps_name(line)), strchr(line, ' ') + 1);

	/* 7. mlock */
	struct rlimit64 lim;
	sys_prlimit64(0, RLIMIT_MEMLOCK, NULL, &lim);
	char *pg = (char *)sys_mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long lr = sys_mlock(pg, PAGE);
	printf("7. RLIMIT_MEMLOCK soft limit %llu bytes; mlock of one page: %s (euid %ld)\n",
	       (unsigned long long)lim.rlim_cur, lr == 0 ? "0" : errno_name((int)-lr), sys_geteuid());
	if (lr == 0)
		sys_munlock(pg, PAGE);

	/* 8. madvise DONTNEED */
	pg[0] = 'x';
	sys_madvise(pg, PAGE, MADV_DONTNEED);
	printf("8. wrote 'x', madvise(MADV_DONTNEED): the byte reads back as %d\n", pg[0]);
	sys_munmap(pg, PAGE);

	/* 9. page cache: fadvise, readahead, mincore */
	enum { FILESZ = 1 << 20 };
	const char *name = argc > 1 ? argv[1] : "mem.data";
	fd = sys_openat(AT_FDCWD, name, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		printf("9. cannot create %s: %s\n", name, strerror((int)-fd));
		return 1;
	}
	static char chunk[65536];
	memset(chunk, 'd', sizeof chunk);
	for (int i = 0; i < FILESZ / (int)sizeof chunk; i++)
		sys_write((int)fd, chunk, sizeof chunk);
	sys_fsync((int)fd);			/* clean pages: the kernel may drop them */
	void *map = (void *)sys_mmap(NULL, FILESZ, PROT_READ, MAP_SHARED, (int)fd, 0);
	int in0 = resident(map, FILESZ);
	sys_fadvise64((int)fd, 0, FILESZ, 4 /* POSIX_FADV_DONTNEED */);
	int in1 = resident(map, FILESZ);
	long ra = sys_readahead((int)fd, 0, FILESZ);
	int in2 = resident(map, FILESZ);
	/* readahead starts the reads; they end later: look again after 200 ms,
	 * then every 10 ms while some are missing (a busy disk or machine can
	 * take longer; 5 s at most) */
	struct timespec ts = { 0, 200000000 }, step = { 0, 10000000 };
	int in3, waited = 200;
	sys_nanosleep(&ts, NULL);
	while ((in3 = resident(map, FILESZ)) < (int)(FILESZ / PAGE) && waited < 5000) {
		sys_nanosleep(&step, NULL);
		waited += 10;
	}
	printf("9. a 1 MiB file (256 pages) in the page cache: after writing %d, after fadvise(DONTNEED) %d,\n"
	       "   readahead returned %ld: at once %d; %d after %d ms of waiting\n", in0, in1, ra, in2, in3,
	       waited);
	sys_munmap(map, FILESZ);
	sys_close((int)fd);
	sys_unlinkat(AT_FDCWD, name, 0);
	return 0;
}
