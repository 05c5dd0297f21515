/* procs.c — lesson 09: one process becomes many.
 *
 * Seven short scenes, each a few system calls you can find in the trace:
 *   1. fork + wait4: a child exits 7, the parent reads the status word
 *   2. a signal death: the status word holds the signal instead
 *   3. clone3 with only exit_signal = SIGCHLD is fork again (or ENOSYS)
 *   4. a zombie: waitid(WNOWAIT) waits for the end without reaping;
 *      /proc/PID/status says "Z (zombie)" until wait4 takes the status
 *   5. vfork + execve: the child becomes /proc/self/exe with "image":
 *      the same pid, a new program
 *   6. copy-on-write: after fork, the child's first write to each page
 *      the parent had written costs a minor fault (a copy)
 *   7. a raw thread: clone(CLONE_VM|...|CLONE_THREAD) on a stack we
 *      allocated; same pid, its own tid; we wait on the futex the kernel
 *      clears when the thread ends (CLONE_CHILD_CLEARTID)
 */
#include "sg.h"
#include "wstatus.h"

static void status_line(const char *what, int ws)
{
	if (w_signaled(ws))
		printf("%s: status word 0x%04x: killed by signal %d (%s)\n", what, ws, w_termsig(ws), sig_name(w_termsig(ws)));
	else
		printf("%s: status word 0x%04x: exited with %d\n", what, ws, w_exitcode(ws));
}

/* the "State:" line of /proc/PID/status, without the name */
static void proc_state(long pid, char *out, size_t n)
{
	char path[64], buf[4096];
	snprintf(path, sizeof path, "/proc/%ld/status", pid);
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	if (fd < 0) {
		snprintf(out, n, "(none: %s)", errno_name((int)-fd));
		return;
	}
	long r = sys_read((int)fd, buf, sizeof buf - 1);
	sys_close((int)fd);
	buf[r > 0 ? r : 0] = 0;
	char *s = buf;
	while (s && !str_starts(s, "State:")) {
		s = strchr(s, '\n');
		if (s)
			s++;
	}
	if (!s) {
		snprintf(out, n, "?");
		return;
	}
	s += 6;
	while (*s == '\t' || *s == ' ')
		s++;
	size_t k = 0;
	while (s[k] && s[k] != '\n' && k + 1 < n)
		out[k] = s[k], k++;
	out[k] = 0;
}

static long minor_faults(void)
{
	struct rusage ru;
	sys_getrusage(RUSAGE_SELF, &ru);
	return ru.ru_minflt;
}

static volatile int shared_counter;
static int thread_tid;			/* the kernel writes it (PARENT_SETTID), clears it at the end */

