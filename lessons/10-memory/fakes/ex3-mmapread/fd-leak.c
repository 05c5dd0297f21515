/* wrong-edge: maps and counts right, unmaps, but never closes the file: every call leaks a descriptor; the text says unmap and close before returning. */
#include "sg.h"

long count_lines(const char *path)
{
	struct stat st;
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY, 0);
	long lines = 0;

	if (fd < 0)
		return fd;
	if (sys_fstat((int)fd, &st) < 0 || st.st_size == 0)
		return 0;
	long m = sys_mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, (int)fd, 0);
	if (sys_failed(m))
		return m;
	for (long i = 0; i < st.st_size; i++)
		lines += ((const char *)m)[i] == '\n';
	sys_munmap((void *)m, (size_t)st.st_size);
	return lines;
}
