/* tests/rt/fmt.c — our snprintf over every case of tests/fmt-cases.h.
 * Prints "format => result (length)" per case; tests/host/fmt.c prints the
 * same with glibc, and tests/runtime.bats wants the two outputs identical. */
#include "sg.h"

/* The %hh and %h cases pass an int on purpose: the formatter must cut it
 * down itself, as glibc does. clang warns about that; gcc does not. */
#pragma GCC diagnostic ignored "-Wformat"

static void show(const char *fmt, const char *buf, int n)
{
	out_printf(sg_stdout, "%s => %s (%d)\n", fmt, buf, n);
}

int main(int argc, char **argv, char **envp)
{
	char buf[128];
	int n;

	/* a truncating snprintf must still report the full length */
	n = snprintf(buf, 4, "%s", "truncated");
	show("snprintf(4)", buf, n);
	n = snprintf(NULL, 0, "%d", -12345);
	out_printf(sg_stdout, "snprintf(NULL, 0) => %d\n", n);

#define C(f, t, v) n = snprintf(buf, sizeof buf, f, (t)(v)); show(f, buf, n);
#define W(f, w, t, v) n = snprintf(buf, sizeof buf, f, w, (t)(v)); show(f, buf, n);
#include "../fmt-cases.h"
	return 0;
}
