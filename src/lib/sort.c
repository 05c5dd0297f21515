/* src/lib/sort.c — stable merge sort on an array of pointers.
 *
 * Bottom-up: first insertion-sort runs of RUN elements in place (cheap for
 * short runs, few compares when the input is nearly sorted, as directory
 * orders often are), then merge runs of width RUN, 2*RUN, ... back and forth
 * between the array and one scratch array, so no recursion and no stack use
 * that grows with n.
 */
#include "sg.h"
#include "sort.h"

#define RUN 16

typedef int (*cmp_fn)(const void *, const void *, void *);

static void insertion(void **a, size_t n, cmp_fn cmp, void *ctx)
{
	for (size_t i = 1; i < n; i++) {
		void *x = a[i];
		size_t j = i;
		while (j > 0 && cmp(x, a[j - 1], ctx) < 0) {	/* strict: stable */
			a[j] = a[j - 1];
			j--;
		}
		a[j] = x;
	}
}

/* Merge src[lo..mid) and src[mid..hi) into dst[lo..hi). */
static void merge(void **dst, void **src, size_t lo, size_t mid, size_t hi, cmp_fn cmp, void *ctx)
{
	size_t i = lo, j = mid, k = lo;

	if (mid >= hi || cmp(src[mid], src[mid - 1], ctx) >= 0) {	/* already in order */
		memcpy(dst + lo, src + lo, (hi - lo) * sizeof *dst);
		return;
	}
	while (i < mid && j < hi)
		dst[k++] = cmp(src[j], src[i], ctx) < 0 ? src[j++] : src[i++];
	while (i < mid)
		dst[k++] = src[i++];
	while (j < hi)
		dst[k++] = src[j++];
}

int sort_ptrs(void **a, size_t n, cmp_fn cmp, void *ctx)
{
	void **tmp, **src = a, **dst;

	for (size_t i = 0; i < n; i += RUN)
		insertion(a + i, n - i < RUN ? n - i : RUN, cmp, ctx);
	if (n <= RUN)
		return 0;
	if (!(tmp = malloc(n * sizeof *tmp)))
		return -ENOMEM;
	dst = tmp;
	for (size_t w = RUN; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n;
			size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
			merge(dst, src, lo, mid, hi, cmp, ctx);
		}
		void **t = src; src = dst; dst = t;
	}
	if (src != a)
		memcpy(a, src, n * sizeof *a);
	free(tmp);
	return 0;
}

/* ---- the same, on (key, pointer) records ---- */

static int kcmp(const struct sort_key *x, const struct sort_key *y, cmp_fn tie, void *ctx)
{
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return tie(x->p, y->p, ctx);
}

static void kmerge(struct sort_key *dst, const struct sort_key *src, size_t lo, size_t mid, size_t hi,
		   cmp_fn tie, void *ctx)
{
	size_t i = lo, j = mid, k = lo;

	while (i < mid && j < hi)
		dst[k++] = kcmp(&src[j], &src[i], tie, ctx) < 0 ? src[j++] : src[i++];
	while (i < mid)
		dst[k++] = src[i++];
	while (j < hi)
		dst[k++] = src[j++];
}

static int merge_keys(struct sort_key *a, size_t n, cmp_fn tie, void *ctx)
{
	struct sort_key *tmp, *src = a, *dst;

	for (size_t s = 0; s < n; s += RUN) {		/* insertion-sort runs of RUN */
		size_t e = n - s < RUN ? n : s + RUN;
		for (size_t i = s + 1; i < e; i++) {
			struct sort_key x = a[i];
			size_t j = i;
			while (j > s && kcmp(&x, &a[j - 1], tie, ctx) < 0) {
				a[j] = a[j - 1];
				j--;
			}
			a[j] = x;
		}
	}
	if (n <= RUN)
		return 0;
	if (!(tmp = malloc(n * sizeof *tmp)))
		return -ENOMEM;
	dst = tmp;
	for (size_t w = RUN; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n;
			size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
			kmerge(dst, src, lo, mid, hi, tie, ctx);
		}
		struct sort_key *t = src; src = dst; dst = t;
	}
	if (src != a)
		memcpy(a, src, n * sizeof *a);
	free(tmp);
	return 0;
}

/* Big arrays: LSD radix sort on the key, one byte a pass from the lowest
 * (each pass is a stable counting sort, so earlier passes' order survives
 * among equal bytes). One read of the keys counts all eight bytes; a byte
 * that is the same in every key needs no pass. Then each run of equal keys
 * is put in order by `tie`, with the merge sort. */
int sort_keys(struct sort_key *a, size_t n, cmp_fn tie, void *ctx)
{
	struct sort_key *tmp, *src = a, *dst;
	size_t (*cnt)[256];

	if (n < 1024)
		return merge_keys(a, n, tie, ctx);
	tmp = malloc(n * sizeof *tmp);
	cnt = calloc(8, sizeof *cnt);
	if (!tmp || !cnt) {
		free(tmp);
		free(cnt);
		return merge_keys(a, n, tie, ctx);
	}
	for (size_t i = 0; i < n; i++)
		for (int b = 0; b < 8; b++)
			cnt[b][a[i].key >> (8 * b) & 255]++;
	dst = tmp;
	for (int b = 0; b < 8; b++) {
		size_t *c = cnt[b], sum = 0;
		if (c[src[0].key >> (8 * b) & 255] == n)
			continue;
		for (int d = 0; d < 256; d++) {
			size_t k = c[d];
			c[d] = sum;
			sum += k;
		}
		for (size_t i = 0; i < n; i++)
			dst[c[src[i].key >> (8 * b) & 255]++] = src[i];
		struct sort_key *t = src; src = dst; dst = t;
	}
	if (src != a)
		memcpy(a, src, n * sizeof *a);
	free(tmp);
	free(cnt);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && a[j].key == a[i].key; j++)
			;
		if (j - i > 1)
			merge_keys(a + i, j - i, tie, ctx);
	}
	return 0;
}
