/* src/trace/filter.c — -e trace=LIST: which calls are printed.
 *
 *   -e trace=open,close    only these       -e trace=!write   all but these
 *   -e trace=%file         a class          all, none         everything, nothing
 *   -e open,close          "trace=" may be left out
 *
 * The classes are strace's (man strace, "-e trace="): a class is the set of
 * calls that take a file name (%file), create or end processes (%process),
 * touch sockets (%network), signals (%signal), file descriptors (%desc),
 * memory mappings (%memory), SysV IPC (%ipc), user and group ids (%creds),
 * clocks (%clock), the stat calls (%stat %lstat %fstat %%stat %statfs
 * %fstatfs %%statfs), calls that cannot fail (%pure). The lists below are typed from that page and
 * the man pages of each call, since the kernel headers do not classify.
 */
#include "trace.h"

unsigned char trace_set[NSYS];

static const char cls_file[] =
	"open,stat,lstat,access,execve,truncate,chdir,rename,mkdir,rmdir,creat,link,unlink,"
	"symlink,readlink,chmod,chown,lchown,utime,mknod,uselib,statfs,pivot_root,chroot,"
	"acct,mount,umount2,swapon,swapoff,quotactl,setxattr,lsetxattr,getxattr,lgetxattr,"
	"listxattr,llistxattr,removexattr,lremovexattr,utimes,inotify_add_watch,openat,"
	"mkdirat,mknodat,fchownat,futimesat,newfstatat,unlinkat,renameat,linkat,symlinkat,"
	"readlinkat,fchmodat,faccessat,utimensat,fanotify_mark,name_to_handle_at,renameat2,"
	"execveat,statx,getcwd,open_tree,move_mount,fsconfig,fspick,openat2,faccessat2,mount_setattr";
static const char cls_process[] =
	"clone,fork,vfork,execve,exit,wait4,kill,rt_sigqueueinfo,tkill,exit_group,tgkill,"
	"waitid,rt_tgsigqueueinfo,execveat,pidfd_send_signal,clone3";
static const char cls_network[] =
	"sendfile,socket,connect,accept,sendto,recvfrom,sendmsg,recvmsg,shutdown,bind,listen,"
	"getsockname,getpeername,socketpair,setsockopt,getsockopt,accept4,recvmmsg,sendmmsg";
static const char cls_signal[] =
	"rt_sigaction,rt_sigprocmask,rt_sigreturn,pause,kill,rt_sigpending,rt_sigtimedwait,"
	"rt_sigqueueinfo,rt_sigsuspend,sigaltstack,tkill,tgkill,signalfd,signalfd4,"
	"rt_tgsigqueueinfo,pidfd_send_signal";
static const char cls_memory[] =
	"mmap,mprotect,munmap,brk,mremap,msync,mincore,madvise,shmat,shmdt,mlock,munlock,"
	"mlockall,munlockall,io_setup,io_destroy,remap_file_pages,mbind,set_mempolicy,"
	"get_mempolicy,migrate_pages,move_pages,mlock2,pkey_mprotect,process_madvise,"
	"set_mempolicy_home_node";
static const char cls_desc[] =
	"read,write,open,close,fstat,poll,lseek,mmap,ioctl,pread64,pwrite64,readv,writev,pipe,"
	"select,dup,dup2,sendfile,fcntl,flock,fsync,fdatasync,ftruncate,getdents,fchdir,"
	"creat,fchmod,fchown,fstatfs,readahead,fsetxattr,fgetxattr,flistxattr,fremovexattr,"
	"epoll_create,getdents64,fadvise64,epoll_wait,epoll_ctl,inotify_init,"
	"inotify_add_watch,inotify_rm_watch,openat,mkdirat,mknodat,fchownat,futimesat,"
	"newfstatat,unlinkat,renameat,linkat,symlinkat,readlinkat,fchmodat,faccessat,"
	"pselect6,ppoll,splice,tee,sync_file_range,vmsplice,utimensat,epoll_pwait,signalfd,"
	"timerfd_create,eventfd,fallocate,timerfd_settime,timerfd_gettime,signalfd4,eventfd2,"
	"epoll_create1,dup3,pipe2,inotify_init1,preadv,pwritev,perf_event_open,"
	"fanotify_init,fanotify_mark,name_to_handle_at,open_by_handle_at,syncfs,setns,"
	"finit_module,renameat2,memfd_create,bpf,execveat,userfaultfd,copy_file_range,"
	"preadv2,pwritev2,statx,pidfd_send_signal,io_uring_setup,io_uring_enter,"
	"io_uring_register,open_tree,move_mount,fsopen,fsconfig,fsmount,fspick,pidfd_open,"
	"clone3,openat2,pidfd_getfd,faccessat2,epoll_pwait2,mount_setattr,"
	"process_madvise,landlock_create_ruleset,landlock_add_rule,landlock_restrict_self,"
	"memfd_secret,process_mrelease,futex_waitv";

