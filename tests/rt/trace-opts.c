/* tests/rt/trace-opts.c — raw calls for bin/trace's output options
 * (tests/trace-opts.bats: -x -xx --strings-in-hex, -e read= -e write=, -e raw=,
 * -n -i, the time stamps): strings of every kind of byte, data through a
 * pipe, vectors, a failing call.
 *
 *   trace-opts        (no arguments)
 */
#include "sg.h"
#include <asm/unistd.h>

static void put(int fd, const char *s, size_t n)
{
	sys_write(fd, s, n);
}

int main(int argc, char **argv, char **envp)
{
	static const char line[] = "hello world, this is a longer line\n\001\002";
	char buf[64];
	int p[2];

	(void)argc, (void)argv, (void)envp;

	long fd = sys_openat(AT_FDCWD, "/dev/null", O_WRONLY, 0);
	put((int)fd, "plain text\n", 11);
	put((int)fd, "tab\tand\001ctl", 11);
	put((int)fd, "\351\377 high", 7);
	put((int)fd, "x7\0017", 4);
	struct iovec iov[2] = { { (void *)"vec one ", 8 }, { (void *)"vec two\n", 8 } };
	sys_writev((int)fd, iov, 2);
	sys_pipe2(p, 0);
	put(p[1], line, sizeof line - 1);
	sys_read(p[0], buf, sizeof buf);
	put(p[1], "abcdefgh", 8);
	struct iovec rv[2] = { { buf, 3 }, { buf + 3, 10 } };
	sys_readv(p[0], rv, 2);
	sys_openat(AT_FDCWD, "/nonexistent/\001x", O_RDONLY, 0);
	sys_getppid();
	return 0;
}
