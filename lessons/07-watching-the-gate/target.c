/* lessons/07-watching-the-gate/target.c — a few calls worth watching: some
 * succeed, some fail, then it exits with the status given (default 0). */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	uint64_t status = 0;

	if (argc > 1)
		parse_u64(argv[1], 10, &status);
	sys_write(1, "target\n", 7);
	sys_openat(AT_FDCWD, "/no/such/file", O_RDONLY, 0);
	sys_close(-1);
	sys_getppid();
	long fd = sys_openat(AT_FDCWD, "/dev/null", O_WRONLY, 0);
	sys_write((int)fd, "x", 1);
	sys_write((int)fd, "\0\001" "7\377 \"\\\t\v\f\r", 11);	/* bytes strace must escape */
	sys_write((int)fd, "a line longer than strace's 32 bytes\n", 37);
	sys_close((int)fd);
	return (int)status;
}
