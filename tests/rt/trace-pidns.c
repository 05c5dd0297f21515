/* tests/rt/trace-pidns.c — pids for --decode-pids=pidns and -Y to print:
 * every call here that takes or returns a pid, made from inside a new pid
 * namespace, where the numbers differ from the tracer's.
 * tests/trace-decode.bats traces it with strace and bin/trace (-f) and
 * compares the lines.
 *
 *   trace-pidns [ns|plain|comm]
 *
 * ns (the default, needs root): unshare(CLONE_NEWPID), then fork: the child
 * is pid 1 of the new namespace, and the numbers it sees are the same from
 * run to run. plain: the same without the namespace (to look at by hand).
 * The child ("init") asks for its own ids, names itself in every call that
 * takes a pid, forks a second child (pid 2) that makes its own session and
 * dies, and asks about the zombie by its pid, its group and its session
 * before reaping it (SIGCHLD blocked until then, so that its signal comes
 * at one place); then a pid no process has. Exits 77 when the namespace
 * cannot be made. comm: renames itself, for -Y's prefix (no namespace).
 */
#include "sg.h"
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/blktrace_api.h>
#include <asm/unistd.h>

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

#define NOPID 4194000		/* above any pid_max default: no such process */

static void calls_on(long me)
{
	static char buf[64];
	static unsigned long mask[16];
	static unsigned long rl[2];
	static int prio;
	static struct { unsigned version; int pid; } hdr = { 0x20080522, 0 };
	static unsigned capdata[6];
	static siginfo_t si;

	S(__NR_kill, me, 0, 0, 0, 0, 0);
	S(__NR_tkill, me, 0, 0, 0, 0, 0);
	S(__NR_tgkill, me, me, 0, 0, 0, 0);
	S(__NR_getpgid, me, 0, 0, 0, 0, 0);
	S(__NR_getsid, me, 0, 0, 0, 0, 0);
	S(__NR_sched_getscheduler, me, 0, 0, 0, 0, 0);
	S(__NR_sched_getparam, me, &prio, 0, 0, 0, 0);
	S(__NR_sched_getaffinity, me, sizeof mask, mask, 0, 0, 0);
	S(__NR_prlimit64, me, 7, NULL, rl, 0, 0);	/* RLIMIT_NOFILE */
	S(__NR_getpriority, 0, me, 0, 0, 0, 0);	/* PRIO_PROCESS */
	S(__NR_getpriority, 1, me, 0, 0, 0, 0);	/* PRIO_PGRP */
	S(__NR_ioprio_get, 1, me, 0, 0, 0, 0);	/* IOPRIO_WHO_PROCESS */
	S(__NR_ioprio_get, 2, me, 0, 0, 0, 0);	/* IOPRIO_WHO_PGRP */
	S(__NR_kcmp, me, me, 0, 0, 0, 0);	/* KCMP_FILE 0 0 */
	long fd = S(__NR_pidfd_open, me, 0, 0, 0, 0, 0);
	if (fd >= 0)
		sys_close((int)fd);
	hdr.pid = (int)me;
	S(__NR_capget, &hdr, capdata, 0, 0, 0, 0);
	si.si_signo = 0;
	si.si_code = -1;	/* SI_QUEUE */
	si.si_pid = (int)me;
	S(__NR_rt_sigqueueinfo, me, 0, &si, 0, 0, 0);
	S(__NR_rt_tgsigqueueinfo, me, me, 0, &si, 0, 0);
	S(__NR_waitid, 1, me, buf, 4 | 1, 0, 0);	/* P_PID, WEXITED|WNOHANG: not our child */
	S(__NR_perf_event_open, NULL, me, -1, -1, 0, 0);	/* EFAULT; a pid strace does not translate */
	/* prctl reads these as ints: the upper halves are noise. PR_SCHED_CORE
	 * (62): GET (0) of the pid, tgid, group, session and an unknown type,
	 * its pid of the type's kind; PR_SET_PTRACER (0x59616d61): ANY, a tgid */
	static unsigned long long cookie;
	for (unsigned long ty = 0; ty <= 4; ty++)
		S(__NR_prctl, 62, 0xbad0000000000000UL, 0xbad0000000000000UL | (unsigned)me,
		  0xbad0000000000000UL | ty, &cookie, 0);
	S(__NR_prctl, 62, 0xbad0000000000001UL, me, 1, 0, 0);	/* CREATE */
	S(__NR_prctl, 0x59616d61, 0xbad00000ffffffffUL, 0, 0, 0, 0);
	S(__NR_prctl, 0x59616d61, 0xbad0000000000000UL | (unsigned)me, 0, 0, 0, 0);
	/* pidfd_send_signal's siginfo: its si_pid; si_uid -1, an unknown
	 * si_errno */
	si.si_signo = SIGUSR1;
	si.si_errno = -1;
	si.si_uid = (unsigned)-1;
	S(__NR_pidfd_send_signal, -1, SIGUSR2, &si, 0, 0, 0);
	/* a netlink address's port id is annotated as a pid */
	static struct { unsigned short family, pad; unsigned pid, groups; } nl = { 16, 0, 0, 0 };
	nl.pid = (unsigned)me;
	S(__NR_connect, -1, &nl, sizeof nl, 0, 0, 0);
	/* and a netlink header's nlmsg_pid: the socket's family is found
	 * through /proc/PID/fd (under unshare -Urpf, another namespace's) */
	long nfd = S(__NR_socket, 16, 3, 9, 0, 0, 0);	/* AF_NETLINK, SOCK_RAW, NETLINK_AUDIT */
	if (nfd >= 0) {
		static struct { unsigned len; unsigned short type, flags; unsigned seq, pid; } h =
			{ 16, 1000, 1, 0, 0 };	/* AUDIT_GET, NLM_F_REQUEST */
		h.pid = (unsigned)me;
		S(__NR_sendto, nfd, &h, sizeof h, 0x40, 0, 0);	/* MSG_DONTWAIT */
		sys_close((int)nfd);
	}
	/* BLKTRACESETUP's pid */
	static struct blk_user_trace_setup bt;
	bt.pid = (unsigned)me;
	S(__NR_ioctl, -1, BLKTRACESETUP, &bt, 0, 0, 0);
}

