/* Exercise 2: a server that serves two clients at once.
 *
 *   ex2-two PORT
 *
 * Listen on 127.0.0.1:PORT (set SO_REUSEADDR before bind). Accept two
 * clients and send back to each every byte it sends, as soon as it comes;
 * when both clients have closed their connection, exit 0.
 *
 * The two clients talk in turns that the grader chooses: the second client
 * may speak while the first says nothing. A server that waits for one
 * client (accept, then a blocking read) while the other talks hangs. Use
 * poll(2) or epoll (lesson 13) to wait for both at once, or a process per
 * client (fork) — not another program.
 */
#include "sg.h"
#include "net.h"

int main(int argc, char **argv, char **envp)
{
	/* TODO */
	return 1;
}
