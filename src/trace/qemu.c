/* src/trace/qemu.c — --qemu: trace a program that runs under qemu-x86_64,
 * through QEMU's gdbstub instead of ptrace (which qemu-user does not give
 * its guests).
 *
 *   trace                                  qemu-x86_64 -g SOCK -0 NAME PROG ARGS
 *   -----                                  ----------------------------------
 *   fork, exec qemu ---------------------> loads PROG, listens on SOCK, waits
 *   connect(SOCK); qSupported; ?
 *   QCatchSyscalls:1 (QEMU 9.0 or later)
 *   vCont;c  ----------------------------> runs to its next system call
 *            <---------------------------- T05...syscall_entry:NR
 *   g: number and arguments; m: what the decoders read; print the entry
 *   vCont;c  ----------------------------> QEMU does the call
 *            <---------------------------- T05...syscall_return:NR
 *   Z0 on the next instruction, vCont;c, p0 (rax), z0; print the result
 *
 * So a call costs 7 requests (vCont;c g vCont;c Z0 vCont;c p0 z0) in 5
 * round trips to QEMU (Z0 and p0 each share a write with the next request:
 * gr_send2), and one m for each buffer a decoder shows (rt_sigreturn one
 * more: p10, where it returns to).
 *   ...      <---------------------------- W00 (exited), X09 (killed)
 *
 * Why the breakpoint: QEMU reports syscall_return before it puts the
 * result in rax (the register still holds the call's number). Stopping on
 * the instruction after the syscall, before it runs, shows rax as the
 * program gets it. A signal that comes first stops there instead, with
 * rax already set; a restarted call comes back to its entry instead.
 *
 * The printing is loop.c's and the decoders' own; only memory reads go
 * through m packets (umove_hook in mem.c).
 *
 * What QEMU's gdbstub cannot do, trace refuses: -p (it debugs only the
 * program it starts) and -f: QEMU 10 offers fork-events+ (not
 * vfork-events+) and then follows the parent or the child, detaching the
 * other, never both. Without fork-events (trace does not ask for them) a
 * forked child's QEMU closes its copy of the connection and runs free, as
 * strace without -f lets children run: nothing is said. A second thread
 * cannot be followed safely (let_go): trace shows the clone, says so once
 * and lets the program finish. After an execve the new program runs
 * without the gdbstub: trace says so and waits for it.
 */
#include "trace.h"
#include <linux/un.h>
#include <linux/prctl.h>
#include <linux/sched.h>

#define AF_UNIX 1		/* <sys/socket.h>'s; UAPI exports only sockaddr_un */
#define SOCK_STREAM 1

static struct gdbr G;
static int qemu_pid;
static int vcont;		/* the stub offers vCont: resume with vCont;c */
static unsigned long entry_rip;	/* where the call's syscall instruction returns to */
static long nr_rt_sigreturn, nr_clone, nr_clone3;
static unsigned long packet_size = 256;	/* the longest packet the stub takes */
static int siginfo_ok;		/* ...and qXfer:siginfo:read */

/* GDB numbers signals its own way (gdb/signals.def); the stub's stop
 * packets use those numbers. Index: GDB's number; value: Linux's. */
static const unsigned char gdb_sig[] = {
	[1] = SIGHUP, [2] = SIGINT, [3] = SIGQUIT, [4] = SIGILL, [5] = SIGTRAP,
	[6] = SIGABRT, [8] = SIGFPE, [9] = SIGKILL, [10] = SIGBUS, [11] = SIGSEGV,
	[12] = SIGSYS, [13] = SIGPIPE, [14] = SIGALRM, [15] = SIGTERM, [16] = SIGURG,
	[17] = SIGSTOP, [18] = SIGTSTP, [19] = SIGCONT, [20] = SIGCHLD, [21] = SIGTTIN,
	[22] = SIGTTOU, [23] = SIGIO, [24] = SIGXCPU, [25] = SIGXFSZ, [26] = SIGVTALRM,
	[27] = SIGPROF, [28] = SIGWINCH, [30] = SIGUSR1, [31] = SIGUSR2, [32] = SIGPWR,
};

