/* src/gen/errtab.c — host generator: errno names from the kernel, texts from glibc.
 *
 * Input (stdin): `cc -E -dD` of <linux/errno.h> (header order), i.e. lines
 *   #define ENOENT 2
 *   #define EWOULDBLOCK EAGAIN          (aliases: skipped, the first name wins)
 * Output (stdout): a C initialiser, one row per number,
 *   [2] = { "ENOENT", "No such file or directory" },
 * The names are the kernel's; the texts are the host C library's strerror(),
 * because the tools must print exactly what GNU tools (glibc) print. Numbers
 * above 511 are kernel-internal (ERESTARTSYS...) and never reach user space
 * except through a tracer; they are left to bin/trace.
 */
#include <stdio.h>
#include <string.h>

static void put_c_string(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s);
	}
	putchar('"');
}

int main(void)
{
	char line[512], name[256];
	long nr;
	static char seen[512];

	while (fgets(line, sizeof line, stdin)) {
		if (sscanf(line, "#define %255s %ld", name, &nr) != 2)
			continue;
		if (name[0] != 'E' || nr <= 0 || nr >= 512 || seen[nr])
			continue;
		seen[nr] = 1;
		printf("\t[%ld] = { \"%s\", ", nr, name);
		put_c_string(strerror((int)nr));
		printf(" },\n");
	}
	return ferror(stdin) ? 1 : 0;
}
