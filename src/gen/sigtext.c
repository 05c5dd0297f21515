/* src/gen/sigtext.c — host generator: the texts glibc's strsignal() gives signals 1..31.
 *
 * Output (stdout): a C initialiser, one row per signal,
 *   [9] = "Killed",
 * Shells print these when a child dies of a signal (dash: "Killed",
 * "Segmentation fault"); bin/minish must print the same bytes, so the texts
 * come from the host C library at build time instead of being typed.
 */
#include <stdio.h>
#include <string.h>

int main(void)
{
	for (int s = 1; s < 32; s++) {
		const char *t = strsignal(s);
		putchar('\t');
		printf("[%d] = \"", s);
		for (; *t; t++) {
			if (*t == '"' || *t == '\\')
				putchar('\\');
			putchar(*t);
		}
		printf("\",\n");
	}
	return 0;
}
