/* given/ex1-pwrite.c — the driver for exercise 1 (do not edit: edit exercises/ex1-pwrite.asm).
 *
 *   ex1-pwrite [OFFSET [TEXT]]     (default: 5 XYZ)
 *
 * It creates out.txt in the current directory and writes TEXT at OFFSET
 * through your stub. The grader picks offsets at random, some above 4 GiB. */
#include "sg.h"

long my_pwrite64(int fd, const void *buf, size_t count, off_t offset);

int main(int argc, char **argv, char **envp)
{
	int64_t off = 5;
	const char *text = argc > 2 ? argv[2] : "XYZ";

	if (argc > 1 && parse_i64(argv[1], 0, &off) < 0)
		error(2, 0, "usage: ex1-pwrite [OFFSET [TEXT]]");
	int fd = (int)sys_openat(AT_FDCWD, "out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		error(1, -fd, "out.txt");
	long r = my_pwrite64(fd, text, strlen(text), off);
	printf("my_pwrite64 returned %ld\n", r);
	return r == (long)strlen(text) ? 0 : 1;
}