static int linux_sig(unsigned long g)
{
	if (g < sizeof gdb_sig && gdb_sig[g])
		return gdb_sig[g];
	if (g >= 45 && g <= 75)	/* GDB_SIGNAL_REALTIME_33..63 */
		return (int)g - 12;
	if (g == 77)		/* GDB_SIGNAL_REALTIME_32 */
		return 32;
	return 0;
}

/* The stub broke the protocol, or went away: say so once, end QEMU. */
static int broken(void)
{
	int st;

	if (line_col())
		prs("\n");	/* the call's line is left open: end it */
	out_flush(tout);
	out_printf(sg_stderr, "%s: qemu gdbstub: %s\n", sg_progname, G.err);
	out_flush(sg_stderr);
	if (qemu_pid > 0) {
		sys_kill(qemu_pid, SIGKILL);
		sys_wait4(qemu_pid, &st, 0, NULL);
	}
	return -1;
}

/* the decoders' reads */
static int qemu_umove(unsigned long addr, void *buf, size_t len)
{
	stats.readv++;
	int r = gr_read_mem(&G, addr, buf, len);
	if (r == -2) {
		broken();
		exit(1);
	}
	if (r == 0)
		stats.bytes += len;
	return r;
}

static const char *on_path(const char *name)
{
	static char path[4096];
	struct stat st;
	const char *p = getenv("PATH");

	if (strchr(name, '/'))
		return name;
	if (!p)
		p = "/bin:/usr/bin";
	while (*p) {
		const char *e = strchr(p, ':');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n && n + strlen(name) + 2 < sizeof path) {
			memcpy(path, p, n);
			path[n] = '/';
			strlcpy(path + n + 1, name, sizeof path - n - 1);
			if (sys_newfstatat(AT_FDCWD, path, &st, 0) == 0 && (st.st_mode & 0111))
				return path;
		}
		p += n + (e != NULL);
	}
	return NULL;
}

/* --qemu=PATH, else $SG_QEMU_BIN, else qemu-x86_64 on PATH; NULL after
 * saying why */
const char *qemu_find(const char *given)
{
	const char *q = given && *given ? given : getenv("SG_QEMU_BIN");
	const char *p = on_path(q && *q ? q : "qemu-x86_64");
	struct stat st;

	if (p && sys_newfstatat(AT_FDCWD, p, &st, 0) == 0 && (st.st_mode & 0111))
		return p;
	out_printf(sg_stderr, "%s: %s: no such program%s\n", sg_progname, q && *q ? q : "qemu-x86_64",
		   given && *given ? "" : " in PATH (--qemu=PATH names one)");
	return NULL;
}

/* Options QEMU's gdbstub cannot serve: one line, and trace ends. */
int qemu_refuse(int npids)
{
	if (npids) {
		out_printf(sg_stderr, "%s: -p cannot be used with --qemu: QEMU's gdbstub "
			"debugs only the program it starts\n", sg_progname);
		return -1;
	}
	if (opt_follow) {
		out_printf(sg_stderr, "%s: -f cannot be used with --qemu: QEMU's gdbstub "
			"follows one side of a fork (parent or child), not both\n", sg_progname);
		return -1;
	}
	return 0;
}

/* A private directory for the socket: /tmp/trace-qemu.RANDOM, mode 0700. */
static int make_dir(char *dir, size_t n)
{
	const char *tmp = getenv("TMPDIR");
	unsigned char r[8];

	if (!tmp || !*tmp)
		tmp = "/tmp";
	for (int tries = 0; tries < 10; tries++) {
		if (sys_getrandom(r, sizeof r, 0) != sizeof r)
			return -1;
		snprintf(dir, n, "%s/trace-qemu.%02x%02x%02x%02x%02x%02x%02x%02x", tmp, r[0], r[1],
			 r[2], r[3], r[4], r[5], r[6], r[7]);
		long e = sys_mkdirat(AT_FDCWD, dir, 0700);
		if (e == 0)
			return 0;
		if (e != -EEXIST) {
			out_printf(sg_stderr, "%s: %s: %s\n", sg_progname, dir, strerror((int)-e));
			return -1;
		}
	}
	return -1;
}

