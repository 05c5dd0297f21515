/* tests/rt/trace-decode.c — raw calls with edge-case arguments for the
 * decoders of keys.c, mount.c, module.c, mq.c, uring.c, bpf.c, ptrace.c and
 * the tables of issue 17, the way strace's own tests make them: every call
 * either fails harmlessly (a bad descriptor, a bad address, a name that does
 * not exist) or makes something that is closed again. tests/trace-decode.bats
 * traces it with strace and bin/trace and compares the lines.
 *
 *   trace-decode [GROUP]   GROUP: all (default), keys, mount, module, mq,
 *                          uring, bpf, ptrace, misc, ioctl, mmsg, sched, ipc,
 *                          numbers, more
 */
#include "sg.h"
#include "net.h"

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define BAD ((long)0xbadc0ded)	/* an address nothing is mapped at */
/* a call that may make a descriptor: closed again */
#define F(nr, a, b, c, d, e, f) do { \
	long fd_ = S(nr, a, b, c, d, e, f); \
	if (fd_ >= 0) sys_close((int)fd_); } while (0)

static void keys(void)
{
	S(__NR_add_key, "user", "desc", "payload", 7, 0, 0);	/* keyring 0: EINVAL */
	S(__NR_add_key, NULL, NULL, NULL, 0, -4, 0);
	S(__NR_add_key, "user", NULL, BAD, 0x7fffffff, 0x12345678, 0);
	S(__NR_request_key, "user", "nosuch", NULL, 0, 0, 0);	/* no call-out */
	S(__NR_request_key, NULL, NULL, NULL, 0, 0, 0);
	S(__NR_keyctl, 0, -1, 0, 0, 0, 0);	/* KEYCTL_GET_KEYRING_ID */
	S(__NR_keyctl, 1, BAD, 0, 0, 0, 0);	/* KEYCTL_JOIN_SESSION_KEYRING */
	S(__NR_keyctl, 3, -9, 0, 0, 0, 0);	/* KEYCTL_REVOKE */
	S(__NR_keyctl, 6, -9, -2, 0, 0, 0);	/* KEYCTL_UNLINK */
	S(__NR_keyctl, 0xbeef, 1, 2, 3, 4, 0);
}

static void mount(void)
{
	S(__NR_fsopen, "nosuchfs", 1, 0, 0, 0, 0);	/* FSOPEN_CLOEXEC */
	S(__NR_fsopen, NULL, 0x10, 0, 0, 0, 0);
	S(__NR_fsconfig, -1, 0, "source", "x", 0, 0);	/* FSCONFIG_SET_FLAG */
	S(__NR_fsconfig, -1, 1, "key", "value", 0, 0);	/* FSCONFIG_SET_STRING */
	S(__NR_fsconfig, -1, 6, NULL, NULL, 0, 0);	/* FSCONFIG_CMD_CREATE */
	S(__NR_fsconfig, -1, 99, NULL, NULL, 5, 0);
	S(__NR_fsmount, -1, 1, 0x7, 0, 0, 0);
	S(__NR_fspick, -100, "/nonexistent", 1, 0, 0, 0);
	S(__NR_fspick, -1, "", 0xc, 0, 0, 0);
	S(__NR_open_tree, -100, "/nonexistent", 0x80001, 0, 0, 0);
	S(__NR_open_tree, -1, NULL, 0x8000, 0, 0, 0);
	S(__NR_move_mount, -100, "/nonexistent", -1, "x", 0x44, 0);
	S(__NR_mount_setattr, -100, "/nonexistent", 0x8000, NULL, 0, 0);
	S(__NR_mount_setattr, -1, "", 0x1000, BAD, 32, 0);
	/* struct mount_attr: every flag, each propagation, bytes past the
	 * first version (0 or not, cut at -s), a size below it */
	static unsigned long ma[520];
	ma[0] = 0xffffffff, ma[1] = 0x100000, ma[2] = 1 << 20, ma[3] = 7;
	S(__NR_mount_setattr, -1, "/x", 0, ma, 32, 0);
	ma[2] = 3 << 17;
	S(__NR_mount_setattr, -1, "/x", 0, ma, 40, 0);
	ma[4] = 5UL << 32, ma[2] = 1 << 19, ma[3] = 1UL << 40;
	S(__NR_mount_setattr, -1, NULL, 0, ma, 40, 0);
	ma[0] = ma[1] = ma[2] = ma[3] = 0, ma[4] = 0, ma[30] = 1;
	S(__NR_mount_setattr, -1, "/x", 0, ma, 400, 0);
	S(__NR_mount_setattr, -1, "/x", 0, ma, 8192, 0);	/* read up to byte 4095 */
	S(__NR_mount_setattr, -1, "/x", 0, ma, 31, 0);
	/* struct open_how, with bytes past it */
	ma[0] = 0, ma[30] = 0, ma[4] = 0x1234;
	S(__NR_openat2, -1, "x", ma, 40, 0, 0);
	ma[4] = 0;
	S(__NR_openat2, -1, "x", ma, 40, 0, 0);
	S(__NR_umount2, "/nonexistent", 0xf, 0, 0, 0, 0);
	S(__NR_mount, "none", "/nonexistent", "tmpfs", 0x1003, "size=1", 0);
	S(__NR_mount, NULL, "/nonexistent", NULL, 0xc0ed0000 | 0x4000, NULL, 0);
	S(__NR_pivot_root, "/nonexistent", "/nonexistent2", 0, 0, 0, 0);
	S(__NR_chroot, "/nonexistent", 0, 0, 0, 0, 0);
	S(__NR_chdir, "/nonexistent", 0, 0, 0, 0, 0);
	S(__NR_chdir, NULL, 0, 0, 0, 0, 0);
	S(__NR_acct, "/nonexistent/acct", 0, 0, 0, 0, 0);
	S(__NR_swapoff, "/nonexistent", 0, 0, 0, 0, 0);
	S(__NR_swapon, "/nonexistent", 0x18000, 0, 0, 0, 0);
}

