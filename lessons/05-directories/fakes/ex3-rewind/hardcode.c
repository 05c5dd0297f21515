/* Fake (hardcode): the trace the exercise describes, and the count the old
 * fixed directory gave (300 files, "." and ".."): the grader's directories
 * hold a random number of entries, so it must reject this. */
#include <linux/fs.h>
#include "sg.h"

static char buf[4096] __attribute__((aligned(8)));

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex3-rewind DIR");
	int fd = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	while (sys_getdents64(fd, buf, sizeof buf) > 0)
		;
	sys_lseek(fd, 0, SEEK_SET);
	while (sys_getdents64(fd, buf, sizeof buf) > 0)
		;
	sys_close(fd);
	printf("302\n302\n");
	return 0;
}
