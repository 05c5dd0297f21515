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
