/* lessons/13-events/events.c — waiting for many things at once, six ways.
 *
 *   1. O_NONBLOCK: a read that would block answers -EAGAIN instead
 *   2. poll and ppoll: which of several descriptors is ready, with a timeout;
 *      a terminal is ready only when a whole line has been typed
 *   3. epoll: a set kept in the kernel; level- against edge-triggered
 *   4. eventfd: a 64-bit counter in the kernel, one process adds, another reads
 *   5. inotify: a directory's changes as struct inotify_event records, byte by byte
 *   6. futex: "sleep if the word still holds V" and "wake N", between two raw threads
 *
 * Every descriptor is made with O_CLOEXEC (or its *_CLOEXEC twin), as a
 * program that may exec should.
 */
#include "sg.h"
#include <linux/eventpoll.h>
#include <linux/inotify.h>
#include <linux/futex.h>
#include <asm/ioctls.h>

/* eventfd's flags are O_CLOEXEC, O_NONBLOCK and 1 (<linux/eventfd.h> is not in every UAPI set) */
#define EFD_SEMAPHORE 1

static void check(const char *what, long r)
{
	if (sys_failed(r))
		error(1, (int)-r, "%s", what);
}

/* "-11 (EAGAIN)" or "3" */
static const char *res(long r)
{
	static char b[4][40];
	static int i;
	char *s = b[i++ & 3];

	if (r < 0)
		snprintf(s, 40, "%ld (%s)", r, errno_name((int)-r));
	else
		snprintf(s, 40, "%ld", r);
	return s;
}

/* --- 1. blocking or not ---------------------------------------------------- */

static void part1(void)
{
	int p[2];
	char c, buf[4096];
	long r, n = 0;

	printf("1. pipe2(O_NONBLOCK): nobody waits\n");
	check("pipe2", sys_pipe2(p, O_NONBLOCK | O_CLOEXEC));
	printf("  read on the empty pipe: %s: a blocking read would sleep here\n", res(sys_read(p[0], &c, 1)));
	memset(buf, 'x', sizeof buf);
	while ((r = sys_write(p[1], buf, sizeof buf)) > 0)
		n += r;
	printf("  writes of 4096 bytes until %s: the pipe held %ld bytes\n", res(r), n);
	sys_close(p[0]);
	sys_close(p[1]);
}

/* --- 2. poll --------------------------------------------------------------- */

static const char *pollbits(short ev)
{
	static const struct { short bit; const char *name; } b[] = {
		{ POLLIN, "POLLIN" }, { POLLOUT, "POLLOUT" }, { POLLHUP, "POLLHUP" },
		{ POLLERR, "POLLERR" }, { POLLNVAL, "POLLNVAL" },
	};
	static char s[64];
	size_t n = 0;

	for (size_t i = 0; i < sizeof b / sizeof b[0]; i++)
		if (ev & b[i].bit)
			n += (size_t)snprintf(s + n, sizeof s - n, "%s%s", n ? "|" : "", b[i].name);
	return n ? s : "0";
}

/* A terminal, made here so that it needs no one at a keyboard: open("/dev/ptmx")
 * gives the master side of a new pseudo-terminal (what a terminal emulator or
 * sshd holds) and the kernel names the other side /dev/pts/N, the terminal
 * the program reads. What is written to the master arrives as if typed. In
 * canonical mode (the default) the terminal's line discipline keeps a line
 * until Enter: poll says POLLIN only then, and read returns the whole line. */
