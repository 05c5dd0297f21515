/* tests/host/errno.c — the oracle for tests/rt/errno.c: glibc's own names
 * (strerrorname_np, glibc 2.32+) and texts (strerror) for each number. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

int main(void)
{
	for (int e = 1; e <= 140; e++) {
		const char *name = strerrorname_np(e);
		printf("%d %s %s\n", e, name ? name : "-", strerror(e));
	}
	return 0;
}