static void module(void)
{
	S(__NR_init_module, NULL, 0, "", 0, 0, 0);
	S(__NR_init_module, BAD, 16, "a=1", 0, 0, 0);
	S(__NR_finit_module, -1, "", 0, 0, 0, 0);
	S(__NR_finit_module, -1, "p=2", 3, 0, 0, 0);	/* MODULE_INIT_IGNORE_* */
	S(__NR_finit_module, -1, NULL, 8, 0, 0, 0);
	S(__NR_delete_module, "nosuchmodule", 0x800, 0, 0, 0, 0);	/* O_NONBLOCK */
	S(__NR_delete_module, "nosuch", 0x200 | 0x800, 0, 0, 0, 0);
	S(__NR_delete_module, NULL, 0, 0, 0, 0, 0);
	S(__NR_kexec_load, 0, 0, NULL, 3 << 16, 0, 0);	/* KEXEC_ARCH_386: EINVAL */
	S(__NR_kexec_load, 0x1000, 1, BAD, 0x3e0000 | 1, 0, 0);
	S(__NR_kexec_file_load, -1, -1, 0, "", 0, 0);
	S(__NR_kexec_file_load, -1, -1, 5, "ro", 0x6, 0);
}

static void mq(void)
{
	S(__NR_mq_open, "/nonexistent-sg", 0, 0, NULL, 0, 0);
	S(__NR_mq_open, "/x", O_RDWR | O_CREAT | O_EXCL, 0600, BAD, 0, 0);
	S(__NR_mq_unlink, "/nonexistent-sg", 0, 0, 0, 0, 0);
	S(__NR_mq_timedsend, -1, "msg", 3, 7, NULL, 0);
	S(__NR_mq_timedreceive, -1, BAD, 16, NULL, NULL, 0);
	S(__NR_mq_notify, -1, NULL, 0, 0, 0, 0);
	S(__NR_mq_getsetattr, -1, NULL, NULL, 0, 0, 0);
}

static void uring(void)
{
	S(__NR_io_uring_setup, 0, NULL, 0, 0, 0, 0);
	S(__NR_io_uring_setup, 8, BAD, 0, 0, 0, 0);
	/* struct io_uring_params: a ring made (sizes, features, offsets come
	 * back), flags strace names and ones it does not, wq_fd with ATTACH_WQ,
	 * a reserved word that is not 0 */
	static unsigned pr[30];		/* 120 bytes: struct io_uring_params */
	F(__NR_io_uring_setup, 1, pr, 0, 0, 0, 0);
	memset(pr, 0, sizeof pr);
	pr[2] = 0xffffffff, pr[6] = 7;	/* flags, wq_fd */
	S(__NR_io_uring_setup, 1, pr, 0, 0, 0, 0);
	memset(pr, 0, sizeof pr);
	pr[2] = 0x20, pr[6] = (unsigned)-1, pr[8] = 1;	/* ATTACH_WQ, wq_fd -1, resv[1] */
	S(__NR_io_uring_setup, 1, pr, 0, 0, 0, 0);
	S(__NR_io_uring_enter, -1, 1, 0, 1, NULL, 0);	/* IORING_ENTER_GETEVENTS */
	S(__NR_io_uring_enter, -1, 0, 2, 0x1e, BAD, 8);
	S(__NR_io_uring_register, -1, 0, NULL, 0, 0, 0);	/* IORING_REGISTER_BUFFERS */
	S(__NR_io_uring_register, -1, 1, NULL, 0, 0, 0);
	S(__NR_io_uring_register, -1, 99, BAD, 3, 0, 0);
}

static void bpf(void)
{
	S(__NR_bpf, 0xff, NULL, 0, 0, 0, 0);
	S(__NR_bpf, 0, NULL, 0, 0, 0, 0);		/* BPF_MAP_CREATE */
	S(__NR_bpf, 5, BAD, 120, 0, 0, 0);		/* BPF_PROG_LOAD */
	S(__NR_perf_event_open, NULL, 0, -1, -1, 0, 0);
	S(__NR_perf_event_open, BAD, -1, 3, -1, 0xf, 0);
	F(__NR_fanotify_init, 0, 0, 0, 0, 0, 0);
	F(__NR_fanotify_init, 0x0b, 0x8000 | 2, 0, 0, 0, 0);
	S(__NR_fanotify_mark, -1, 1, 0x3b, -100, "/nonexistent", 0);
	S(__NR_fanotify_mark, -1, 0x82, 0, -1, NULL, 0);
	S(__NR_landlock_create_ruleset, NULL, 0, 1, 0, 0, 0);	/* VERSION */
	S(__NR_landlock_create_ruleset, BAD, 8, 0, 0, 0, 0);
	S(__NR_landlock_add_rule, -1, 1, NULL, 0, 0, 0);
	S(__NR_landlock_add_rule, -1, 7, BAD, 1, 0, 0);
	S(__NR_landlock_restrict_self, -1, 0, 0, 0, 0, 0);
	S(__NR_landlock_restrict_self, -1, 3, 0, 0, 0, 0);
}

/* A child of our own, stopped at an int3 with every register it can set
 * set to a known value, so that both tracers print the same struct: the
 * requests that read and write a real tracee (GETREGS, SETREGS, PEEKDATA,
 * PEEKUSER at each kind of offset into struct user). */
