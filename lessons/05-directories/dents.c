/* lessons/05-directories/dents.c — what getdents64 returns, record by record.
 *
 *   dents [-b SIZE] [DIR]     (default: SIZE 32768, DIR ".")
 *
 * A directory is read like a file, but with getdents64: each call fills the
 * buffer with as many whole records as fit, and returns the bytes used;
 * 0 means the end. The records come in the filesystem's own order
 * (what `ls -U` shows), "." and ".." among them.
 */
#include "sg.h"
#include "dirent64.h"

static char buf[1 << 20] __attribute__((aligned(8)));

static char type_letter(unsigned char t)
{
	switch (t) {
	case DT_REG: return '-';
	case DT_DIR: return 'd';
	case DT_LNK: return 'l';
	case DT_FIFO: return 'p';
	case DT_SOCK: return 's';
	case DT_CHR: return 'c';
	case DT_BLK: return 'b';
	default: return '?';
	}
}

int main(int argc, char **argv, char **envp)
{
	uint64_t size = 32768;
	const char *dir = ".";
	int i = 1;

	if (i + 1 < argc && strcmp(argv[i], "-b") == 0) {
		if (parse_u64(argv[i + 1], 10, &size) < 0 || size == 0 || size > sizeof buf)
			error(1, 0, "invalid buffer size: %s", argv[i + 1]);
		i += 2;
	}
	if (i < argc)
		dir = argv[i++];

	int fd = (int)sys_openat(AT_FDCWD, dir, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		error(1, -fd, "%s", dir);

	printf("%-6s %-20s %-20s %6s %4s  %s\n", "call", "d_ino", "d_off", "reclen", "type", "d_name");
	long n;
	int calls = 0;
	while ((n = sys_getdents64(fd, buf, size)) > 0) {
		calls++;
		/* walk the records: each one says how long it is */
		for (long pos = 0; pos < n;) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + pos);
			printf("%-6d %-20llu %-20lld %6u %4c  %s\n", calls,
			       (unsigned long long)d->d_ino, (long long)d->d_off,
			       d->d_reclen, type_letter(d->d_type), d->d_name);
			pos += d->d_reclen;
		}
	}
	if (n < 0)
		error(1, (int)-n, "reading %s", dir);
	printf("%d getdents64 calls with a %llu-byte buffer, then one returning 0\n",
	       calls, (unsigned long long)size);
	sys_close(fd);
	return 0;
}
