/* src/trace/fdpath.c — -y: what a file descriptor refers to, as strace
 * prints it: 3</etc/hostname>, 5<pipe:[817488]>, 8<socket:[817494]>,
 * AT_FDCWD</home/me>, 3</tmp/x>(deleted).
 *
 * The kernel says it in /proc/PID/fd/N, a symbolic link whose target is the
 * path (or "pipe:[inode]", "socket:[inode]", "anon_inode:[eventfd]"...);
 * /proc/PID/cwd gives AT_FDCWD's directory. One readlinkat per fd printed.
 * A file deleted while open reads "/tmp/x (deleted)": strace moves that
 * note after the ">".
 */
#include "trace.h"

int opt_decode_fds;		/* -y 1, -yy 2 */

/* -e decode-fds=SET: path is -y; socket, dev, pidfd (or all) ask for more */
int decode_fds_parse(const char *spec)
{
	int neg = *spec == '!';
	spec += neg;
	opt_decode_fds = neg;
	char item[32];
	while (next_item(&spec, item, sizeof item)) {
		if (strcmp(item, "none") == 0)
			opt_decode_fds = neg;
		else if (strcmp(item, "path") == 0)
			opt_decode_fds = neg ? 0 : opt_decode_fds > 1 ? 2 : 1;
		else if (!strcmp(item, "all") || !strcmp(item, "socket") || !strcmp(item, "dev") ||
			 !strcmp(item, "pidfd"))
			opt_decode_fds = neg ? opt_decode_fds : 2;
		else {
			out_printf(sg_stderr, "trace: invalid decode-fds '%s'\n", item);
			return -1;
		}
	}
	return 0;
}
int cur_pid;			/* the process whose call is being printed */

/* Calls whose result is a new descriptor (strace prints it with -y too). */
static const char fd_results[] =
	"open,openat,openat2,creat,dup,dup2,dup3,socket,accept,accept4,epoll_create,"
	"epoll_create1,eventfd,eventfd2,signalfd,signalfd4,timerfd_create,inotify_init,"
	"inotify_init1,fanotify_init,memfd_create,memfd_secret,pidfd_open,pidfd_getfd,"
	"perf_event_open,userfaultfd,open_by_handle_at,open_tree,fsopen,fsmount,fspick,"
	"io_uring_setup,bpf,landlock_create_ruleset,mq_open";

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

static void pr_link(const char *proc)
{
	char buf[4096];
	long n = sys_readlinkat(AT_FDCWD, proc, buf, sizeof buf - 1);

	if (n <= 0)
		return;
	buf[n] = 0;
	static const char del[] = " (deleted)";
	int deleted = n > (long)sizeof del - 1 && strcmp(buf + n - (sizeof del - 1), del) == 0;
	if (deleted)
		buf[n - (sizeof del - 1)] = 0;
	pr("<%s>%s", buf, deleted ? "(deleted)" : "");
}

/* after the number: <path> */
void pr_fd_path(long fd)
{
	char proc[64];

	if (!opt_decode_fds || (int)fd < 0)
		return;
	snprintf(proc, sizeof proc, "/proc/%d/fd/%d", cur_pid, (int)fd);
	pr_link(proc);
}

void pr_cwd_path(void)
{
	char proc[64];

	if (!opt_decode_fds)
		return;
	snprintf(proc, sizeof proc, "/proc/%d/cwd", cur_pid);
	pr_link(proc);
}