static const unsigned long peek_zero, peek_word = 0x2a;

static void ptrace_child(void)
{
	static unsigned long regs[27];
	unsigned long w, chld = 1UL << (SIGCHLD - 1);
	int st;
	long pid;

	/* SIGCHLD held until both waits are done: delivered at one place */
	sys_rt_sigprocmask(SIG_BLOCK, &chld, NULL, 8);
	pid = sys_fork();

	if (pid == 0) {
		S(__NR_ptrace, 0, 0, 0, 0, 0, 0);	/* PTRACE_TRACEME */
		__asm__ volatile("mov $0xf, %%r15\n\tmov $0xe, %%r14\n\tmov $0xd, %%r13\n\t"
			"mov $0xc, %%r12\n\tmov $0xb, %%r11\n\tmov $0xa, %%r10\n\tmov $9, %%r9\n\t"
			"mov $8, %%r8\n\tmov $7, %%rbx\n\tmov $6, %%rcx\n\tmov $5, %%rdx\n\t"
			"mov $4, %%rsi\n\tmov $3, %%rdi\n\tmov $2, %%rbp\n\txor %%eax, %%eax\n\t"
			"int3\n\tud2" ::: "memory");
	}
	if (pid < 0 || sys_wait4((pid_t)pid, &st, 0, NULL) < 0) {
		sys_rt_sigprocmask(SIG_UNBLOCK, &chld, NULL, 8);
		return;
	}
	S(__NR_ptrace, 12, pid, 0, regs, 0, 0);		/* PTRACE_GETREGS */
	regs[5] = 0x55;
	S(__NR_ptrace, 13, pid, 0, regs, 0, 0);		/* PTRACE_SETREGS */
	S(__NR_ptrace, 12, pid, 0, BAD, 0, 0);
	S(__NR_ptrace, 2, pid, &peek_zero, &w, 0, 0);	/* PTRACE_PEEKDATA */
	S(__NR_ptrace, 2, pid, &peek_word, &w, 0, 0);
	S(__NR_ptrace, 3, pid, 8 * 5, &w, 0, 0);	/* PTRACE_PEEKUSER: 8*RBX */
	S(__NR_ptrace, 3, pid, 8 * 20 + 16, &w, 0, 0);	/* 8*SS+16: gs_base */
	S(__NR_ptrace, 3, pid, 4, &w, 0, 0);		/* not aligned: EIO */
	S(__NR_ptrace, 3, pid, 216, &w, 0, 0);		/* offsetof(struct user, u_fpvalid) */
	S(__NR_ptrace, 3, pid, 856, &w, 0, 0);		/* u_debugreg + 8 */
	S(__NR_ptrace, 3, pid, 2000, &w, 0, 0);		/* past struct user */
	sys_kill((pid_t)pid, 9);
	sys_wait4((pid_t)pid, &st, 0, NULL);
	sys_rt_sigprocmask(SIG_UNBLOCK, &chld, NULL, 8);
}

static void ptrace(void)
{
	S(__NR_ptrace, 1, 1, BAD, 0, 0, 0);		/* PTRACE_PEEKTEXT: no such tracee */
	S(__NR_ptrace, 2, 1, 0, 0, 0, 0);
	S(__NR_ptrace, 4, 1, 0x1000, 0x2a, 0, 0);	/* PTRACE_POKETEXT */
	S(__NR_ptrace, 0x4200, 1, 0, 0x100001, 0, 0);	/* PTRACE_SETOPTIONS */
	S(__NR_ptrace, 0, 0, 0, 0, 0, 0);		/* PTRACE_TRACEME: traced already */
	S(__NR_ptrace, 16, 0, 0, 0, 0, 0);		/* PTRACE_ATTACH: no pid 0 */
	S(__NR_ptrace, 17, 1, 0, 9, 0, 0);		/* PTRACE_DETACH */
	S(__NR_ptrace, 7, 1, 0, 0, 0, 0);		/* PTRACE_CONT */
	S(__NR_ptrace, 0x4206, 0, 0, 0, 0, 0);		/* PTRACE_SEIZE */
	S(__NR_ptrace, 0xbeef, 1, 2, 3, 0, 0);
	ptrace_child();
}

