/* given/ex1-pwrite.c — the driver for exercise 1 (do not edit: edit exercises/ex1-pwrite.asm).
 * It creates out.txt in the current directory and writes "XYZ" at offset 5
 * through your stub. */
#include "sg.h"

long my_pwrite64(int fd, const void *buf, size_t count, off_t offset);

int main(int argc, char **argv, char **envp)
{
	int fd = (int)sys_openat(AT_FDCWD, "out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		error(1, -fd, "out.txt");
	long r = my_pwrite64(fd, "XYZ", 3, 5);
	printf("my_pwrite64 returned %ld\n", r);
	return r == 3 ? 0 : 1;
}
