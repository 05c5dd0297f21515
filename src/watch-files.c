/* watch-files — print what happens to files and directories, as it happens
 *
 * Usage: watch-files [-r] [-e EVENT[,EVENT]...]... PATH...
 *
 * Watch each PATH with inotify and print one line per event until
 * interrupted, in the format of `inotifywait -m`:
 *
 *   WATCHED EVENTS NAME
 *
 * WATCHED is the PATH as given, with a '/' after a directory; NAME is the
 * entry inside it the event is about (empty for an event on the watched
 * path itself); EVENTS are names joined by commas: ACCESS, MODIFY, ATTRIB,
 * CLOSE_WRITE, CLOSE_NOWRITE, OPEN, MOVED_FROM, MOVED_TO, CREATE, DELETE,
 * DELETE_SELF, MOVE_SELF, UNMOUNT, Q_OVERFLOW, with CLOSE after either
 * CLOSE_* and ISDIR last when the entry is a directory. For example:
 *
 *   /tmp/d/ CREATE notes.txt
 *   /tmp/d/ CLOSE_WRITE,CLOSE notes.txt
 *
 *   -e, --event=LIST   watch only these events (lower case, by commas or
 *                      repeated -e): access modify attrib close_write
 *                      close_nowrite close open moved_from moved_to move
 *                      move_self create delete delete_self unmount
 *   -r, --recursive    watch every directory below each PATH too, and each
 *                      directory created or moved in later
 *   -m, --monitor      accepted for inotifywait's users: watch-files always
 *                      keeps watching
 *   --help             show this help and exit
 *   --version          show the version and exit
 *
 * The loop is one epoll_wait over two descriptors: the inotify one and a
 * signalfd for SIGINT and SIGTERM, which are blocked so that no handler
 * runs (a SIGINT ignored when it starts, as in a background job, stays
 * ignored). On one of them it prints what it has and exits with status
 * 128 + the signal's number (130 for SIGINT, 143 for SIGTERM), as
 * inotifywait's status reads when it is killed. Lines are written out
 * after each read of events.
 *
 * Exit status: 1 when a PATH cannot be watched (each is reported,
 * "watch-files: PATH: No such file or directory", and nothing is watched),
 * for a bad option or event name, or when reading events fails; 128+N
 * after signal N.
 */
#include "sg.h"
#include "watch-files.help.h"
#include <linux/inotify.h>
#include <linux/signalfd.h>

/* inotifywait's order: by bit, CLOSE right after the CLOSE_* bits, ISDIR last */
static const struct ev_name {
	uint32_t bit;
	const char *name;
} ev_names[] = {
	{ IN_ACCESS, "access" }, { IN_MODIFY, "modify" }, { IN_ATTRIB, "attrib" },
	{ IN_CLOSE_WRITE, "close_write" }, { IN_CLOSE_NOWRITE, "close_nowrite" },
	{ IN_CLOSE, "close" }, { IN_OPEN, "open" }, { IN_MOVED_FROM, "moved_from" },
	{ IN_MOVED_TO, "moved_to" }, { IN_MOVE, "move" }, { IN_CREATE, "create" },
	{ IN_DELETE, "delete" }, { IN_DELETE_SELF, "delete_self" }, { IN_MOVE_SELF, "move_self" },
	{ IN_UNMOUNT, "unmount" }, { IN_Q_OVERFLOW, "q_overflow" }, { IN_ISDIR, "isdir" },
};
#define NEV (sizeof ev_names / sizeof ev_names[0])

__attribute__((noreturn)) static void usage(int status)
{
	if (status)
		tool_try_help(status);
	tool_help(help_text);
}

/* the watches: wd -> the path printed for it ("dir/" or "file") */
static char **paths;
static int npaths;
static int recursive;
static uint32_t mask = IN_ALL_EVENTS;
static int in_fd;

