/* wrong-edge: sends the line without its newline and closes its side (shutdown), so a server reading to the end still answers; the grader's server wants the line's newline, byte for byte. */
#include "sg.h"
#include "net.h"

int main(int argc, char **argv, char **envp)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr = { SG_LOOPBACK } };
	uint64_t port = 0;
	char buf[4096];
	size_t len = 0;

	(void)envp;
	if (argc != 3 || parse_u64(argv[1], 10, &port))
		return 2;
	a.sin_port = sg_htons((uint16_t)port);
	long fd = sys_socket(AF_INET, SOCK_STREAM, 0);
	long r = sys_connect((int)fd, &a, sizeof a);
	if (r < 0)
		error(1, (int)-r, "connect");
	sys_write((int)fd, argv[2], strlen(argv[2]));
	sys_shutdown((int)fd, SHUT_WR);
	while ((r = sys_read((int)fd, buf + len, sizeof buf - len)) > 0)
		len += (size_t)r;
	sys_write(1, buf, len);
	return 0;
}
