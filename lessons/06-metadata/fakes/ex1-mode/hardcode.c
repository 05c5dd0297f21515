/* Fake (hardcode): the answer for each name of the old fixed test (plain,
 * suid, sticky...), and the raw type letter otherwise; the grader's modes and
 * order are random each run, so it must reject this. */
#include "sg.h"

static const char *const known[][2] = {
	{ "plain", "-rw-r--r--" }, { "suid", "-rwsr-xr-x" }, { "suid-nox", "-rwSr--r--" },
	{ "sgid", "-rwx--s---" }, { "sticky", "drwxrwxrwt" }, { "sticky-nox", "drwxrwx--T" },
	{ "none", "----------" }, { "link", "lrwxrwxrwx" }, { "fifo", "prw-r--r--" },
	{ "/dev/null", "crw-rw-rw-" },
};

int main(int argc, char **argv, char **envp)
{
	struct stat st;

	for (int i = 1; i < argc; i++) {
		const char *m = "-rw-r--r--";
		sys_newfstatat(AT_FDCWD, argv[i], &st, AT_SYMLINK_NOFOLLOW);
		for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
			if (!strcmp(argv[i], known[k][0]))
				m = known[k][1];
		printf("%s %s\n", m, argv[i]);
	}
	return 0;
}
