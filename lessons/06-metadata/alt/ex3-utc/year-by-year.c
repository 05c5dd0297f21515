/* Another answer: floor division into days and seconds, then whole years
 * and months subtracted one at a time (slow for far dates, exact for all). */
#include "sg.h"

static int leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int main(int argc, char **argv, char **envp)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	struct stat st;

	for (int i = 1; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, 0);
		if (r < 0)
			error(1, (int)-r, "cannot stat '%s'", argv[i]);
		long t = st.st_mtime;
		long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
		long secs = t - days * 86400, y = 1970;
		int m = 0;
		while (days < 0)
			days += 365 + leap(--y);
		while (days >= 365 + leap(y))
			days -= 365 + leap(y++);
		while (days >= mdays[m] + (m == 1 && leap(y))) {
			days -= mdays[m] + (m == 1 && leap(y));
			m++;
		}
		printf("%04ld-%02d-%02ld %02ld:%02ld:%02ld.%09ld +0000\n", y, m + 1, days + 1,
		       secs / 3600, secs / 60 % 60, secs % 60, (long)st.st_mtime_nsec);
	}
	return 0;
}
