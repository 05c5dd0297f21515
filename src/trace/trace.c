/* trace — show the system calls a program makes, the way strace prints them
 *
 * Usage: trace [OPTION]... PROG [ARG]...
 *    or: trace [OPTION]... -p PID [-p PID]... [PROG [ARG]...]
 *    or: trace --qemu[=QEMU] [OPTION]... PROG [ARG]...
 *
 * Run PROG with ARGs, stopping it at every system call (ptrace), and print
 * one line per call on standard error: its name, its arguments decoded as
 * strace 6 decodes them, and its result.
 *
 * The long forms are strace 6.1's (strace -h), e.g. --trace=, --output=.
 *
 *   -o FILE, --output=FILE  write the trace to FILE instead of standard error
 *   -A, --output-append-mode  append to FILE instead of emptying it
 *   -s N           show at most N bytes of each string (default 32; any N:
 *                  -s 1000000 prints a megabyte); paths up to 4,095 bytes
 *   -a N, --columns=N  line the results up at column N (default 40)
 *   -e trace=LIST, --trace=LIST  show only these calls: names separated by
 *                  commas, !LIST for all but them, classes %file %process
 *                  %network %signal %desc %memory %ipc %creds %clock %pure,
 *                  %stat %lstat %fstat %%stat %statfs %fstatfs %%statfs,
 *                  all, none, /REGEX (POSIX extended: the calls whose name
 *                  it matches), ?NAME (no error if unknown), NAME@64 (@32,
 *                  @x32: other personalities, which match no x86-64 call);
 *                  "trace=" may be left out. With -f --seccomp-bpf the
 *                  other calls do not even stop: see below
 *   -P PATH, --trace-path=PATH  show only the calls that access PATH (-P
 *                  again: any of them): a path argument that is PATH as
 *                  given or as it resolves (a relative PATH from trace's
 *                  directory, symbolic links followed: "trace: Requested
 *                  path "via" resolved into "/tmp/f"", which only -e
 *                  quiet=path-resolution silences), compared as the program
 *                  passes it ("./f" is not "f"); a descriptor argument that
 *                  /proc/PID/fd says is PATH (read, close, mmap's, both of
 *                  dup2's and sendfile's, openat's dirfd, select's and poll's
 *                  sets, epoll_ctl's third...), as strace 6.1 chooses them.
 *                  Calls that make a descriptor from nothing (pipe, socket)
 *                  never match; signals and exits are still shown
 *   -e raw=LIST, --raw=LIST  these calls' arguments and result in hex
 *   -e read=FDS, -e write=FDS (--read=, --write=)  after each call that
 *                  read from (wrote to) one of these descriptors, a hex dump
 *                  of the data: " | 00000  68 65 ...  he... |"
 *   -x, --strings-in-hex=non-ascii  a string with a byte that is neither
 *                  printable nor white space all in \xNN; -xx (=all) every
 *                  string; =non-ascii-chars only those bytes in \xNN
 *   -n, --syscall-number  "[ 257] " (the call's number) before each line
 *   -i, --instruction-pointer  "[00007f...] " (where the call was made)
 *   -E VAR=VAL, -E VAR, --env=  set or remove VAR in PROG's environment
 *   -u USER, --user=USER  run PROG as USER: its uid, gid and groups
 *                  (from /etc/passwd and /etc/group)
 *   -b execve, --detach-on=execve  let go of each process at its execve
 *                  (not at the one that starts PROG): "<detached ...>"
 *   -I N, --interruptible=N  what SIGINT SIGTERM SIGHUP SIGQUIT SIGPIPE do
 *                  to trace: 1 anywhere (they kill trace; PROG runs on), 2
 *                  waiting (trace detaches, PROG gets the signal; the
 *                  default), 3 never (ignored: the default with -o FILE
 *                  PROG), 4 never_tstp (and ^Z too)
 *   -f             follow forks, vforks, clones and threads; "[pid N] "
 *                  before a line while more than one process is traced,
 *                  "PID " before every line with -o
 *   -ff -o X       with -f: each process's lines in its own file X.PID
 *   -p PID         attach to a running process (several -p: several);
 *                  ^C (or SIGTERM, SIGHUP) detaches and leaves it running
 *   -c, --summary-only  count calls, errors and time per call and print
 *                  strace's summary table at the end instead of the calls
 *   -C, --summary  print the calls and the table
 *   -w             time calls by the wall clock (default: the tracee's
 *                  system CPU time, from wait4's rusage, as strace)
 *   -S KEY         sort the table by time (default), min-time, max-time,
 *                  avg-time, calls, errors, name, nothing (and strace's
 *                  aliases: shortest, longest, count, syscall...)
 *   -U COLUMNS, --summary-columns=COLUMNS  the table's columns, in this
 *                  order: time-percent, total-time, min-time, max-time,
 *                  avg-time, calls, errors, name (name last if not listed)
 *   -O T, --summary-syscall-overhead=T  take T (us, or with s ms us ns)
 *                  off each call's time in the table
 *   -t, -tt, -ttt  time of day before each line: seconds, microseconds,
 *                  seconds since the epoch
 *   --absolute-timestamps=[format:]none|time|unix[,[precision:]s|ms|us|ns]
 *                  (also --timestamps=) the same with any precision
 *   -r, --relative-timestamps[=s|ms|us|ns]  time since the previous line
 *                  before each line
 *   -T, --syscall-times[=s|ms|us|ns]  time spent in each call after it:
 *                  <0.000023>
 *   -y, --decode-fds[=path], -e decode-fds=path  the path of each file
 *                  descriptor: 3</etc/hostname>, AT_FDCWD</home/me>,
 *                  5<pipe:[817488]> (from /proc/PID/fd)
 *   -yy, --decode-fds=all  also what a socket is connected to, from
 *                  NETLINK_SOCK_DIAG: 3<TCP:[127.0.0.1:41234->127.0.0.1:80]>,
 *                  <TCPv6:[[::1]:80]>, <UDP:[...]>, <UNIX-STREAM:[12345->
 *                  12346,"/path"]>, <UNIX:[12345,@"abstract"]>,
 *                  <NETLINK:[ROUTE:1234]>, <TCP:[12345]> (not listed yet),
 *                  <socket:[12345]> (packet and other sockets strace does
 *                  not ask about); details seen once are kept for that
 *                  inode, as strace keeps them (a UDP socket seen bound
 *                  still shows bound after its connect); a device's
 *                  numbers: </dev/null<char 1:3>>; a pidfd's process:
 *                  <pid:1234>. --decode-fds=SET: path, socket, dev, pidfd,
 *                  all, none, !SET; without path, other descriptors and
 *                  AT_FDCWD print bare
 *   --decode-pids=pidns, --pidns-translation  a pid the program sees in
 *                  another pid namespace than trace's is followed by trace's
 *                  number for it, in a C comment: "1" then "13119 in
 *                  strace's PID NS"; in results (getpid, fork, wait4...),
 *                  arguments (kill, tgkill, waitid, sched_*, prlimit64,
 *                  pidfd_open...),
 *                  si_pid, F_GETOWN/F_SETOWN(_EX), SO_PEERCRED (from the
 *                  NSpid: lines of /proc/PID/status; none for a pid no
 *                  process has any more)
 *   -Y, --decode-pids=comm  the command name after each pid of a process
 *                  or thread, and in the [pid N] prefix: 7011<sh>;
 *                  --decode-pids=comm,pidns (or all) both. -Y and
 *                  --pidns-translation each replace the set, as in strace
 *   -z, -Z         print only the calls that succeeded (-z) or failed (-Z)
 *   -e status=LIST only the calls that ended so: successful, failed,
 *                  unfinished (never returned), detached, all, none, !LIST
 *   -q, -qq, -qqq  -q: no "Process N attached/detached" notices (the
 *                  default with -o FILE PROG); -qq: nor the "+++ exited
 *                  with N +++" line (a death, "+++ killed by SIG +++", is
 *                  still shown, as by strace); -qqq: all of them
 *   -X raw         print constants and flags as numbers
 *   -X abbrev      print them by name (the default)
 *   -X verbose     both: the number, then the name in a C comment (0x41
 *                  and O_WRONLY|O_CREAT in it); composites too: QCMD(...),
 *                  makedev(...), ioctl names, 8192*1024. The long form:
 *                  --const-print-style=raw|abbrev|verbose
 *   -v, --no-abbrev, -e abbrev=none  print structs and arrays in full:
 *                  stat's every field with the dates of its times, statx,
 *                  execve's environment, getdents' records, uname,
 *                  getrusage, termios; no array cut at -s elements (the
 *                  sembuf, iocb, io_event arrays too). SysV IPC's and
 *                  aio's structs (msqid_ds, semid_ds, shmid_ds, msginfo,
 *                  seminfo, shminfo, shm_info, iocb, io_event) are in full
 *                  with or without -v, as in strace 6.1
 *   -e abbrev=SET  only these calls abbreviated (all by default; -v: none)
 *   -e verbose=SET, --verbose=SET, -e v=SET  only these calls' structs and
 *                  arrays dereferenced (all by default); the others' print
 *                  as addresses, their strings and buffers still read
 *   -D, -DD, -DDD, --daemonize[=grandchild|pgroup|session]  trace's own
 *                  process runs PROG (its caller's child, as without trace)
 *                  and the tracer is a grandchild (-DD: in a new process
 *                  group, -DDD: a new session)
 *   --stats        after the trace, say on standard error what tracing
 *                  cost: stops, trace's own system calls per traced call,
 *                  bytes read from the tracee
 *
 * Fault injection, as strace 6.1 (SET: as for -e trace=):
 *   -e inject=SET[:error=E|:retval=N][:signal=S][:delay_enter=T][:delay_exit=T][:when=EXPR]
 *   --inject=...   error=E (ENOENT or 1..4095) or retval=N: the call is
 *                  not run (its number becomes -1) and returns -E or N; its
 *                  line ends "(INJECTED)". signal=S: S (USR1, SIGUSR1, 10)
 *                  is delivered on entering the call. delay_enter=T,
 *                  delay_exit=T: the tracee waits T (us, or T with s ms us
 *                  ns) at the entry or the exit; the line ends "(DELAYED)".
 *                  when=N: only the Nth call of each in SET (per process);
 *                  when=N+ the Nth and later; when=N+S every Sth from the
 *                  Nth; when=N..M, N..M+, N..M+S: up to the Mth
 *   -e fault=SET[:error=E][:when=EXPR]  inject= with error=ENOSYS by default
 *   -e signal=SET  show only these signals ("--- SIGCHLD ..."): names with
 *                  or without SIG, numbers, all, none, !SET
 *   -e quiet=SET, --quiet=SET  leave out these notices: attach (Process N
 *                  attached/detached), exit (+++ exited with N +++),
 *                  superseded (or thread-execve), path-resolution,
 *                  personality; all, none, !SET
 *
 * Teaching (not in strace). Their lines start with "# " (after the
 * [pid N] prefix), so `grep -v '^# '` leaves strace's output:
 *   --explain      after each call's first line, what the call does, from
 *                  the NAME line of its man(2) page; after the first failure
 *                  of each call with each errno, that page's ERRORS entries
 *                  for it; for ERESTARTSYS and its kin, what they mean.
 *                  With -c or -C, a column with each call's description
 *   --explain=NAME[,NAME]...  print those texts for these calls and exit
 *   --regs         the registers around each call: before it
 *                  "# rax=257 rdi=0xffffff9c rsi=... rdx=... r10=... r8=... r9=..."
 *                  (the number, then the six argument registers), after it
 *                  "# rax=-2 (-ENOENT)" (the result, in hex from 2^32 up)
 *   --step         on a terminal: stop at each shown call's entry, its line
 *                  so far on the screen, and read an answer: Enter runs it;
 *                  r N makes it return N without running; e ERRNO makes it
 *                  fail with ERRNO; s SIG delivers SIG; c runs to the end
 *                  without stopping; q kills the traced processes. Refused
 *                  when standard error is not a terminal, and with -o
 *   --qemu[=QEMU]  run PROG under qemu-x86_64 (QEMU, else $SG_QEMU_BIN,
 *                  else qemu-x86_64 on PATH; QEMU 9.0 or later) and trace
 *                  it through QEMU's gdbstub (GDB's remote protocol on a
 *                  socket in a private directory), without ptrace: the
 *                  same lines, but no execve line (QEMU loads PROG), and
 *                  what the guest sees under QEMU (its descriptors start
 *                  at 5, set_robust_list and rseq fail with ENOSYS...).
 *                  -f and -p cannot work there and are refused; -c times
 *                  calls by the clock. TRACE_QEMU_TIMEOUT=MS: how long a
 *                  reply may take (default 20000)
 *   -k, --stack-traces  after each call's line (and each signal's) the
 *                  program's stack, one " > FILE(SYMBOL+0xOFF) [0xADDR]"
 *                  line per frame, unwound by the mapped files' .eh_frame
 *                  (without it, a frame pointer chain); ADDR is the offset
 *                  in FILE; C++ names demangled (most of the grammar:
 *                  a name it cannot read stays mangled). No effect with -c
 *   -d, --debug    of strace's debug output, three lines: the ptrace
 *                  options, that PTRACE_GET_SYSCALL_INFO works, and each
 *                  call number that names no call
 *   -h, --help     show this help and exit
 *   -V, --version  show the version and exit
 *
 * trace exits with PROG's exit status; if PROG is killed by a signal,
 * trace kills itself with the same signal. A ^C (-I 2, the default
 * without -o) reaches PROG and trace, which detaches and exits 130, as
 * strace does; with -o FILE PROG, trace ignores it and reports how PROG
 * ended. With -f trace waits for every process it follows. If trace
 * itself is killed, so are the processes it started (PTRACE_O_EXITKILL;
 * not with -I 1), not those it attached to with -p.
 * Under qemu-x86_64 there is no ptrace: trace says so once and takes the
 * --qemu way by itself, for PROG (-p still needs ptrace).
 *
 * --seccomp-bpf: with -f, when -e trace= leaves calls out, the child
 * installs a seccomp BPF filter before its exec that stops only the
 * selected calls, as strace's does: the calls left out cost nothing. Only
 * when asked, as strace: the program sees "Seccomp: 2" in its
 * /proc/self/status. Not without -f (strace says so and goes on without):
 * a filter cannot be removed, so the children would inherit it and would
 * have to be traced silently (their own PTRACE_TRACEME, a debugger or
 * strace run by the program, would fail). Not with -b (a process let go
 * would keep it) nor for processes attached with -p. A filtered process is
 * never left untraced: trace waits for every one to end. With -P the
 * filter stops only the calls that can access a path. TRACE_SECCOMP=0 in
 * the environment turns it off.
 * TRACE_FALLBACK=1 makes trace read stops with PTRACE_GETREGS and memory
 * with PTRACE_PEEKDATA, the paths for kernels older than 5.3 (they print
 * the same).
 *
 * If FILE cannot be written (a full disk, /dev/full), trace says
 * "trace: FILE: No space left on device" once for each line lost, goes on,
 * and still exits with PROG's status, as strace does. A program that
 * installs a seccomp filter of its own is traced as without trace's filter:
 * its ERRNO verdicts show as "= -1 EPERM" (under strace --seccomp-bpf those
 * calls vanish); its TRACE ones give ENOSYS, or, with --seccomp-bpf, run.
 *
 * Differs from strace: -v prints
 * in full the structs named above and termios (c_line, c_cc); other
 * structs strace -v expands may stay abbreviated. -Y reads a process's
 * name again at each execve and prctl(PR_SET_NAME); with
 * --decode-pids=comm,pidns strace 6.1 keeps
 * the old one at the first execve of pid 1 of a new namespace. Names of
 * other personalities' calls (mmap2) are unknown to -e trace=. No
 * inject's syscall=/poke_enter=/poke_exit=;
 * inject's delays hold every tracee (trace sleeps). -k reads .eh_frame
 * through .eh_frame_hdr only (strace's libunwind: .debug_frame too where
 * built so), no symbols from .gnu_debugdata (MiniDebugInfo), and leaves
 * mangled a C++ name its demangler cannot read (special names: thunks,
 * guard variables; bare function, array and member pointer types; empty
 * packs; expressions); -k turns the seccomp filter off. 349 of the
 * kernel's 362 calls have a decoder (bench/trace-decoded -l lists the
 * others, which print their arguments in hex, strace's way for calls it
 * does not know: sysfs and those no kernel implements). Some structs (io_uring_register's, bpf,
 * perf_event_open...) print as addresses.
 * Netlink: the data of sendto and recvfrom on a netlink socket, and of
 * sendmsg, recvmsg, sendmmsg and recvmmsg whose name is AF_NETLINK (as in
 * strace 6.1; read and write stay strings), print as messages: nlmsghdr
 * with each protocol's types and flags, NLMSG_ERROR and NLMSG_DONE,
 * attributes; NETLINK_ROUTE's ifinfomsg, ifaddrmsg, rtmsg, ndmsg and their
 * common IFLA_/IFA_/RTA_/NDA_ attributes; NETLINK_SOCK_DIAG's
 * inet_diag_req_v2 and unix_diag_req requests; the types of xfrm,
 * netfilter, generic (families asked of the kernel), audit, selinux,
 * crypto. Differs: the attributes strace prints as structs or nested
 * lists (IFLA_STATS64, IFLA_AF_SPEC, IFLA_LINKINFO, RTA_METRICS...), other
 * RTM_ kinds (rules, qdiscs...), sock_diag replies, and the payloads of
 * the other protocols print as hex bytes; a NETLINK_KOBJECT_UEVENT
 * socket's data is a string, or libudev's monitor header and a string.
 * bin/trace-vs-strace PROG shows, line by line, where the two differ.
 */