static const char cls_ipc[] =
	"shmget,shmat,shmctl,shmdt,semget,semop,semctl,semtimedop,msgget,msgsnd,msgrcv,msgctl";
static const char cls_creds[] =
	"getuid,getgid,setuid,setgid,geteuid,getegid,setreuid,setregid,getgroups,setgroups,"
	"setresuid,getresuid,setresgid,getresgid,setfsuid,setfsgid,capget,capset,prctl";
static const char cls_clock[] =
	"gettimeofday,settimeofday,time,adjtimex,clock_settime,clock_gettime,clock_getres,"
	"clock_nanosleep,clock_adjtime";

/* the stat families, as strace 6.1 groups them (statx counts as an fstat) */
static const char cls_stat[] = "stat";
static const char cls_lstat[] = "lstat";
static const char cls_fstat[] = "fstat,newfstatat,statx";
static const char cls_allstat[] = "stat,lstat,fstat,newfstatat,statx";
static const char cls_statfs[] = "statfs";
static const char cls_fstatfs[] = "fstatfs";
static const char cls_allstatfs[] = "statfs,fstatfs";
/* calls that take no argument and cannot fail */
static const char cls_pure[] = "getpid,getppid,gettid,getuid,geteuid,getgid,getegid,getpgrp";

/* Mark every name of a comma-separated list. */
static void mark_list(unsigned char *set, const char *list, int val)
{
	char name[64];

	while (*list) {
		size_t n = 0;
		while (list[n] && list[n] != ',')
			n++;
		if (n < sizeof name) {
			memcpy(name, list, n);
			name[n] = 0;
			int nr = sys_lookup(name);
			if (nr >= 0)
				set[nr] = (unsigned char)val;
		}
		list += n + (list[n] == ',');
	}
}

/* bare: also accepted without the % (strace's older spelling: trace=file) */
static const struct { const char *name, *list; int bare; } classes[] = {
	{ "file", cls_file, 1 }, { "process", cls_process, 1 }, { "network", cls_network, 1 },
	{ "net", cls_network, 0 }, { "signal", cls_signal, 1 }, { "memory", cls_memory, 1 },
	{ "desc", cls_desc, 1 }, { "ipc", cls_ipc, 1 }, { "creds", cls_creds, 0 },
	{ "clock", cls_clock, 0 }, { "stat", cls_stat, 0 }, { "lstat", cls_lstat, 0 },
	{ "fstat", cls_fstat, 0 }, { "%stat", cls_allstat, 0 }, { "statfs", cls_statfs, 0 },
	{ "fstatfs", cls_fstatfs, 0 }, { "%statfs", cls_allstatfs, 0 }, { "pure", cls_pure, 0 },
	{ NULL, NULL, 0 }
};

int filter_parse(const char *spec)
{
	if (str_starts(spec, "trace="))
		spec += 6;
	return set_parse(spec, trace_set);
}

/* /REGEX: every call whose name it matches (anywhere, as regexec); val -1:
 * count them only. Returns how many, or -1 after strace's error for a bad
 * expression. */
