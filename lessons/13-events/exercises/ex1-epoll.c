/* Exercise 1: one loop, two pipes.
 *
 *   ex1-epoll            descriptors 3 and 4 are the read ends of two pipes
 *
 * Lines arrive on either pipe at any time, each written whole by one write
 * (at most 200 bytes), sometimes several at once. Print each line as it
 * comes, prefixed by its descriptor ("3: text"), in the order they arrive;
 * when both pipes have ended (read returns 0), print "done" and exit 0.
 * Wait with epoll: one epoll_wait for both, never a read that blocks on one
 * pipe while the other has a line, and no poll/select.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	/* TODO */
	return 1;
}