#include "trace.h"
#include "trace.help.h"

int opt_strlen = 32;
int opt_acol = 40;
int opt_raw;
int opt_debug;		/* -d: of strace's debug messages, "invalid syscall" */
int opt_quiet;
unsigned char abbrev_set[NSYS];	/* -e abbrev=: all unless -v */
unsigned char verbose_set[NSYS];	/* -e verbose=: all by default */

enum { LO_REL = 256, LO_DUR, LO_ABS, LO_TRACE, LO_STATUS, LO_RAW, LO_HEX, LO_FDS, LO_PIDS,
       LO_ABBREV, LO_VERBOSE, LO_READ, LO_WRITE, LO_DAEMON, LO_KVM, LO_PIDNS, LO_TS, LO_INTR, LO_TIPS, LO_STRLIM, LO_COLS, LO_FOLLOW, LO_CPS, LO_SEP };

static __attribute__((noreturn)) void usage_error(const char *fmt, const char *arg)
{
	out_printf(sg_stderr, "%s: ", sg_progname);
	out_printf(sg_stderr, fmt, arg);
	out_printf(sg_stderr, "\nTry '%s -h' for more information.\n", sg_progname);
	exit(1);
}

static int number(const char *s, const char *opt, int64_t max)
{
	int64_t v;

	if (parse_i64(s, 10, &v) < 0 || v < 0 || v > max) {
		char msg[64];
		snprintf(msg, sizeof msg, "invalid %s argument: '%%s'", opt);
		usage_error(msg, s);
	}
	return (int)v;
}

