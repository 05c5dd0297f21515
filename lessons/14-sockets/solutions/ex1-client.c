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
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr = { SG_LOOPBACK } };
	uint64_t port = 0;
	char buf[4096];
	size_t len = 0;

	(void)envp;
	if (argc != 3 || parse_u64(argv[1], 10, &port) || port > 65535)
		error(2, 0, "usage: ex1-client PORT LINE");
	a.sin_port = sg_htons((uint16_t)port);
	long fd = sys_socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0)
		error(1, (int)-fd, "socket");
	long r = sys_connect((int)fd, &a, sizeof a);
	if (r < 0)
		error(1, (int)-r, "connect");
	/* the line and its newline in one write: write may still be short */
	size_t n = strlen(argv[2]);
	char *msg = malloc(n + 1);
	memcpy(msg, argv[2], n);
	msg[n] = '\n';
	for (size_t off = 0; off <= n;) {
		r = sys_write((int)fd, msg + off, n + 1 - off);
		if (r < 0)
			error(1, (int)-r, "write");
		off += (size_t)r;
	}
	/* TCP is a stream: the reply's bytes come as the network delivers them */
	while (len < sizeof buf && !memchr(buf, '\n', len)) {
		r = sys_read((int)fd, buf + len, sizeof buf - len);
		if (r < 0)
			error(1, (int)-r, "read");
		if (r == 0)
			break;
		len += (size_t)r;
	}
	char *nl = memchr(buf, '\n', len);
	out_write(sg_stdout, buf, nl ? (size_t)(nl - buf) + 1 : len);
	sys_close((int)fd);
	return 0;
}
