/* tests/rt/alloc.c — the allocator under a random workload: every live block
 * keeps its own fill pattern (no overlap, no corruption), realloc keeps the
 * old bytes across the small/large boundary, calloc returns zeros even for
 * reused blocks, and alignment is 16. Prints "ok" lines, exits non-zero on
 * the first failure. */
#include "sg.h"

#define N 512
static unsigned char *blk[N];
static size_t len[N];

static uint64_t rng = 0x9e3779b97f4a7c15;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int fail(const char *what, int i)
{
	out_printf(sg_stdout, "FAIL: %s (block %d)\n", what, i);
	return 1;
}

static bool intact(int i)
{
	for (size_t k = 0; k < len[i]; k++)
		if (blk[i][k] != (unsigned char)(i * 7 + k))
			return false;
	return true;
}

int main(int argc, char **argv, char **envp)
{
	for (int round = 0; round < 20000; round++) {
		int i = (int)(next() % N);
		if (blk[i] && !intact(i))
			return fail("a live block was overwritten", i);
		uint64_t op = next() % 4;
		size_t n = next() % 5 == 0 ? next() % 300000 : next() % 2000;
		if (op == 0 || !blk[i]) {
			free(blk[i]);
			blk[i] = malloc(n);
			len[i] = n;
		} else if (op == 1) {
			blk[i] = realloc(blk[i], n);
			if (n < len[i])
				len[i] = n;
			if (!intact(i))
				return fail("realloc lost the old contents", i);
			len[i] = n;
		} else if (op == 2) {
			free(blk[i]);
			blk[i] = calloc(1, n);
			len[i] = n;
			for (size_t k = 0; k < n; k++)
				if (blk[i][k])
					return fail("calloc returned a non-zero byte", i);
		} else {
			free(blk[i]);
			blk[i] = NULL;
			len[i] = 0;
			continue;
		}
		if (!blk[i])
			return fail("allocation failed", i);
		if ((uintptr_t)blk[i] % 16)
			return fail("block not 16-byte aligned", i);
		for (size_t k = 0; k < n; k++)
			blk[i][k] = (unsigned char)(i * 7 + k);
	}
	for (int i = 0; i < N; i++)
		if (blk[i] && !intact(i))
			return fail("a block was overwritten", i);
	out_str(sg_stdout, "ok: 20000 random malloc/realloc/calloc/free, contents intact\n");
	if (calloc((size_t)1 << 62, 8) != NULL)
		return fail("calloc overflow not refused", 0);
	out_str(sg_stdout, "ok: calloc(2^62, 8) refused\n");
	return 0;
}