static void poll_terminal(void)
{
	char path[32], line[64];
	int unlock = 0;
	unsigned n;
	long r;

	long m = sys_openat(AT_FDCWD, "/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC, 0);
	if (m < 0) {
		printf("  a terminal: none here (/dev/ptmx: %s)\n", strerror((int)-m));
		return;
	}
	check("ioctl TIOCSPTLCK", sys_ioctl((int)m, TIOCSPTLCK, &unlock));
	check("ioctl TIOCGPTN", sys_ioctl((int)m, TIOCGPTN, &n));
	snprintf(path, sizeof path, "/dev/pts/%u", n);
	long s = sys_openat(AT_FDCWD, path, O_RDWR | O_NOCTTY | O_CLOEXEC, 0);
	check(path, s);
	struct pollfd f = { .fd = (int)s, .events = POLLIN };
	check("write", sys_write((int)m, "ab", 2));
	r = sys_poll(&f, 1, 50);
	printf("  a terminal (/dev/pts/N): \"ab\" typed, no Enter: poll(50 ms) = %ld: %s, the line is not done\n",
	       r, pollbits(f.revents));
	check("write", sys_write((int)m, "\n", 1));
	r = sys_poll(&f, 1, -1);
	printf("  Enter typed: poll = %ld: %s; ", r, pollbits(f.revents));
	r = sys_read((int)s, line, sizeof line);
	printf("read = %s: the whole line at once\n", res(r));
	sys_close((int)s);
	sys_close((int)m);
}

static void part2(void)
{
	int p[2];
	struct pollfd fds[2];
	struct timespec ts = { 0, 1000000 };	/* 1 ms */
	long r;

	printf("2. poll: which descriptor is ready?\n");
	check("pipe2", sys_pipe2(p, O_CLOEXEC));
	fds[0] = (struct pollfd){ .fd = p[0], .events = POLLIN };
	fds[1] = (struct pollfd){ .fd = p[1], .events = POLLOUT };
	r = sys_poll(fds, 2, 0);
	printf("  poll(read end POLLIN, write end POLLOUT, 0 ms) = %ld: read end %s, write end %s\n",
	       r, pollbits(fds[0].revents), pollbits(fds[1].revents));
	r = sys_ppoll(fds, 1, &ts, NULL, sizeof(sigset_t));
	printf("  ppoll(read end, 1 ms) = %s: nothing came, the time ran out\n", res(r));
	check("write", sys_write(p[1], "!", 1));
	r = sys_poll(fds, 1, -1);
	printf("  one byte written; poll(read end, -1 = forever) = %ld: %s\n", r, pollbits(fds[0].revents));
	sys_close(p[1]);
	char c;
	sys_read(p[0], &c, 1);
	r = sys_poll(fds, 1, -1);
	printf("  byte read, write end closed: poll = %ld: %s (the end of the pipe)\n", r, pollbits(fds[0].revents));
	fds[0].fd = p[1];	/* closed: not a descriptor any more */
	r = sys_poll(fds, 1, 0);
	printf("  poll on a closed descriptor = %ld: %s, not an error return\n", r, pollbits(fds[0].revents));
	sys_close(p[0]);
	poll_terminal();
}

/* --- 3. epoll -------------------------------------------------------------- */

static long ewait(int ep, struct epoll_event *ev)
{
	return sys_epoll_wait(ep, ev, 4, 0);
}

static void part3(void)
{
	int lt[2], et[2];
	struct epoll_event ev, got[4];
	char c;
	long r;

	printf("3. epoll: the set lives in the kernel; level- and edge-triggered\n");
	long ep = sys_epoll_create1(EPOLL_CLOEXEC);
	check("epoll_create1", ep);
	check("pipe2", sys_pipe2(lt, O_NONBLOCK | O_CLOEXEC));
	check("pipe2", sys_pipe2(et, O_NONBLOCK | O_CLOEXEC));
	ev = (struct epoll_event){ .events = EPOLLIN, .data = (uint64_t)lt[0] };
	check("epoll_ctl", sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, lt[0], &ev));
	ev = (struct epoll_event){ .events = EPOLLIN | EPOLLET, .data = (uint64_t)et[0] };
	check("epoll_ctl", sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, et[0], &ev));
	printf("  epoll_wait with both pipes empty = %ld\n", ewait((int)ep, got));
	check("write", sys_write(lt[1], "ab", 2));
	check("write", sys_write(et[1], "ab", 2));
	r = ewait((int)ep, got);
	printf("  2 bytes into each pipe: epoll_wait = %ld (data %lu and %lu: the read ends)\n", r,
	       (unsigned long)got[0].data, (unsigned long)(r > 1 ? got[1].data : 0));
	sys_read(lt[0], &c, 1);
	sys_read(et[0], &c, 1);
	r = ewait((int)ep, got);
	printf("  1 byte read from each, 1 left in each: epoll_wait = %ld, data %lu: only the level-triggered one\n",
	       r, (unsigned long)got[0].data);
	printf("  (edge-triggered reports a change once; read until EAGAIN before waiting again)\n");
	sys_read(et[0], &c, 1);
	printf("  the edge-triggered read end drained: read again = %s\n", res(sys_read(et[0], &c, 1)));
	check("write", sys_write(et[1], "c", 1));
	r = ewait((int)ep, got);
	printf("  a new byte arrives: epoll_wait = %ld: the edge fires again (and the level one still: %s)\n", r,
	       r == 2 ? "yes" : "no");
	check("epoll_ctl", sys_epoll_ctl((int)ep, EPOLL_CTL_DEL, lt[0], NULL));
	sys_close(lt[0]);
	sys_close(lt[1]);
	sys_close(et[0]);
	sys_close(et[1]);
	sys_close((int)ep);
}

/* --- 4. eventfd ------------------------------------------------------------ */

