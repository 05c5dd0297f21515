/* Exercise 3, solution: split into days and seconds of the day, then turn
 * the day number into a date by counting 400-year eras (146097 days each,
 * a cycle the Gregorian calendar repeats exactly), years counted from March
 * so that February's odd length falls at the end of the year. */
#include "sg.h"

static void civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
	z += 719468;				/* days from 0000-03-01 to 1970-01-01 */
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);			/* [0, 146096] */
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;	/* [0, 399] */
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);		/* [0, 365] */
	unsigned mp = (5 * doy + 2) / 153;				/* March = 0 */
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (long)yoe + era * 400 + (*m <= 2);
}

int main(int argc, char **argv, char **envp)
{
	struct stat st;

	for (int i = 1; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, 0);
		if (r < 0)
			error(1, (int)-r, "cannot stat '%s'", argv[i]);
		long t = st.st_mtime;
		long days = t / 86400, secs = t % 86400;
		if (secs < 0) {				/* before 1970: round down */
			secs += 86400;
			days--;
		}
		long y;
		unsigned mo, d;
		civil_from_days(days, &y, &mo, &d);
		printf("%04ld-%02u-%02u %02ld:%02ld:%02ld.%09ld +0000\n", y, mo, d,
		       secs / 3600, secs / 60 % 60, secs % 60, (long)st.st_mtime_nsec);
	}
	return 0;
}