static void misc(void)
{
	F(__NR_memfd_create, "sg-decode", 3, 0, 0, 0, 0);	/* CLOEXEC|ALLOW_SEALING */
	F(__NR_memfd_create, "", 0x7c000004, 0, 0, 0, 0);	/* MFD_HUGETLB | a size */
	S(__NR_memfd_create, NULL, 0, 0, 0, 0, 0);
	S(__NR_pidfd_open, 0, 0, 0, 0, 0, 0);
	S(__NR_pidfd_open, -1, 0x800, 0, 0, 0, 0);
	S(__NR_pidfd_send_signal, -1, 9, NULL, 0, 0, 0);
	S(__NR_pidfd_send_signal, -1, 0, BAD, 1, 0, 0);
	S(__NR_pidfd_getfd, -1, 0, 0, 0, 0, 0);
	S(__NR_pidfd_getfd, -1, -1, 1, 0, 0, 0);
	S(__NR_get_robust_list, 0, NULL, NULL, 0, 0, 0);
	S(__NR_get_robust_list, 0x7fffffff, BAD, BAD, 0, 0, 0);
	S(__NR_set_robust_list, NULL, 0, 0, 0, 0, 0);
	S(__NR_set_robust_list, BAD, 24, 0, 0, 0, 0);
	S(__NR_futex_waitv, NULL, 0, 0, NULL, 0, 0);
	S(__NR_futex_waitv, BAD, 3, 1, BAD, 1, 0);
	{	/* the bitset ops: FUTEX_BITSET_MATCH_ANY by name (EAGAIN: the word is 0) */
		static int word;
		S(__NR_futex, &word, 9 /* FUTEX_WAIT_BITSET */, 1, NULL, NULL, -1);
		S(__NR_futex, &word, 10 /* FUTEX_WAKE_BITSET */, 1, NULL, NULL, -1);
		S(__NR_futex, &word, 10 | 128 /* _PRIVATE */, 1, NULL, NULL, 5);
	}
	S(__NR_adjtimex, NULL, 0, 0, 0, 0, 0);
	S(__NR_adjtimex, BAD, 0, 0, 0, 0, 0);
	S(__NR_clock_adjtime, 0, NULL, 0, 0, 0, 0);
	/* struct timex read back: only reading modes (0, ADJ_OFFSET_SS_READ),
	 * which change nothing and need no privilege */
	static long long tx[26];
	S(__NR_adjtimex, tx, 0, 0, 0, 0, 0);
	tx[0] = 0xa001;
	S(__NR_adjtimex, tx, 0, 0, 0, 0, 0);
	tx[0] = 0;
	S(__NR_clock_adjtime, 0, tx, 0, 0, 0, 0);
	S(__NR_clock_adjtime, 1, tx, 0, 0, 0, 0);	/* CLOCK_MONOTONIC: EOPNOTSUPP */
	S(__NR__sysctl, NULL, 0, 0, 0, 0, 0);
	S(__NR_uselib, "/nonexistent", 0, 0, 0, 0, 0);
	S(__NR_sysfs, 1, "nosuchfs", 0, 0, 0, 0);
	S(__NR_sysfs, 2, 999, BAD, 0, 0, 0);
	S(__NR_sysfs, 3, 0, 0, 0, 0, 0);
	S(__NR_lookup_dcookie, 0, NULL, 0, 0, 0, 0);
	S(__NR_syslog, 10, NULL, 0, 0, 0, 0);
	S(__NR_syslog, 99, BAD, 16, 0, 0, 0);
	S(__NR_ioperm, 0x3f8, 8, 0, 0, 0, 0);
	S(__NR_iopl, 4, 0, 0, 0, 0, 0);
	S(__NR_setdomainname, NULL, 65, 0, 0, 0, 0);	/* too long: EINVAL */
	S(__NR_sethostname, BAD, 5, 0, 0, 0, 0);
	S(__NR_reboot, 0, 0, 0, NULL, 0, 0);
	S(__NR_quotactl, 0x800002, "/nonexistent", 0, NULL, 0, 0);	/* a command no name has */
	S(__NR_quotactl, 0x80000100, "/nonexistent", 0, NULL, 0, 0);	/* QCMD(Q_SYNC, USRQUOTA) */
	S(__NR_quotactl, 0x80000201, "/nonexistent", 2, "/q", 0, 0);	/* Q_QUOTAON, QFMT_VFS_V0 */
	S(__NR_quotactl, 0x80000302, "/nonexistent", 7, BAD, 0, 0);	/* Q_QUOTAOFF */
	S(__NR_quotactl, 0x80000400, "/nonexistent", 0, BAD, 0, 0);	/* Q_GETFMT */
	S(__NR_quotactl, 0x80000500, "/nonexistent", 0, BAD, 0, 0);	/* Q_GETINFO */
	S(__NR_quotactl, 0x80000700, "/nonexistent", 1000, BAD, 0, 0);	/* Q_GETQUOTA */
	S(__NR_quotactl, 0x80000800, NULL, -1, NULL, 0, 0);		/* Q_SETQUOTA */
	S(__NR_quotactl, 0x80000903, "/nonexistent", 5, BAD, 0, 0);	/* Q_GETNEXTQUOTA, type 3 */
	S(__NR_quotactl_fd, -1, 0x80000700, 1000, BAD, 0, 0);
	S(__NR_kcmp, 0x7fffffff, 1, 0, 0, 0, 0);
	S(__NR_process_mrelease, -1, 0, 0, 0, 0, 0);
	F(__NR_memfd_secret, 0x80000, 0, 0, 0, 0, 0);
	F(__NR_userfaultfd, 0x80800 | 1, 0, 0, 0, 0, 0);
	S(__NR_name_to_handle_at, -100, "/nonexistent", NULL, NULL, 0x400, 0);
	S(__NR_open_by_handle_at, -1, NULL, O_RDONLY, 0, 0, 0);
	/* struct file_handle: made (128 => the size used), too small
	 * (EOVERFLOW: the size needed), not made (ENOENT: the size that went
	 * in), used with a bad mount fd, and longer than MAX_HANDLE_SZ */
	static struct { unsigned bytes; int type; unsigned char h[256]; } fh;
	int mnt;
	fh.bytes = 128;
	S(__NR_name_to_handle_at, AT_FDCWD, "/", &fh, &mnt, 0, 0);
	fh.bytes = 0;
	S(__NR_name_to_handle_at, AT_FDCWD, "/", &fh, &mnt, 0, 0);
	S(__NR_open_by_handle_at, -1, &fh, O_RDONLY, 0, 0, 0);
	fh.bytes = 200;
	S(__NR_open_by_handle_at, -1, &fh, O_RDONLY | O_CLOEXEC, 0, 0, 0);
	fh.bytes = 8;
	S(__NR_name_to_handle_at, AT_FDCWD, "/nonexistent", &fh, &mnt, 0x400, 0);
	S(__NR_name_to_handle_at, AT_FDCWD, "/", BAD, &mnt, 0, 0);
}