/* Connect once QEMU listens; it starts listening after loading PROG. */
static int connect_stub(const char *sock)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	struct timespec nap = { 0, 5000000 };
	int st;

	/* a loaded machine may take seconds to start QEMU: 5 s more than a reply */
	uint64_t end = mono_ns() + ((uint64_t)G.timeout + 5000) * 1000000;

	strlcpy(a.sun_path, sock, sizeof a.sun_path);
	while (mono_ns() < end) {
		long fd = sys_socket(AF_UNIX, SOCK_STREAM | O_CLOEXEC, 0);
		if (fd < 0) {
			snprintf(G.err, sizeof G.err, "socket: %s", strerror((int)-fd));
			return -1;
		}
		if (sys_connect((int)fd, &a, sizeof a) == 0)
			return (int)fd;
		sys_close((int)fd);
		long w = sys_wait4(qemu_pid, &st, WNOHANG, NULL);
		if (w == qemu_pid) {
			qemu_pid = 0;
			snprintf(G.err, sizeof G.err, "QEMU exited (status %d) before it took a "
				 "connection", (st & 0x7f) ? 128 + (st & 0x7f) : (st >> 8) & 0xff);
			return -1;
		}
		sys_nanosleep(&nap, NULL);
	}
	snprintf(G.err, sizeof G.err, "QEMU did not listen on %s within %d ms", sock,
		 G.timeout + 5000);
	return -1;
}

/* qSupported: which features this stub has. */
static int handshake(const char *qemu)
{
	if (gr_cmd(&G, "qSupported:swbreak+;hwbreak+") < 0)
		return broken();
	int catch = 0, noack = 0;
	G.maxread = 256;
	for (char *f = G.pkt; *f;) {
		char *e = strchr(f, ';');
		if (e)
			*e = 0;
		unsigned long v;
		if (str_starts(f, "PacketSize=") && gr_hex(f + 11, NULL, &v) == 0 && v > 64) {
			packet_size = v;
			G.maxread = (v < GR_MAX ? v - 16 : GR_MAX - 16) / 2;
		}
		catch |= strcmp(f, "QCatchSyscalls+") == 0;
		noack |= strcmp(f, "QStartNoAckMode+") == 0;
		vcont |= strcmp(f, "vContSupported+") == 0;
		siginfo_ok |= strcmp(f, "qXfer:siginfo:read+") == 0;
		f = e ? e + 1 : f + strlen(f);
	}
	if (!catch) {
		out_printf(sg_stderr, "%s: %s cannot stop a program at its system calls: "
			   "--qemu needs QEMU 9.0 or later (QCatchSyscalls)\n", sg_progname, qemu);
		sys_kill(qemu_pid, SIGKILL);
		sys_wait4(qemu_pid, NULL, 0, NULL);
		return -1;
	}
	if (noack) {
		if (gr_ok(&G, "QStartNoAckMode") < 0)
			return broken();
		G.noack = 1;
	}
	return 0;
}

/* QCatchSyscalls:1 stops at every call; with -e trace= only at those
 * selected (the gdbstub's counterpart of the seccomp filter). */
static int catch_syscalls(void)
{
	static char req[GR_MAX];
	size_t n = (size_t)snprintf(req, sizeof req, "QCatchSyscalls:1");
	int all = 1;

	for (int i = 0; i < NSYS; i++)
		if (systab[i].name && !trace_set[i])
			all = 0;
	/* clone and clone3 always: a thread must be seen starting (see
	 * let_go), whether or not its line is shown */
	for (int i = 0; !all && i < NSYS && n + 8 < sizeof req; i++)
		if (!systab[i].name || trace_set[i] || i == nr_clone || i == nr_clone3)
			n += (size_t)snprintf(req + n, sizeof req - n, ";%x", i);
	/* a list too long for the stub: stop at every call, and syscall_entry
	 * (loop.c) leaves out those not selected */
	if (n + 8 > packet_size || n + 8 >= sizeof req)
		req[16] = 0;
	return gr_ok(&G, req);
}