/* trace's own PATH, taken before -E can change the environment PROG gets:
 * strace looks PROG up in its own environment */
static const char *own_path;

/* Find PROG as strace does: a name with a slash is used as it is, others
 * are looked up in PATH; it must exist (stat) before the fork. */
static char *find_prog(const char *prog)
{
	static char path[4096];
	struct stat st;

	if (strlen(prog) >= sizeof path) {	/* strace's own PATH_MAX check, before any lookup */
		out_printf(sg_stderr, "%s: exec: %s\n", sg_progname, strerror(ENAMETOOLONG));
		exit(1);
	}
	if (strchr(prog, '/')) {
		if (sys_newfstatat(AT_FDCWD, prog, &st, 0) < 0)
			goto nostat;
		return (char *)prog;
	}
	const char *p = own_path;
	if (!p)
		p = "/bin:/usr/bin";
	while (*p) {
		const char *e = strchr(p, ':');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n + strlen(prog) + 2 < sizeof path) {
			memcpy(path, n ? p : ".", n ? n : 1);
			size_t k = n ? n : 1;
			path[k] = '/';
			strlcpy(path + k + 1, prog, sizeof path - k - 1);
			if (sys_newfstatat(AT_FDCWD, path, &st, 0) == 0 &&
			    (st.st_mode & S_IFMT) == S_IFREG && (st.st_mode & 0111))
				return path;
		}
		p += n + (e != NULL);
	}
nostat:
	out_printf(sg_stderr, "%s: Can't stat '%s': %s\n", sg_progname, prog, strerror(ENOENT));
	exit(1);
}

/* s is the lower-case name, in any case (strace's option words) */
static int name_ieq(const char *s, const char *name)
{
	while (*s && ((*s >= 'A' && *s <= 'Z') ? *s | 0x20 : *s) == *name)
		s++, name++;
	return !*s && !*name;
}

