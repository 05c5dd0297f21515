/* lessons/15-seccomp/given/ex1-nowrite.c — exercise 1's driver (do not edit).
 *
 *   ex1-nowrite ERRNO FLAGS PATH [FLAGS PATH]...
 *
 * Calls your install_nowrite(ERRNO), prints the Seccomp lines of
 * /proc/self/status, then opens each PATH with openat(AT_FDCWD, PATH, FLAGS,
 * 0644) (FLAGS a number) and prints one line per open:
 *     open 0x241 /tmp/x = -13
 *     open 0 /etc/passwd = 3
 * closing what it opened. Exit status 0.
 */
#include "sg.h"
#include <linux/fcntl.h>

long install_nowrite(int err);	/* yours: 0, or -errno */

static void status(void)
{
	static char buf[4096];
	long fd = sys_openat(AT_FDCWD, "/proc/self/status", O_RDONLY, 0), n = 0, r;

	if (sys_failed(fd))
		return;
	while (n < (long)sizeof buf - 1 && (r = sys_read((int)fd, buf + n, sizeof buf - 1 - n)) > 0)
		n += r;
	sys_close((int)fd);
	buf[n] = 0;
	for (char *l = buf, *e; (e = strchr(l, '\n')); l = e + 1) {
		*e = 0;
		if (str_starts(l, "Seccomp:"))
			printf("%s\n", l);
	}
}

int main(int argc, char **argv, char **envp)
{
	uint64_t err, flags;

	if (argc < 2 || parse_u64(argv[1], 0, &err) < 0) {
		printf("usage: ex1-nowrite ERRNO FLAGS PATH...\n");
		return 2;
	}
	long r = install_nowrite((int)err);
	printf("install_nowrite(%lu) = %ld\n", (unsigned long)err, r);
	status();
	for (int i = 2; i + 1 < argc; i += 2) {
		if (parse_u64(argv[i], 0, &flags) < 0)
			return 2;
		r = sys_openat(AT_FDCWD, argv[i + 1], (int)flags, 0644);
		printf("open %#lx %s = %ld\n", (unsigned long)flags, argv[i + 1], r);
		if (r >= 0)
			sys_close((int)r);
	}
	return 0;
}