enum { S_ENTRY, S_RETURN, S_SIGNAL, S_TRAP, S_EXITED, S_KILLED };
struct stop {
	int kind;
	unsigned long sig;	/* GDB's number */
	unsigned long nr;	/* S_ENTRY, S_RETURN: the call; S_EXITED: the status */
	unsigned long tid;
};

/* A stop packet: T05thread:p1d.1d;syscall_entry:e7; W00 X09 S05 ... */
static int parse_stop(struct stop *s)
{
	const char *p = G.pkt + 1, *e;

	memset(s, 0, sizeof *s);
	switch (G.pkt[0]) {
	case 'W':
	case 'X':
		if (gr_hex(p, &e, &s->nr) < 0 || (*e && *e != ';'))
			break;
		s->kind = G.pkt[0] == 'W' ? S_EXITED : S_KILLED;
		s->sig = s->nr;
		return 0;
	case 'S':
	case 'T':
		if (gr_hex_le(p, 1, &s->sig) < 0)
			break;
		s->kind = s->sig == 5 ? S_TRAP : S_SIGNAL;
		for (p += 2; G.pkt[0] == 'T' && *p;) {
			const char *colon = strchr(p, ':'), *semi = colon ? strchr(colon, ';') : NULL;
			if (!semi)
				goto bad;
			const char *v = colon + 1;
			if (*v == 'p' && strchr(v, '.') && strchr(v, '.') < semi)
				v = strchr(v, '.') + 1;	/* multiprocess: pPID.TID */
			unsigned long x;
			size_t k = (size_t)(colon - p);
			int num = gr_hex(v, &e, &x) == 0 && e == semi;
			if (k == 6 && !memcmp(p, "thread", 6) && num)
				s->tid = x;
			else if (k == 13 && !memcmp(p, "syscall_entry", 13) && num)
				s->kind = S_ENTRY, s->nr = x;
			else if (k == 14 && !memcmp(p, "syscall_return", 14) && num)
				s->kind = S_RETURN, s->nr = x;
			else if ((k == 13 && !memcmp(p, "syscall_entry", 13)) ||
				 (k == 14 && !memcmp(p, "syscall_return", 14)) || (k == 6 && !memcmp(p, "thread", 6)))
				goto bad;
			p = semi + 1;
		}
		return 0;
	}
bad:
	snprintf(G.err, sizeof G.err, "malformed stop reply '%.60s'", G.pkt);
	return -1;
}

/* The reply to a resume: the next stop, however long the program runs. */
static int wait_stop(const char *req, struct stop *s)
{
	for (;;) {
		/* no limit: the program runs as long as it likes between calls */
		if (gr_recv(&G, -1) < 0)
			return -1;
		if (G.pkt[0] != 'O' || G.len == 1 || !strcmp(G.pkt, "OK"))
			break;	/* O...: the stub's console output, not a stop */
	}
	if (G.pkt[0] == 'E') {
		snprintf(G.err, sizeof G.err, "'%s' failed: %.20s", req, G.pkt);
		return -1;
	}
	return parse_stop(s);
}

/* The request that resumes (with GDB signal gsig, 0: none). */
static const char *resume_req(unsigned long gsig)
{
	static char req[32];

	if (gsig)
		snprintf(req, sizeof req, vcont ? "vCont;C%02lx" : "C%02lx", gsig);
	else
		snprintf(req, sizeof req, vcont ? "vCont;c" : "c");
	return req;
}

/* Resume and wait for the next stop. */
static int run_to_stop(unsigned long gsig, struct stop *s)
{
	const char *req = resume_req(gsig);

	if (gr_send(&G, req) < 0)
		return -1;
	return wait_stop(req, s);
}

/* The reply to the first of two pipelined requests must be OK. */
static int recv_ok(const char *req)
{
	if (gr_recv(&G, G.timeout) < 0 || gr_ack(&G) < 0)
		return -1;
	if (strcmp(G.pkt, "OK") != 0) {
		snprintf(G.err, sizeof G.err, "'%.20s': expected OK, got '%.40s'", req, G.pkt);
		return -1;
	}
	return 0;
}

