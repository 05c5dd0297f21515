/* src/trace/pidns.c — how a pid is printed: --decode-pids=pidns
 * (--pidns-translation) and -Y (--decode-pids=comm), as strace 6.1 prints
 * them.
 *
 *   getpid()                    = 1 then, in a C comment, 13119 in strace's PID NS
 *   kill(1<sh> and that comment, 0) = 0       (-Y: the command's name)
 *   [pid 13119<sh>] ...          (-Y: the prefix too; "13119<sh> " with -o)
 *
 * A tracee in another pid namespace than trace's sees other numbers. The
 * kernel says which in /proc/P/status: "NSpid:", "NStgid:", "NSpgid:",
 * "NSsid:" list a task's ids from /proc's namespace (trace's) down to its
 * own; /proc/P/ns/pid and the NS_GET_PARENT ioctl give the namespaces
 * themselves (their inode numbers). To translate id N of a kind from the
 * tracee's namespace, trace looks for a task whose list holds N at the
 * tracee's namespace's level: first the task found last time for that id,
 * then every task in /proc (each process's threads first). No task has it
 * (the process has been reaped, or never was): no translation, as strace.
 * A pid equal to its translation gets no comment. Where /proc is another
 * namespace's than trace's (trace under "unshare -pf"), its entries are
 * named by that namespace's numbers: proc_pid finds the one for a task.
 * -Y prints the command name (/proc/P/comm) of the task a tid or tgid
 * names, not of a group or session; the prefix's name is read when trace starts following a process
 * and again at its execve and at each prctl(PR_SET_NAME) (strace's order).
 */
#include "trace.h"

int opt_decode_pids;		/* DP_PIDNS | DP_COMM */
struct tcb *cur_tcb;		/* whose call is being printed */

#define NS_GET_PARENT 0xb702	/* _IO(0xb7, 0x2), linux/nsfs.h */
#define MAX_DEPTH 32

/* the inode of a pid namespace file, 0 when it cannot be read */
static unsigned long ns_ino(int fd)
{
	struct stat st;
	return sys_fstat(fd, &st) < 0 ? 0 : (unsigned long)st.st_ino;
}

/* P's pid namespace, then its parents up to trace's own (the kernel says
 * EPERM above it): how many */
static int ns_chain(int p, unsigned long *ns)
{
	char path[64];
	snprintf(path, sizeof path, p ? "/proc/%d/ns/pid" : "/proc/self/ns/pid", p);
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	int n = 0;
	while (fd >= 0 && n < MAX_DEPTH) {
		if (!(ns[n] = ns_ino((int)fd)))
			break;
		n++;
		long up = sys_ioctl((int)fd, NS_GET_PARENT, NULL);
		sys_close((int)fd);
		fd = up;
	}
	if (fd >= 0)
		sys_close((int)fd);
	return n;
}

static unsigned long our_ns(void)
{
	static unsigned long ns;
	unsigned long chain[MAX_DEPTH];
	if (!ns && ns_chain(0, chain) > 0)
		ns = chain[0];
	return ns;
}

/* the ids on P's line for kind (NSpid: NStgid: NSpgid: NSsid:), outermost
 * first: how many */
static int ns_ids_at(const char *path, int kind, int *ids)
{
	static const char *const key[] = { "NSpid:", "NStgid:", "NSpgid:", "NSsid:" };
	char buf[2048];
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	if (fd < 0)
		return 0;
	long len = 0, r;
	while (len < (long)sizeof buf - 1 && (r = sys_read((int)fd, buf + len, sizeof buf - 1 - (size_t)len)) > 0)
		len += r;
	sys_close((int)fd);
	buf[len > 0 ? len : 0] = 0;
	size_t kl = strlen(key[kind]);
	for (char *l = buf; *l; l += upto(l, '\n') + (l[upto(l, '\n')] != 0)) {
		if (strncmp(l, key[kind], kl))
			continue;
		int n = 0;
		for (char *s = l + kl; *s && *s != '\n' && n < MAX_DEPTH;) {
			while (*s == ' ' || *s == '\t')
				s++;
			if (*s < '0' || *s > '9')
				break;
			int v = 0;
			while (*s >= '0' && *s <= '9')
				v = v * 10 + (*s++ - '0');
			ids[n++] = v;
		}
		return n;
	}
	return 0;
}

/* every task in /proc, each process's threads first, given to fn until it
 * answers */
static int proc_each(int (*fn)(int p, int id, int *found), int id, int *found);

/* /proc may be another namespace's than trace's (a trace started by
 * "unshare -pf" sees its parent's /proc): its entries are named by that
 * namespace's numbers, trace's own list in /proc/self/status is longer than
 * one, and a task's number in trace's namespace is the entry at that list's
 * last level. 0: /proc is trace's; else how deep trace is in /proc's. */
static int proc_level(void)
{
	static int level = -1;
	if (level < 0) {
		int ids[MAX_DEPTH];
		int n = ns_ids_at("/proc/self/status", PT_TID, ids);
		level = n > 1 ? n - 1 : 0;
	}
	return level;
}

