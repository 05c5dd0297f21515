/* tests/host/str.c — the oracle for tests/rt/str.c: glibc's functions. */
#include <stdio.h>
#include <string.h>

#define SIGN(x) ((x) > 0 ? 1 : (x) < 0 ? -1 : 0)
#define OFF(p, base) ((p) ? (long)((p) - (base)) : -1L)

static void one(const char *s)
{
	printf("strlen %zu strnlen3 %zu strchr/ %ld strrchr/ %ld strchr0 %ld memchr-l %ld\n",
	       strlen(s), strnlen(s, 3), OFF(strchr(s, '/'), s), OFF(strrchr(s, '/'), s),
	       OFF(strchr(s, 0), s), OFF((const char *)memchr(s, 'l', strlen(s)), s));
}

static void pair(const char *a, const char *b)
{
	printf("strcmp %d strncmp2 %d strncmp9 %d memcmp %d\n",
	       SIGN(strcmp(a, b)), SIGN(strncmp(a, b, 2)), SIGN(strncmp(a, b, 9)),
	       SIGN(memcmp(a, b, (strlen(a) < strlen(b) ? strlen(a) : strlen(b)) + 1)));
}

int main(void)
{
	char buf[64];

#define S(s) one(s);
#define P(a, b) pair(a, b);
#include "../str-cases.h"
	memcpy(buf, "0123456789", 11);
	memmove(buf + 2, buf, 8);
	printf("memmove up %s\n", buf);
	memcpy(buf, "0123456789", 11);
	memmove(buf, buf + 3, 8);
	printf("memmove down %s\n", buf);
	memset(buf, 'x', 5);
	printf("memset %s\n", buf);
	char *end = stpcpy(buf, "stp");
	printf("stpcpy %s %ld\n", buf, (long)(end - buf));
	return 0;
}