/* -I takes a number 1..4 or a name, in any case; "always" is strace's
 * other name for "anywhere" */
static int intr_parse(const char *s)
{
	static const struct { const char *name; int v; } names[] = {
		{ "anywhere", 1 }, { "always", 1 }, { "waiting", 2 }, { "never", 3 }, { "never_tstp", 4 },
	};

	if (s[0] >= '1' && s[0] <= '4' && !s[1])
		return s[0] - '0';
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (name_ieq(s, names[i].name))
			return names[i].v;
	return 0;
}

static int pids[256], npids;	/* -p's processes */

/* --tips[=ITEM,...]: ITEM is [id:]N, [id:]random, or [format:]none|compact|full.
 * trace checks the syntax as strace does but has no tips of its own to
 * show, so it prints none. */
static int tips_parse(const char *arg)
{
	static const char *const formats[] = { "none", "compact", "full" };

	while (*arg) {
		size_t n = upto(arg, ',');
		const char *v = arg;
		int kind = 0;		/* 1 id, 2 format, 0 either */
		if (n >= 3 && strncmp(v, "id:", 3) == 0)
			v += 3, kind = 1;
		else if (n >= 7 && strncmp(v, "format:", 7) == 0)
			v += 7, kind = 2;
		size_t k = n - (size_t)(v - arg);
		int ok = 0;
		if (kind != 2) {
			uint64_t num = 0;
			size_t d = 0;
			while (d < k && v[d] >= '0' && v[d] <= '9' && num <= 0x7fffffff)
				num = num * 10 + (uint64_t)(v[d++] - '0');
			ok = (k && d == k && num <= 0x7fffffff) || (k == 6 && strncmp(v, "random", 6) == 0);
		}
		for (int i = 0; i < 3 && kind != 1 && !ok; i++)
			ok = k == strlen(formats[i]) && strncmp(v, formats[i], k) == 0;
		if (n && !ok)
			return -1;
		arg += n + (arg[n] == ',');
	}
	return 0;
}

/* -o '|CMD' (or '!CMD'): the trace goes into CMD's standard input, CMD run
 * by /bin/sh -c as popen does; trace waits for it at the end, as strace's
 * pclose does, so CMD's work is done when trace returns */
int out_pipe_pid;

static long pipe_open(const char *cmd)
{
	int fds[2];
	long r = sys_pipe2(fds, O_CLOEXEC);

	if (r < 0)
		return r;
	long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
	if (pid < 0)
		return pid;
	if (pid == 0) {
		char *argv[] = { (char *)"sh", (char *)"-c", (char *)cmd, NULL };
		sys_dup3(fds[0], 0, 0);
		sys_execve("/bin/sh", argv, sg_environ);
		sys_exit_group(127);
	}
	sys_close(fds[0]);
	out_pipe_pid = (int)pid;
	return fds[1];
}

static void pipe_close(int fd)
{
	if (!out_pipe_pid)
		return;
	sys_close(fd);
	while (sys_wait4(out_pipe_pid, NULL, 0, NULL) == -EINTR)
		;
}

/* -p takes one pid or a list of them split by commas or white space;
 * strace names the first bad item alone */
static void pid_list(const char *arg)
{
	char item[32];

	while (*arg) {
		size_t n = 0;
		while (arg[n] && !strchr(", \t\n", arg[n]))
			n++;
		if (n) {
			int64_t v = -1;
			if (n < sizeof item) {
				memcpy(item, arg, n);
				item[n] = 0;
				if (parse_i64(item, 10, &v) < 0)
					v = -1;
			}
			if (v <= 0 || v > 0x7fffffff) {
				out_printf(sg_stderr, "%s: Invalid process id: '%.*s'\n", sg_progname, (int)n, arg);
				exit(1);
			}
			if (v == sys_getpid()) {	/* strace's answer, word for word */
				out_printf(sg_stderr, "%s: I'm sorry, I can't let you do that, Dave.\n", sg_progname);
				exit(1);
			}
			if (npids < (int)(sizeof pids / sizeof *pids))
				pids[npids++] = (int)v;
		}
		arg += n + (arg[n] != 0);
	}
}

/* -E VAR=VAL puts VAR in PROG's environment, -E VAR takes it out */
static void env_change(const char *arg)
{
	static char **env;
	static size_t n, cap;
	size_t k = upto(arg, '=');

	if (!env) {
		for (char **e = sg_environ; *e; e++)
			n++;
		cap = n + 16;
		env = malloc(cap * sizeof *env);
		if (!env)
			error(1, ENOMEM, "-E");
		memcpy(env, sg_environ, n * sizeof *env);
	}
	for (size_t i = 0; i < n; i++)
		if (strncmp(env[i], arg, k) == 0 && env[i][k] == '=') {
			memmove(&env[i], &env[i + 1], (n - i - 1) * sizeof *env);
			n--;
			break;
		}
	if (arg[k] == '=') {
		if (n + 2 > cap) {
			cap *= 2;
			env = realloc(env, cap * sizeof *env);
			if (!env)
				error(1, ENOMEM, "-E");
		}
		env[n++] = (char *)arg;
	}
	env[n] = NULL;
	sg_environ = env;
}

static int q_long, fds_long;	/* -e quiet=, -e decode-fds= given */

/* A whole small file (the user and group databases), NUL-terminated */
static char *slurp(const char *path)
{
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	size_t len = 0, cap = 1 << 16;
	char *b = malloc(cap + 1);

	if (fd < 0 || !b)
		return NULL;
	for (long n; (n = sys_read((int)fd, b + len, cap - len)) > 0;) {
		len += (size_t)n;
		if (len == cap && !(b = realloc(b, (cap *= 2) + 1)))
			return NULL;
	}
	sys_close((int)fd);
	b[len] = 0;
	return b;
}

/* field i (from 0) of a ':'-separated line, as a number */
static unsigned field_num(const char *line, int i)
{
	uint64_t v = 0;
	while (i-- > 0 && (line = strchr(line, ':')))
		line++;
	if (line)
		for (; *line >= '0' && *line <= '9'; line++)
			v = v * 10 + (uint64_t)(*line - '0');
	return (unsigned)v;
}

/* -u USER: uid and gid from /etc/passwd, the groups listing USER from
 * /etc/group (what initgroups finds in files); the child takes them before
 * its exec, as strace's does */
static void user_lookup(const char *name)
{
	char *pw = slurp("/etc/passwd"), *line;
	size_t n = strlen(name);

	for (line = pw; line && *line; line += upto(line, '\n') + (line[upto(line, '\n')] != 0))
		if (strncmp(line, name, n) == 0 && line[n] == ':')
			break;
	if (!line || !*line) {
		out_printf(sg_stderr, "%s: Cannot find user '%s'\n", sg_progname, name);
		exit(1);
	}
	run_as.uid = field_num(line, 2);
	run_as.gid = field_num(line, 3);
	run_as.groups[run_as.ngroups++] = run_as.gid;
	char *gr = slurp("/etc/group");
	for (line = gr; line && *line; line += upto(line, '\n') + (line[upto(line, '\n')] != 0)) {
		size_t len = upto(line, '\n');
		const char *m = line;
		for (int k = 0; k < 3 && m; k++)
			if ((m = strchr(m, ':')))
				m++;
		while (m && m < line + len) {	/* the members: a,b,c */
			size_t w = 0;
			while (m + w < line + len && m[w] != ',')
				w++;
			unsigned g = field_num(line, 2);
			if (w == n && strncmp(m, name, n) == 0 && g != run_as.gid &&
			    run_as.ngroups < (int)(sizeof run_as.groups / sizeof *run_as.groups))
				run_as.groups[run_as.ngroups++] = g;
			m += w + 1;
		}
	}
	run_as.set = 1;
	free(pw);
	free(gr);
}