/* A register's reply: 8 bytes, little-endian hex. */
static int reg_reply(const char *req, unsigned long *v)
{
	if (G.len != 16 || gr_hex_le(G.pkt, 8, v) < 0) {
		snprintf(G.err, sizeof G.err, "'%s': malformed register '%.40s'", req, G.pkt);
		return -1;
	}
	return 0;
}

/* One register by its number in GDB's amd64 layout (rax 0, rip 16). */
static int read_reg(int n, unsigned long *v)
{
	char req[8];

	snprintf(req, sizeof req, "p%x", n);
	if (gr_cmd(&G, req) < 0)
		return -1;
	return reg_reply(req, v);
}

/* The entry: number from the stop, arguments from g. GDB's amd64 order:
 * rax rbx rcx rdx rsi rdi rbp rsp r8..r15 rip, 8 bytes each. */
static int read_entry(struct tcb *t, unsigned long nr)
{
	static const int argreg[6] = { 5, 4, 3, 10, 8, 9 };	/* rdi rsi rdx r10 r8 r9 */

	if (gr_cmd(&G, "g") < 0)
		return -1;
	if (G.len < 17 * 16) {
		snprintf(G.err, sizeof G.err, "'g': %zu hex digits, not the %d of amd64's "
			 "registers", G.len, 17 * 16);
		return -1;
	}
	for (int i = 0; i < 6; i++)
		if (gr_hex_le(G.pkt + 16 * argreg[i], 8, &t->a[i]) < 0)
			goto bad;
	if (gr_hex_le(G.pkt + 16 * 7, 8, &t->sp) < 0 || gr_hex_le(G.pkt + 16 * 16, 8, &entry_rip) < 0)
		goto bad;
	t->nr = (long)nr;
	return 0;
bad:
	snprintf(G.err, sizeof G.err, "'g': a reply that is not hex");
	return -1;
}

/* A signal for the program: show it (siginfo from qXfer if the stub has
 * it), and hand it on at the resume. */
static void show_signal(struct tcb *t, unsigned long gsig)
{
	siginfo_t si;
	int got = 0;

	if (siginfo_ok && gr_cmd(&G, "qXfer:siginfo:read::0,80") == 0 &&
	    (G.pkt[0] == 'l' || G.pkt[0] == 'm') && G.len > 16) {
		memset(&si, 0, sizeof si);
		memcpy(&si, G.pkt + 1, G.len - 1 < sizeof si ? G.len - 1 : sizeof si);
		got = 1;
	}
	loop_ext_signal(t, linux_sig(gsig), got ? &si : NULL);
}

/* After syscall_return: run to the breakpoint on the next instruction and
 * read the result there. *s gets the stop that came. Z0 goes in one write
 * with the resume, and p0 with z0 (gr_send2): a call's seven requests take
 * five round trips. */
