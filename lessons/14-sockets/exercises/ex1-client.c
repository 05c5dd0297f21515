/* Exercise 1: a client that sends one line and prints the reply.
 *
 *   ex1-client PORT LINE
 *
 * Connect over TCP to 127.0.0.1:PORT, send LINE followed by "\n", read the
 * server's reply up to and including its first "\n" and print exactly that
 * on stdout; exit 0. The reply may come in several pieces: read until the
 * newline (or the end of the stream). If the connection fails, print
 *     ex1-client: connect: <the error's text>
 * on stderr and exit 1.
 */
#include "sg.h"
#include "net.h"

int main(int argc, char **argv, char **envp)
{
	/* TODO */
	return 1;
}