static int regex_mark(const char *re, unsigned char *set, int val)
{
	const char *err = regex_check(re);
	if (err) {
		out_printf(sg_stderr, "trace: regcomp: %s: %s\n", re, err);
		return -1;
	}
	int k = 0;
	for (int i = 0; i < NSYS; i++)
		if (systab[i].name && regex_search(re, systab[i].name)) {
			k++;
			if (val >= 0)
				set[i] = (unsigned char)val;
		}
	return k;
}

/* -e trace='s syntax, also used by -e inject= and -e fault= */
int set_parse(const char *spec, unsigned char *set)
{
	int neg = 0, val;
	char item[128];

	if (*spec == '!') {
		neg = 1;
		spec++;
	}
	/* an explicit list starts from nothing; a negated one from everything */
	memset(set, neg, NSYS);
	val = !neg;
	const char *p = spec;
	while (*p) {
		size_t n = 0;
		while (p[n] && p[n] != ',')
			n++;
		if (n >= sizeof item)
			n = sizeof item - 1;
		memcpy(item, p, n);
		item[n] = 0;
		p += n + (p[n] == ',');
		if (strcmp(item, "all") == 0) {
			memset(set, val, NSYS);
			continue;
		}
		if (strcmp(item, "none") == 0) {
			memset(set, !val, NSYS);
			continue;
		}
		/* ?ITEM: an unknown name is no error; ITEM@64 (@32, @x32): in that
		 * personality only -- trace knows x86-64's, so @32 and @x32 match none */
		int optional = item[0] == '?';
		char *it = item + optional;
		char *at = strchr(it, '@');
		int other = 0;
		if (at) {
			other = strcmp(at, "@64") != 0;
			if (!other || strcmp(at, "@32") == 0 || strcmp(at, "@x32") == 0)
				*at = 0;
		}
		if (*it == '/') {
			int k = regex_mark(it + 1, set, other ? -1 : val);
			if (k < 0)
				return -1;
			if (k == 0 && !optional) {	/* strace: it must match some call */
				out_printf(sg_stderr, "trace: invalid system call '%s'\n", it);
				return -1;
			}
			continue;
		}
		int found = 0;
		int pct = it[0] == '%';
		for (int i = 0; classes[i].name; i++)
			if (strcmp(it + pct, classes[i].name) == 0 && (pct || classes[i].bare)) {
				if (!other)
					mark_list(set, classes[i].list, val);
				found = 1;
			}
		if (found)
			continue;
		int nr = sys_lookup(it);
		if (nr < 0) {
			/* (a name of the other personalities only cannot be told from
			 * a misspelt one: trace knows x86-64's table alone) */
			if (optional)
				continue;
			if (at)
				*at = '@';
			out_printf(sg_stderr, "trace: invalid system call '%s'\n", it);
			return -1;
		}
		if (!other)
			set[nr] = (unsigned char)val;
	}
	return 0;
}

/* -e status=LIST: successful, failed, unfinished, unavailable, detached,
 * all, none, !LIST; -z is status=successful, -Z status=failed. */
int opt_status = ST_ALL;

int status_parse(const char *spec)
{
	static const struct { const char *name; int bit; } names[] = {
		{ "successful", ST_SUCCESSFUL }, { "failed", ST_FAILED },
		{ "unfinished", ST_UNFINISHED }, { "unavailable", ST_UNAVAILABLE },
		{ "detached", ST_DETACHED }, { "all", ST_ALL }, { "none", 0 }, { NULL, 0 }
	};
	int neg = 0, set = 0;
	char item[64];

	if (*spec == '!') {
		neg = 1;
		spec++;
	}
	while (*spec) {
		size_t n = 0;
		while (spec[n] && spec[n] != ',')
			n++;
		if (n >= sizeof item)
			n = sizeof item - 1;
		memcpy(item, spec, n);
		item[n] = 0;
		spec += n + (spec[n] == ',');
		int i;
		for (i = 0; names[i].name; i++)
			if (strcmp(item, names[i].name) == 0)
				break;
		if (!names[i].name) {
			out_printf(sg_stderr, "trace: invalid status '%s'\n", item);
			return -1;
		}
		set |= names[i].bit;
	}
	opt_status = neg ? ST_ALL & ~set : set;
	return 0;
}
