/* given/ex3-cow.c — the driver for exercise 3 (do not edit).
 *
 * Usage: ex3-cow PAGES TOUCHED SEED
 * Maps PAGES anonymous pages, writes to TOUCHED of them chosen at random
 * from SEED (the others are never touched: no page behind them yet), then
 * calls your cow_faults() and prints what it measured, next to what the
 * kernel says your child cost (getrusage RUSAGE_CHILDREN), and whether the
 * parent's pages kept their bytes after the child wrote to its copies.
 */
#include "sg.h"

int cow_faults(char *buf, size_t len, long *read_faults, long *write_faults);

static uint64_t rnd;
static uint64_t next_rand(void)
{
	rnd ^= rnd << 13;
	rnd ^= rnd >> 7;
	rnd ^= rnd << 17;
	return rnd;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t pages, touched, seed;
	struct rusage before, after;
	long rf = -1, wf = -1;

	(void)envp;

	if (argc != 4 || parse_u64(argv[1], 10, &pages) || parse_u64(argv[2], 10, &touched) ||
	    parse_u64(argv[3], 10, &seed) || pages == 0 || pages > 65536 || touched > pages) {
		error(0, 0, "usage: ex3-cow PAGES TOUCHED SEED");
		return 2;
	}
	size_t len = pages * 4096;
	long m = sys_mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (sys_failed(m))
		error(1, (int)-m, "mmap");
	char *buf = (char *)m;
	/* no huge pages: one fault must mean one 4 KiB page */
	sys_madvise(buf, len, MADV_NOHUGEPAGE);
	/* touch a random TOUCHED of the pages: a partial Fisher-Yates shuffle */
	uint32_t *idx = malloc(pages * sizeof *idx);
	for (uint64_t i = 0; i < pages; i++)
		idx[i] = (uint32_t)i;
	rnd = seed * 2654435761u + 1;
	for (uint64_t i = 0; i < touched; i++) {
		uint64_t j = i + next_rand() % (pages - i);
		uint32_t t = idx[i];
		idx[i] = idx[j];
		idx[j] = t;
		buf[(size_t)idx[i] * 4096] = 'P';
	}
	sys_getrusage(RUSAGE_CHILDREN, &before);
	int r = cow_faults(buf, len, &rf, &wf);
	sys_getrusage(RUSAGE_CHILDREN, &after);
	size_t kept = 0;
	for (uint64_t i = 0; i < touched; i++)
		kept += buf[(size_t)idx[i] * 4096] == 'P';
	size_t zero = 0;
	for (uint64_t i = touched; i < pages; i++)
		zero += buf[(size_t)idx[i] * 4096] == 0;
	printf("cow_faults returned %d\n", r);
	printf("read faults: %ld\n", rf);
	printf("write faults: %ld\n", wf);
	printf("children's minor faults: %ld\n", after.ru_minflt - before.ru_minflt);
	printf("parent's pages unchanged: %s\n", kept == touched && zero == pages - touched ? "yes" : "no");
	return 0;
}