/* the flag and constant tables, and numbers of the right type */
static void tables(void)
{
	struct { long s, ns; } ts = { 0, -1 }, ts2 = { -5, 1000000000 };

	S(__NR_unlinkat, -100, "/nonexistent", 0x200, 0, 0, 0);	/* AT_REMOVEDIR */
	S(__NR_unlinkat, -100, "/nonexistent", 0x100, 0, 0, 0);	/* not one unlinkat takes */
	S(__NR_unlinkat, -1, "x", 0x1201, 0, 0, 0);
	S(__NR_linkat, -100, "/nonexistent", -100, "/nonexistent2", 0x400, 0);
	S(__NR_linkat, -1, "", 5, "x", 0x1000 | 0x100, 0);
	S(__NR_linkat, -1, "", 5, "x", 0x8000, 0);
	S(__NR_mknod, "/nonexistent/n", 0010644, 0, 0, 0, 0);		/* S_IFIFO */
	S(__NR_mknod, "/nonexistent/n", 0020600, 0x103, 0, 0, 0);	/* S_IFCHR, makedev(1, 3) */
	S(__NR_mknod, "/nonexistent/n", 0060600, 0x80001, 0, 0, 0);	/* S_IFBLK */
	S(__NR_mknod, "/nonexistent/n", 0100644 | 04000, 0, 0, 0, 0);	/* S_IFREG|S_ISUID */
	S(__NR_mknod, "/nonexistent/n", 0170777, 0, 0, 0, 0);		/* no such type */
	S(__NR_mknodat, -100, "/nonexistent/n", 0140000, 7, 0, 0);	/* S_IFSOCK */
	S(__NR_mknodat, -1, "n", 0, 0, 0, 0);
	S(__NR_msgctl, -1, 0, NULL, 0, 0, 0);		/* IPC_RMID */
	S(__NR_msgctl, -1, 2, BAD, 0, 0, 0);		/* IPC_STAT */
	S(__NR_msgctl, -1, 11, BAD, 0, 0, 0);		/* MSG_STAT */
	S(__NR_msgctl, -1, 12, BAD, 0, 0, 0);		/* MSG_INFO */
	S(__NR_msgctl, -1, 3 | 0x100, BAD, 0, 0, 0);	/* IPC_INFO|IPC_64 */
	S(__NR_msgctl, -1, 99, BAD, 0, 0, 0);
	S(__NR_semctl, -1, 0, 13, BAD, 0, 0);		/* SEM_STAT */
	S(__NR_shmctl, -1, 14, BAD, 0, 0, 0);		/* SHM_INFO */
	S(__NR_shmget, 0x5a5a0018, 4096, 0600 | 04000 | 02000, 0, 0, 0);	/* HUGETLB|IPC_EXCL, no IPC_CREAT: ENOENT */
	S(__NR_shmget, 0, 0, 010000 | 030 << 26, 0, 0, 0);	/* SHM_NORESERVE, a page size; size 0: EINVAL */
	S(__NR_shmget, -1, 0, 0, 0, 0, 0);
	S(__NR_msgget, 0x5a5a0017, 02000 | 04000 | 0644, 0, 0, 0, 0);	/* no IPC_CREAT: ENOENT */
	S(__NR_semget, 0x1234, 0, 04000, 0, 0, 0);
	S(__NR_chown, "/nonexistent", -65536, -1, 0, 0, 0);
	S(__NR_fchown, -1, 0xffffffffL, 0x1ffffffffL, 0, 0, 0);
	S(__NR_lchown, "/nonexistent", 1000, -2, 0, 0, 0);
	S(__NR_fchownat, -100, "/nonexistent", -1, 65534, 0x1000, 0);
	S(__NR_setresgid, -1, -1, -2, 0, 0, 0);
	S(__NR_nanosleep, &ts, NULL, 0, 0, 0, 0);
	S(__NR_nanosleep, &ts2, NULL, 0, 0, 0, 0);
	S(__NR_clock_nanosleep, 1, 0, &ts, BAD, 0, 0);
	S(__NR_getdents, -1, NULL, 0x10000000fL, 0, 0, 0);
	S(__NR_getdents64, -1, BAD, -1, 0, 0, 0);
	S(__NR_getdents, -1, BAD, 32768, 0, 0, 0);
	/* last: a root caller gives its uid away here */
	S(__NR_setreuid, -1, 0x100000000L, 0, 0, 0, 0);
	S(__NR_setuid, -65536, 0, 0, 0, 0, 0);
}

