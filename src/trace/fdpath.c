/* src/trace/fdpath.c — -y, -yy, --decode-fds=SET: what a file descriptor
 * refers to, as strace prints it: 3</etc/hostname>, 5<pipe:[817488]>,
 * AT_FDCWD</home/me>, 3</tmp/x>(deleted); with -yy (all) also
 * 3<TCP:[127.0.0.1:41234->127.0.0.1:8080]> (sockdiag.c), 3</dev/null<char 1:3>>,
 * 3<pid:1234> for a pidfd.
 *
 * The kernel says it in /proc/PID/fd/N, a symbolic link whose target is the
 * path (or "pipe:[inode]", "socket:[inode]", "anon_inode:[pidfd]"...);
 * /proc/PID/cwd gives AT_FDCWD's directory. One readlinkat per fd printed.
 * A file deleted while open reads "/tmp/x (deleted)": strace moves that
 * note after the ">" (when no link to the file is left: a name may end so
 * itself). Paths are quoted as strace's strings are, without
 * the quotes, and < > in octal (\74 \76) so that the brackets stay unique.
 */
#include "trace.h"

int opt_decode_fds;		/* DF_* bits: -y DF_PATH, -yy DF_ALL */

static const char *const df_names[] = { "path", "socket", "dev", "pidfd" };	/* bit order */

/* -e decode-fds=SET, as strace's other sets: leading !s invert it; "all" or
 * "none" only as the whole of it; else names, empty items skipped */
int decode_fds_parse(const char *spec)
{
	const char *s = spec;
	int neg = 0, set = 0;

	for (; *s == '!'; s++)
		neg = !neg;
	if (strcmp(s, "all") == 0)
		set = DF_ALL;
	else if (strcmp(s, "none") != 0) {
		while (*s) {
			size_t n = upto(s, ','), i = 0;
			while (n && i < 4 && (strlen(df_names[i]) != n || memcmp(df_names[i], s, n)))
				i++;
			if (i == 4) {
				out_printf(sg_stderr, "%s: invalid decode-fds '%.*s'\n", sg_progname, (int)n, s);
				return -1;
			}
			if (n)
				set |= 1 << i;
			s += n + (s[n] == ',');
		}
		if (!set) {
			out_printf(sg_stderr, "%s: invalid decode-fds '%s'\n", sg_progname, spec);
			return -1;
		}
	}
	opt_decode_fds = neg ? DF_ALL & ~set : set;
	return 0;
}
int cur_pid;			/* the process whose call is being printed */

/* Calls whose result is a new descriptor (strace prints it with -y too). */
static const char fd_results[] =
	"open,openat,openat2,creat,dup,dup2,dup3,socket,accept,accept4,epoll_create,"
	"epoll_create1,eventfd,eventfd2,signalfd,signalfd4,timerfd_create,inotify_init,"
	"inotify_init1,fanotify_init,memfd_create,memfd_secret,pidfd_open,pidfd_getfd,"
	"perf_event_open,userfaultfd,open_by_handle_at,open_tree,fsopen,fsmount,fspick,"
	"io_uring_setup,bpf,landlock_create_ruleset,mq_open,"
	"mount_setattr";	/* strace 6.1 prints its 0 as a descriptor too: 0</dev/pts/0> */

void fdpath_init(void)
{
	char name[64];
	const char *list = fd_results;

	while (*list) {
		size_t k = 0;
		while (list[k] && list[k] != ',')
			k++;
		if (k < sizeof name) {
			memcpy(name, list, k);
			name[k] = 0;
			int nr = sys_lookup(name);
			if (nr >= 0 && systab[nr].rfmt == R_DEC)
				systab[nr].rfmt = R_FD;
		}
		list += k + (list[k] == ',');
	}
}

/* the target of a /proc link, " (deleted)" cut off (*deleted says so): its length, or -1 */
static long read_link(const char *proc, char *buf, size_t size, int *deleted)
{
	long n = sys_readlinkat(AT_FDCWD, proc, buf, size - 1);

	if (n <= 0)
		return -1;
	buf[n] = 0;
	static const char del[] = " (deleted)";
	*deleted = n > (long)sizeof del - 1 && strcmp(buf + n - (sizeof del - 1), del) == 0;
	/* a name may end so itself: the file is gone only if no link is left */
	struct stat st;
	if (*deleted && sys_newfstatat(AT_FDCWD, proc, &st, 0) == 0 && st.st_nlink)
		*deleted = 0;
	if (*deleted)
		n -= sizeof del - 1;
	buf[n] = 0;
	return n;
}

/* a path the way -y prints it, between the brackets */
static void pr_quoted_path(const char *path)
{
	quote_bytes((const unsigned char *)path, strlen(path), QUOTE_BARE | QUOTE_ANGLE);
}