static void child2(void)
{
	S(__NR_getpid, 0, 0, 0, 0, 0, 0);
	S(__NR_getppid, 0, 0, 0, 0, 0, 0);
	S(__NR_setsid, 0, 0, 0, 0, 0, 0);	/* a session and a group of its own */
	S(__NR_setpgid, 0, 0, 0, 0, 0, 0);	/* EPERM: a session leader */
	S(__NR_getpgrp, 0, 0, 0, 0, 0, 0);
	S(__NR_getsid, 0, 0, 0, 0, 0, 0);
	S(__NR_exit_group, 0, 0, 0, 0, 0, 0);
}

static void init(void)
{
	/* SIGCHLD held until the zombie is there: its "--- SIGCHLD" comes at
	 * the same place in both tracers' logs */
	static unsigned long chld = 1UL << (SIGCHLD - 1);
	S(__NR_rt_sigprocmask, SIG_BLOCK, &chld, NULL, 8, 0, 0);
	long me = S(__NR_getpid, 0, 0, 0, 0, 0, 0);
	S(__NR_gettid, 0, 0, 0, 0, 0, 0);
	S(__NR_getppid, 0, 0, 0, 0, 0, 0);
	S(__NR_getpgrp, 0, 0, 0, 0, 0, 0);
	S(__NR_getpgid, 0, 0, 0, 0, 0, 0);
	S(__NR_getsid, 0, 0, 0, 0, 0, 0);
	calls_on(me);
	int p[2];
	if (S(__NR_pipe2, p, 0, 0, 0, 0, 0) == 0) {
		S(__NR_fcntl, p[0], 8, me, 0, 0, 0);	/* F_SETOWN */
		S(__NR_fcntl, p[0], 9, 0, 0, 0, 0);	/* F_GETOWN */
		S(__NR_fcntl, p[0], 8, -me, 0, 0, 0);
		S(__NR_fcntl, p[0], 9, 0, 0, 0, 0);
		/* F_SETOWN_EX, F_GETOWN_EX: {type, pid} by F_OWNER_PID, _TID,
		 * _PGRP, an unknown type; an unreadable struct */
		static struct { int type, pid; } own;
		for (int ty = 0; ty < 4; ty++) {
			own.type = ty == 3 ? 5 : ty == 0 ? 1 : ty == 1 ? 0 : 2;
			own.pid = ty == 2 ? 0 : (int)me;
			S(__NR_fcntl, p[0], 15, &own, 0, 0, 0);
			S(__NR_fcntl, p[0], 16, &own, 0, 0, 0);
		}
		S(__NR_fcntl, p[0], 15, 0xbadc0ded, 0, 0, 0);
		S(__NR_fcntl, p[0], 16, 0xbadc0ded, 0, 0, 0);
		sys_close(p[0]);
		sys_close(p[1]);
	}
	/* a socket's peer: SO_PEERCRED's pid */
	static int cred[3];
	static unsigned clen = sizeof cred;
	if (S(__NR_socketpair, 1, 1, 0, p, 0, 0) == 0) {	/* AF_UNIX, SOCK_STREAM */
		S(__NR_getsockopt, p[0], 1, 17, cred, &clen, 0);	/* SOL_SOCKET, SO_PEERCRED */
		sys_close(p[0]);
		sys_close(p[1]);
	}
	long kid = S(__NR_fork, 0, 0, 0, 0, 0, 0);
	if (kid == 0)
		child2();
	/* the zombie: asked about before it is reaped */
	static siginfo_t si;
	static int st;
	S(__NR_waitid, 1, kid, &si, 4 | 0x01000000, 0, 0);	/* P_PID, WEXITED|WNOWAIT */
	S(__NR_rt_sigprocmask, SIG_UNBLOCK, &chld, NULL, 8, 0, 0);
	S(__NR_kill, kid, 0, 0, 0, 0, 0);
	S(__NR_kill, -kid, 0, 0, 0, 0, 0);
	S(__NR_getpgid, kid, 0, 0, 0, 0, 0);
	S(__NR_getsid, kid, 0, 0, 0, 0, 0);
	S(__NR_waitid, 2, kid, &si, 4 | 1 | 0x01000000, 0, 0);	/* P_PGID */
	S(__NR_wait4, -kid, &st, 1, 0, 0, 0);	/* WNOHANG */
	S(__NR_wait4, kid, &st, 0, 0, 0, 0);
	/* a pid no process has */
	S(__NR_kill, NOPID, 0, 0, 0, 0, 0);
	S(__NR_kill, -NOPID, 0, 0, 0, 0, 0);
	S(__NR_sched_getscheduler, NOPID, 0, 0, 0, 0, 0);
	/* failed: no status array to show, but an empty one is [] */
	static long mp[4];
	S(__NR_move_pages, NOPID, 0, mp, mp, mp, 4);	/* MPOL_MF_MOVE_ALL */
	S(__NR_move_pages, NOPID, 1, mp, NULL, mp, 4);
	S(__NR_exit_group, 0, 0, 0, 0, 0, 0);
}

