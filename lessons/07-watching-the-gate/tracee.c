/* lessons/07-watching-the-gate/tracee.c — the grader's victim: calls chosen
 * on its command line, so that each run can be new (check draws them at random).
 *
 *   tracee END FILE OP...
 *
 * FILE is read into memory (at most 64 KiB); then each OP in turn:
 *   a number N   write the next N bytes of FILE to fd 1 (a string the tracer
 *                can only know by reading this process's memory)
 *   n  openat a missing file (ENOENT)     b  close(-1) (EBADF)
 *   d  read a directory (EISDIR)          e  mkdirat "/" (EEXIST)
 *   v  write from address 1 (EFAULT)      l  openat a too long path (ENAMETOOLONG)
 *   r  rmdir "/" (EBUSY)
 * END: 0..255 exits with that status; -SIG kills itself with signal SIG.
 */
#include "sg.h"

static char data[65536], path[5000];

int main(int argc, char **argv, char **envp)
{
	int64_t end = 0;
	size_t have = 0, at = 0;

	if (argc < 3 || parse_i64(argv[1], 10, &end) < 0)
		error(2, 0, "usage: tracee END FILE OP...");
	long fd = sys_openat(AT_FDCWD, argv[2], O_RDONLY, 0);
	if (fd < 0)
		error(2, (int)-fd, "%s", argv[2]);
	for (long n; (n = sys_read((int)fd, data + have, sizeof data - have)) > 0;)
		have += (size_t)n;
	sys_close((int)fd);
	for (int i = 3; i < argc; i++) {
		uint64_t n;
		const char *op = argv[i];
		if (parse_u64(op, 10, &n) == 0) {
			if (n > have - at)
				n = have - at;
			sys_write(1, data + at, n);
			at += n;
		} else if (*op == 'n') {
			sys_openat(AT_FDCWD, "/no/such/file", O_RDONLY, 0);
		} else if (*op == 'b') {
			sys_close(-1);
		} else if (*op == 'd') {
			long d = sys_openat(AT_FDCWD, "/", O_RDONLY | O_DIRECTORY, 0);
			sys_read((int)d, data, 1);
			sys_close((int)d);
		} else if (*op == 'e') {
			sys_mkdirat(AT_FDCWD, "/", 0755);
		} else if (*op == 'v') {
			sys_write(1, (const void *)1, 5);
		} else if (*op == 'l') {
			memset(path, 'a', sizeof path - 1);
			sys_openat(AT_FDCWD, path, O_RDONLY, 0);
		} else if (*op == 'r') {
			sys_unlinkat(AT_FDCWD, "/", AT_REMOVEDIR);
		}
	}
	if (end < 0)
		sys_kill((pid_t)sys_getpid(), (int)-end);
	return (int)end;
}