static void remember(int wd, const char *path, bool dir)
{
	if (wd >= npaths) {
		int n = wd + 64;
		paths = realloc(paths, (size_t)n * sizeof *paths);
		memset(paths + npaths, 0, (size_t)(n - npaths) * sizeof *paths);
		npaths = n;
	}
	size_t len = strlen(path);
	bool slash = dir && (len == 0 || path[len - 1] != '/');
	free(paths[wd]);
	paths[wd] = malloc(len + 2);
	memcpy(paths[wd], path, len);
	if (slash)
		paths[wd][len++] = '/';
	paths[wd][len] = 0;
}

static bool is_dir(const char *path)
{
	struct stat st;

	return sys_newfstatat(AT_FDCWD, path, &st, 0) == 0 && S_ISDIR(st.st_mode);
}

/* watch path (and, with -r, the directories below it); -errno for path itself */
static long watch(const char *path)
{
	bool dir = is_dir(path);
	/* a recursive watch must hear of new directories to watch them too */
	long wd = sys_inotify_add_watch(in_fd, path, mask | (recursive && dir ? IN_CREATE | IN_MOVED_TO : 0));

	if (wd < 0)
		return wd;
	remember((int)wd, path, dir);
	if (!recursive || !dir)
		return wd;
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	if (fd < 0)
		return wd;
	/* one buffer per level: the walk below reenters watch() */
	char *buf = malloc(8192);
	long n;
	while ((n = sys_getdents64((int)fd, buf, 8192)) > 0)
		for (long off = 0; off < n;) {
			/* struct linux_dirent64: u64 ino, s64 off, u16 reclen, u8 type, name */
			const char *d = buf + off, *name = d + 19;
			unsigned type = (unsigned char)d[18];
			off += (unsigned char)d[16] | (unsigned char)d[17] << 8;
			/* d_type is the mode's type bits >> 12 (0: the file system does not say) */
			if (!strcmp(name, ".") || !strcmp(name, "..") || (type != S_IFDIR >> 12 && type != 0))
				continue;
			size_t pl = strlen(path), nl = strlen(name);
			char *sub = malloc(pl + nl + 2);
			memcpy(sub, path, pl);
			size_t k = pl;
			if (k && sub[k - 1] != '/')
				sub[k++] = '/';
			memcpy(sub + k, name, nl + 1);
			if (type || is_dir(sub))
				watch(sub);	/* a directory gone meanwhile is no error */
			free(sub);
		}
	free(buf);
	sys_close((int)fd);
	return wd;
}

static uint32_t parse_events(const char *list)
{
	uint32_t m = 0;

	while (*list) {
		const char *end = strchr(list, ',');
		size_t len = end ? (size_t)(end - list) : strlen(list);
		size_t i;
		for (i = 0; i < NEV; i++)
			if (strlen(ev_names[i].name) == len && !memcmp(ev_names[i].name, list, len) &&
			    ev_names[i].bit != IN_ISDIR && ev_names[i].bit != IN_Q_OVERFLOW)
				break;
		if (i == NEV) {
			error(0, 0, "invalid event '%.*s'", (int)len, list);
			usage(1);
		}
		m |= ev_names[i].bit;
		list += len + (end ? 1 : 0);
	}
	return m;
}

static void print_event(const struct inotify_event *e)
{
	const char *sep = "";

	if (e->mask & IN_IGNORED)
		return;		/* the watch is gone; inotifywait prints nothing either */
	const char *where = e->wd >= 0 && e->wd < npaths && paths[e->wd] ? paths[e->wd] : "";
	printf("%s ", where);
	for (size_t i = 0; i < NEV; i++) {
		uint32_t b = ev_names[i].bit;
		/* the composites: CLOSE is named, MOVE is not */
		if (b == IN_MOVE || !(b == IN_CLOSE ? e->mask & b : (e->mask & b) == b))
			continue;
		printf("%s", sep);
		for (const char *p = ev_names[i].name; *p; p++)
			printf("%c", *p >= 'a' && *p <= 'z' ? *p - 32 : *p);
		sep = ",";
	}
	printf(" %s\n", e->len ? e->name : "");
	/* -r: a new directory is watched from now on */
	if (recursive && (e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO)) && e->len && where[0]) {
		size_t pl = strlen(where), nl = strlen(e->name);
		char *sub = malloc(pl + nl + 1);
		memcpy(sub, where, pl);
		memcpy(sub + pl, e->name, nl + 1);
		watch(sub);
		free(sub);
	}
}