static int read_result(struct tcb *t, struct stop *s)
{
	unsigned long rax, rip = entry_rip, at = 0;
	char set[48], clr[48];
	int done = 0;

	/* rip at the entry stop is already past the syscall instruction; only
	 * rt_sigreturn returns elsewhere: to the registers it restored */
	if (t->nr == nr_rt_sigreturn && read_reg(16, &rip) < 0)
		return -1;
	snprintf(set, sizeof set, "Z0,%lx,1", rip);
	snprintf(clr, sizeof clr, "z0,%lx,1", rip);
	if (gr_send2(&G, set, resume_req(0)) < 0 || recv_ok(set) < 0 ||
	    wait_stop(resume_req(0), s) < 0)
		return -1;
	if (s->kind == S_SIGNAL) {
		/* a signal before the call returned: QEMU has either finished
		 * the call (rip past it, rax its result) or moved rip back onto
		 * the syscall instruction to run it again after the handler
		 * (its own ERESTARTSYS; rax still the call's number) */
		if (read_reg(16, &at) < 0)
			return -1;
	}
	if (s->kind == S_SIGNAL && at == entry_rip - 2) {
		t->ret = -512;	/* ERESTARTSYS: the call comes again */
	} else if (s->kind == S_TRAP || s->kind == S_SIGNAL) {
		if (gr_send2(&G, "p0", clr) < 0 || gr_recv(&G, G.timeout) < 0 ||
		    gr_ack(&G) < 0 || reg_reply("p0", &rax) < 0 || gr_recv(&G, G.timeout) < 0)
			return -1;
		if (strcmp(G.pkt, "OK") != 0) {
			snprintf(G.err, sizeof G.err, "'%s': expected OK, got '%.40s'", clr, G.pkt);
			return -1;
		}
		done = 1;	/* its ack goes with the next request */
		t->ret = (long)rax;
	} else if (s->kind == S_ENTRY) {
		t->ret = -512;	/* restarted: ERESTARTSYS, as the kernel says */
	} else {
		return 0;	/* the process is gone: no result */
	}
	if (!done && gr_ok(&G, clr) < 0)
		return -1;
	loop_ext_exit(t);
	if (s->kind == S_TRAP)
		s->kind = -1;	/* our breakpoint: nothing more to do */
	return 0;
}

/* The connection closed without a W or X: a signal whose default action
 * ends the process (SIGTERM, SIGKILL...) is left by QEMU to the host
 * kernel, which ends QEMU itself, with no stop to report. Its status is the
 * program's. Anything else is the stub's failure. */
static int gone(struct tcb *t)
{
	struct timespec nap = { 0, 5000000 };
	uint64_t end = mono_ns() + (uint64_t)G.timeout * 1000000;
	int st;

	/* An execve that worked: QEMU has replaced itself with the new program
	 * (the host runs it, natively or through binfmt_misc), without its
	 * gdbstub. Nothing more can be seen; its status is still the program's. */
	if (G.eof && t->insyscall && t->nr == sys_lookup("execve")) {
		t->ret = 0;	/* a failed execve returns to the program, under QEMU too */
		loop_ext_exit(t);
		out_flush(tout);
		out_printf(sg_stderr, "%s: the program called execve: QEMU's gdbstub does not "
			"follow it, its calls are not shown\n", sg_progname);
		out_flush(sg_stderr);
		while (sys_wait4(qemu_pid, &st, 0, NULL) == -EINTR)
			;
		qemu_pid = 0;
		return loop_ext_end(t, st);
	}
	while (G.eof && mono_ns() < end) {
		if (sys_wait4(qemu_pid, &st, WNOHANG, NULL) == qemu_pid) {
			qemu_pid = 0;
			if ((st & 0x7f) && (st & 0x7f) != 0x7f)	/* killed by a signal */
				return loop_ext_end(t, st);
			snprintf(G.err, sizeof G.err, "QEMU exited (status %d) without reporting "
				 "the program's end", (st >> 8) & 0xff);
			break;
		}
		sys_nanosleep(&nap, NULL);
	}
	return broken();
}

/* Does this call start a thread? clone's flags are its first argument,
 * clone3's the first field of the structure it points to. -1: the stub
 * failed. */
static int starts_thread(const struct tcb *t)
{
	unsigned long flags = 0;

	if (t->nr == nr_clone)
		flags = t->a[0];
	else if (t->nr == nr_clone3 && gr_read_mem(&G, t->a[0], &flags, sizeof flags) == -2)
		return -1;
	return (flags & CLONE_THREAD) != 0;
}

/* qfThreadInfo, qsThreadInfo...: a thread other than main_tid, 0 if none. */
static int other_thread(unsigned long main_tid, unsigned long *tid)
{
	const char *req = "qfThreadInfo";

	*tid = 0;
	for (int i = 0; i < 4096; i++, req = "qsThreadInfo") {
		if (gr_cmd(&G, req) < 0)
			return -1;
		if (G.pkt[0] == 'l')
			return 0;
		if (G.pkt[0] != 'm')
			goto bad;
		for (const char *p = G.pkt + 1, *e;; p = e + 1) {
			unsigned long v;
			if (*p == 'p' && (p = strchr(p, '.')) != NULL)
				p++;	/* multiprocess: pPID.TID */
			if (!p || gr_hex(p, &e, &v) < 0)
				goto bad;
			if (v != main_tid && !*tid)
				*tid = v;
			if (*e != ',')
				break;
		}
	}
bad:
	snprintf(G.err, sizeof G.err, "'%s': malformed thread list '%.40s'", req, G.pkt);
	return -1;
}