/* ioctl request names from the headers, on a descriptor that is not open */
static void ioctls(void)
{
	static const unsigned long reqs[] = {
		0x80081270,	/* BLKBSZGET */
		0x1260,		/* BLKGETSIZE */
		0x80086601,	/* FS_IOC_GETFLAGS */
		0x40086602,	/* FS_IOC_SETFLAGS */
		0x8912,		/* SIOCGIFCONF */
		0x8933,		/* SIOCGIFINDEX */
		0xc0186201,	/* a binder one */
		0x4b33,		/* KDGKBTYPE? none: plain number */
		0x5401, 0x5413, 0x541b, 0x5421,
		0x80047601,	/* FS_IOC_GETVERSION */
		0xc0306201, 0x40045402, 0x9401, 0xdeadbeef, 0x40049409,
	};
	for (unsigned i = 0; i < sizeof reqs / sizeof reqs[0]; i++) {
		S(__NR_ioctl, -1, reqs[i], 0, 0, 0, 0);
		S(__NR_ioctl, -1, reqs[i], BAD, 0, 0, 0);
	}
	/* a pseudo-terminal's: int in (TIOCSPTLCK, TIOCPKT), int out (TIOCGPTN,
	 * TIOCOUTQ), and two strace leaves as addresses (TIOCGPTLCK, TIOCGPKT) */
	int v = 0, m = (int)sys_openat(AT_FDCWD, "/dev/ptmx", O_RDWR | O_NOCTTY, 0);
	S(__NR_ioctl, m, TIOCSPTLCK, &v, 0, 0, 0);
	S(__NR_ioctl, m, TIOCGPTN, &v, 0, 0, 0);
	S(__NR_ioctl, m, TIOCGPTLCK, &v, 0, 0, 0);
	v = 1;
	S(__NR_ioctl, m, TIOCPKT, &v, 0, 0, 0);
	S(__NR_ioctl, m, TIOCGPKT, &v, 0, 0, 0);
	S(__NR_ioctl, m, TIOCOUTQ, &v, 0, 0, 0);
	S(__NR_ioctl, m, TIOCGPTN, BAD, 0, 0, 0);
	S(__NR_ioctl, -1, TIOCSPTLCK, &v, 0, 0, 0);
	S(__NR_ioctl, -1, TIOCGPTN, &v, 0, 0, 0);
	if (m >= 0)
		sys_close(m);
}

/* prctl's options beyond the seccomp ones */
static void prctl(void)
{
	static const long opts[] = { 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 16, 19, 20, 21, 23,
		24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 39, 40, 41, 42, 43, 44,
		45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 62, 63, 64, 65, 66,
		0x53564d41, 0x59616d61, 999 };
	for (unsigned i = 0; i < sizeof opts / sizeof opts[0]; i++)
		S(__NR_prctl, opts[i], -1, -1, -1, -1, 0);
	S(__NR_prctl, 15, "newname", 0, 0, 0, 0);	/* PR_SET_NAME */
	S(__NR_prctl, 16, BAD, 0, 0, 0, 0);		/* PR_GET_NAME */
}

/* calls the kernel does not implement: strace knows how many arguments each
 * takes (ENOSYS whatever they are) */
/* sendmmsg/recvmmsg on a datagram socketpair: all sent, a partial send (the
 * second message is too big), a partial and an empty receive with and without
 * a timeout, names that go in and come back, bad vectors and descriptors */
static void mmsg(void)
{
	static char big[400000], r1[16], r2[4];
	struct iovec hello = { "hello", 5 }, two[2] = { { "ab", 2 }, { "cde", 3 } };
	struct iovec large = { big, sizeof big }, in1 = { r1, sizeof r1 }, in2 = { r2, sizeof r2 };
	/* struct mmsghdr: msg_name msg_namelen msg_iov msg_iovlen msg_control
	 * msg_controllen msg_flags, then msg_len (filled in by the kernel) */
	struct mm { unsigned long name; int namelen; unsigned long iov, iovlen, control, controllen;
		    int flags, pad; unsigned len, pad2; } m[3] = {
		{ 0, 0, (unsigned long)&hello, 1, 0, 0, 0, 0, 0, 0 },
		{ 0, 0, (unsigned long)two, 2, 0, 0, 0, 0, 0, 0 },
		{ 0, 0, (unsigned long)&large, 1, 0, 0, 0, 0, 0, 0 },
	};
	_Static_assert(sizeof m[0] == 64, "struct mmsghdr is 64 bytes");
	unsigned char name[110];
	struct mm r[3] = {
		{ (unsigned long)name, sizeof name, (unsigned long)&in1, 1, 0, 0, 0, 0, 0, 0 },
		{ 0, 0, (unsigned long)&in2, 1, 0, 0, 0, 0, 0, 0 },
		{ 0, 7, (unsigned long)&in1, 1, 0, 0, 0, 0, 0, 0 },
	};
	long ts[2] = { 0, 1000 };
	int sv[2];

	if (sys_socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) < 0)
		return;
	S(__NR_sendmmsg, sv[0], m, 2, 0x40, 0, 0);		/* MSG_DONTWAIT */
	S(__NR_sendmmsg, sv[0], m, 3, 0, 0, 0);		/* the third is too big: 1 sent */
	S(__NR_recvmmsg, sv[1], r, 3, 0x40, ts, 0);
	S(__NR_recvmmsg, sv[1], r, 3, 0x40, NULL, 0);
	S(__NR_recvmmsg, sv[1], r, 3, 0x40, ts, 0);	/* nothing left: EAGAIN */
	S(__NR_recvmmsg, sv[1], r, 3, 0x40, BAD, 0);
	S(__NR_sendmmsg, sv[0], m, 0, 0, 0, 0);
	S(__NR_sendmmsg, sv[0], BAD, 1, 0, 0, 0);
	S(__NR_sendmmsg, -1, m, 2, 0xc000, 0, 0);		/* MSG_NOSIGNAL|MSG_MORE */
	S(__NR_recvmmsg, -1, r, 2, 0x10000, NULL, 0);	/* MSG_WAITFORONE */
	S(__NR_sendmmsg, -1, m, 1, 0xffffffff, 0, 0);	/* every flag, named or not */
	sys_close(sv[0]);
	sys_close(sv[1]);
}

/* sched_setattr/sched_getattr: every size rule (0 is the first version's
 * 48 bytes, below 48 the size alone, past 56 "..." and E2BIG's size written
 * back), the KEEP flags that hide fields, unknown policies and flags; none
 * changes this process (pid -1, KEEP_ALL, or refused). io_setup's context. */
