/* lessons/15-seccomp/given/ex2-nofiles.c — exercise 2's driver (do not edit):
 * a small cat that has called your no_files() before anything else.
 *
 *   ex2-nofiles ARG...
 *
 * Each ARG in turn:
 *   -             copy standard input to standard output (read, write)
 *   PATH          openat(AT_FDCWD, PATH, O_RDONLY) and copy it
 *   @open:PATH    open(PATH, O_RDONLY)          (the old call, number 2)
 *   @creat:PATH   creat(PATH, 0644)
 *   @openat2:PATH openat2(AT_FDCWD, PATH, {O_RDONLY}, 24)
 *   @stat:PATH    newfstatat(AT_FDCWD, PATH, &st, 0): must still work
 * A failure prints "ex2-nofiles: PATH: <strerror>" on stderr, as cat does,
 * and makes the exit status 1.
 */
#include "sg.h"
#include <linux/fcntl.h>
#include <linux/openat2.h>
#include <asm/unistd.h>
#include <asm/stat.h>

void no_files(void);	/* yours */

static int status;

static void copy(int fd, const char *name)
{
	static char buf[65536];
	long n;

	while ((n = sys_read(fd, buf, sizeof buf)) > 0)
		for (long off = 0, w; off < n; off += w)
			if ((w = sys_write(1, buf + off, (size_t)(n - off))) <= 0)
				error(1, w < 0 ? (int)-w : 0, "write error");
	if (n < 0) {
		error(0, (int)-n, "%s", name);
		status = 1;
	}
}

static void opened(long fd, const char *path)
{
	if (fd < 0) {
		out_flush(sg_stdout);
		error(0, (int)-fd, "%s", path);
		status = 1;
		return;
	}
	copy((int)fd, path);
	sys_close((int)fd);
}

int main(int argc, char **argv, char **envp)
{
	no_files();
	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		if (strcmp(a, "-") == 0) {
			copy(0, "-");
		} else if (str_starts(a, "@open:")) {
			opened(sys_syscall6(__NR_open, (long)(a + 6), O_RDONLY, 0, 0, 0, 0), a + 6);
		} else if (str_starts(a, "@creat:")) {
			opened(sys_syscall6(__NR_creat, (long)(a + 7), 0644, 0, 0, 0, 0), a + 7);
		} else if (str_starts(a, "@openat2:")) {
			struct open_how how = { .flags = O_RDONLY };
			opened(sys_syscall6(__NR_openat2, AT_FDCWD, (long)(a + 9), (long)&how, sizeof how, 0, 0), a + 9);
		} else if (str_starts(a, "@stat:")) {
			struct stat st;
			long r = sys_newfstatat(AT_FDCWD, a + 6, &st, 0);
			if (r < 0) {
				error(0, (int)-r, "%s", a + 6);
				status = 1;
			} else {
				printf("%s: %ld bytes\n", a + 6, (long)st.st_size);
				out_flush(sg_stdout);
			}
		} else {
			opened(sys_openat(AT_FDCWD, a, O_RDONLY, 0), a);
		}
	}
	out_flush(sg_stdout);
	return status;
}
