/* Another right answer: getsockname and recvfrom into 128-byte buffers (struct sockaddr_storage's size), the port read from bytes 2-3; accept4 with SOCK_CLOEXEC. */
#include "sg.h"
#include "net.h"

int main(int argc, char **argv, char **envp)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr = { SG_LOOPBACK } };
	unsigned char ss[128], from[128];
	uint64_t n = 0;
	int len = sizeof ss, tcp = argc == 3 && !strcmp(argv[1], "tcp");
	char msg[16], buf[512];

	(void)envp;
	if (argc != 3 || parse_u64(argv[2], 10, &n) || (!tcp && strcmp(argv[1], "udp")))
		error(2, 0, "usage: ex3-port tcp|udp N");
	long fd = sys_socket(AF_INET, (tcp ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC, 0);
	long r = sys_bind((int)fd, &a, sizeof a);
	if (r < 0 || (r = sys_getsockname((int)fd, ss, &len)) < 0)
		error(1, (int)-r, "bind");
	unsigned port = (unsigned)ss[2] << 8 | ss[3];	/* big-endian on the wire and in sin_port */
	printf("port %u\n", port);
	out_flush(sg_stdout);
	int m = snprintf(msg, sizeof msg, "%u\n", port);
	if (tcp)
		sys_listen((int)fd, 1);
	for (uint64_t i = 0; i < n; i++) {
		if (tcp) {
			long c = sys_accept4((int)fd, NULL, NULL, SOCK_CLOEXEC);
			sys_write((int)c, msg, (size_t)m);
			sys_close((int)c);
			continue;
		}
		/* the kernel writes back how much of the 128 bytes it used: 16 */
		int flen = sizeof from;
		sys_recvfrom((int)fd, buf, sizeof buf, 0, from, &flen);
		sys_sendto((int)fd, msg, (size_t)m, 0, from, flen);
	}
	return 0;
}
