/* given/ex2-errno.c — the driver for exercise 2 (edit exercises/ex2-errno.c, not this).
 *
 *   ex2-errno [RAW...]
 *
 * It feeds raw kernel results to your to_c_convention() and prints what
 * comes back: real ones, the edges of the error range, then each RAW given
 * (the grader adds some drawn at random). */
#include <stdint.h>
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
	show(-1);		/* -EPERM */
	show(-4095);		/* the last error number the kernel may return */
	show(-4096);		/* not an error: a result (see the README) */
	show(-4097);
	show(INT64_MIN);
	show(INT64_MAX);
	show(0x7ffffffff000);	/* the last page below 2^47: where 4-level user space ends */
	for (int i = 1; i < argc; i++) {
		int64_t v;
		if (parse_i64(argv[i], 0, &v) < 0)
			error(2, 0, "not a number: %s", argv[i]);
		show(v);
	}
	return 0;
}
