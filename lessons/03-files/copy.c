/* lessons/03-files/copy.c — a file to standard output, the four calls of files.
 *
 *   copy [-b SIZE] FILE    read SIZE bytes at a time (default 4096), write each
 *   copy -z FILE           no buffer at all: sendfile(2) copies inside the kernel
 *
 * The life of a file descriptor:
 *
 *   openat(AT_FDCWD, "poem.txt", O_RDONLY) = 3     the kernel lends slot 3
 *   read(3, buf, 4096)  = 141                      the offset moves to 141
 *   write(1, buf, 141)  = 141
 *   read(3, buf, 4096)  = 0                        0 means end of file
 *   close(3)            = 0                        slot 3 is free again
 *
 * Each read and write is one trip through the gate; the buffer size decides
 * how many trips a file takes.
 */
#include "sg.h"

static char buf[1 << 20];

/* write all n bytes: a write may take fewer than asked (lesson 04) */
static int write_all(int fd, const char *p, long n)
{
	while (n > 0) {
		long w = sys_write(fd, p, (size_t)n);
		if (w < 0)
			return (int)w;
		p += w;
		n -= w;
	}
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t size = 4096;
	int zero_copy = 0, i = 1;
	long r;

	if (i < argc && strcmp(argv[i], "-z") == 0) {
		zero_copy = 1;
		i++;
	} else if (i + 1 < argc && strcmp(argv[i], "-b") == 0) {
		if (parse_u64(argv[i + 1], 10, &size) < 0 || size == 0 || size > sizeof buf)
			error(1, 0, "invalid buffer size: %s (1 to %zu)", argv[i + 1], sizeof buf);
		i += 2;
	}
	if (i + 1 != argc)
		error(2, 0, "usage: copy [-b SIZE | -z] FILE");

	int fd = (int)sys_openat(AT_FDCWD, argv[i], O_RDONLY, 0);
	if (fd < 0)
		error(1, -fd, "%s", argv[i]);

	if (zero_copy) {
		/* the data goes page cache -> stdout without entering this process */
		while ((r = sys_sendfile(1, fd, NULL, 1 << 30)) > 0)
			;
	} else {
		while ((r = sys_read(fd, buf, size)) > 0)
			if ((r = write_all(1, buf, r)) < 0)
				break;
	}
	if (r < 0)
		error(1, (int)-r, "%s", argv[i]);
	sys_close(fd);
	return 0;
}