static void part4(void)
{
	uint64_t v;
	long efd, pid, r;
	int st;

	printf("4. eventfd: a counter in the kernel, added to by a child, read by its parent\n");
	efd = sys_eventfd2(0, O_CLOEXEC);
	check("eventfd2", efd);
	/* SIGCHLD stays pending until after wait4: a tracer then shows its
	 * delivery at one place, not wherever the child's exit happened to land */
	sigset_t chld = 1UL << (SIGCHLD - 1);
	check("rt_sigprocmask", sys_rt_sigprocmask(SIG_BLOCK, &chld, NULL, sizeof chld));
	pid = sys_fork();
	check("fork", pid);
	if (pid == 0) {
		for (uint64_t k = 1; k <= 3; k++)
			sys_write((int)efd, &k, 8);	/* adds k */
		sys_exit_group(0);
	}
	check("wait4", sys_wait4((int)pid, &st, 0, NULL));
	check("rt_sigprocmask", sys_rt_sigprocmask(SIG_UNBLOCK, &chld, NULL, sizeof chld));
	r = sys_read((int)efd, &v, 8);
	printf("  the child wrote 1, 2 and 3; the parent's read = %ld bytes: %lu (the sum), and the counter is 0 again\n",
	       r, (unsigned long)v);
	check("fcntl", sys_fcntl((int)efd, F_SETFL, O_NONBLOCK));
	printf("  read again (O_NONBLOCK) = %s: a zero counter would block\n", res(sys_read((int)efd, &v, 8)));
	printf("  write of 4 bytes (not 8) = %s\n", res(sys_write((int)efd, &v, 4)));
	sys_close((int)efd);

	efd = sys_eventfd2(3, EFD_SEMAPHORE | O_NONBLOCK | O_CLOEXEC);
	check("eventfd2", efd);
	printf("  EFD_SEMAPHORE, counter 3: reads give");
	while ((r = sys_read((int)efd, &v, 8)) == 8)
		printf(" %lu", (unsigned long)v);
	printf(", then %s\n", res(r));
	sys_close((int)efd);
}

/* --- 5. inotify ------------------------------------------------------------ */

static const struct { unsigned bit; const char *name; } in_names[] = {
	{ IN_ACCESS, "IN_ACCESS" }, { IN_MODIFY, "IN_MODIFY" }, { IN_ATTRIB, "IN_ATTRIB" },
	{ IN_CLOSE_WRITE, "IN_CLOSE_WRITE" }, { IN_CLOSE_NOWRITE, "IN_CLOSE_NOWRITE" },
	{ IN_OPEN, "IN_OPEN" }, { IN_MOVED_FROM, "IN_MOVED_FROM" }, { IN_MOVED_TO, "IN_MOVED_TO" },
	{ IN_CREATE, "IN_CREATE" }, { IN_DELETE, "IN_DELETE" }, { IN_DELETE_SELF, "IN_DELETE_SELF" },
	{ IN_MOVE_SELF, "IN_MOVE_SELF" }, { IN_UNMOUNT, "IN_UNMOUNT" }, { IN_Q_OVERFLOW, "IN_Q_OVERFLOW" },
	{ IN_IGNORED, "IN_IGNORED" }, { IN_ISDIR, "IN_ISDIR" },
};

static void pr_mask(uint32_t m)
{
	const char *sep = "";

	for (size_t i = 0; i < sizeof in_names / sizeof in_names[0]; i++)
		if (m & in_names[i].bit) {
			printf("%s%s", sep, in_names[i].name);
			sep = "|";
		}
}

static uint32_t le32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

