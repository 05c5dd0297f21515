/* include/sort.h — a stable merge sort of pointer arrays (src/lib/sort.c).
 *
 * Sorting pointers, not records, keeps each move to 8 bytes whatever the
 * record's size. Stable: equal elements keep their order (GNU ls relies on
 * that for repeated operands). O(n log n) compares, n pointers of scratch.
 */
#ifndef SG_SORT_H
#define SG_SORT_H

#include <stddef.h>
#include <stdint.h>

/* cmp(a, b, ctx) < 0 when a sorts before b. Returns 0, or -ENOMEM when
 * the scratch array cannot be had (the array is then left unsorted). */
int sort_ptrs(void **a, size_t n, int (*cmp)(const void *a, const void *b, void *ctx), void *ctx);

/* Records sorted by an integer key first (a plain compare, no call, no
 * pointer chased), and by tie(p, p, ctx) only when keys are equal. ls puts
 * eight name bytes in the key, so most compares never touch the names. */
struct sort_key {
	uint64_t key;
	void *p;
};
int sort_keys(struct sort_key *a, size_t n, int (*tie)(const void *a, const void *b, void *ctx), void *ctx);

#endif
