/* wrong-edge: maps whatever the size, so an empty file gives mmap's EINVAL instead of 0 lines; the empty file must catch it. */
#include "sg.h"

long count_lines(const char *path)
{
	struct stat st;
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0), lines = 0;
	if (fd < 0)
		return fd;
	sys_fstat((int)fd, &st);
	long m = sys_mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, (int)fd, 0);
	sys_close((int)fd);
	if (sys_failed(m))
		return m;
	for (long i = 0; i < st.st_size; i++)
		lines += ((const char *)m)[i] == '\n';
	sys_munmap((void *)m, (size_t)st.st_size);
	return lines;
}