/* the task with id at trace's level, found for proc_pid */
static int by_level(int p, int id, int *found)
{
	int ids[MAX_DEPTH];
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/status", p);
	int n = ns_ids_at(path, PT_TID, ids);
	if (n <= proc_level() || ids[proc_level()] != id)
		return 0;
	/* other namespaces at that depth (other containers) number their
	 * tasks too: p's must be trace's or one below it */
	unsigned long chain[MAX_DEPTH];
	int nc = ns_chain(p, chain);
	for (int i = 0; i < nc; i++)
		if (chain[i] == our_ns()) {
			*found = p;
			return 1;
		}
	return 0;
}

/* the name in /proc of the task trace numbers pid (the same number when
 * /proc is trace's own); -1 when none is there now */
int proc_pid(int pid)
{
	static struct { int pid, proc; } last[16];
	static unsigned next;
	if (!proc_level() || pid <= 0)
		return pid;
	for (unsigned i = 0; i < sizeof last / sizeof *last; i++)
		if (last[i].pid == pid && by_level(last[i].proc, pid, &last[i].proc))
			return last[i].proc;
	int found = -1;
	proc_each(by_level, pid, &found);
	if (found > 0) {
		unsigned i = next++ % (sizeof last / sizeof *last);
		last[i].pid = pid, last[i].proc = found;
	}
	return found;
}

/* P (named as /proc names it): its ids of a kind */
static int ns_ids(int p, int kind, int *ids)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/status", p);
	return ns_ids_at(path, kind, ids);
}

/* Does task p hold id at namespace ns's level? Its id in ours, else 0. */
static int try_task(int p, unsigned long ns, int id, int kind)
{
	int ids[MAX_DEPTH];
	int n = ns_ids(p, kind, ids), hit = 0;
	if (n < 2)
		return 0;	/* in trace's namespace: not in a child of it */
	for (int i = 0; i < n; i++)
		hit |= ids[i] == id;
	if (!hit)
		return 0;
	unsigned long chain[MAX_DEPTH];
	int nc = ns_chain(p, chain);
	if (!nc || n < nc)
		return 0;
	for (int i = 0; i < nc; i++)
		if (chain[i] == ns)
			return ids[n - 1 - i] == id ? ids[n - nc] : 0;
	return 0;
}

/* the last task found for (ns, kind, id) */
static struct { unsigned long ns; int kind, id, task; } memo[64];
static unsigned memo_next;
static struct { unsigned long ns; int kind; } want;	/* what try_found looks for */

/* proc_each's fn for translate: task p holds want's id; *found is its
 * number in trace's namespace, memo_task p */
static int memo_task;
static int try_found(int p, int id, int *found)
{
	if (!(*found = try_task(p, want.ns, id, want.kind)))
		return 0;
	memo_task = p;
	return 1;
}

/* the numeric entries of a /proc directory (with threads, each one's task/
 * directory first), each given to fn until it answers */
