/* Another answer: a 1024-byte buffer, the count written with sys_write, the
 * rewind as lseek(fd, 0, SEEK_SET) with the constant spelled 0. */
#include "sg.h"
#include "dirent64.h"

static char buf[1024] __attribute__((aligned(8)));

static void say(long v)
{
	char s[24];
	int i = sizeof s;
	s[--i] = '\n';
	do
		s[--i] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	sys_write(1, s + i, sizeof s - (size_t)i);
}

static long count(int fd)
{
	long total = 0, n;
	do {
		n = sys_getdents64(fd, buf, sizeof buf);
		for (long at = 0; at < n;) {
			at += ((struct linux_dirent64 *)(buf + at))->d_reclen;
			total++;
		}
	} while (n > 0);
	return n < 0 ? n : total;
}

int main(int argc, char **argv, char **envp)
{
	if (argc != 2)
		error(2, 0, "usage: ex3-rewind DIR");
	long fd = sys_openat(AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, (int)-fd, "%s", argv[1]);
	say(count((int)fd));
	if (sys_lseek((int)fd, 0, 0) != 0)
		error(1, 0, "cannot rewind %s", argv[1]);
	say(count((int)fd));
	sys_close((int)fd);
	return 0;
}