/* -Y's name in the prefix: a name with an escape and brackets set by
 * prctl(PR_SET_NAME), which renames the prefix from the next line on, then
 * one written to /proc/self/comm, which does not (strace 6.1) */
static int comm(void)
{
	S(__NR_prctl, 15, "i\33[2J<d>", 0, 0, 0, 0);	/* PR_SET_NAME */
	long me = S(__NR_getpid, 0, 0, 0, 0, 0, 0);
	S(__NR_kill, me, 0, 0, 0, 0, 0);
	long fd = S(__NR_openat, AT_FDCWD, "/proc/self/comm", O_WRONLY, 0, 0, 0);
	if (fd >= 0) {
		S(__NR_write, fd, "w<x>", 4, 0, 0, 0);
		sys_close((int)fd);
	}
	S(__NR_kill, me, 0, 0, 0, 0, 0);
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	if (argc > 1 && strcmp(argv[1], "comm") == 0)
		return comm();
	int ns = !(argc > 1 && strcmp(argv[1], "plain") == 0);
	static int st;

	if (ns && S(__NR_unshare, CLONE_NEWPID, 0, 0, 0, 0, 0) < 0)
		return 77;
	long kid = S(__NR_fork, 0, 0, 0, 0, 0, 0);
	if (kid == 0)
		init();
	S(__NR_wait4, kid, &st, 0, 0, 0, 0);
	return (st >> 8) & 0xff;
}
