/* Another right answer: a process per client (fork), as classic Unix servers did; the parent waits for both children. */
#include "sg.h"
#include "net.h"

static void serve(int c)
{
	char buf[4096];
	long n;

	while ((n = sys_read(c, buf, sizeof buf)) > 0)
		for (long off = 0; off < n;) {
			long w = sys_write(c, buf + off, (size_t)(n - off));
			if (w < 0)
				sys_exit_group(1);
			off += w;
		}
	sys_exit_group(0);
}

int main(int argc, char **argv, char **envp)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr = { SG_LOOPBACK } };
	uint64_t port = 0;
	int one = 1, st;

	(void)envp;
	if (argc != 2 || parse_u64(argv[1], 10, &port) || port > 65535)
		error(2, 0, "usage: ex2-two PORT");
	a.sin_port = sg_htons((uint16_t)port);
	long l = sys_socket(AF_INET, SOCK_STREAM, 0);
	sys_setsockopt((int)l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	long r = sys_bind((int)l, &a, sizeof a);
	if (r < 0 || (r = sys_listen((int)l, 2)) < 0)
		error(1, (int)-r, "bind");
	for (int i = 0; i < 2; i++) {
		long c = sys_accept4((int)l, NULL, NULL, 0);
		if (c < 0)
			error(1, (int)-c, "accept4");
		long pid = sys_fork();
		if (pid == 0) {
			sys_close((int)l);
			serve((int)c);
		}
		sys_close((int)c);	/* the child has its own copy */
	}
	for (int i = 0; i < 2; i++)
		sys_wait4(-1, &st, 0, NULL);
	return 0;
}
