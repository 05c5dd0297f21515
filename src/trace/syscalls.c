/* src/trace/syscalls.c — the syscall table: every name the kernel headers
 * give (build/gen/sysnames.h, from the x86-64 <asm/unistd_64.h>), and for the ones trace
 * decodes, their argument count, result format and decoder (set by each
 * family's *_init from its own file). The -e trace= classes are in filter.c.
 *
 * A call without a decoder prints its arguments as strace's generic printer
 * does: each in hex (0 as "0"), as many as the call takes.
 */
#include "trace.h"

static const char *const names[NSYS] = {
#include "sysnames.h"
};

struct sysent systab[NSYS];

void sys_set(const char *name, int nargs, decoder *dec, int rfmt)
{
	int nr = sys_lookup(name);

	if (nr < 0)
		return;
	systab[nr].nargs = (unsigned char)nargs;
	systab[nr].dec = dec;
	systab[nr].rfmt = (unsigned char)rfmt;
}

int sys_lookup(const char *name)
{
	for (int i = 0; i < NSYS; i++)
		if (names[i] && strcmp(names[i], name) == 0)
			return i;
	return -1;
}

/* i386's names (build/gen/sysnames32.h, from <asm/unistd_32.h>): x32's are
 * all among x86-64's and these */
static const char *const names32[NSYS] = {
#include "sysnames32.h"
};

int sys_nr_known_elsewhere(unsigned long nr)
{
	return nr < NSYS && names32[nr];
}

const char *sys_name32(long nr)
{
	return nr >= 0 && nr < NSYS ? names32[nr] : NULL;
}

int sys_known_elsewhere(const char *name)
{
	for (int i = 0; i < NSYS; i++)
		if (names32[i] && strcmp(names32[i], name) == 0)
			return 1;
	return 0;
}

/* How many arguments each call takes, for those printed without a decoder
 * (the decoders set their own). The kernel headers give numbers and names
 * but not arities: these lists are typed from the calls' man(2) pages (and,
 * for the calls no kernel implements any more, from the count strace 6.1
 * prints: tests/trace-decode.bats checks them). */
