/* src/trace/pathtrace.c — -P PATH, --trace-path=PATH: print only the calls
 * that access PATH, as strace 6.1 decides it (its pathtrace.c).
 *
 * Each PATH is kept as given and, when it resolves (realpath: a relative
 * path from trace's directory, symbolic links followed) to another name,
 * as that name too; trace then says on standard error
 *   trace: Requested path "link" resolved into "/etc/passwd"
 * (not with -e quiet=path-resolution; -qqq does not silence it either).
 * A call accesses PATH when one of its arguments does, by the role the
 * table below gives that argument:
 *   P  a path (the string as the program passes it, compared as it is:
 *      "passwd" from /etc is not "/etc/passwd")
 *   F  a descriptor whose /proc/PID/fd link names PATH (at the entry, so
 *      close(3) of it counts; AT_FDCWD and other negative numbers never)
 *   S  select's three fd_sets (nfds in argument 0), any descriptor set in them
 *   L  poll's array of struct pollfd (the count in argument 1)
 *   C  fsconfig: by its command, a path (argument 3) and a descriptor (4)
 * Calls of %file not in the table: a path in argument 0; of %desc or
 * %network: a descriptor in argument 0; calls of no such class never
 * match, nor do the ones that make a new descriptor from nothing (pipe,
 * socket, eventfd...). Unnamed syscall numbers never match.
 * trace_set loses the calls that can never match (so that the seccomp
 * filter does not stop them); loop.c asks path_match at each entry.
 */
#include "trace.h"
#include "sysclass.h"

int opt_paths;			/* how many paths -P gave (with their resolutions) */
static const char *paths[256];
static const char *asked[128];	/* the -P arguments, resolved after the options */
static int nasked;

/* strace 6.1's special cases; an empty role string: never */
static const struct { const char *roles, *calls; } roles[] = {
	{ "FF", "dup2,dup3,kexec_file_load,sendfile,tee" },
	{ "FP", "execveat,faccessat,faccessat2,fchmodat,fchownat,fspick,futimesat,"
		"inotify_add_watch,mkdirat,mknodat,mount_setattr,name_to_handle_at,newfstatat,open_tree,"
		"openat,openat2,readlinkat,statx,unlinkat,utimensat" },
	{ "PP", "link,mount,pivot_root" },
	{ "-P", "quotactl,symlink" },
	{ "FPFP", "linkat,move_mount,renameat2,renameat" },
	{ "----F", "mmap" },
	{ "-FP", "symlinkat" },
	{ "F-F", "copy_file_range,splice" },
	{ "--F", "epoll_ctl" },
	{ "---FP", "fanotify_mark" },	/* the 64-bit mask is one argument on x86-64 */
	{ "S", "select,pselect6" },
	{ "L", "poll,ppoll" },
	{ "C", "fsconfig" },
	{ "", "accept,accept4,bpf,epoll_create,epoll_create1,eventfd2,eventfd,fanotify_init,"
	      "fsopen,inotify_init,inotify_init1,io_uring_enter,io_uring_register,io_uring_setup,"
	      "memfd_create,memfd_secret,perf_event_open,pidfd_open,pipe,pipe2,signalfd4,signalfd,socket,"
	      "socketpair,timerfd_create,timerfd_gettime,timerfd_settime,userfaultfd" },
	{ NULL, NULL }
};

static void set_roles(const char *list, const char *r)
{
	char name[64];

	while (next_item(&list, name, sizeof name)) {
		int nr = sys_lookup(name);
		if (nr >= 0)
			systab[nr].paths = r;
	}
}

static void store(const char *p)
{
	for (int i = 0; i < opt_paths; i++)
		if (strcmp(paths[i], p) == 0)
			return;
	if (opt_paths < (int)(sizeof paths / sizeof *paths))
		paths[opt_paths++] = p;
}

void path_add(const char *path)
{
	if (nasked < (int)(sizeof asked / sizeof *asked))
		asked[nasked++] = path;
}

/* realpath(3) for a path that exists: what /proc/self/fd says of it */
static char *resolve(const char *path)
{
	long fd = sys_openat(AT_FDCWD, path, O_PATH | O_CLOEXEC, 0);
	char proc[64], buf[4096];

	if (fd < 0)
		return NULL;
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", (int)fd);
	long n = sys_readlinkat(AT_FDCWD, proc, buf, sizeof buf - 1);
	sys_close((int)fd);
	if (n <= 0 || buf[0] != '/')
		return NULL;
	buf[n] = 0;
	char *r = malloc((size_t)n + 1);
	if (r)
		memcpy(r, buf, (size_t)n + 1);
	return r;
}

