/* tests/host/num.c — the oracle for tests/rt/num.c: strtoull and strtoll,
 * counting as invalid an empty number, trailing characters, and (for the
 * unsigned parse) a minus sign, which strtoull would silently wrap. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	static const int bases[] = { 0, 10, 16, 8 };

	for (int i = 1; i < argc; i++) {
		printf("[%s]\n", argv[i]);
		for (int b = 0; b < 4; b++) {
			char *end;
			errno = 0;
			unsigned long long u = strtoull(argv[i], &end, bases[b]);
			const char *p = argv[i] + strspn(argv[i], " \t");
			int bad = end == argv[i] || *end || *p == '-' || (*p == '+' && p[1] == '-') || strchr(" \t", *(end - 1));
			printf("base %d u ", bases[b]);
			if (bad) printf("EINVAL\n");
			else if (errno == ERANGE) printf("ERANGE\n");
			else printf("%llu\n", u);
			errno = 0;
			long long s = strtoll(argv[i], &end, bases[b]);
			bad = end == argv[i] || *end || strchr(" \t", *(end - 1));
			printf("base %d i ", bases[b]);
			if (bad) printf("EINVAL\n");
			else if (errno == ERANGE) printf("ERANGE\n");
			else printf("%lld\n", s);
		}
	}
	return 0;
}
