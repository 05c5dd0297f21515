/* tests/rt/trace-files.c — the file, process-setup and admin calls whose
 * structs and strings strace 6.1 prints in detail: struct tails past what is
 * known (bytes that are not 0, "???" when they cannot be read), clone3's
 * clone_args, openat2's open_how, mount_setattr's mount_attr, quotactl's
 * structs, keyctl's commands, strings the kernel reads a fixed number of
 * bytes of (memfd_create, reboot, fsconfig), fcntl's F_NOTIFY F_SETLEASE
 * F_SETSIG F_GETLEASE F_GETSIG, execve's arrays that cannot be read to their
 * end, kexec_load's segments, _sysctl, syslog's console level, mknod's
 * device, statx's fields by stx_mask.
 * Every call fails harmlessly (a bad descriptor, flags the kernel refuses, a
 * magic number that is not reboot's) or changes nothing.
 * tests/trace-files.bats traces it with strace and bin/trace and compares.
 */
#include "sg.h"
#include <linux/openat2.h>
#include <linux/mount.h>
#include <linux/quota.h>
#include <linux/dqblk_xfs.h>
#include <linux/keyctl.h>
#include <linux/landlock.h>
#include <linux/kexec.h>
#include <linux/sched.h>
#include <linux/fcntl.h>
#include <linux/reboot.h>

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define BAD ((long)0xbadc0ded)		/* an address nothing is mapped at */

static char *page_end;	/* the last byte of a page with nothing mapped after it */