static void sched(void)
{
	/* static, 4096 bytes: sched_getattr zeroes all of usize past what it fills */
	static struct { unsigned size, policy; unsigned long flags; int nice; unsigned prio;
		 unsigned long runtime, deadline, period; unsigned umin, umax; unsigned char more[4040]; } a;
	unsigned long ctx = 0;

	memset(&a, 0, sizeof a);
	S(__NR_sched_getattr, 0, &a, 56, 0, 0, 0);
	S(__NR_sched_getattr, 0, &a, 48, 0, 0, 0);
	S(__NR_sched_getattr, 0, &a, 4096, 0, 0, 0);
	S(__NR_sched_getattr, 0, &a, 40, 0, 0, 0);		/* too small: EINVAL */
	S(__NR_sched_getattr, -1, BAD, 48, 1, 0, 0);
	a.policy = 3, a.nice = -3;
	a.size = 0;
	S(__NR_sched_setattr, -1, &a, 0, 0, 0, 0);
	a.size = 20;
	S(__NR_sched_setattr, 0, &a, 0, 0, 0, 0);		/* E2BIG: => {size=56} */
	a.size = 100;
	S(__NR_sched_setattr, -1, &a, 0, 0, 0, 0);
	a.more[0] = 1;
	S(__NR_sched_setattr, 0, &a, 0, 0, 0, 0);		/* E2BIG: the bytes past 56 */
	a.more[0] = 0, a.size = 56;
	for (unsigned long f = 0x08; f <= 0x28; f += 0x08) {	/* KEEP_POLICY, _PARAMS, both, ... */
		a.flags = f;
		S(__NR_sched_setattr, f == 0x18 ? 0 : -1, &a, 0, 0, 0, 0);
	}
	a.size = 48, a.policy = 0x40000001, a.flags = 0x1ff;
	S(__NR_sched_setattr, -1, &a, 5, 0, 0, 0);
	a.flags = 0;
	S(__NR_sched_setattr, -1, &a, 0, 0, 0, 0);
	S(__NR_sched_setattr, 0, BAD, 0, 0, 0, 0);
	if (S(__NR_io_setup, 4, &ctx, 0, 0, 0, 0) == 0)
		S(__NR_io_destroy, ctx, 0, 0, 0, 0, 0);
	S(__NR_io_setup, 0, &ctx, 0, 0, 0, 0);
	S(__NR_io_setup, 4, BAD, 0, 0, 0, 0);
}

static void gone(void)
{
	static const long nrs[] = { 174, 177, 178, 180, 181, 182, 183, 184, 185, 214, 215, 236 };
	for (unsigned i = 0; i < sizeof nrs / sizeof nrs[0]; i++)
		S(nrs[i], 1, 2, 3, 4, 5, 6);
}

/* the calls of issue "decoders": clocks are only ever set with arguments
 * that fail (a clock that cannot be set, a bad pointer, a time out of
 * range), memory policies only on nothing mapped or a pid that is not there */