/* The program has a second thread: let it run on untraced, and say so.
 *
 * QEMU 10's user-mode gdbstub has one connection and one "stop reported"
 * flag for all threads. When a second thread reaches a system call while
 * the first one's stop is being handled, it stops without a stop packet
 * and waits on the socket too; the next resume wakes only one of them, and
 * the other sleeps until a packet comes - which may be never, if the
 * thread that runs is waiting for it (a futex, a join). Its calls are lost
 * and the trace can hang. strace without -f shows only the first thread;
 * that cannot be had here either (QCatchSyscalls stops every thread). So
 * trace stops catching, detaches (D) and closes the connection, which ends
 * every thread's wait, and waits for the program's end. */
static int let_go(struct tcb *t)
{
	int st;

	if (line_col())
		prs("\n");	/* a call left unfinished */
	out_flush(tout);
	out_printf(sg_stderr, "%s: the program started a thread: QEMU's gdbstub loses calls "
		"when two threads stop at once, so the rest runs untraced\n", sg_progname);
	out_flush(sg_stderr);
	/* not D: QEMU 10 crashes (an internal SIGSEGV) when its only
	 * process detaches. Closing the connection alone lets every thread go;
	 * QCatchSyscalls:0 first, so that none stops in the meantime (best
	 * effort: the connection closes anyway). */
	gr_ok(&G, "QCatchSyscalls:0");
	sys_close(G.fd);
	while (sys_wait4(qemu_pid, &st, 0, NULL) == -EINTR)
		;
	qemu_pid = 0;
	return loop_ext_end(t, st);
}

/* At the entry of a clone that makes a thread (one thread so far): stop
 * only at clone's return, which only the calling thread reports (the new
 * one starts past it), and take the new thread's id from the stub's
 * thread list: at syscall_return rax does not hold the result yet, and
 * the breakpoint read_result sets would stop both threads. Only if the
 * list has no second thread (the clone failed, or the thread has ended
 * already) is the result read as usual. 1: the clone failed, go on
 * tracing (*s is the next stop); 0: a thread was made, let_go is next,
 * always - even one that has ended already, so that a program's trace
 * does not depend on how fast its thread ran. */
static int clone_thread(struct tcb *t, unsigned long main_tid, struct stop *s)
{
	char req[32];
	unsigned long tid;

	snprintf(req, sizeof req, "QCatchSyscalls:1;%lx", (unsigned long)t->nr);
	if (gr_ok(&G, req) < 0 || run_to_stop(0, s) < 0)
		return -1;
	if (s->kind != S_RETURN || (s->tid && main_tid && s->tid != main_tid))
		return 0;	/* a signal came first: the call stays unfinished */
	if (other_thread(main_tid, &tid) < 0)
		return -1;
	if (tid) {
		t->ret = (long)tid;
		loop_ext_exit(t);
		return 0;
	}
	if (catch_syscalls() < 0 || read_result(t, s) < 0)
		return -1;
	return t->insyscall || t->ret < 0;
}

