/* Exercise 1: a write may take fewer bytes than asked.
 *
 *   ex1-writeall        write "hello, world\n" (13 bytes) to stdout, exit 0
 *
 * write(2) returns how many bytes it took. To a pipe, a socket or a
 * terminal that can be fewer than asked (a signal arrived, the pipe had
 * less room): a SHORT write, not an error. The rest must be written again.
 * The grader makes writes short on purpose (3 bytes here; other cut points
 * and two short writes in a row too), e.g.:
 *     strace -e inject=write:retval=3:when=1 ./ex1-writeall
 * Goal under that strace:
 *   write(1, "hello, world\n", 13) = 3 (INJECTED)
 *   write(1, "lo, world\n", 10) = 10
 *   exit_group(0) = ?
 * and exit status 1 (with no more writes) if a write fails (returns < 0).
 */
#include "sg.h"

static const char msg[] = "hello, world\n";

int main(int argc, char **argv, char **envp)
{
	long w = sys_write(1, msg, sizeof msg - 1);	/* TODO: loop until all is written */
	(void)w;
	return 0;
}
