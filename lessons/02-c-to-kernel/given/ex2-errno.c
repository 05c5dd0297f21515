/* given/ex2-errno.c — the driver for exercise 2 (edit exercises/ex2-errno.c, not this).
 * It feeds raw kernel results to your to_c_convention() and prints what comes back. */
#include "sg.h"

long to_c_convention(long r);

static void show(long raw)
{
	errno = 0;
	long r = to_c_convention(raw);
	printf("raw %ld -> %ld, errno %d\n", raw, r, errno);
}

int main(int argc, char **argv, char **envp)
{
	show(sys_openat(AT_FDCWD, "/no/such/file", O_RDONLY, 0));	/* -ENOENT */
	show(sys_write(1, "", 0));					/* 0 */
	show(sys_close(-1));						/* -EBADF */
	show(7);
	show(-4095);		/* the last error number the kernel may return */
	show(-4096);		/* not an error: e.g. an address from mmap */
	return 0;
}