/* socket:[INODE] -> <details> (sockdiag.c) */
static int pr_socket(int fd, const char *link)
{
	if (!str_starts(link, "socket:[") || link[8] < '0' || link[8] > '9')
		return 0;
	const char *end = link + 8;
	unsigned long ino = 0;
	while (*end >= '0' && *end <= '9')
		ino = ino * 10 + (unsigned long)(*end++ - '0');
	if (end[0] != ']' || end[1])
		return 0;
	prs("<");
	pr_socket_details(cur_pid, fd, ino);
	prs(">");
	return 1;
}

/* a block or character device: </dev/null<char 1:3>> (stat of the path, as strace) */
static int pr_dev(const char *link)
{
	struct stat st;

	if (link[0] != '/' || sys_newfstatat(AT_FDCWD, link, &st, 0) < 0)
		return 0;
	unsigned type = st.st_mode & S_IFMT;
	if (type != S_IFBLK && type != S_IFCHR)
		return 0;
	unsigned long rdev = st.st_rdev;
	prs("<");
	pr_quoted_path(link);
	pr("<%s %lu:%lu>>", type == S_IFBLK ? "block" : "char",
	   (rdev >> 8 & 0xfff) | (rdev >> 32 & ~0xfffUL), (rdev & 0xff) | (rdev >> 12 & ~0xffUL));
	return 1;
}

/* the number on the "Pid:\t" line of an fdinfo text; -1 for a process
 * gone, 0 when there is no such line */
static long fdinfo_pid(const char *text)
{
	for (const char *line = text; *line; line += upto(line, '\n') + (line[upto(line, '\n')] != 0)) {
		if (!str_starts(line, "Pid:\t"))
			continue;
		const char *p = line + 5;
		int neg = *p == '-';
		long v = 0;
		for (p += neg; *p >= '0' && *p <= '9'; p++)
			v = v * 10 + (*p - '0');
		return neg ? -v : v;
	}
	return 0;
}

/* the process of cur_pid's pidfd fd, from the Pid: line of
 * /proc/PID/fdinfo/FD: as fdinfo_pid */
static long pidfd_pid(int fd)
{
	char name[64], buf[1024];

	snprintf(name, sizeof name, "/proc/%d/fdinfo/%d", proc_pid(cur_pid), fd);
	long f = sys_openat(AT_FDCWD, name, O_RDONLY | O_CLOEXEC, 0);
	long n = f < 0 ? -1 : sys_read((int)f, buf, sizeof buf - 1);
	if (f >= 0)
		sys_close((int)f);
	buf[n > 0 ? n : 0] = 0;
	return fdinfo_pid(buf);
}

/* a pidfd: <pid:1234>; one whose process is gone (Pid: -1) shows its link */
static int pr_pidfd(int fd, const char *link)
{
	if (strcmp(link, "anon_inode:[pidfd]") != 0)
		return 0;
	long pid = pidfd_pid(fd);
	if (pid > 0) {
		prs("<pid:");
		pr_own_pid((int)pid);
		prs(">");
	} else
		pr("<%s>", link);	/* not quoted: strace prints it as it is, even with -xx */
	return 1;
}

/* after the number: the first of socket, dev, pidfd, path that the set
 * asks for and that fits, in strace's order */
void pr_fd_path(long fd)
{
	char proc[64], link[4096];
	int deleted;

	if (!opt_decode_fds || (int)fd < 0)
		return;
	snprintf(proc, sizeof proc, "/proc/%d/fd/%d", proc_pid(cur_pid), (int)fd);
	if (read_link(proc, link, sizeof link, &deleted) < 0)
		return;
	if ((opt_decode_fds & DF_SOCKET) && pr_socket((int)fd, link))
		return;
	if ((opt_decode_fds & DF_DEV) && pr_dev(link))
		return;
	if ((opt_decode_fds & DF_PIDFD) && pr_pidfd((int)fd, link))
		return;
	if (opt_decode_fds & DF_PATH) {
		prs("<");
		pr_quoted_path(link);
		pr(">%s", deleted ? "(deleted)" : "");
	}
}

void pr_cwd_path(void)
{
	char proc[64], link[4096];
	int deleted;

	if (!(opt_decode_fds & DF_PATH))
		return;
	snprintf(proc, sizeof proc, "/proc/%d/cwd", proc_pid(cur_pid));
	if (read_link(proc, link, sizeof link, &deleted) < 0)
		return;
	prs("<");
	pr_quoted_path(link);
	pr(">%s", deleted ? "(deleted)" : "");
}

/* pidfd_getfd's target: a descriptor of the process pidfd names, decoded
 * as that process sees it (strace: the same -y, -yy forms) */
void pr_fd_of_pidfd(long pidfd, long fd)
{
	pr("%d", (int)fd);
	if (!opt_decode_fds || (int)pidfd < 0)
		return;
	long pid = pidfd_pid((int)pidfd);
	if (pid <= 0)
		return;
	int own = cur_pid;
	cur_pid = (int)pid;
	pr_fd_path(fd);
	cur_pid = own;
}
