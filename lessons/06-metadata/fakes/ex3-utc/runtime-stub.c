/* Fake (runtime-stub): hands the calendar to the runtime's tz_gmtime (the
 * code bin/ls uses) instead of writing its own; the exercise is that calendar. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct stat st;
	struct tz_tm tm;

	for (int i = 1; i < argc; i++) {
		long r = sys_newfstatat(AT_FDCWD, argv[i], &st, 0);
		if (r < 0)
			error(1, (int)-r, "cannot stat '%s'", argv[i]);
		tz_gmtime(st.st_mtime, &tm);
		printf("%04ld-%02d-%02d %02d:%02d:%02d.%09ld +0000\n", (long)tm.year, tm.mon + 1,
			tm.mday, tm.hour, tm.min, tm.sec, (long)st.st_mtime_nsec);
	}
	return 0;
}
