/* Exercise 3 — read a file through mmap (solution). */
#include "sg.h"

long count_lines(const char *path)
{
	struct stat st;
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	long lines = 0;

	if (fd < 0)
		return fd;
	long r = sys_fstat((int)fd, &st);
	if (r < 0 || st.st_size == 0) {
		sys_close((int)fd);
		return r < 0 ? r : 0;	/* nothing to map: 0 lines */
	}
	long m = sys_mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, (int)fd, 0);
	sys_close((int)fd);	/* the mapping keeps the file open */
	if (sys_failed(m))
		return m;
	const char *p = (const char *)m;
	for (long i = 0; i < st.st_size; i++)
		lines += p[i] == '\n';
	sys_munmap((void *)m, (size_t)st.st_size);
	return lines;
}