/* strace says this one without its "Try" line */
static __attribute__((noreturn)) void daemon_clash(void)
{
	out_printf(sg_stderr, "%s: -D and --daemonize cannot be provided simultaneously\n", sg_progname);
	exit(1);
}

/* -c's companions, in strace's order, once the options are read */
static void summary_checks(void)
{
	if (opt_count && opt_follow >= 2)
		usage_error("%s", "(-c/--summary-only or -C/--summary) and -ff/--output-separately "
			    "are mutually exclusive");
	if (opt_wall && !opt_count)
		usage_error("%s", "-w/--summary-wall-clock must be given with (-c/--summary-only or "
			    "-C/--summary)");
	if (opt_columns && !opt_count)
		usage_error("%s", "-U/--summary-columns must be given with (-c/--summary-only or "
			    "-C/--summary)");
}

/* --secontext and -e secontext=: trace has no SELinux support, and says
 * so in the words of a strace built without it */
static int secontext_refuse(void)
{
	out_printf(sg_stderr, "%s: SELinux context printing (--secontext option) is not supported "
		   "by this build of strace\n", sg_progname);
	return -1;
}

/* strace's rules for a set of words (-e signal= quiet= status= decode-pids=):
 * after any '!', "all" or "none" alone, or words with empty ones passed
 * over ("all"/"none" among them are bad); a set with no word is named whole.
 * norm gets the set as the parsers take it: the '!'s, then the words;
 * *bad a misplaced "all"/"none", bad once the words before it pass. */
static int token_set_check(const char *name, const char *v, char *norm, size_t cap, const char **bad)
{
	const char *p = v;
	size_t len = 0, words = 0;

	*norm = 0;
	while (*p == '!')
		p++;
	if ((size_t)(p - v) + strlen(p) >= cap)
		return 0;	/* too long for any parser: theirs is the error */
	memcpy(norm, v, (size_t)(p - v));
	len = (size_t)(p - v);
	if (strcmp(p, "all") == 0 || strcmp(p, "none") == 0) {
		strlcpy(norm + len, p, cap - len);
		return 0;
	}
	while (*p) {
		size_t n = upto(p, ',');
		if (n && ((n == 3 && strncmp(p, "all", 3) == 0) || (n == 4 && strncmp(p, "none", 4) == 0))) {
			*bad = p;	/* the words before it are checked first */
			break;
		}
		if (n) {
			if (words++)
				norm[len++] = ',';
			memcpy(norm + len, p, n);
			len += n;
		}
		p += n + (p[n] == ',');
	}
	norm[len] = 0;
	if (!words && !*bad) {
		out_printf(sg_stderr, "%s: invalid %s '%s'\n", sg_progname, name, v);
		return -1;
	}
	return 0;
}

/* the parser of -e NAME='s kind */
static int qualifier_kind(int kind, const char *v)
{
	switch (kind) {
	case 0: case 1: return inject_parse(v, kind);
	case 2: return signal_set_parse(v);
	case 3: q_long = 1; return quiet_parse(v);
	case 4: return status_parse(v);
	case 5: return set_parse(v, raw_set);
	case 6: return filter_parse(v);
	case 7:
		fds_long = 1;
		return decode_fds_parse(v);
	case 8:
		return decode_pids_parse(v);
	case 9:
		return set_parse(v, abbrev_set);
	case 10:
		return set_parse(v, verbose_set);
	case 11: case 12:
		return dump_parse(v, kind == 12);
	case 13:	/* strace knows one: KVM_RUN's exit reason */
		if (strcmp(v, "vcpu") != 0) {
			out_printf(sg_stderr, "%s: invalid -e kvm= argument: '%s'\n", sg_progname, v);
			return -1;
		}
		opt_kvm_vcpu = 1;
		return 0;
	default:
		return secontext_refuse();
	}
}

/* -c alone shows no call: strace notes each option that would change
 * the lines, in this order */
static void summary_only_notes(void)
{
	static const char *const what[] = { "-i/--instruction-pointer", "-k/--stack-traces",
		"-n/--syscall-number", "-r/--relative-timestamps", "-t/--absolute-timestamps",
		"-T/--syscall-times", "-y/--decode-fds" };
	int given[] = { opt_iflag, opt_stack, opt_nflag, opt_rel, opt_stamp, opt_dur, opt_decode_fds };

	for (size_t i = 0; i < sizeof what / sizeof *what; i++)
		if (given[i])
			out_printf(sg_stderr, "%s: %s has no effect with -c/--summary-only\n",
				   sg_progname, what[i]);
	out_flush(sg_stderr);
	opt_stack = 0;
}

/* -e NAME=SET, and --NAME=SET: 0, or -1 after the error */
static int qualifier(const char *arg)
{
	static const struct { const char *pre; int kind; } q[] = {
		{ "inject=", 0 }, { "fault=", 1 }, { "signal=", 2 }, { "signals=", 2 }, { "s=", 2 },
		{ "quiet=", 3 }, { "silent=", 3 }, { "silence=", 3 }, { "q=", 3 },
		{ "status=", 4 }, { "raw=", 5 }, { "x=", 5 }, { "trace=", 6 }, { "t=", 6 },
		{ "decode-fds=", 7 }, { "decode-fd=", 7 }, { "decode-pids=", 8 }, { "decode-pid=", 8 },
		{ "abbrev=", 9 }, { "a=", 9 }, { "verbose=", 10 }, { "v=", 10 },
		{ "read=", 11 }, { "reads=", 11 }, { "r=", 11 }, { "write=", 12 }, { "writes=", 12 },
		{ "w=", 12 }, { "kvm=", 13 }, { "secontext=", 14 }, { NULL, 0 }
	};
	for (int i = 0; q[i].pre; i++) {
		if (!str_starts(arg, q[i].pre))
			continue;
		const char *v = arg + strlen(q[i].pre);
		static const char *const words[] = { [2] = "signal", [3] = "quiet", [4] = "status",
						     [8] = "decode-pids" };
		static char norm[4096];
		const char *bad = NULL;
		if (q[i].kind < 9 && words[q[i].kind]) {
			if (token_set_check(words[q[i].kind], v, norm, sizeof norm, &bad) < 0)
				return -1;
			if (*norm)
				v = norm;
			if (bad) {
				size_t n = upto(bad, ',');
				const char *w = norm;
				while (*w == '!')
					w++;
				int r = *w ? qualifier_kind(q[i].kind, norm) : 0;
				if (r == 0)
					out_printf(sg_stderr, "%s: invalid %s '%.*s'\n", sg_progname,
						   words[q[i].kind], (int)n, bad);
				return -1;
			}
		}
		return qualifier_kind(q[i].kind, v);
	}
	return filter_parse(arg);	/* no NAME=: trace= */
}


