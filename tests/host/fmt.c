/* tests/host/fmt.c — the oracle for tests/rt/fmt.c: the same cases through
 * the host's glibc printf. Built with the host compiler and libc on purpose. */
#include <stdio.h>
#include <stddef.h>

static void show(const char *fmt, const char *buf, int n)
{
	printf("%s => %s (%d)\n", fmt, buf, n);
}

int main(void)
{
	char buf[128];
	int n;

	n = snprintf(buf, 4, "%s", "truncated");
	show("snprintf(4)", buf, n);
	n = snprintf(NULL, 0, "%d", -12345);
	printf("snprintf(NULL, 0) => %d\n", n);

#define C(f, t, v) n = snprintf(buf, sizeof buf, f, (t)(v)); show(f, buf, n);
#define W(f, w, t, v) n = snprintf(buf, sizeof buf, f, w, (t)(v)); show(f, buf, n);
#include "../fmt-cases.h"
	return 0;
}