/* everything queued now; -errno on a failed read */
static long drain(void)
{
	static char buf[64 * 1024] __attribute__((aligned(8)));
	long n;

	while ((n = sys_read(in_fd, buf, sizeof buf)) > 0) {
		for (long off = 0; off + (long)sizeof(struct inotify_event) <= n;) {
			const struct inotify_event *e = (const struct inotify_event *)(buf + off);
			print_event(e);
			off += (long)sizeof *e + e->len;
		}
		out_flush(sg_stdout);
	}
	return n == -EAGAIN || n == -EINTR ? 0 : n;
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		{ "event", 1, 'e' }, { "recursive", 0, 'r' }, { "monitor", 0, 'm' },
		{ "help", 0, 'h' }, { "version", 0, 'V' }, { 0 },
	};
	struct opt o;
	int c, n;
	uint32_t chosen = 0;

	(void)envp;
	opt_init(&o, argc, argv, "e:rm", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'e': chosen |= parse_events(o.arg); break;
		case 'r': recursive = 1; break;
		case 'm': break;
		case 'h': usage(0);
		case 'V': tool_version("watch-files");
		default: usage(1);
		}
	}
	if (chosen)
		mask = chosen;
	char **ops = opt_operands(&o, &n);
	if (n == 0) {
		error(0, 0, "missing operand");
		usage(1);
	}

	/* SIGINT and SIGTERM arrive through a descriptor: block them first.
	 * A SIGINT ignored from the start (a background job) stays ignored. */
	sigset_t set = 1UL << (SIGTERM - 1);
	struct sigaction old;
	if (sys_rt_sigaction(SIGINT, NULL, &old, sizeof(sigset_t)) < 0 || old.sa_handler != SIG_IGN)
		set |= 1UL << (SIGINT - 1);
	sys_rt_sigprocmask(SIG_BLOCK, &set, NULL, sizeof set);
	long sfd = sys_signalfd4(-1, &set, sizeof set, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sfd < 0)
		error(1, (int)-sfd, "signalfd");

	long r = sys_inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
	if (r < 0)
		error(1, (int)-r, "inotify_init1");
	in_fd = (int)r;
	int bad = 0;
	for (int i = 0; i < n; i++)
		if ((r = watch(ops[i])) < 0) {
			error(0, (int)-r, "%s", ops[i]);
			bad = 1;
		}
	if (bad)
		return 1;

	long ep = sys_epoll_create1(EPOLL_CLOEXEC);
	if (ep < 0)
		error(1, (int)-ep, "epoll_create1");
	struct epoll_event ev = { .events = EPOLLIN, .data = (uint64_t)in_fd };
	sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, in_fd, &ev);
	ev.data = (uint64_t)sfd;
	sys_epoll_ctl((int)ep, EPOLL_CTL_ADD, (int)sfd, &ev);

	for (;;) {
		struct epoll_event got[2];
		long k = sys_epoll_wait((int)ep, got, 2, -1);
		if (k == -EINTR)
			continue;	/* a stop and a continue (^Z, fg) */
		if (k < 0)
			error(1, (int)-k, "epoll_wait");
		for (long i = 0; i < k; i++) {
			if (got[i].data == (uint64_t)in_fd) {
				if ((r = drain()) < 0)
					error(1, (int)-r, "read");
				continue;
			}
			struct signalfd_siginfo si;
			if (sys_read((int)sfd, &si, sizeof si) == sizeof si) {
				drain();	/* what came before the signal is still printed */
				out_flush(sg_stdout);
				return 128 + (int)si.ssi_signo;
			}
		}
	}
}
