/* Fake (hardcode): a table of the six times the old fixed test set, looked up
 * by st_mtime; the grader's times are random each run, so it must reject this. */
#include "sg.h"

static const struct { long t; const char *date; } known[] = {
	{ 0, "1970-01-01 00:00:00" }, { -1, "1969-12-31 23:59:59" },
	{ 951827696, "2000-02-29 12:34:56" }, { 1709251199, "2024-02-29 23:59:59" },
	{ 2147483648, "2038-01-19 03:14:08" }, { 4107542400, "2100-03-01 00:00:00" },
};

int main(int argc, char **argv, char **envp)
{
	struct stat st;

	for (int i = 1; i < argc; i++) {
		sys_newfstatat(AT_FDCWD, argv[i], &st, 0);
		const char *d = "1970-01-01 00:00:00";
		for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
			if (known[k].t == (long)st.st_mtime)
				d = known[k].date;
		printf("%s.%09ld +0000\n", d, (long)st.st_mtime_nsec);
	}
	return 0;
}