static void more(void)
{
	static const long ts[2] = { 1, 2 }, bad_ns[2] = { -1, 1000000000 };
	static const long tv[4] = { 1, 2, 3, 4 }, bad_us[2] = { 1, 1000001 };
	static const int tz[2] = { -60, 1 };
	static char buf[64] = "abc", page[4096] __attribute__((aligned(4096)));
	static long iov[4], nodes[2] = { 1, 0 }, out[2];
	static int st[2], nd[2] = { 0, 0 }, ud[4];

	S(__NR_clock_settime, 1, ts, 0, 0, 0, 0);	/* CLOCK_MONOTONIC: EINVAL */
	S(__NR_clock_settime, 0, NULL, 0, 0, 0, 0);
	S(__NR_clock_settime, 0, BAD, 0, 0, 0, 0);
	S(__NR_clock_settime, 0, bad_ns, 0, 0, 0, 0);
	S(__NR_clock_settime, 99, ts, 0, 0, 0, 0);
	S(__NR_settimeofday, BAD, NULL, 0, 0, 0, 0);
	S(__NR_settimeofday, bad_us, tz, 0, 0, 0, 0);	/* EINVAL before tz is read */
	S(__NR_settimeofday, bad_us, BAD, 0, 0, 0, 0);
	S(__NR_futimesat, -1, "/nonexistent", NULL, 0, 0, 0);
	S(__NR_futimesat, -100, "/nonexistent", tv, 0, 0, 0);
	S(__NR_futimesat, -100, NULL, BAD, 0, 0, 0);
	S(__NR_utimes, "/nonexistent", tv, 0, 0, 0, 0);
	S(__NR_utimes, "/nonexistent", bad_us, 0, 0, 0, 0);	/* past the first: EFAULT */
	S(__NR_epoll_pwait2, -1, BAD, 1, NULL, NULL, 8);
	S(__NR_epoll_pwait2, -1, NULL, 0, ts, BAD, 8);
	S(__NR_epoll_pwait2, -1, buf, 4, BAD, NULL, 0);
	{	/* one that returns at once: the timeout and the mask shown */
		static const long zero[2], mask = 1L << 9;
		long ep = S(__NR_epoll_create1, 0, 0, 0, 0, 0, 0);
		S(__NR_epoll_pwait2, ep, buf, 4, zero, &mask, 8);
		S(__NR_epoll_pwait2, ep, buf, 4, zero, NULL, 8);
		sys_close((int)ep);
	}
	iov[0] = (long)buf, iov[1] = 3, iov[2] = BAD, iov[3] = 8;
	S(__NR_vmsplice, -1, iov, 2, 8, 0, 0);	/* SPLICE_F_GIFT */
	S(__NR_vmsplice, -1, NULL, 0, 0xf0, 0, 0);
	S(__NR_vmsplice, -1, BAD, 1, 3, 0, 0);
	S(__NR_pkey_mprotect, 0, 4096, 1, -1, 0, 0);	/* nothing at 0: ENOMEM */
	S(__NR_pkey_mprotect, BAD, 0, 0xff, 5, 0, 0);
	S(__NR_pkey_mprotect, page, 4096, 3, 0, 0, 0);	/* pkey 0: the default */
	S(__NR_process_madvise, -1, iov, 1, 20, 0, 0);	/* MADV_COLD */
	S(__NR_process_madvise, -1, NULL, 0, 999, 1, 0);
	S(__NR_process_madvise, -1, BAD, 2, 21, 0, 0);
	S(__NR_mbind, 0, 4096, 2, nodes, 2, 1);	/* MPOL_BIND on nothing */
	S(__NR_mbind, BAD, 4096, 99, NULL, 0, 0xf);
	S(__NR_mbind, 0, 0, 0x8003, BAD, 65, 6);
	S(__NR_mbind, 0, 0, 0x4063, nodes, 1, 0);
	S(__NR_set_mempolicy, 0x63, NULL, 0, 0, 0, 0);	/* EINVAL: no such mode */
	S(__NR_migrate_pages, 0x7fffffff, 2, nodes, nodes, 0, 0);	/* ESRCH */
	S(__NR_migrate_pages, 0x7fffffff, 0, NULL, BAD, 0, 0);
	S(__NR_move_pages, 0x7fffffff, 1, iov, nd, st, 2);	/* MPOL_MF_MOVE */
	out[0] = (long)page, out[1] = BAD & ~4095L;
	S(__NR_move_pages, 0, 2, out, NULL, st, 0);	/* where the pages are */
	S(__NR_move_pages, 0, 0, NULL, NULL, NULL, 0xff);
	S(__NR_move_pages, 0, 1, BAD, BAD, BAD, 4);
	S(__NR_set_mempolicy_home_node, 0, 4096, 0, 0, 0, 0);
	S(__NR_set_mempolicy_home_node, BAD, 8192, 1, 1, 0, 0);
	S(__NR_remap_file_pages, 0, 4096, 0, 0, 0, 0);
	S(__NR_mmap, 0, 4096, 0, 0x20, -1, 0);	/* type 0 (MAP_FILE): EINVAL */
	S(__NR_remap_file_pages, BAD, 4096, 1, 7, 0x10000, 0);	/* MAP_NONBLOCK */
	S(__NR_modify_ldt, 0, page, 16, 0, 0, 0);	/* read: empty */
	S(__NR_modify_ldt, 1, BAD, 16, 0, 0, 0);
	S(__NR_modify_ldt, 1, ud, 5, 0, 0, 0);
	S(__NR_modify_ldt, 99, NULL, 0, 0, 0, 0);
	S(__NR_get_thread_area, BAD, 0, 0, 0, 0, 0);
	S(__NR_get_thread_area, NULL, 0, 0, 0, 0, 0);
	ud[0] = 12;
	S(__NR_get_thread_area, ud, 0, 0, 0, 0, 0);
	ud[0] = 99, ud[1] = 0x1000, ud[2] = 0xfffff, ud[3] = 0x51;
	S(__NR_set_thread_area, ud, 0, 0, 0, 0, 0);	/* EINVAL: no such entry */
	S(__NR_set_thread_area, BAD, 0, 0, 0, 0, 0);
	S(__NR_ustat, 0, NULL, 0, 0, 0, 0);
	S(__NR_ustat, 0x801, BAD, 0, 0, 0, 0);
	S(__NR_ustat, 0x12345678, buf, 0, 0, 0, 0);
	S(__NR_ustat, 0x100000801L, buf, 0, 0, 0, 0);	/* a dev_t is 32 bits here */
	{	/* the root filesystem: it answers */
		struct stat sb;
		if (S(__NR_stat, "/", &sb, 0, 0, 0, 0) == 0)
			S(__NR_ustat, sb.st_dev, buf, 0, 0, 0, 0);
	}
	S(__NR_sysfs, 1, "proc", 0, 0, 0, 0);
	S(__NR_sysfs, 1, NULL, 0, 0, 0, 0);
	S(__NR_sysfs, 2, 0, buf, 0, 0, 0);
	S(__NR_sysfs, 2, 9999, buf, 0, 0, 0);
	S(__NR_sysfs, 2, 0, BAD, 0, 0, 0);
	S(__NR_sysfs, 3, 0, 0, 0, 0, 0);
	S(__NR_sysfs, 7, 1, 2, 0, 0, 0);
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	const char *g = argc > 1 ? argv[1] : "all";
	int all = strcmp(g, "all") == 0;

	if (all || !strcmp(g, "keys")) keys();
	if (all || !strcmp(g, "mount")) mount();
	if (all || !strcmp(g, "module")) module();
	if (all || !strcmp(g, "mq")) mq();
	if (all || !strcmp(g, "uring")) uring();
	if (all || !strcmp(g, "bpf")) bpf();
	if (all || !strcmp(g, "ptrace")) ptrace();
	if (all || !strcmp(g, "misc")) misc();
	if (all || !strcmp(g, "tables")) tables();
	if (all || !strcmp(g, "ioctl")) ioctls();
	if (all || !strcmp(g, "mmsg")) mmsg();
	if (all || !strcmp(g, "sched")) sched();
	if (all || !strcmp(g, "gone")) gone();
	if (all || !strcmp(g, "more")) more();
	if (!strcmp(g, "prctl")) prctl();	/* not in "all": some options act on the caller */
	return 0;
}
