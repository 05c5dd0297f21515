/* Fake (hardcode): the two errors ../target's calls fail with, spelled out;
 * any other errno prints raw. The grader's tracee fails with other errors
 * (EISDIR, EEXIST, ENAMETOOLONG, EBUSY...) and it calls print_result directly
 * with random errnos, so it must reject this. */
#include "tracer.h"

void print_result(long rax)
{
	if (rax == -2)
		out_str(T_out, "= -1 ENOENT (No such file or directory)");
	else if (rax == -9)
		out_str(T_out, "= -1 EBADF (Bad file descriptor)");
	else
		out_printf(T_out, "= %ld", rax);
}