int main(int argc, char **argv, char **envp)
{
	/* strace 6.1's long options (strace -h); val: the short letter, or LO_* */
	static const struct opt_long longs[] = {
		{ "help", 0, 'h' }, { "output", 1, 'o' }, { "string-limit", 1, LO_STRLIM },
		{ "version", 0, 'V' }, { "summary-only", 0, 'c' }, { "summary", 0, 'C' },
		{ "summary-wall-clock", 0, 'w' }, { "summary-sort-by", 1, 'S' },
		{ "follow-forks", 0, LO_FOLLOW }, { "output-separately", 0, LO_SEP },
		{ "relative-timestamps", 2, LO_REL }, { "syscall-times", 2, LO_DUR },
		{ "absolute-timestamps", 2, LO_ABS }, { "timestamps", 2, LO_TS },
		{ "attach", 1, 'p' }, { "successful-only", 0, 'z' }, { "failed-only", 0, 'Z' }, { "stats", 0, 1 }, { "debug", 0, 'd' }, { "seccomp-bpf", 0, 2 },
		{ "explain", 2, 3 }, { "regs", 0, 4 }, { "step", 0, 5 }, { "inject", 1, 6 },
		{ "fault", 1, 7 }, { "signal", 1, 8 }, { "quiet", 2, 9 }, { "silent", 2, 9 }, { "silence", 2, 9 },
		{ "qemu", 2, 10 }, { "secontext", 2, 11 },
		{ "trace", 1, LO_TRACE }, { "status", 1, LO_STATUS }, { "raw", 1, LO_RAW },
		{ "columns", 1, LO_COLS }, { "const-print-style", 1, LO_CPS }, { "interruptible", 1, LO_INTR }, { "tips", 2, LO_TIPS },
		{ "output-append-mode", 0, 'A' }, { "syscall-number", 0, 'n' },
		{ "instruction-pointer", 0, 'i' }, { "env", 1, 'E' }, { "strings-in-hex", 2, LO_HEX },
		{ "decode-fds", 2, LO_FDS }, { "decode-pids", 1, LO_PIDS }, { "no-abbrev", 0, 'v' },
		{ "abbrev", 1, LO_ABBREV }, { "verbose", 1, LO_VERBOSE }, { "read", 1, LO_READ },
		{ "write", 1, LO_WRITE }, { "trace-path", 1, 'P' }, { "detach-on", 1, 'b' },
		{ "daemonize", 2, LO_DAEMON }, { "user", 1, 'u' }, { "stack-traces", 0, 'k' },
		{ "summary-syscall-overhead", 1, 'O' }, { "summary-columns", 1, 'U' },
		{ "kvm", 1, LO_KVM }, { "pidns-translation", 0, LO_PIDNS }, { NULL, 0, 0 }
	};
	struct opt o;
	const char *outfile = NULL;
	const char *user = NULL;	/* -u */
	int sortby = 0;			/* -S */
	int fcount = 0, follow_long = 0, sep_long = 0, seccomp_long = 0, bigf = 0;	/* -f, --follow-forks, --output-separately */
	int c, zZ = 0, tcount = 0, abs_long = 0, append = 0, xcount = 0, hexlong = 0;
	int qcount = 0, ycount = 0, dcount = 0, dlong = 0;	/* -D's, --daemonize= */
	const char *explain_only = NULL;
	const char *qemu = NULL;	/* --qemu[=PATH]: "" for the default */

	/* strace names itself by argv[0] as it was typed ("/usr/bin/strace:
	 * Process N attached"), like the GNU tools; _start set it so */
	/* TRACE_FALLBACK=1 takes the older paths (PTRACE_GETREGS, PTRACE_PEEKDATA)
	 * even where the newer calls work, so that tests can compare them too. */
	const char *fb = getenv("TRACE_FALLBACK");
	if (fb && *fb == '1')
		no_sysinfo = no_vm_readv = 1;
	systab_init();
	pers32_init();
	fdpath_init();
	memset(trace_set, 1, sizeof trace_set);
	memset(abbrev_set, 1, sizeof abbrev_set);
	memset(verbose_set, 1, sizeof verbose_set);
	/* started with no argv[0] (the kernel hands an empty one): named by
	 * the path it was executed by (AT_EXECFN), or by its own name */
	if (!*sg_progname) {
		const char *fn = (const char *)getauxval(AT_EXECFN);
		sg_progname = fn && *fn ? fn : "trace";
	}
	own_path = getenv("PATH");
	opt_init(&o, argc, argv, "+hVo:s:a:e:qX:cCwS:fFtrTp:zZyI:AxniE:vP:b:Du:kO:U:Yd", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'h': tool_help(help_text);
		case 'V': tool_version("trace");
		case 'o': outfile = o.arg; break;
		/* strace's -s stays under 1 << 30 (its quoting multiplies it
		 * by 4 in an int); the error names the option as it was given */
		case 's': opt_strlen = number(o.arg, "-s", (1 << 30) - 1); break;
		case LO_STRLIM: opt_strlen = number(o.arg, "--string-limit", (1 << 30) - 1); break;
		case 'a': opt_acol = number(o.arg, "-a", 1 << 30); break;
		case LO_COLS: opt_acol = number(o.arg, "--columns", 1 << 30); break;
		case 'q':	/* -q: attach, personality; -qq: exit too; -qqq: all */
			qcount++;
			opt_quiet |= opt_quiet & Q_EXIT ? Q_PATH | Q_SUPERSEDED :
				     opt_quiet & Q_ATTACH ? Q_EXIT : Q_ATTACH | Q_PERSONALITY;
			break;
		case 3:
			if (o.arg)
				explain_only = o.arg;
			opt_explain = 1;
			break;
		case 4: opt_regs = 1; break;
		case 5: opt_step = 1; break;
		case 6:
		case 7:
			if (inject_parse(o.arg, c == 7) < 0)
				exit(1);
			break;
		case 8:
			if (signal_set_parse(o.arg) < 0)
				exit(1);
			break;
		case 9:
			q_long = 1;
			if (!o.arg)
				opt_quiet |= Q_ATTACH | Q_PERSONALITY;
			else if (quiet_parse(o.arg) < 0)
				exit(1);
			break;
		case 'c':
		case 'C':
			if (opt_count && opt_count != (c == 'c' ? 1 : 2))
				usage_error("%s", "-c/--summary-only and -C/--summary are mutually exclusive");
			opt_count = c == 'c' ? 1 : 2;
			break;
		case 'f': opt_follow++, fcount++; break;
		case LO_FOLLOW: opt_follow++, follow_long = 1; break;
		case LO_SEP: opt_follow = 2, sep_long = 1; break;
		case 'F': bigf = 1; break;	/* strace's old -f: a warning, then -f if none */
		case 't': tcount++; break;
		case 'r': stamp_prec_parse(1, NULL); break;
		case 'T': stamp_prec_parse(2, NULL); break;
		case LO_ABS:
		case LO_TS:	/* the same option; its error names the spelling used */
			if (stamp_abs_parse(o.arg) < 0)
				usage_error(c == LO_TS ? "invalid --timestamps argument: '%s'" :
					    "invalid --absolute-timestamps argument: '%s'", o.arg);
			abs_long = 1;
			break;
		case LO_REL:
		case LO_DUR:
			if (stamp_prec_parse(c == LO_REL ? 1 : 2, o.arg) < 0)
				usage_error(c == LO_REL ? "invalid --relative-timestamps argument: '%s'" :
					    "invalid --syscall-times argument: '%s'", o.arg);
			break;
		case 'I':
		case LO_INTR:
			opt_intr = intr_parse(o.arg);
			if (!opt_intr)
				usage_error(c == 'I' ? "invalid -I argument: '%s'" :
					    "invalid --interruptible argument: '%s'", o.arg);
			break;
		case LO_TIPS:
			if (o.arg && tips_parse(o.arg) < 0)
				usage_error("invalid --tips argument: '%s'", o.arg);
			break;
		case 'A': append = 1; break;
		case 'x': opt_xflag = xcount++ ? HEX_ALL : HEX_NON_ASCII; break;
		case LO_HEX:
			hexlong = 1;
			if (!o.arg || strcmp(o.arg, "all") == 0)
				opt_xflag = HEX_ALL;
			else if (strcmp(o.arg, "non-ascii") == 0)
				opt_xflag = HEX_NON_ASCII;
			else if (strcmp(o.arg, "non-ascii-chars") == 0)
				opt_xflag = HEX_CHARS;
			else if (strcmp(o.arg, "none") == 0)
				opt_xflag = 0;
			else
				usage_error("invalid --strings-in-hex argument: '%s'", o.arg);
			break;
		case 'n': opt_nflag = 1; break;
		case 'i': opt_iflag = 1; break;
		case 'E': env_change(o.arg); break;
		case LO_TRACE:
		case LO_STATUS:
		case LO_RAW:
		case LO_FDS:
		case LO_PIDS:
		case LO_ABBREV:
		case LO_VERBOSE:
		case LO_READ:
		case LO_WRITE:
		case LO_KVM: {
			/* --NAME=SET is -e NAME=SET */
			static const char *const q[] = { "trace", "status", "raw", "", "decode-fds", "decode-pids",
				"abbrev", "verbose", "read", "write", "", "kvm" };
			char e[4096];
			snprintf(e, sizeof e, "%s=%s", q[c - LO_TRACE], o.arg ? o.arg : "path");
			if (qualifier(e) < 0)
				exit(1);
			break;
		}
		case 'v': memset(abbrev_set, 0, sizeof abbrev_set); break;
		case 'P': path_add(o.arg); break;
		case 'b':
			if (strcmp(o.arg, "execve") != 0) {
				out_printf(sg_stderr, "%s: Syscall '%s' for -b isn't supported\n", sg_progname, o.arg);
				exit(1);
			}
			opt_detach_exec = 1;
			/* a process let go of must not keep trace's filter (its
			 * TRACE verdicts would turn into ENOSYS) */
			opt_seccomp = 0;
			break;
		case 'D':
			dcount++;
			break;
		case LO_DAEMON: {
			static const char *const modes[] = { "grandchild", "pgroup", "pgrp", "session" };
			dlong = 0;
			for (int i = 0; i < 4 && !dlong; i++)
				if (!o.arg || name_ieq(o.arg, modes[i]))
					dlong = i < 2 ? i + 1 : i;
			if (!dlong)
				usage_error("invalid --daemonize argument: '%s'", o.arg);
			break;
		}
		case 'u': user = o.arg; break;
		case 'k': opt_stack = 1; break;
		case 'd': opt_debug = 1; break;
		case 'O':
			if (count_overhead(o.arg) < 0)
				usage_error("invalid -O argument: '%s'", o.arg);
			break;
		case 'U': {
			const char *err = count_columns(o.arg);
			if (err)
				usage_error("%s", err);
			break;
		}
		case 'Y': opt_decode_pids = DP_COMM; break;	/* each of these replaces the set (strace 6.1) */
		case LO_PIDNS: opt_decode_pids = DP_PIDNS; break;
		case 1: opt_stats = 1; break;
		case 'y':
			ycount++;
			break;
		case 'z':
		case 'Z':
			zZ++;
			opt_status = c == 'z' ? ST_SUCCESSFUL : ST_FAILED;
			break;
		case 'p': pid_list(o.arg); break;
		case 2: seccomp_long = 1; break;	/* --seccomp-bpf */
		case 10: qemu = o.arg ? o.arg : ""; break;
		case 11:
			secontext_refuse();
			exit(1);
		case 'w': opt_wall = 1; break;
		case 'S':
			sortby = 1;
			if (count_sortby(o.arg) < 0)
				usage_error("invalid sortby: '%s'", o.arg);
			break;
		case 'e':
			if (qualifier(o.arg) < 0)
				exit(1);
			break;
		case 'X':
		case LO_CPS:
			if (strcmp(o.arg, "raw") == 0)
				opt_raw = 1, opt_xverbose = 0;
			else if (strcmp(o.arg, "abbrev") == 0)
				opt_raw = opt_xverbose = 0;
			else if (strcmp(o.arg, "verbose") == 0)
				opt_raw = 0, opt_xverbose = 1;
			else
				usage_error(c == 'X' ? "invalid -X argument: '%s'" :
					    "invalid --const-print-style argument: '%s'", o.arg);
			break;
		default:
			out_printf(sg_stderr, "Try '%s -h' for more information.\n", sg_progname);
			exit(1);
		}
	}
	int n;
	char **ops = opt_operands(&o, &n);
	static char ebuf[1 << 14];
	if (explain_only) {	/* --explain=NAME,...: the texts, no tracing */
		struct out eo = { 1, 0, 0, sizeof ebuf, ebuf };
		tout = &eo;
		int st = explain_list(explain_only);
		out_flush(tout);
		exit(st);
	}
	/* strace's order once the options are read: PROG or -p first, then
	 * -P's paths (resolved now: -e quiet= may come after -P), then the
	 * options that clash */
	if (n == 0 && !npids) {
		out_printf(sg_stderr, "%s: must have PROG [ARGS] or -p PID\n", sg_progname);
		out_printf(sg_stderr, "Try '%s -h' for more information.\n", sg_progname);
		exit(1);
	}
	path_init(q_long && (opt_quiet & Q_PATH));
	if (dcount && dlong)
		daemon_clash();
	/* strace refuses a short option with its long form */
	static const char *const both[] = { "-x and --strings-in-hex", "-q and -e quiet/--quiet",
					     "-y and --decode-fds", "-f and --follow-forks",
					     "-ff and --output-separately" };
	int clash = xcount && hexlong ? 0 : qcount && q_long ? 1 : ycount && fds_long ? 2 : -1;
	if (clash < 0 && fcount && follow_long)
		clash = 3;
	if (clash < 0 && fcount > 1 && sep_long)
		clash = 4;
	if (clash >= 0) {
		out_printf(sg_stderr, "%s: %s cannot be provided simultaneously\n", sg_progname, both[clash]);
		exit(1);
	}
	if (bigf && opt_follow)
		out_printf(sg_stderr, "%s: deprecated option -F ignored\n", sg_progname);
	else if (bigf) {
		out_printf(sg_stderr, "%s: option -F is deprecated, please use -f/--follow-forks "
			   "instead\n", sg_progname);
		opt_follow = 1;
	}
	out_flush(sg_stderr);
	if (ycount)
		opt_decode_fds = ycount > 1 ? DF_ALL : DF_PATH;	/* -yy (and more y) is all */
	if (tcount) {
		if (abs_long) {
			out_printf(sg_stderr, "%s: -t and --absolute-timestamps cannot be provided "
				"simultaneously\n", sg_progname);
			exit(1);
		}
		stamp_t(tcount);
	}
	if (opt_step && outfile) {
		out_printf(sg_stderr, "%s: --step shows the calls where it asks: it cannot be used with -o\n", sg_progname);
		exit(1);
	}
	if (opt_step && step_open() < 0)
		exit(1);
	/* a call injected into must stop even when not shown; a signal cannot be
	 * handed over at a seccomp stop; --step may inject into any call */
	if ((inject_active && (inject_signals || !inject_covered())) || opt_step)
		opt_seccomp = 0;
	opt_daemon = dcount ? dcount : dlong;
	if (opt_daemon && !n)	/* strace asks for PROG before it counts the -D's */
		usage_error("%s", "PROG [ARGS] must be specified with -D/--daemonize");
	if (dcount > 3) {
		char msg[80];
		snprintf(msg, sizeof msg, "Too many -D's (%d), maximum supported -D count is 3", dcount);
		usage_error("%s", msg);
	}
	if (seccomp_long && opt_detach_exec) {	/* strace's warnings, in its order */
		out_printf(sg_stderr, "%s: --seccomp-bpf is not enabled because it is not compatible "
			   "with -b\n", sg_progname);
		seccomp_long = 0;
	}
	if (!seccomp_long)	/* the filter only when asked, as strace's */
		opt_seccomp = 0;
	if (seccomp_long && npids && !n)
		out_printf(sg_stderr, "%s: --seccomp-bpf is not enabled for processes attached with -p\n",
			   sg_progname);
	if (seccomp_long && !opt_follow) {
		out_printf(sg_stderr, "%s: --seccomp-bpf cannot be used without -f/--follow-forks, "
			   "disabling\n", sg_progname);
		out_flush(sg_stderr);
	}
	summary_checks();
	if (opt_count == 1)
		summary_only_notes();
	/* strace's notes on options that do nothing here, in its order */
	if (zZ > 1)
		out_printf(sg_stderr, "%s: Only the last of -z/--successful-only/-Z/--failed-only options "
			   "will take effect. See status qualifier for more complex filters.\n", sg_progname);
	if (sep_long && !outfile && !fcount && !follow_long)	/* -ff alone is -f */
		out_printf(sg_stderr, "%s: --output-separately has no effect without -o/--output\n", sg_progname);
	if (append && !outfile)
		out_printf(sg_stderr, "%s: -A/--output-append-mode has no effect without -o/--output\n", sg_progname);
	if (sortby && !opt_count)
		out_printf(sg_stderr, "%s: -S/--summary-sort-by has no effect without (-c/--summary-only or "
			   "-C/--summary)\n", sg_progname);
	out_flush(sg_stderr);
	if (user)	/* looked up once the options are all read, as strace does */
		user_lookup(user);
	if (opt_stack)
		opt_seccomp = 0;	/* every mmap must stop: it changes the frames' files */
	char *path = n ? find_prog(ops[0]) : NULL;
	if (!opt_intr)		/* strace: -I never with -o FILE PROG, else waiting */
		opt_intr = outfile && n ? 3 : 2;
	/* and -o FILE PROG is quiet about attaching and detaching (strace's -q),
	 * unless -q or -e quiet= said otherwise */
	if (outfile && n && !qcount && !q_long)
		opt_quiet |= Q_ATTACH | Q_PERSONALITY;
	struct out file = { 2, 0, 0, 0, NULL };
	static char filebuf[1 << 16];
	if (opt_follow > 2)
		opt_follow = 2;
	if (opt_follow == 2 && !outfile)
		opt_follow = 1;		/* -ff without -o is -f */
	if (opt_follow == 2 && (outfile[0] == '|' || outfile[0] == '!'))
		usage_error("%s", "piping the output and -ff/--output-separately are mutually exclusive");
	if (opt_follow == 2) {
		ff_base = outfile;	/* -ff -o X: X.PID per process, no X */
		/* strace keeps room for ".PID" (3 chars per byte of an int)
		 * in PATH_MAX and refuses a longer X at once */
		if (strlen(outfile) >= 4096 - 3 * sizeof(int)) {
			out_printf(sg_stderr, "%s: %s: %s\n", sg_progname, outfile, strerror(ENAMETOOLONG));
			exit(1);
		}
	}
	else if (outfile) {
		long fd = (outfile[0] == '|' || outfile[0] == '!') ? pipe_open(outfile + 1) :
			  sys_openat(AT_FDCWD, outfile,
				     O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0666);
		if (fd < 0) {
			out_printf(sg_stderr, "%s: Can't fopen '%s': %s\n", sg_progname, outfile,
				   strerror((int)-fd));
			exit(1);
		}
		file.fd = (int)fd;
		sys_fcntl((int)fd, F_SETFD, FD_CLOEXEC);
		out_main = &file;
		out_name = outfile;
	}
	/* strace: -o FILE with -f, or with several processes from the start,
	 * puts the pid on every line */
	if (outfile && opt_follow < 2 && (opt_follow == 1 || npids + (n > 0) > 1))
		pid_prefix = 1;
	const char *sc = getenv("TRACE_SECCOMP");
	if ((sc && *sc == '0') || !opt_follow)	/* no filter without -f: above */
		opt_seccomp = 0;
	/* a process attached with -p has no filter of ours, so it must stop at
	 * every call; PROG started beside it (-p PID PROG) is then traced the
	 * same way, as one mode resumes every tracee */
	if (npids)
		opt_seccomp = 0;
	file.buf = filebuf;
	file.cap = sizeof filebuf;
	tout = &file;
	ops[n] = NULL;
	if (qemu) {		/* qemu.c: through QEMU's gdbstub */
		if (opt_stack) {	/* the guest's mappings are QEMU's own /proc/PID/maps */
			out_printf(sg_stderr, "%s: -k cannot be used with --qemu: the guest's mappings "
				"are not the kernel's to read\n", sg_progname);
			exit(1);
		}
		if (qemu_refuse(npids) < 0 || !(qemu = qemu_find(qemu)))
			exit(1);
		int qs = qemu_run(qemu, path, ops);
		out_flush(tout);
		exit(qs < 0 ? 1 : qs);
	}
	int st = n ? trace_run(path, ops, pids, npids) : trace_attach(pids, npids);
	out_flush(tout);
	pipe_close(file.fd);
	exit(st < 0 ? 1 : st);
}
