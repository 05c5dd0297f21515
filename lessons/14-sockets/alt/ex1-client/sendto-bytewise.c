/* Another right answer: sendto/recvfrom instead of write/read, the reply read one byte at a time up to the newline. */
#include "sg.h"
#include "net.h"

int main(int argc, char **argv, char **envp)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = 0, .sin_addr = { SG_LOOPBACK } };
	uint64_t port = 0;
	char c;

	(void)envp;
	if (argc != 3 || parse_u64(argv[1], 10, &port) || port > 65535)
		error(2, 0, "usage: ex1-client PORT LINE");
	a.sin_port = (uint16_t)((port & 0xff) << 8 | port >> 8);
	long fd = sys_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 6 /* IPPROTO_TCP */);
	if (fd < 0)
		error(1, (int)-fd, "socket");
	long r = sys_connect((int)fd, &a, sizeof a);
	if (r < 0)
		error(1, (int)-r, "connect");
	/* a connected socket needs no address: NULL, 0 */
	for (size_t off = 0, n = strlen(argv[2]); off < n; off += (size_t)r)
		if ((r = sys_sendto((int)fd, argv[2] + off, n - off, MSG_NOSIGNAL, NULL, 0)) < 0)
			error(1, (int)-r, "sendto");
	sys_sendto((int)fd, "\n", 1, MSG_NOSIGNAL, NULL, 0);
	while ((r = sys_recvfrom((int)fd, &c, 1, 0, NULL, NULL)) == 1) {
		out_char(sg_stdout, c);
		if (c == '\n')
			break;
	}
	return 0;
}
