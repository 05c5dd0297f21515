/* tests/rt/trace-iov.c — writev(-1, iov, 32) whose buffers all lie in
 * pages the tracer may read once each, as strace 6.1's umovestr_cached
 * tests arrange them:
 *
 *   trace-iov same      buffer i is the last i bytes of one page (i = 0..31)
 *   trace-iov adjacent  buffer i is 32 bytes from i bytes before a page's
 *                       end: each crosses into the next page
 *
 * The iovec array ends a page of its own. A tracer that reads whole pages
 * and keeps them for the stop makes 2 reads (same) or 3 (adjacent); one
 * that reads each piece makes 33. */
#include "sg.h"
#include <linux/mman.h>

#define N 32

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	int adjacent = argc > 1 && strcmp(argv[1], "adjacent") == 0;
	/* pages: [0] the iovecs' page, [1] a gap, [2][3] the buffers */
	long m = sys_mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m < 0 && m > -4096)
		return 1;
	unsigned char *p = (unsigned char *)m;
	struct iovec *io = (struct iovec *)(p + 4096 - N * sizeof *io);
	unsigned char *end = p + 3 * 4096;	/* the end of page [2] */

	for (int i = 0; i < 2 * 4096; i++)
		p[2 * 4096 + i] = (unsigned char)('a' + i % 26);
	for (int i = 0; i < N; i++) {
		io[i].iov_base = adjacent ? end - N + i : end - i;
		io[i].iov_len = adjacent ? N : (size_t)i;
	}
	sys_writev(-1, io, N);
	return 0;
}
