/* src/lib/sysclass.c — strace's syscall classes (%file, %network, ...) and
 * the x86-64 syscall names, shared by bin/trace (-e trace=) and bin/sandbox.
 *
 * The classes are strace's (man strace, "-e trace="): a class is the set of
 * calls that take a file name (%file), create or end processes (%process),
 * touch sockets (%network), signals (%signal), file descriptors (%desc),
 * memory mappings (%memory), SysV IPC (%ipc), user and group ids (%creds),
 * clocks (%clock), the stat calls (%stat %lstat %fstat %%stat %statfs
 * %fstatfs %%statfs), calls that cannot fail (%pure). The lists below are typed from that page and
 * the man pages of each call, since the kernel headers do not classify.
 * The names and numbers come from build/gen/sysnames.h (<asm/unistd_64.h>).
 */
#include "sg.h"
#include "sysclass.h"

static const char *const names[SYS_NMAX] = {
#include "sysnames.h"
};

const char *sys_name(int nr)
{
	return nr >= 0 && nr < SYS_NMAX ? names[nr] : NULL;
}

int sys_number(const char *name)
{
	for (int i = 0; i < SYS_NMAX; i++)
		if (names[i] && strcmp(names[i], name) == 0)
			return i;
	return -1;
}

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
	"clone3,openat2,pidfd_getfd,faccessat2,epoll_pwait2,mount_setattr,quotactl_fd,"
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
			int nr = sys_number(name);
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

int sysclass_mark(const char *item, unsigned char *set, int val)
{
	int found = 0;
	int pct = item[0] == '%';

	for (int i = 0; classes[i].name; i++)
		if (strcmp(item + pct, classes[i].name) == 0 && (pct || classes[i].bare)) {
			mark_list(set, classes[i].list, val);
			found = 1;
		}
	return found;
}
