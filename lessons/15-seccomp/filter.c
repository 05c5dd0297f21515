/* lessons/15-seccomp/filter.c — a seccomp filter written by hand, installed
 * in a child, and each of its verdicts seen from the inside.
 *
 *   1. the filter: a classic-BPF program, printed with what each line means
 *   2. install it: prctl(PR_SET_NO_NEW_PRIVS), seccomp(SECCOMP_SET_MODE_FILTER),
 *      and /proc/self/status before and after
 *   3. each verdict: ALLOW, ERRNO, an argument test, TRACE with no tracer,
 *      LOG, TRAP (a SIGSYS the program catches: si_syscall, si_arch,
 *      si_call_addr), KILL_PROCESS (the child dies by SIGSYS)
 *   4. inherited, never removed: a grandchild has the filter; the parent not
 *
 *   filter            parts 2-4 in a child; the parent reports its death
 *   filter --inside   parts 2-4 in this process, which dies by SIGSYS
 *
 * Everything filtered happens in a child (fork), so that the parent stays
 * free to report how the child ended. Under qemu-user seccomp(2) is not
 * implemented (ENOSYS on QEMU 7.2 and 10.0): part 2 says so and stops.
 */
#include "sg.h"
#include "bpf.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>
#include <linux/socket.h>
#include <asm/unistd.h>
#include <linux/fcntl.h>

#define AF_UNIX 1
#define AF_INET 2
#define SOCK_STREAM 1
#define X32_BIT 0x40000000u

#define LD(off)		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, (off))
#define JEQ(k, t, f)	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (k), (t), (f))
#define JGE(k, t, f)	BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, (k), (t), (f))
#define RET(k)		BPF_STMT(BPF_RET | BPF_K, (k))

static struct sock_filter prog[] = {
	/*  0 */ LD(4),				/* arch */
	/*  1 */ JEQ(AUDIT_ARCH_X86_64, 1, 0),
	/*  2 */ RET(SECCOMP_RET_KILL_PROCESS),	/* int 0x80: i386 numbers mean other calls */
	/*  3 */ LD(0),				/* nr */
	/*  4 */ JGE(X32_BIT, 0, 1),
	/*  5 */ RET(SECCOMP_RET_KILL_PROCESS),	/* x32's numbers: also another table */
	/*  6 */ JEQ(__NR_mkdirat, 0, 1),
	/*  7 */ RET(SECCOMP_RET_ERRNO | 30),	/* EROFS */
	/*  8 */ JEQ(__NR_umask, 0, 1),
	/*  9 */ RET(SECCOMP_RET_TRACE | 7),
	/* 10 */ JEQ(__NR_getppid, 0, 1),
	/* 11 */ RET(SECCOMP_RET_LOG),
	/* 12 */ JEQ(__NR_uname, 0, 1),
	/* 13 */ RET(SECCOMP_RET_TRAP | 42),
	/* 14 */ JEQ(__NR_ptrace, 0, 1),
	/* 15 */ RET(SECCOMP_RET_KILL_PROCESS),
	/* 16 */ JEQ(__NR_socket, 0, 3),
	/* 17 */ LD(16),			/* args[0] (low half): the domain */
	/* 18 */ JEQ(AF_UNIX, 1, 0),
	/* 19 */ RET(SECCOMP_RET_ERRNO | 97),	/* EAFNOSUPPORT */
	/* 20 */ RET(SECCOMP_RET_ALLOW),
};
#define NPROG (int)(sizeof prog / sizeof prog[0])

static void say(const char *what, long r)
{
	if (sys_failed(r))
		printf("  %-42s = %ld (%s)\n", what, r, errno_name((int)-r));
	else
		printf("  %-42s = %ld\n", what, r);
}

/* one call under the filter: what the filter says, what the call returned */
static void verdict(const char *call, const char *action, long r)
{
	char what[64];

	snprintf(what, sizeof what, "%-30s %s", call, action);
	say(what, r);
}

/* the Seccomp lines of /proc/self/status (and NoNewPrivs) */
static int inside;	/* --inside: no /proc/self/status (its length varies
			 * with the tracer's pid), no grandchild */

static void status(const char *when)
{
	static char buf[4096];

	if (inside)
		return;
	long fd = sys_openat(AT_FDCWD, "/proc/self/status", O_RDONLY, 0), n = 0, r;
	if (sys_failed(fd))
		return;
	while (n < (long)sizeof buf - 1 && (r = sys_read((int)fd, buf + n, sizeof buf - 1 - n)) > 0)
		n += r;
	sys_close((int)fd);
	buf[n] = 0;
	printf("  %-12s", when);
	for (char *l = buf; *l; ) {
		char *e = strchr(l, '\n');
		if (!e)
			break;
		*e = 0;
		if (str_starts(l, "NoNewPrivs:") || str_starts(l, "Seccomp:") || str_starts(l, "Seccomp_filters:")) {
			char *v = strchr(l, '\t');
			if (!v)
				break;
			*v++ = 0;
			printf(" %s %s", l, v);
		}
		l = e + 1;
	}
	printf("\n");
}

