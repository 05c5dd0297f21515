/* tests/rt/str.c — src/lib/str.c and asm/mem.asm on tests/str-cases.h;
 * tests/host/str.c prints the same through glibc. */
#include "sg.h"

#define SIGN(x) ((x) > 0 ? 1 : (x) < 0 ? -1 : 0)
#define OFF(p, base) ((p) ? (long)((p) - (base)) : -1L)

static void one(const char *s)
{
	out_printf(sg_stdout, "strlen %zu strnlen3 %zu strchr/ %ld strrchr/ %ld strchr0 %ld memchr-l %ld\n",
		   strlen(s), strnlen(s, 3), OFF(strchr(s, '/'), s), OFF(strrchr(s, '/'), s),
		   OFF(strchr(s, 0), s), OFF((const char *)memchr(s, 'l', strlen(s)), s));
}

static void pair(const char *a, const char *b)
{
	out_printf(sg_stdout, "strcmp %d strncmp2 %d strncmp9 %d memcmp %d\n",
		   SIGN(strcmp(a, b)), SIGN(strncmp(a, b, 2)), SIGN(strncmp(a, b, 9)),
		   SIGN(memcmp(a, b, (strlen(a) < strlen(b) ? strlen(a) : strlen(b)) + 1)));
}

int main(int argc, char **argv, char **envp)
{
	char buf[64];

#define S(s) one(s);
#define P(a, b) pair(a, b);
#include "../str-cases.h"
	/* overlapping moves both ways, and memset */
	memcpy(buf, "0123456789", 11);
	memmove(buf + 2, buf, 8);
	out_printf(sg_stdout, "memmove up %s\n", buf);
	memcpy(buf, "0123456789", 11);
	memmove(buf, buf + 3, 8);
	out_printf(sg_stdout, "memmove down %s\n", buf);
	memset(buf, 'x', 5);
	out_printf(sg_stdout, "memset %s\n", buf);
	char *end = stpcpy(buf, "stp");
	out_printf(sg_stdout, "stpcpy %s %ld\n", buf, (long)(end - buf));
	return 0;
}
