/* src/gen/deftab.c — host generator: a number->name table from kernel #defines.
 *
 * Input (stdin): `cc -E -dD` of a UAPI header, which keeps the header's order,
 * so where two names share a number (SIGABRT, SIGIOT) the first one wins.
 *
 *   deftab [-n] [-s] PREFIX MAX
 *     reads   #define <PREFIX><NAME> <number>     (number < MAX; NAME starts
 *                                                  with a letter or digit)
 *     prints  [number] = "<PREFIX><NAME>",        C initialiser (default)
 *             -s: without the prefix ("read" for __NR_read)
 *             -n: %define <PREFIX><NAME> <number> for NASM instead
 *
 * Used for syscall numbers (asm/ and bin/trace) and signal names.
 * This runs on the build host and may use libc; its output is never edited.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int nasm = 0, strip = 0, i = 1;
	char line[1024], name[256], value[256], *end;

	for (; i < argc && argv[i][0] == '-'; i++) {
		nasm |= strcmp(argv[i], "-n") == 0;
		strip |= strcmp(argv[i], "-s") == 0;
	}
	if (argc - i != 2) {
		fprintf(stderr, "usage: deftab [-n] [-s] PREFIX MAX < defines\n");
		return 2;
	}
	const char *prefix = argv[i];
	size_t plen = strlen(prefix);
	long max = atol(argv[i + 1]);
	char *seen = calloc((size_t)max, 1);

	while (fgets(line, sizeof line, stdin)) {
		if (sscanf(line, "#define %255s %255s", name, value) != 2)
			continue;
		/* after a prefix ending in '_' (__NR_), a name may start with one:
		 * __NR__sysctl is "_sysctl"; SIG's names must not (SIG_BLOCK) */
		unsigned char c = (unsigned char)name[plen];
		if (strncmp(name, prefix, plen) != 0 ||
		    !(isalnum(c) || (c == '_' && plen && prefix[plen - 1] == '_' && name[plen + 1])))
			continue;
		long nr = strtol(value, &end, 0);
		if (*end || nr < 0 || nr >= max || seen[nr])
			continue;
		seen[nr] = 1;
		if (nasm)
			printf("%%define %s %ld\n", name, nr);
		else
			printf("\t[%ld] = \"%s\",\n", nr, strip ? name + plen : name);
	}
	return ferror(stdin) ? 1 : 0;
}
