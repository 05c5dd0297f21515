/* dummy: maps the file for show, then counts with read() into a buffer; the trace shows the reads. */
#include "sg.h"

long count_lines(const char *path)
{
	static char buf[65536];
	struct stat st;
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0), r, lines = 0;
	if (fd < 0)
		return fd;
	sys_fstat((int)fd, &st);
	if (st.st_size) {
		long m = sys_mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, (int)fd, 0);
		sys_munmap((void *)m, (size_t)st.st_size);
	}
	while ((r = sys_read((int)fd, buf, sizeof buf)) > 0)
		for (long i = 0; i < r; i++)
			lines += buf[i] == '\n';
	sys_close((int)fd);
	return lines;
}