static int stop_loop(void)
{
	struct stop s;
	struct tcb *t;
	unsigned long main_tid, gsig = 0;
	int r;

	if (gr_cmd(&G, "?") < 0 || parse_stop(&s) < 0)
		return broken();
	main_tid = s.tid;
	nr_rt_sigreturn = sys_lookup("rt_sigreturn");
	nr_clone = sys_lookup("clone");
	nr_clone3 = sys_lookup("clone3");
	if (catch_syscalls() < 0)
		return broken();
	t = loop_ext_begin(qemu_pid);
	for (;;) {
		if (run_to_stop(gsig, &s) < 0)
			return gone(t);
		gsig = 0;
again:
		if (s.kind == S_EXITED || s.kind == S_KILLED) {
			/* let QEMU finish its exit first: its output is flushed */
			sys_wait4(qemu_pid, NULL, 0, NULL);
			return loop_ext_end(t, s.kind == S_EXITED ? (int)(s.nr & 0xff) << 8
						: linux_sig(s.sig));
		}
		/* a thread we did not see start (clone is always caught: a
		 * safety net) */
		if (s.tid && main_tid && s.tid != main_tid)
			return let_go(t);
		stats.stops++;
		if (s.kind == S_ENTRY) {
			if (read_entry(t, s.nr) < 0)
				return broken();
			loop_ext_entry(t);
			if ((r = starts_thread(t)) < 0)
				return broken();
			if (r) {
				if ((r = clone_thread(t, main_tid, &s)) < 0)
					return gone(t);
				if (r == 0)
					return let_go(t);
				if (s.kind >= 0)
					goto again;
			}
		} else if (s.kind == S_RETURN) {
			if (!t->insyscall)
				continue;	/* a call whose entry we did not see */
			if (read_result(t, &s) < 0)
				return gone(t);
			if (s.kind >= 0)
				goto again;
		} else if (s.kind == S_SIGNAL) {
			show_signal(t, s.sig);
			gsig = s.sig;
		}
	}
}

int qemu_run(const char *qemu, char *path, char **argv)
{
	static char dir[4200], sock[4300];
	static char *qargv[4096];
	const char *tm = getenv("TRACE_QEMU_TIMEOUT");
	int64_t ms;
	int n = 0;

	/* how long a reply may take (ms): the tests make it short */
	G.timeout = tm && parse_i64(tm, 10, &ms) == 0 && ms > 0 && ms < 3600000 ? (int)ms : 20000;
	if (make_dir(dir, sizeof dir) < 0)
		return -1;
	snprintf(sock, sizeof sock, "%s/gdb", dir);
	qargv[n++] = "qemu-x86_64";
	qargv[n++] = "-g";
	qargv[n++] = sock;
	qargv[n++] = "-0";	/* the program's argv[0], as typed */
	qargv[n++] = argv[0];
	qargv[n++] = path;
	for (int i = 1; argv[i] && n < 4095; i++)
		qargv[n++] = argv[i];
	qargv[n] = NULL;
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid < 0)
		error(1, (int)-pid, "fork");
	if (pid == 0) {
		/* if trace dies, so does QEMU (ptrace's PTRACE_O_EXITKILL) */
		sys_prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
		long r = sys_execve(qemu, qargv, sg_environ);
		out_printf(sg_stderr, "%s: exec %s: %s\n", sg_progname, qemu, strerror((int)-r));
		out_flush(sg_stderr);
		sys_exit_group(1);
	}
	qemu_pid = (int)pid;
	sig_action(SIGINT, SIG_IGN, 0);	/* ^C is the program's: see loop.c */
	sig_action(SIGQUIT, SIG_IGN, 0);
	G.fd = connect_stub(sock);
	/* connected (or not): the socket and its directory have done their job */
	sys_unlinkat(AT_FDCWD, sock, 0);
	sys_unlinkat(AT_FDCWD, dir, AT_REMOVEDIR);
	if (G.fd < 0)
		return broken();
	if (handshake(qemu) < 0)
		return -1;
	umove_hook = qemu_umove;
	if (opt_count)
		opt_wall = 1;	/* the tracee's CPU time is QEMU's: time by the clock */
	return stop_loop();
}

/* trace found itself under qemu-user (no ptrace): the same, said once */
int qemu_auto(char *path, char **argv, int npids)
{
	out_printf(sg_stderr, "%s: ptrace is not available under qemu-user: tracing through "
		"QEMU's gdbstub instead (--qemu)\n", sg_progname);
	out_flush(sg_stderr);
	const char *q = qemu_refuse(npids) < 0 ? NULL : qemu_find(NULL);
	return q ? qemu_run(q, path, argv) : -1;
}
