/* Exercise 1: print results the way strace does.
 *
 * given/ex1-results.c is minitrace (tracer.c); you write print_result(),
 * called at each syscall's exit with the raw rax, after "name(args) ".
 * strace prints
 *     = 7                                      a result
 *     = -1 ENOENT (No such file or directory)  rax was -2: -1 and errno, C's view
 * Only -4095..-1 are errors. err.h has errno_name() and strerror().
 * Write to the tracer's output T (out_printf(T, ...)), no newline.
 * The grader traces ../target and ./tracee (random calls) with yours and
 * with strace, and compares the name and result of every call; then it
 * calls print_result directly on edge values (-4096, -5000, random errnos).
 */
#include "tracer.h"

void print_result(long rax)
{
	out_printf(T_out, "= %ld", rax);	/* TODO */
}
