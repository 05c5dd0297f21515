/* hardcode: binds a port it picked itself (from its pid) and prints that, never asking the kernel to choose; the grader wants bind with port 0 and getsockname. */
#include "sg.h"
#include "net.h"

int main(int argc, char **argv, char **envp)
{
	unsigned port = 40000 + (unsigned)sys_getpid() % 9000;
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = sg_htons((uint16_t)port), .sin_addr = { SG_LOOPBACK } };
	uint64_t n = 0;
	int tcp = argc == 3 && !strcmp(argv[1], "tcp");
	char msg[16], buf[512];

	(void)envp;
	if (argc != 3 || parse_u64(argv[2], 10, &n))
		return 2;
	long fd = sys_socket(AF_INET, tcp ? SOCK_STREAM : SOCK_DGRAM, 0);
	if (sys_bind((int)fd, &a, sizeof a) < 0)
		return 1;
	printf("port %u\n", port);
	out_flush(sg_stdout);
	int m = snprintf(msg, sizeof msg, "%u\n", port);
	if (tcp)
		sys_listen((int)fd, 8);
	for (uint64_t i = 0; i < n; i++) {
		if (tcp) {
			long c = sys_accept4((int)fd, NULL, NULL, 0);
			sys_write((int)c, msg, (size_t)m);
			sys_close((int)c);
		} else {
			struct sockaddr_in from;
			int flen = sizeof from;
			sys_recvfrom((int)fd, buf, sizeof buf, 0, &from, &flen);
			sys_sendto((int)fd, msg, (size_t)m, 0, &from, flen);
		}
	}
	return 0;
}