static void part5(const char *where)
{
	static char dir[256], path[300], path2[300];
	static unsigned char buf[4096] __attribute__((aligned(8)));
	long in, wd, fd, n;

	printf("5. inotify: what happened in a directory, as records\n");
	if (where)
		snprintf(dir, sizeof dir, "%s", where);
	else
		snprintf(dir, sizeof dir, "/tmp/sg-events.%ld", sys_getpid());
	check("mkdir", sys_mkdirat(AT_FDCWD, dir, 0700));
	in = sys_inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	check("inotify_init1", in);
	wd = sys_inotify_add_watch((int)in, dir, IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |
						      IN_MOVED_TO | IN_DELETE);
	check("inotify_add_watch", wd);
	printf("  watch descriptor %ld on the directory; nothing yet: read = %s\n", wd,
	       res(sys_read((int)in, buf, sizeof buf)));
	snprintf(path, sizeof path, "%s/a", dir);
	snprintf(path2, sizeof path2, "%s/renamed-file.txt", dir);
	fd = sys_openat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	check("open", fd);
	sys_write((int)fd, "hi\n", 3);
	sys_close((int)fd);
	check("rename", sys_renameat(AT_FDCWD, path, AT_FDCWD, path2));
	check("unlink", sys_unlinkat(AT_FDCWD, path2, 0));
	printf("  create a, write, close, rename to renamed-file.txt, unlink it\n");
	n = sys_read((int)in, buf, sizeof buf);
	check("read", n);
	printf("  one read = %ld bytes:\n", n);
	printf("  offset  wd  mask        cookie  len  name  (each record: 16 bytes + len)\n");
	uint32_t cookie_from = 0, cookie_to = 0;
	for (long off = 0; off + 16 <= n;) {
		const unsigned char *e = buf + off;
		uint32_t m = le32(e + 4), len = le32(e + 12);
		printf("  %6ld  %2d  %#010x  %6s  %3u  %-18s ", off, (int)le32(e), m,
		       le32(e + 8) ? "yes" : "0", len, (const char *)e + 16);
		pr_mask(m);
		printf("\n");
		if (m & IN_MOVED_FROM)
			cookie_from = le32(e + 8);
		if (m & IN_MOVED_TO)
			cookie_to = le32(e + 8);
		off += 16 + len;
	}
	printf("  MOVED_FROM and MOVED_TO share one cookie: %s\n",
	       cookie_from && cookie_from == cookie_to ? "yes" : "no");
	/* the name is NUL-padded so that the next record starts aligned */
	printf("  the first record's bytes:");
	for (int i = 0; i < 32 && i < n; i++)
		printf("%s%02x", i % 4 ? "" : " ", buf[i]);
	printf("\n");
	printf("  inotify_rm_watch = %s, and the kernel queues IN_IGNORED: ", res(sys_inotify_rm_watch((int)in, (int)wd)));
	n = sys_read((int)in, buf, sizeof buf);
	if (n >= 16)
		pr_mask(le32(buf + 4));
	printf("\n");
	sys_close((int)in);
	sys_unlinkat(AT_FDCWD, dir, AT_REMOVEDIR);
}

/* --- 6. futex -------------------------------------------------------------- */

#define STACK (64 * 1024)

static uint32_t word;		/* the futex: 0 = not yet, 1 = go */
static int thread_tid;		/* CLONE_CHILD_CLEARTID: 0 when the thread has ended */
static long thread_woke;	/* what the thread's FUTEX_WAKE returned */

/* the state letter of thread tid, from /proc/self/task/TID/stat ("S" = asleep) */
static char task_state(long tid)
{
	char path[64], b[256];
	long fd, n;

	snprintf(path, sizeof path, "/proc/self/task/%ld/stat", tid);
	fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	if (fd < 0)
		return '?';
	n = sys_read((int)fd, b, sizeof b - 1);
	sys_close((int)fd);
	if (n <= 0)
		return '?';
	b[n] = 0;
	char *p = strrchr(b, ')');	/* the name may hold spaces */
	return p && p[1] ? p[2] : '?';
}

/* the waker: once main sleeps in FUTEX_WAIT, change the word, then wake it */
static int waker(void *main_tid)
{
	struct timespec ms = { 0, 1000000 };

	for (int i = 0; i < 5000 && task_state((long)main_tid) != 'S'; i++)
		sys_nanosleep(&ms, NULL);
	__atomic_store_n(&word, 1, __ATOMIC_RELEASE);
	thread_woke = sys_futex(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	return 0;
}

static void part6(void)
{
	long r = 0;

	printf("6. futex: the call under every mutex, between two raw threads\n");
	word = 5;
	printf("  FUTEX_WAIT(&word, 4) while word is 5: %s: the kernel checks the word and sleeps as one step\n",
	       res(sys_futex(&word, FUTEX_WAIT_PRIVATE, 4, NULL, NULL, 0)));
	printf("  FUTEX_WAKE(&word, 1) with nobody waiting: %s woken\n",
	       res(sys_futex(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0)));
	word = 0;
	long stk = sys_mmap(NULL, STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	check("mmap", stk);
	unsigned long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
			      CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
	long tid = sg_clone_thread(flags, (char *)stk + STACK, &thread_tid, &thread_tid, 0, waker,
				   (void *)sys_gettid());
	check("clone", tid);
	/* sleep while the word is 0 (the thread changes it only once we sleep) */
	while (__atomic_load_n(&word, __ATOMIC_ACQUIRE) == 0)
		r = sys_futex(&word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	printf("  main sleeps in FUTEX_WAIT(&word, 0); the thread sets word = 1: FUTEX_WAIT returns %s\n", res(r));
	/* the kernel zeroes thread_tid when the thread is gone (CLONE_CHILD_CLEARTID;
	 * pthread_join sleeps on it with FUTEX_WAIT): here a short spin, no call */
	while (__atomic_load_n(&thread_tid, __ATOMIC_ACQUIRE) != 0)
		__builtin_ia32_pause();
	printf("  the thread's FUTEX_WAKE(&word, 1) = %s thread woken; the thread has ended\n", res(thread_woke));
	sys_munmap((void *)stk, STACK);
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	part1();
	part2();
	part3();
	part4();
	part5(argc > 1 ? argv[1] : NULL);
	part6();
	return 0;
}
