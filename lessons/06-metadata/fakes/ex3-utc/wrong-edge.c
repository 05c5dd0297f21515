/* Fake (wrong-edge): counts years one by one with a leap rule that is right
 * for 1901..2099 and for 2000 (the years the old fixed test tried: 2100 is
 * special-cased) but wrong for 2400; the grader must try 2400-02-29. */
#include "sg.h"

static int leap(long y) { return y % 4 == 0 && (y % 100 != 0 || y == 2000); }

int main(int argc, char **argv, char **envp)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	struct stat st;

	for (int i = 1; i < argc; i++) {
		sys_newfstatat(AT_FDCWD, argv[i], &st, 0);
		long t = st.st_mtime, days = t / 86400, secs = t % 86400, y = 1970;
		int m = 0;
		if (secs < 0) {
			secs += 86400;
			days--;
		}
		while (days < 0)
			days += 365 + leap(--y);
		while (days >= 365 + leap(y))
			days -= 365 + leap(y++);
		while (days >= mdays[m] + (m == 1 && leap(y)))
			days -= mdays[m] + (m == 1 && leap(y)), m++;
		printf("%04ld-%02d-%02ld %02ld:%02ld:%02ld.%09ld +0000\n", y, m + 1, days + 1,
		       secs / 3600, secs / 60 % 60, secs % 60, (long)st.st_mtime_nsec);
	}
	return 0;
}
