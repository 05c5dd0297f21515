/* given/ex1-bump.c — the driver for exercise 1 (do not edit).
 *
 * Usage: ex1-bump SEED COUNT
 * Calls your bump() on sizes no machine can give (1 PiB, SIZE_MAX - 7:
 * NULL expected), on edge sizes (0, 1, 15, 16, 17, 65535, 65536, 1 MiB)
 * and then on COUNT random sizes from SEED, fills every block with its own
 * byte, then checks each block kept its bytes (no overlap), its alignment,
 * and whether it came from the heap (between the break at start and the
 * break at the end) or from elsewhere (mmap). Prints one summary line.
 */
#include "sg.h"

void *bump(size_t n);

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
	static const size_t edges[] = { 1, 15, 16, 17, 65535, 65536, 1 << 20, 3 };
	enum { MAX = 4096 };
	static unsigned char *blk[MAX];
	static size_t len[MAX];
	uint64_t seed, count;

	(void)envp;
	if (argc != 3 || parse_u64(argv[1], 10, &seed) || parse_u64(argv[2], 10, &count) || count > MAX - 16) {
		error(0, 0, "usage: ex1-bump SEED COUNT");
		return 2;
	}
	unsigned long brk0 = (unsigned long)sys_brk(NULL);
	if (bump(0) != NULL) {
		printf("bump(0) must return NULL\n");
		return 1;
	}
	static const size_t huge[] = { (size_t)1 << 50, (size_t)-8 };
	for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++) {
		void *h = bump(huge[i]);
		if (h != NULL) {
			printf("bump(%zu) returned %p: a size the kernel refuses must give NULL (check what mmap returned)\n",
			       huge[i], h);
			return 1;
		}
	}
	size_t n = 0;
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
		len[n++] = edges[i];
	rnd = seed * 2654435761u + 7;
	for (uint64_t i = 0; i < count; i++)
		len[n++] = next_rand() % 8 == 0 ? 65536 + next_rand() % 300000 : 1 + next_rand() % 3000;
	for (size_t i = 0; i < n; i++) {
		blk[i] = bump(len[i]);
		if (!blk[i]) {
			printf("bump(%zu) returned NULL\n", len[i]);
			return 1;
		}
		if ((unsigned long)blk[i] % 16) {
			printf("bump(%zu) returned %p: not 16-byte aligned\n", len[i], (void *)blk[i]);
			return 1;
		}
		memset(blk[i], (int)(i * 7 + 1) & 0xff, len[i]);
	}
	unsigned long brk1 = (unsigned long)sys_brk(NULL);
	size_t small = 0, small_heap = 0, big = 0, big_heap = 0, small_bytes = 0;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < len[i]; k++)
			if (blk[i][k] != ((i * 7 + 1) & 0xff)) {
				printf("block %zu (%zu bytes) was overwritten at byte %zu: blocks overlap\n", i, len[i], k);
				return 1;
			}
		int in_heap = (unsigned long)blk[i] >= brk0 && (unsigned long)blk[i] + len[i] <= brk1;
		if (len[i] >= 65536)
			big++, big_heap += in_heap;
		else
			small++, small_heap += in_heap, small_bytes += len[i];
	}
	printf("%zu blocks: %zu small (%zu in the heap, %zu bytes), %zu big (%zu in the heap); the break grew by %lu\n",
	       n, small, small_heap, small_bytes, big, big_heap, brk1 - brk0);
	return 0;
}