/* after the options: each path and its resolution, the roles, trace_set */
void path_init(int quiet)
{
	if (!nasked)
		return;
	for (int i = 0; i < nasked; i++) {
		const char *p = asked[i];
		store(p);
		char *r = resolve(p);
		if (!r || strcmp(r, p) == 0)
			continue;
		if (!quiet) {
			struct out *o = tout;
			tout = sg_stderr;
			prs(sg_progname);
			prs(": Requested path ");
			quote_bytes((const unsigned char *)p, strlen(p), QUOTE_0_TERM);
			prs(" resolved into ");
			quote_bytes((const unsigned char *)r, strlen(r), QUOTE_0_TERM);
			prs("\n");
			out_flush(sg_stderr);
			tout = o;
		}
		store(r);
	}
	static unsigned char file[NSYS], fdarg[NSYS];
	sysclass_mark("%file", file, 1);
	sysclass_mark("%desc", fdarg, 1);
	sysclass_mark("%network", fdarg, 1);
	for (int nr = 0; nr < NSYS; nr++)
		systab[nr].paths = file[nr] ? "P" : fdarg[nr] ? "F" : NULL;
	for (int i = 0; roles[i].roles; i++)
		set_roles(roles[i].calls, roles[i].roles);
	for (int nr = 0; nr < NSYS; nr++)
		if (!systab[nr].paths || !*systab[nr].paths)
			trace_set[nr] = 0;
}

static int pathmatch(const char *p)
{
	for (int i = 0; i < opt_paths; i++)
		if (strcmp(p, paths[i]) == 0)
			return 1;
	return 0;
}

static int upathmatch(struct tcb *t, unsigned long addr)
{
	char buf[4097];
	long n = umovestr(t->pid, addr, buf, sizeof buf);

	return n >= 0 && n < (long)sizeof buf && pathmatch(buf);
}

/* /proc/PID/fd/N's target; " (deleted)" taken off when the file so named is
 * not this one, as strace does */
static int fdmatch(struct tcb *t, int fd)
{
	char proc[64], buf[4097];
	static const char del[] = " (deleted)";

	if (fd < 0)
		return 0;
	snprintf(proc, sizeof proc, "/proc/%d/fd/%d", proc_pid(t->pid), fd);
	long n = sys_readlinkat(AT_FDCWD, proc, buf, sizeof buf - 1);
	if (n < 0)
		return 0;
	buf[n] = 0;
	if (n > (long)sizeof del - 1 && strcmp(buf + n - (sizeof del - 1), del) == 0) {
		struct stat sl, sp;
		if (sys_newfstatat(AT_FDCWD, proc, &sl, 0) == 0 &&
		    (sys_newfstatat(AT_FDCWD, buf, &sp, AT_SYMLINK_NOFOLLOW) < 0 ||
		     sl.st_ino != sp.st_ino || sl.st_dev != sp.st_dev))
			buf[n - (sizeof del - 1)] = 0;
	}
	return pathmatch(buf);
}

/* select's sets: any descriptor below nfds set in one of them */
static int match_select(struct tcb *t)
{
	static unsigned long set[(1024 * 1024) / (8 * sizeof(unsigned long))];
	int nfds = (int)t->a[0];

	if (nfds <= 0)
		return 0;
	if (nfds > 1024 * 1024)
		nfds = 1024 * 1024;
	size_t size = ((size_t)(nfds + 7) / 8 + 7) & ~(size_t)7;
	for (int i = 1; i <= 3; i++) {
		if (!t->a[i] || umove_data(t->pid, t->a[i], set, size) < 0)
			continue;
		for (int fd = 0; fd < nfds; fd++)
			if ((set[fd / 64] >> (fd % 64) & 1) && fdmatch(t, fd))
				return 1;
	}
	return 0;
}

static int match_poll(struct tcb *t)
{
	unsigned n = (unsigned)t->a[1];
	unsigned long start = t->a[0];

	if (n > 1024 * 1024)
		n = 1024 * 1024;
	unsigned long end = start + 8UL * n;
	if (n == 0 || end < start)
		return 0;
	for (unsigned long a = start; a < end; a += 8) {
		struct { int fd; short events, revents; } p;
		if (umove_data(t->pid, a, &p, sizeof p) < 0)
			break;
		if (fdmatch(t, p.fd))
			return 1;
	}
	return 0;
}

int path_match(struct tcb *t)
{
	const char *r = (unsigned long)t->nr < NSYS ? systab[t->nr].paths : NULL;

	if (!r || !systab[t->nr].name)
		return 0;
	switch (*r) {
	case 'S': return match_select(t);
	case 'L': return match_poll(t);
	case 'C':
		switch ((unsigned)t->a[1]) {
		case 3: case 4:	/* FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY */
			return fdmatch(t, (int)t->a[4]) || upathmatch(t, t->a[3]);
		case 5:		/* FSCONFIG_SET_FD */
			return fdmatch(t, (int)t->a[4]);
		}
		return 0;
	}
	/* strace tests the descriptors first, then the paths */
	for (int i = 0; r[i]; i++)
		if (r[i] == 'F' && fdmatch(t, (int)t->a[i]))
			return 1;
	for (int i = 0; r[i]; i++)
		if (r[i] == 'P' && upathmatch(t, t->a[i]))
			return 1;
	return 0;
}
