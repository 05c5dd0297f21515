/* Exercise 3: EINTR means "try again", not "give up".
 *
 *   ex3-eintr       copy standard input to standard output
 *
 * A blocking call (read from a pipe or terminal, say) that is interrupted
 * by a signal handler installed without SA_RESTART returns -EINTR. Nothing
 * is wrong: the program should simply make the call again.
 * The grader interrupts reads on purpose (the first, later ones, two in a
 * row), e.g.:
 *     strace -e inject=read:error=EINTR:when=1 ./ex3-eintr < input
 * Goal: stdout is exactly the input, exit status 0; any other error still
 * prints "ex3-eintr: read error: TEXT" and exits 1.
 */
#include "sg.h"

static char buf[4096];

int main(int argc, char **argv, char **envp)
{
	long n;

	while ((n = sys_read(0, buf, sizeof buf)) != 0) {
		if (n < 0)			/* TODO: not every error is fatal */
			error(1, (int)-n, "read error");
		for (long done = 0; done < n;) {
			long w = sys_write(1, buf + done, (size_t)(n - done));
			if (w < 0)
				error(1, (int)-w, "write error");
			done += w;
		}
	}
	return 0;
}
