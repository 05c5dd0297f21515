/* Exercise 2: copy a file without the bytes entering this process.
 *
 *   ex2-nocopy SRC DST    make DST (mode 0644, truncated) a copy of SRC
 *
 * This starter copies through a buffer in user space: read() brings the
 * bytes up, write() sends them back down. The kernel can move them itself:
 * see sendfile(2) and copy_file_range(2) (stubs sys_sendfile and
 * sys_copy_file_range in include/sys.h). Both may copy less than asked:
 * loop until they return 0.
 * Goal under strace: no read() or write() at all, DST identical to SRC.
 */
#include "sg.h"

static char buf[65536];

int main(int argc, char **argv, char **envp)
{
	long n;

	if (argc != 3)
		error(2, 0, "usage: ex2-nocopy SRC DST");
	int in = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY, 0);
	if (in < 0)
		error(1, -in, "%s", argv[1]);
	int out = (int)sys_openat(AT_FDCWD, argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (out < 0)
		error(1, -out, "%s", argv[2]);
	/* TODO: replace this loop */
	while ((n = sys_read(in, buf, sizeof buf)) > 0)
		sys_write(out, buf, (size_t)n);
	sys_close(in);
	sys_close(out);
	return 0;
}