static int scan_dir(const char *dir, int threads, int (*fn)(int p, int id, int *found), int id, int *found)
{
	long fd = sys_openat(AT_FDCWD, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	char buf[4096];
	int done = 0;
	if (fd < 0)
		return 0;
	for (long n; !done && (n = sys_getdents64((int)fd, buf, sizeof buf)) > 0;) {
		for (long off = 0; off < n && !done;) {
			struct { uint64_t ino; int64_t off; unsigned short reclen; unsigned char type; char name[]; } *d =
				(void *)(buf + off);
			off += d->reclen;
			int p = 0;
			const char *s = d->name;
			if (*s < '1' || *s > '9')
				continue;
			for (; *s >= '0' && *s <= '9'; s++)
				p = p * 10 + (*s - '0');
			if (*s)
				continue;
			if (threads) {
				char tdir[64];
				snprintf(tdir, sizeof tdir, "/proc/%d/task", p);
				if ((done = scan_dir(tdir, 0, fn, id, found)))
					break;
			}
			done = fn(p, id, found);
		}
	}
	sys_close((int)fd);
	return done;
}

static int proc_each(int (*fn)(int p, int id, int *found), int id, int *found)
{
	return scan_dir("/proc", 1, fn, id, found);
}

/* id (of a kind) in t's namespace as trace's namespace numbers it; 0 if no
 * task has it now */
static int translate(struct tcb *t, int id, int kind)
{
	if (id <= 0)
		return 0;
	if (t && !t->pidns) {
		unsigned long chain[MAX_DEPTH];
		if (ns_chain(proc_pid(t->pid), chain) > 0)
			t->pidns = chain[0];
	}
	unsigned long ns = t ? t->pidns : 0;
	if (!ns || ns == our_ns())
		return id;
	for (unsigned i = 0; i < sizeof memo / sizeof *memo; i++)
		if (memo[i].ns == ns && memo[i].kind == kind && memo[i].id == id && memo[i].task) {
			int r = try_task(memo[i].task, ns, id, kind);
			if (r)
				return r;
		}
	memo_task = 0;
	want.ns = ns, want.kind = kind;
	int r = 0;
	proc_each(try_found, id, &r);
	if (r) {
		unsigned i = memo_next++ % (sizeof memo / sizeof *memo);
		memo[i].ns = ns, memo[i].kind = kind, memo[i].id = id, memo[i].task = memo_task;
	}
	return r;
}

/* "<comm>" of a task in trace's namespace, escaped as strace escapes it */
static void pr_comm_str(const char *c)
{
	prs("<");
	for (; *c; c++) {
		unsigned char ch = (unsigned char)*c;
		if (ch == '\\' || ch == '"')
			pr("\\%c", ch);
		else if (ch == '\n')
			prs("\\n");
		else if (ch == '\t')
			prs("\\t");
		else if (ch < 0x20 || ch >= 0x7f || ch == '<' || ch == '>')
			pr("\\%o", ch);
		else
			pr_mem(c, 1);
	}
	prs(">");
}

void pid_comm_load(int pid, char *buf, size_t n)
{
	char path[64];
	buf[0] = 0;
	/* the number as trace has it, even where /proc is another namespace's
	 * (strace 6.1 reads it so: some other task's name then) */
	snprintf(path, sizeof path, "/proc/%d/comm", pid);
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	if (fd < 0)
		return;
	long r = sys_read((int)fd, buf, n - 1);
	sys_close((int)fd);
	if (r < 0)
		r = 0;
	while (r > 0 && buf[r - 1] == '\n')
		r--;
	buf[r] = 0;
}

/* -Y: the name in t's prefix is read again where strace reads it: at an
 * execve and at the exit of every prctl(PR_SET_NAME), shown or not (not
 * when the program writes /proc/self/comm) */
void pid_comm_after_prctl(struct tcb *t)
{
	if ((opt_decode_pids & DP_COMM) && (int)t->a[0] == 15)	/* PR_SET_NAME */
		pid_comm_load(t->pid, t->comm, sizeof t->comm);
}

/* -Y: t's name after its pid in the line's prefix */
void pid_prefix_comm(struct tcb *t)
{
	if ((opt_decode_pids & DP_COMM) && t->comm[0])
		pr_comm_str(t->comm);
}

/* what follows a pid of a kind: <comm> (-Y, tids and tgids), the comment
 * with trace's number (--decode-pids=pidns, when it differs) */
static void pid_after(int pid, int kind)
{
	if (kind < PT_TID || kind > PT_SID)
		return;		/* a kind no namespace numbers (F_OWNER_???'s) */
	int comm = (opt_decode_pids & DP_COMM) && (kind == PT_TID || kind == PT_TGID);
	if (!comm && !(opt_decode_pids & DP_PIDNS))
		return;
	int ours = translate(cur_tcb, pid, kind);
	if (!ours)
		return;
	if (comm) {
		char c[64];
		pid_comm_load(ours, c, sizeof c);
		if (c[0])
			pr_comm_str(c);
	}
	if ((opt_decode_pids & DP_PIDNS) && ours != pid)
		pr(" /* %d in strace's PID NS */", ours);
}

void pr_pid(long pid, int kind)
{
	pr("%d", (int)pid);
	if (opt_decode_pids)
		pid_after((int)pid, kind);
}

/* a pid already in trace's namespace (a pidfd's, from /proc): -Y's <comm>,
 * never the pidns comment */
void pr_own_pid(int pid)
{
	char c[64];

	pr("%d", pid);
	if (!(opt_decode_pids & DP_COMM))
		return;
	pid_comm_load(pid, c, sizeof c);
	if (c[0])
		pr_comm_str(c);
}

/* kill's and wait4's: a process above 0, a group below -1 */
void pr_pid_or_pgid(long pid)
{
	pr("%d", (int)pid);
	if (!opt_decode_pids)
		return;
	if ((int)pid > 0)
		pid_after((int)pid, PT_TGID);
	else if ((int)pid < -1)
		pid_after(-(int)pid, PT_PGID);
}

/* --decode-pids=SET, -e decode-pids=SET: comm, pidns, all, none, !SET */
int decode_pids_parse(const char *spec)
{
	int neg = set_negated(&spec), set = 0;
	char item[32];
	while (next_item(&spec, item, sizeof item)) {
		if (strcmp(item, "comm") == 0)
			set |= DP_COMM;
		else if (strcmp(item, "pidns") == 0)
			set |= DP_PIDNS;
		else if (strcmp(item, "all") == 0)
			set |= DP_COMM | DP_PIDNS;
		else if (strcmp(item, "none") != 0) {
			out_printf(sg_stderr, "%s: invalid decode-pids '%s'\n", sg_progname, item);
			return -1;
		}
	}
	opt_decode_pids = neg ? ~set & (DP_COMM | DP_PIDNS) : set;
	return 0;
}