static const char *const by_nargs[7] = {
	/* 0 */ "getpid,getppid,gettid,getuid,geteuid,getgid,getegid,getpgrp,setsid,"
		"sched_yield,pause,fork,vfork,sync,munlockall,vhangup,inotify_init,"
		"restart_syscall",
	/* 1 */ "close,dup,brk,exit,exit_group,umask,chdir,fchdir,rmdir,unlink,chroot,uname,"
		"sysinfo,times,alarm,getpgid,getsid,setuid,setgid,fsync,fdatasync,syncfs,pipe,"
		"personality,acct,iopl,setfsuid,setfsgid,epoll_create,epoll_create1,eventfd,"
		"timer_getoverrun,timer_delete,io_destroy,set_tid_address,swapoff,shmdt,"
		"mlockall,sched_getscheduler,sched_get_priority_max,sched_get_priority_min,"
		"unshare,inotify_init1,userfaultfd,memfd_secret,time,adjtimex,uselib,mq_unlink,"
		"pkey_free,get_kernel_syms",
	/* 2 */ "dup2,munmap,access,stat,lstat,fstat,mkdir,chmod,fchmod,rename,link,symlink,"
		"truncate,ftruncate,kill,tkill,listen,shutdown,gettimeofday,settimeofday,"
		"getrlimit,setrlimit,getrusage,setpgid,setreuid,setregid,getgroups,setgroups,"
		"clock_gettime,clock_getres,nanosleep,rt_sigsuspend,sigaltstack,"
		"set_robust_list,pipe2,eventfd2,flock,utime,utimes,umount2,swapon,capget,"
		"capset,sched_setparam,sched_getparam,sched_rr_get_interval,mlock,munlock,"
		"creat,arch_prctl,getitimer,pivot_root,timerfd_gettime,inotify_rm_watch,"
		"fremovexattr,removexattr,lremovexattr,pidfd_open,memfd_create,ioprio_get,"
		"timer_gettime,clock_settime,clock_adjtime,delete_module,io_setup,statfs,"
		"fstatfs,ustat,setns,fanotify_init,setdomainname,sethostname,"
		"landlock_restrict_self,rt_sigpending,getcwd,getpriority,msgget,"
		"timerfd_create,pkey_alloc,fsopen,clone3,process_mrelease,io_uring_setup,"
		"mq_notify,create_module",
	/* 3 */ "read,write,open,lseek,mprotect,madvise,ioctl,fcntl,readv,writev,getdents,"
		"getdents64,readlink,chown,fchown,lchown,socket,connect,bind,accept,"
		"getsockname,getpeername,dup3,execve,faccessat,mkdirat,fchmodat,unlinkat,"
		"symlinkat,getrandom,poll,setresuid,getresuid,setresgid,getresgid,"
		"sched_getaffinity,sched_setaffinity,sched_setscheduler,tgkill,mincore,msync,"
		"mknod,syslog,ioperm,init_module,finit_module,setpriority,listxattr,"
		"llistxattr,flistxattr,inotify_add_watch,mq_getsetattr,io_cancel,seccomp,"
		"shmget,shmat,shmctl,semget,semop,msgctl,timer_create,rt_sigqueueinfo,"
		"modify_ldt,setitimer,signalfd,open_tree,fsmount,fspick,close_range,"
		"pidfd_getfd,landlock_create_ruleset,ioprio_set,set_mempolicy,futimesat,"
		"readahead,recvmsg,sendmsg,sysfs,sched_setattr,membarrier,mlock2,getcpu,"
		"open_by_handle_at,bpf,io_submit,lookup_dcookie,nfsservctl,tuxcall,security",
	/* 4 */ "pread64,pwrite64,openat,newfstatat,sendfile,socketpair,rt_sigaction,"
		"rt_sigprocmask,rt_sigtimedwait,rt_tgsigqueueinfo,wait4,fadvise64,mknodat,"
		"renameat,readlinkat,accept4,epoll_ctl,epoll_wait,timerfd_settime,"
		"timer_settime,prlimit64,fallocate,clock_nanosleep,quotactl,reboot,utimensat,"
		"tee,fgetxattr,getxattr,lgetxattr,sync_file_range,vmsplice,request_key,"
		"pidfd_send_signal,faccessat2,openat2,rseq,migrate_pages,"
		"set_mempolicy_home_node,semtimedop,msgsnd,semctl,mq_open,ptrace,signalfd4,"
		"sendmmsg,kexec_load,io_uring_register,landlock_add_rule,sched_getattr,"
		"pkey_mprotect,epoll_ctl_old,epoll_wait_old",
	/* 5 */ "select,mremap,clone,waitid,setsockopt,getsockopt,prctl,mount,setxattr,"
		"lsetxattr,fsetxattr,linkat,renameat2,fchownat,statx,execveat,kexec_file_load,"
		"get_mempolicy,remap_file_pages,keyctl,add_key,io_getevents,fsconfig,"
		"move_mount,mount_setattr,process_madvise,futex_waitv,msgrcv,mq_timedsend,"
		"mq_timedreceive,name_to_handle_at,preadv,pwritev,perf_event_open,"
		"fanotify_mark,recvmmsg,ppoll,kcmp,query_module,getpmsg,putpmsg,afs_syscall,vserver",
	/* 6 */ "mmap,futex,sendto,recvfrom,splice,pselect6,copy_file_range,"
		"process_vm_readv,process_vm_writev,epoll_pwait,epoll_pwait2,preadv2,"
		"pwritev2,move_pages,mbind,io_pgetevents,io_uring_enter",
};

static void set_nargs(const char *list, int n)
{
	char name[64];

	while (*list) {
		size_t k = 0;
		while (list[k] && list[k] != ',')
			k++;
		if (k < sizeof name) {
			memcpy(name, list, k);
			name[k] = 0;
			int nr = sys_lookup(name);
			if (nr >= 0)
				systab[nr].nargs = (unsigned char)n;
		}
		list += k + (list[k] == ',');
	}
}

void systab_init(void)
{
	for (int i = 0; i < NSYS; i++) {
		systab[i].name = names[i];
		systab[i].nargs = 6;
	}
	for (int n = 0; n <= 6; n++)
		set_nargs(by_nargs[n], n);
	/* ids come back unsigned: strace prints them so (an injected
	 * retval=0x8000000000000000 too) */
	static const char *const uid_results[] = { "getuid", "geteuid", "getgid", "getegid" };
	for (size_t i = 0; i < sizeof uid_results / sizeof *uid_results; i++) {
		int nr = sys_lookup(uid_results[i]);
		if (nr >= 0)
			systab[nr].rfmt = R_UDEC;
	}
	file_init();
	desc_init();
	process_init();
	memory_init();
	signal_init();
	net_init();
	time_init();
	ipc_init();
	keys_init();
	mount_init();
	module_init();
	mq_init();
	uring_init();
	bpf_init();
	perf_init();
	fanotify_init_dec();
	landlock_init();
	ptrace_init();
	futex_init();
	admin_init();
	handle_init();
	quota_init();
	aio_init();
}
