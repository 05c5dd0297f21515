/* wrong-edge: reads the reply with one read, which is right only when it comes in one piece; the grader's server sends it in several. */
#include "sg.h"
#include "net.h"

int main(int argc, char **argv, char **envp)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr = { SG_LOOPBACK } };
	uint64_t port = 0;
	char buf[4096];

	(void)envp;
	if (argc != 3 || parse_u64(argv[1], 10, &port))
		return 2;
	a.sin_port = sg_htons((uint16_t)port);
	long fd = sys_socket(AF_INET, SOCK_STREAM, 0);
	long r = sys_connect((int)fd, &a, sizeof a);
	if (r < 0)
		error(1, (int)-r, "connect");
	sys_write((int)fd, argv[2], strlen(argv[2]));
	sys_write((int)fd, "\n", 1);
	r = sys_read((int)fd, buf, sizeof buf);
	if (r > 0)
		sys_write(1, buf, (size_t)r);
	return 0;
}
