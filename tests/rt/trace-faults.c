/* tests/rt/trace-faults.c — programs for bin/trace under faults (tests/trace-faults.bats),
 * each making raw calls that strace 6.1 must print a known way:
 *
 *   trace-faults sleep N       N rounds of 100 ms nanosleep, then write "done\n" to fd 1
 *   trace-faults blockall N    block every signal, then as sleep
 *   trace-faults wait N        50 ms naps until ./go exists (at most N), then "done\n"
 *   trace-faults big N         write N bytes ('a'..'z' over and over) to /dev/null
 *   trace-faults path N        openat a path of N bytes ("/" then 'x's); it fails
 *   trace-faults errno         its own seccomp filter makes getppid fail with EPERM;
 *                              calls getppid and prints "getppid -1\n" or its result
 *   trace-faults trap          its own filter returns SECCOMP_RET_TRACE for getppid;
 *                              prints what getppid returned (-38 when untraced)
 *   trace-faults threads N     two threads that sleep N rounds of 100 ms, as does main
 *   trace-faults thread-exec   a thread (not the leader) execs /bin/true 200 ms
 *                              into the leader's 5 s nanosleep
 *   trace-faults spin N K      a thread makes N getppid calls, writes "done\n" and
 *                              ends the process; K newer ones (at most 32) call
 *                              getuid for ever; the leader sleeps
 */
#include "sg.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>
#include <linux/sched.h>
#include <asm/unistd.h>

static void nap(int rounds)
{
	struct timespec ts = { 0, 100000000 };
	for (int i = 0; i < rounds; i++)
		sys_nanosleep(&ts, NULL);
}

/* allow everything but getppid, which gets verdict */
static long own_filter(unsigned verdict)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, verdict),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog fp = { 4, f };
	sys_prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	return sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp);
}

static char stacks[36][16384] __attribute__((aligned(16)));
static int rounds;

static int spinner(void *arg)
{
	(void)arg;
	for (;;)
		sys_getuid();
	return 0;
}

static long spin_rounds;
static int spin_worker(void *arg)
{
	(void)arg;
	for (long i = spin_rounds; i > 0; i--)
		sys_getppid();
	sys_write(1, "done\n", 5);
	sys_exit_group(0);
	return 0;
}

static int sleeper(void *arg)
{
	(void)arg;
	nap(rounds);
	return 0;
}

static int execer(void *arg)
{
	static char *const av[] = { "/bin/true", NULL };
	nap(2);		/* the leader is in its long nanosleep by then */
	sys_execve(av[0], av, arg);
	return 127;
}

static int num(char **argv)
{
	uint64_t v = 0;
	if (argv[2])
		parse_u64(argv[2], 10, &v);
	return (int)v;
}

int main(int argc, char **argv, char **envp)
{
	const unsigned long tflags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND |
				     CLONE_THREAD | CLONE_SYSVSEM;
	if (argc < 2)
		return 2;
	const char *w = argv[1];
	if (strcmp(w, "sleep") == 0 || strcmp(w, "blockall") == 0) {
		if (w[0] == 'b') {
			sigset_t all = ~0UL;
			sys_rt_sigprocmask(SIG_BLOCK, &all, NULL, sizeof all);
		}
		nap(num(argv));
		sys_write(1, "done\n", 5);
	} else if (strcmp(w, "wait") == 0) {
		/* until ./go exists (at most N rounds of 50 ms): the test decides when */
		struct timespec ts = { 0, 50000000 };
		for (int i = 0; i < num(argv) && sys_faccessat(AT_FDCWD, "go", 0) < 0; i++)
			sys_nanosleep(&ts, NULL);
		sys_write(1, "done\n", 5);
	} else if (strcmp(w, "big") == 0) {
		size_t n = (size_t)num(argv);
		char *p = malloc(n + 1);
		for (size_t i = 0; i < n; i++)
			p[i] = (char)('a' + i % 26);
		long fd = sys_openat(AT_FDCWD, "/dev/null", O_WRONLY, 0);
		sys_write((int)fd, p, n);
	} else if (strcmp(w, "path") == 0) {
		size_t n = (size_t)num(argv);
		char *p = malloc(n + 1);
		memset(p, 'x', n);
		p[0] = '/';
		p[n] = 0;
		sys_openat(AT_FDCWD, p, O_RDONLY, 0);
	} else if (strcmp(w, "errno") == 0 || strcmp(w, "trap") == 0) {
		if (own_filter(w[0] == 'e' ? SECCOMP_RET_ERRNO | EPERM : SECCOMP_RET_TRACE) < 0)
			return 3;
		long r = sys_getppid();
		out_printf(sg_stdout, "getppid %ld\n", r < 0 ? r : 1L);
		out_flush(sg_stdout);
	} else if (strcmp(w, "threads") == 0) {
		rounds = num(argv);
		for (int i = 0; i < 2; i++)
			sg_clone_thread(tflags, stacks[i] + sizeof stacks[i], NULL, NULL, 0, sleeper, NULL);
		nap(rounds + 1);
	} else if (strcmp(w, "spin") == 0) {
		/* the spinners, newer, are the tracees wait4(-1) looks at first;
		 * the worker is not trace's child either (the leader is) */
		spin_rounds = num(argv);
		sg_clone_thread(tflags, stacks[3] + sizeof stacks[3], NULL, NULL, 0, spin_worker, NULL);
		uint64_t k = 4;
		if (argv[2] && argv[3])
			parse_u64(argv[3], 10, &k);
		for (int i = 4; i < 4 + (int)k && i < 36; i++)
			sg_clone_thread(tflags, stacks[i] + sizeof stacks[i], NULL, NULL, 0, spinner, NULL);
		nap(600);
	} else if (strcmp(w, "thread-exec") == 0) {
		sg_clone_thread(tflags, stacks[2] + sizeof stacks[2], NULL, NULL, 0, execer, envp);
		struct timespec ts = { 5, 0 };
		sys_nanosleep(&ts, NULL);	/* the exec ends this wait */
	} else
		return 2;
	return 0;
}