/* a page whose next page is unmapped: what ends there cannot be read on */
static void map_page(void)
{
	char *p = (char *)sys_mmap(NULL, 8192, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	sys_munmap(p + 4096, 4096);
	page_end = p + 4095;
}

/* n bytes that end where the mapping ends */
static void *at_end(size_t n)
{
	return page_end + 1 - n;
}

static void fill(void *p, size_t n, int c)
{
	for (size_t i = 0; i < n; i++)
		((unsigned char *)p)[i] = (unsigned char)(c + i);
}

static void structs(void)
{
	struct open_how *how = at_end(sizeof *how);

	how->flags = O_RDWR | 0100;
	how->mode = 0644;
	how->resolve = 0xdec0ded000000000ULL;	/* no RESOLVE_* bit known */
	S(__NR_openat2, -1, "x", how, sizeof *how, 0, 0);
	S(__NR_openat2, -1, "x", how, sizeof *how + 8, 0, 0);	/* a tail not readable */
	S(__NR_openat, -1, "x", 04000000, 0, 0, 0);		/* __O_SYNC alone */
	S(__NR_openat, -1, "x", 020000000, 0, 0, 0);		/* __O_TMPFILE alone */

	struct mount_attr *ma = at_end(sizeof *ma);
	ma->attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_IDMAP;
	ma->attr_clr = 0;
	ma->propagation = 0;
	ma->userns_fd = 1;
	S(__NR_mount_setattr, -1, "/no/such/dir", 0, ma, sizeof *ma, 0);
	S(__NR_mount_setattr, -1, "/no/such/dir", 0, ma, sizeof *ma + 8, 0);
	ma->attr_set = 0;
	S(__NR_mount_setattr, -1, "/no/such/dir", 0, ma, sizeof *ma, 0);

	struct clone_args *ca = at_end(sizeof *ca);
	for (size_t i = 0; i < sizeof *ca; i++)
		((char *)ca)[i] = 0;
	ca->flags = 0xbad0000000000000ULL | CLONE_PIDFD | CLONE_SETTLS | CLONE_NEWTIME;
	ca->exit_signal = 0xdeadc0deULL;
	S(__NR_clone3, ca, 64, 0, 0, 0, 0);			/* EINVAL: the flags */
	S(__NR_clone3, ca, sizeof *ca + 8, 0, 0, 0, 0);	/* a tail not readable */
	ca->flags = 0x40007fULL;				/* no name: CLONE_??? */
	S(__NR_clone3, ca, 64, 0, 0, 0, 0);
	ca->flags = CLONE_INTO_CGROUP;
	ca->exit_signal = 0;
	ca->cgroup = 0x7fffffff;
	S(__NR_clone3, ca, sizeof *ca, 0, 0, 0, 0);		/* EBADF: no such cgroup */
	ca->flags = 0;
	ca->cgroup = 0;
	ca->set_tid = (unsigned long)at_end(8);
	ca->set_tid_size = 2;
	S(__NR_clone3, ca, sizeof *ca, 0, 0, 0, 0);		/* EINVAL: set_tid */
	ca->set_tid_size = 0;
	S(__NR_clone3, ca, sizeof *ca, 0, 0, 0, 0);

	struct landlock_ruleset_attr la = { .handled_access_fs = 0xdec0ded000000000ULL };
	S(__NR_landlock_create_ruleset, &la, sizeof la, 0, 0, 0, 0);
}

static void quota(void)
{
	struct if_dqblk *db = at_end(sizeof *db);
	struct if_dqinfo *di = at_end(sizeof *di);
	struct fs_disk_quota *xq = at_end(sizeof *xq);

	fill(db, sizeof *db, 0x80);
	S(__NR_quotactl, QCMD(Q_SETQUOTA, PRJQUOTA), "/dev/no-such/", 3141592653U, db, 0, 0);
	fill(di, sizeof *di, 0x40);
	S(__NR_quotactl, QCMD(Q_SETINFO, USRQUOTA), "/dev/no-such/", 0, di, 0, 0);
	S(__NR_quotactl, QCMD(Q_GETINFO, USRQUOTA), "/dev/no-such/", 0, di, 0, 0);
	S(__NR_quotactl, QCMD(Q_GETFMT, GRPQUOTA), "/dev/no-such/", 0, BAD, 0, 0);
	fill(xq, sizeof *xq, 0x8e);
	S(__NR_quotactl, QCMD(Q_XSETQLIM, GRPQUOTA), "/dev/no-such/", 7, xq, 0, 0);
	S(__NR_quotactl, QCMD(Q_XGETQSTAT, USRQUOTA), "/dev/no-such/", 7, BAD, 0, 0);
	S(__NR_quotactl, QCMD(Q_XQUOTASYNC, USRQUOTA), "/dev/no-such/", 7, BAD, 0, 0);
}

static void keys(void)
{
	static char caps[4];
	struct keyctl_pkey_params pp = { .key_id = -2, .in_len = 3, .out_len = 4 };
	struct keyctl_dh_params dh = { .priv = -6, .prime = 1234, .base = -1 };
	struct keyctl_kdf_params kdf = { .hashname = (char *)"hmac(aes)",
					 .otherinfo = (char *)"\1\2\3", .otherinfolen = 3 };

	kdf.__spare[2] = 0xfacefeed;
	pp.__spare[6] = 1;
	S(__NR_keyctl, KEYCTL_CHOWN, 0x7fffffff, -1, 5, 0, 0);
	S(__NR_keyctl, KEYCTL_SETPERM, 0x7fffffff, 0x3f3f3f3f | 0xc0c0c0c0, 0, 0, 0);
	S(__NR_keyctl, KEYCTL_SETPERM, 0x7fffffff, 0xc0c0c0c0, 0, 0, 0);
	S(__NR_keyctl, KEYCTL_INSTANTIATE, 0x7fffffff, "payload", 7, -3, 0);
	S(__NR_keyctl, KEYCTL_NEGATE, 0x7fffffff, 10, -3, 0, 0);
	S(__NR_keyctl, KEYCTL_REJECT, 0x7fffffff, 10, 19, -3, 0);
	S(__NR_keyctl, KEYCTL_REJECT, 0x7fffffff, 10, 0xa205b064, -3, 0);
	S(__NR_keyctl, KEYCTL_SET_REQKEY_KEYRING, 42, 0, 0, 0, 0);
	S(__NR_keyctl, KEYCTL_GET_PERSISTENT, -1, 0x7fffffff, 0, 0, 0);
	S(__NR_keyctl, KEYCTL_RESTRICT_KEYRING, 0x7fffffff, "type", "restriction", 0, 0);
	S(__NR_keyctl, KEYCTL_MOVE, 0x7fffffff, -1, -2, 3, 0);
	S(__NR_keyctl, KEYCTL_DH_COMPUTE, &dh, BAD, 16, &kdf, 0);
	S(__NR_keyctl, KEYCTL_DH_COMPUTE, NULL, NULL, 16, NULL, 0);
	S(__NR_keyctl, KEYCTL_PKEY_ENCRYPT, &pp, "enc=pkcs1", "abc", BAD, 0);
	S(__NR_keyctl, KEYCTL_PKEY_VERIFY, &pp, "enc=pkcs1", "abc", "wxyz", 0);
	S(__NR_keyctl, KEYCTL_PKEY_SIGN, at_end(4), "x", BAD, BAD, 0);
	S(__NR_keyctl, KEYCTL_PKEY_QUERY, 0x7fffffff, 0, "x", BAD, 0);
	S(__NR_keyctl, KEYCTL_CAPABILITIES, caps, sizeof caps, 0, 0, 0);
	S(__NR_keyctl, KEYCTL_CAPABILITIES, BAD, 2, 0, 0, 0);
	S(__NR_keyctl, KEYCTL_DESCRIBE, 0x7fffffff, BAD, 9, 0, 0);
}

static void strings(void)
{
	char *name = at_end(250);	/* memfd_create's longest name and one more */

	for (int i = 0; i < 250; i++)
		name[i] = (char)('0' + i % 10);
	S(__NR_memfd_create, name, 0xfffffff0, 0, 0, 0, 0);	/* EINVAL: the flags */
	S(__NR_memfd_create, name + 1, 0xfffffff0, 0, 0, 0, 0);
	char *arg = at_end(255);
	for (int i = 0; i < 255; i++)
		arg[i] = (char)('A' + i % 26);
	/* reboot refuses a first magic number that is not LINUX_REBOOT_MAGIC1 */
	S(__NR_reboot, 0x13111992, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, arg, 0, 0);
	S(__NR_reboot, 0x13111992, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, arg + 1, 0, 0);
	char *key = at_end(256);
	for (int i = 0; i < 256; i++)
		key[i] = (char)('a' + i % 26);
	S(__NR_fsconfig, -1, 0, key, 0, 0, 0);			/* FSCONFIG_SET_FLAG */
	S(__NR_fsconfig, -1, 2, key + 1, "\0\1\2", 3, 0);	/* FSCONFIG_SET_BINARY */
	S(__NR_fsconfig, -1, 2, "k", "\0\1\2", -100, 0);
	S(__NR_fsconfig, -1, 2, "k", "\0\1\2", 1024 * 1024 + 1, 0);
}

static void admin(void)
{
	struct kexec_segment seg[2] = {
		{ NULL, 1, (void *)0x1000, 2 }, { (void *)0x2000, 3, NULL, 4 }
	};
	int name[2] = { 1, 1 };
	struct { int *name; int nlen; void *oldval; unsigned long *oldlenp;
		 void *newval; unsigned long newlen, unused[4]; } sc = {
		name, 2, (void *)BAD, NULL, NULL, 5, { 0 }
	};

	/* an architecture no kernel has: EINVAL before anything is loaded */
	S(__NR_kexec_load, 0, 2, seg, 0xdead0000, 0, 0);
	S(__NR_kexec_load, 0, 17, seg, 0xdead0000, 0, 0);
	S(__NR__sysctl, &sc, 0, 0, 0, 0, 0);
	S(__NR__sysctl, BAD, 0, 0, 0, 0, 0);
	S(__NR_syslog, 8, 0, -1, 0, 0, 0);	/* SYSLOG_ACTION_CONSOLE_LEVEL: bad levels */
	S(__NR_syslog, 8, 0, 9, 0, 0, 0);
	S(__NR_mknodat, -1, "x", 020644, 0xdeadbeef00000107UL, 0, 0);
}

static void fcntls(void)
{
	long fd = S(__NR_openat, AT_FDCWD, "/dev/null", O_RDONLY, 0, 0, 0);

	S(__NR_fcntl, -1, F_NOTIFY, DN_ACCESS | DN_MULTISHOT, 0, 0, 0);
	S(__NR_fcntl, -1, F_NOTIFY, 0x40, 0, 0, 0);
	S(__NR_fcntl, -1, F_SETLEASE, F_WRLCK, 0, 0, 0);
	S(__NR_fcntl, -1, F_SETSIG, 10, 0, 0, 0);
	S(__NR_fcntl, fd, F_SETSIG, 1, 0, 0, 0);
	S(__NR_fcntl, fd, F_GETSIG, 0, 0, 0, 0);
	S(__NR_fcntl, fd, F_SETSIG, 0, 0, 0, 0);
	S(__NR_fcntl, fd, F_GETSIG, 0, 0, 0, 0);
	S(__NR_fcntl, fd, F_GETLEASE, 0, 0, 0, 0);
	S(__NR_close, fd, 0, 0, 0, 0, 0);
}

static void execs(char **envp)
{
	/* arrays that end where the mapping ends, no NULL: strace says where
	 * reading stopped, and that the environment is "unterminated" */
	const char **argv = at_end(2 * sizeof(char *));
	argv[0] = "/no/such/file";
	argv[1] = "x";
	S(__NR_execve, "/no/such/file", argv, argv, 0, 0, 0);
	S(__NR_execve, "/no/such/file", NULL, page_end + 1, 0, 0, 0);
	S(__NR_execveat, -1, "/no/such/file", argv, envp, 0, 0);
}

static void stats(void)
{
	static char buf[256];

	S(__NR_statx, AT_FDCWD, "/", 0, 0, buf, 0);
	S(__NR_statx, AT_FDCWD, "/", 0, 0xfff, buf, 0);
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv;
	map_page();
	structs();
	quota();
	keys();
	strings();
	admin();
	fcntls();
	execs(envp);
	stats();
	return 0;
}
