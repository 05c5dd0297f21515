/* byteorder: prints sin_port as it is stored (network byte order) instead of converting it with ntohs; the port it prints is not the one it listens on. */
#include "sg.h"
#include "net.h"

static void check(const char *what, long r)
{
	if (r < 0)
		error(1, (int)-r, "%s", what);
}

int main(int argc, char **argv, char **envp)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = 0, .sin_addr = { SG_LOOPBACK } };
	struct sockaddr_in from;
	uint64_t n = 0;
	int len = sizeof a, tcp = argc == 3 && !strcmp(argv[1], "tcp");
	char msg[16], buf[512];

	(void)envp;
	if (argc != 3 || parse_u64(argv[2], 10, &n) || (!tcp && strcmp(argv[1], "udp")))
		error(2, 0, "usage: ex3-port tcp|udp N");
	long fd = sys_socket(AF_INET, tcp ? SOCK_STREAM : SOCK_DGRAM, 0);
	check("socket", fd);
	check("bind", sys_bind((int)fd, &a, sizeof a));
	check("getsockname", sys_getsockname((int)fd, &a, &len));
	unsigned port = a.sin_port;
	printf("port %u\n", port);
	out_flush(sg_stdout);
	int m = snprintf(msg, sizeof msg, "%u\n", port);
	if (tcp)
		check("listen", sys_listen((int)fd, 8));
	for (uint64_t i = 0; i < n; i++) {
		if (tcp) {
			long c = sys_accept4((int)fd, NULL, NULL, 0);
			check("accept4", c);
			check("write", sys_write((int)c, msg, (size_t)m));
			sys_close((int)c);
		} else {
			int flen = sizeof from;
			check("recvfrom", sys_recvfrom((int)fd, buf, sizeof buf, 0, &from, &flen));
			check("sendto", sys_sendto((int)fd, msg, (size_t)m, 0, &from, flen));
		}
	}
	return 0;
}