static int thread_body(void *arg)
{
	char line[96];
	int n = snprintf(line, sizeof line, "7. thread: getpid %ld, gettid %ld, arg \"%s\"\n",
			 sys_getpid(), sys_gettid(), (const char *)arg);
	sys_write(1, line, n);
	shared_counter += 41;		/* the same memory as the parent's */
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	int ws;
	(void)envp;

	if (argc == 2 && strcmp(argv[1], "image") == 0) {
		/* scene 5, after execve: a new program in the same process */
		printf("5. after execve: pid %ld, parent %ld, argv[1] \"%s\"\n", sys_getpid(), sys_getppid(), argv[1]);
		return 0;
	}
	long me = sys_getpid();
	printf("procs: pid %ld\n", me);
	out_flush(sg_stdout);	/* a child must not inherit unwritten output */

	/* 1. fork + wait4 */
	long pid = sys_fork();
	if (pid == 0)
		sys_exit_group(7);
	sys_wait4((int)pid, &ws, 0, NULL);
	status_line("1. fork, exit_group(7)", ws);

	/* 2. a signal death */
	pid = sys_fork();
	if (pid == 0) {
		sys_kill((int)sys_getpid(), SIGTERM);
		sys_exit_group(0);
	}
	sys_wait4((int)pid, &ws, 0, NULL);
	status_line("2. fork, kill(self, SIGTERM)", ws);
	out_flush(sg_stdout);

	/* 3. clone3: fork with the arguments in a structure */
	struct clone_args ca;
	memset(&ca, 0, sizeof ca);
	ca.exit_signal = SIGCHLD;
	pid = sys_clone3(&ca, sizeof ca);
	if (pid == 0)
		sys_exit_group(3);
	if (pid < 0) {
		printf("3. clone3: %s (not implemented here); the same with fork:\n", errno_name((int)-pid));
		out_flush(sg_stdout);
		pid = sys_fork();
		if (pid == 0)
			sys_exit_group(3);
	}
	sys_wait4((int)pid, &ws, 0, NULL);
	status_line("3. clone3 {exit_signal=SIGCHLD}, exit_group(3)", ws);

	/* 4. a zombie */
	pid = sys_fork();
	if (pid == 0)
		sys_exit_group(0);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	sys_waitid(P_PID, (int)pid, &si, WEXITED | WNOWAIT, NULL);
	char st1[64], st2[64];
	proc_state(pid, st1, sizeof st1);
	sys_wait4((int)pid, &ws, 0, NULL);
	proc_state(pid, st2, sizeof st2);
	printf("4. zombie: after waitid(WNOWAIT) State: %s; after wait4: %s\n", st1, st2);
	out_flush(sg_stdout);

	/* 5. vfork + execve: the child borrows our memory until execve */
	char *av[] = { argv[0], "image", NULL };
	pid = sys_vfork();
	if (pid == 0) {
		sys_execve("/proc/self/exe", av, sg_environ);
		sys_exit(127);
	}
	printf("5. vfork: child %ld (parent %ld)\n", pid, me);
	out_flush(sg_stdout);
	sys_wait4((int)pid, &ws, 0, NULL);

	/* 6. copy-on-write */
	enum { PAGES = 256 };
	long m = sys_mmap(NULL, PAGES * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *buf = (char *)m;
	sys_madvise(buf, PAGES * 4096, MADV_NOHUGEPAGE);
	for (int i = 0; i < PAGES; i++)
		buf[i * 4096] = 'p';
	int fds[2];
	sys_pipe2(fds, 0);
	pid = sys_fork();
	if (pid == 0) {
		long c[2], t0 = minor_faults();
		volatile char *p = buf;
		long s = 0;
		for (int i = 0; i < PAGES; i++)
			s += p[i * 4096];
		long t1 = minor_faults();
		for (int i = 0; i < PAGES; i++)
			p[i * 4096] = 'c';
		c[0] = t1 - t0;
		c[1] = minor_faults() - t1;
		sys_write(fds[1], c, sizeof c);
		sys_exit_group(s == 0);
	}
	sys_close(fds[1]);
	long c[2] = { -1, -1 };
	sys_read(fds[0], c, sizeof c);
	sys_close(fds[0]);
	sys_wait4((int)pid, &ws, 0, NULL);
	printf("6. copy-on-write, %d pages the parent wrote: child's minor faults reading them %ld, writing them %ld; parent still sees '%c'\n",
	       PAGES, c[0], c[1], buf[0]);
	out_flush(sg_stdout);

	/* 7. a raw thread */
	enum { STACK = 64 * 1024 };
	long stk = sys_mmap(NULL, STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	unsigned long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
			      CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
	shared_counter = 1;
	long tid = sg_clone_thread(flags, (char *)stk + STACK, &thread_tid, &thread_tid, 0, thread_body, "hello");
	if (tid < 0) {
		printf("7. thread: clone failed: %s\n", errno_name((int)-tid));
		return 1;
	}
	/* the kernel stores 0 in thread_tid and wakes the futex when it ends */
	int t;
	while ((t = __atomic_load_n(&thread_tid, __ATOMIC_ACQUIRE)) != 0)
		sys_futex((uint32_t *)&thread_tid, 0 /* FUTEX_WAIT */, (uint32_t)t, NULL, NULL, 0);
	printf("7. thread %ld ended; the counter it shared with us: %d\n", tid, shared_counter);
	sys_munmap((void *)stk, STACK);
	return 0;
}
