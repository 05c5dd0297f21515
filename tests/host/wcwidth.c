/* tests/host/wcwidth.c — the oracle: glibc's wcwidth, iswprint and iswcntrl in
 * C.UTF-8 for every code point, one line each: "hex width print cntrl".
 * tests/rt/wcwidth.c prints the same from our table; they must be equal. */
#define _GNU_SOURCE
#include <stdio.h>
#include <locale.h>
#include <wchar.h>
#include <wctype.h>

int main(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		fprintf(stderr, "no C.UTF-8 locale\n");
		return 77;
	}
	for (unsigned c = 1; c < 0x110000; c++)
		printf("%x %d %d %d\n", c, wcwidth((wchar_t)c), iswprint((wint_t)c) != 0, iswcntrl((wint_t)c) != 0);
	return 0;
}