static volatile int trapped;

/* SECCOMP_RET_TRAP: the call did not run; the kernel sent SIGSYS instead */
static void on_sigsys(int sig, siginfo_t *si, void *uc)
{
	long off = (char *)si->si_call_addr - (char *)(void *)sys_uname;

	trapped = 1;
	printf("    SIGSYS caught: si_code %d (SYS_SECCOMP), si_syscall %d (uname),\n      si_arch %#x (AUDIT_ARCH_X86_64),\n",
	       si->si_code, si->si_syscall, si->si_arch);
	printf("      si_errno %d (the filter's data), si_call_addr sys_uname+%ld (after its syscall)\n",
	       si->si_errno, off);
}

static void part1(void)
{
	char ins[64], why[96];

	printf("== 1. the filter: %d instructions, run by the kernel on every syscall entry\n", NPROG);
	printf("  pc  instruction                        meaning\n");
	for (int pc = 0; pc < NPROG; pc++) {
		bpf_insn_text(ins, sizeof ins, prog, pc);
		seccomp_insn_comment(why, sizeof why, prog, pc);
		printf("  %2d  %-34s %s\n", pc, ins, why);
	}
}

/* the child: install, then try each verdict; ends killed by its own filter */
static int child(long parent)
{
	struct sock_fprog fp = { NPROG, prog };
	struct new_utsname u;
	long r;

	printf("\n== 2. installing it (in a child, pid %ld)\n", sys_getpid());
	status("before:");
	say("prctl(PR_SET_NO_NEW_PRIVS, 1)", sys_prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
	r = sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp);
	say("seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp)", r);
	status("after:");
	if (r < 0) {
		printf("  no filter here: this machine's kernel (or emulator) does not run seccomp filters\n");
		return 3;
	}
	printf("\n== 3. each verdict\n");
	printf("  %-30s %-11s   result\n", "call", "verdict");
	verdict("getpid()", "ALLOW", sys_getpid());
	verdict("mkdirat(AT_FDCWD, \"/\", 0700)", "ERRNO", sys_mkdirat(AT_FDCWD, "/", 0700));
	r = sys_socket(AF_UNIX, SOCK_STREAM, 0);
	verdict("socket(AF_UNIX, SOCK_STREAM)", "ALLOW", r);
	if (r >= 0)
		sys_close((int)r);
	verdict("socket(AF_INET, SOCK_STREAM)", "ERRNO", sys_socket(AF_INET, SOCK_STREAM, 0));
	verdict("umask(022)", "TRACE", sys_umask(022));
	r = sys_getppid();
	verdict("getppid()", "LOG", r);
	printf("    it ran: the parent is %s\n", r == parent ? "that pid" : "another pid");
	printf("  %-30s %s\n", "uname(&u)", "TRAP");
	out_flush(sg_stdout);
	sys_uname(&u);		/* what rax holds after a trapped call is no result */
	printf("  the handler ran: %s\n", trapped ? "yes" : "no");

	printf("\n== 4. inherited\n");
	out_flush(sg_stdout);
	r = inside ? -1 : sys_fork();
	if (r == 0) {
		status("grandchild:");
		out_flush(sg_stdout);
		sys_exit_group(0);
	}
	if (r > 0)
		sys_wait4((int)r, NULL, 0, NULL);
	printf("  now ptrace(PTRACE_TRACEME): KILL_PROCESS\n");
	out_flush(sg_stdout);
	r = sys_ptrace(0, 0, NULL, NULL);
	printf("  still alive after ptrace: %ld\n", r);
	return 1;
}

int main(int argc, char **argv, char **envp)
{
	int st = 0;

	part1();
	out_flush(sg_stdout);
	/* --inside: parts 2-4 in this very process (for a tracer without -f);
	 * it ends killed by SIGSYS, as the child does */
	if (argc > 1 && strcmp(argv[1], "--inside") == 0) {
		inside = 1;
		if (sys_failed(sig_action(SIGSYS, (__sighandler_t)(void *)on_sigsys, SA_SIGINFO)))
			return 2;
		int r = child(sys_getppid());
		out_flush(sg_stdout);
		return r == 3 ? 0 : r;
	}
	long ppid = sys_getpid();
	long pid = sys_fork();
	if (pid == 0) {
		if (sys_failed(sig_action(SIGSYS, (__sighandler_t)(void *)on_sigsys, SA_SIGINFO)))
			sys_exit_group(2);
		int r = child(ppid);
		out_flush(sg_stdout);
		sys_exit_group(r);
	}
	if (sys_failed(pid))
		error(1, (int)-pid, "fork");
	sys_wait4((int)pid, &st, 0, NULL);
	if ((st & 0x7f) == 0 && (st >> 8 & 0xff) == 3)
		return 0;	/* no seccomp here: said so above */
	if ((st & 0x7f) == 0) {
		printf("  the child exited with status %d: the filter did not kill it\n", st >> 8 & 0xff);
		return 1;
	}
	printf("  the parent saw the child killed by signal %d (%s)\n", st & 0x7f, sig_name(st & 0x7f));
	status("parent:");
	return 0;
}
