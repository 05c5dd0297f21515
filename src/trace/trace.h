/* src/trace/trace.h — what the parts of bin/trace share.
 *
 *   trace.c     options, main                    loop.c     fork, ptrace, the stop loop
 *   mem.c       reading the tracee's memory      print.c    the output line: columns, "= ret"
 *   quote.c     strace's string quoting          flags.c    named constants and flag sets
 *   syscalls.c  the table: name, args, decoder   filter.c   -e trace= and its classes
 *   count.c     -c -C -S -U -O: the table       stamp.c -t -tt -ttt -r -T, time specs
 *   seccomp.c   the BPF filter for -e trace=    stats.c --stats
 *   fdpath.c    -y -yy: <path> after descriptors  pathtrace.c -P: calls that access a path
 *   sockdiag.c  -yy: a socket's endpoints (NETLINK_SOCK_DIAG), kept per inode
 *   pidns.c     how a pid is printed: --decode-pids=pidns, -Y
 *   explain.c   --explain: man(2)'s NAME and ERRORS   regs.c  --regs
 *   step.c      --step: ask at each call        inject.c -e inject= -e fault=
 *   qual.c      -e signal= -e quiet=       regex.c    -e trace=/REGEX
 *   dump.c      -e read= -e write=: hex dumps
 *   gdbremote.c the GDB remote protocol: packets, acks, m g p
 *   qemu.c      --qemu: the stop loop over QEMU's gdbstub (no ptrace)
 *   file.c desc.c process.c memory.c signal.c net.c time.c   decoders by family
 *               (memory.c: also the NUMA calls and pkeys; process.c: the LDT
 *               and TLS entries, modify_ldt get/set_thread_area)
 *   sockaddr.c  socket addresses of the newer families (net.c prints the
 *               others): AF_RXRPC, AF_ALG, AF_NFC, AF_VSOCK, AF_XDP, AF_MCTP,
 *               AF_BLUETOOTH...
 *   cmsg.c      sendmsg/recvmsg control messages: SCM_RIGHTS, timestamps, IP_*
 *   sockopt.c   setsockopt/getsockopt values: linger, ucred, ip_mreq, group_req,
 *               packet_mreq, tpacket_req/stats, icmp_filter, SO_ERROR
 *   ipc.c       SysV msg*, sem*, shm*: flags, ctl commands, their structs
 *   aio.c       io_setup io_submit (iocbs) io_getevents io_pgetevents io_cancel
 *   netlink.c   netlink messages: which protocol a socket speaks, nlmsghdr,
 *               NLMSG_ERROR/DONE, attributes (netlink.h; names: src/gen/nltab.sh)
 *   nl_route.c  NETLINK_ROUTE's payloads    nl_sockdiag.c NETLINK_SOCK_DIAG's
 *   nl_link.c   RTM_*LINK's IFLA_* (nl_route.h: what the NETLINK_ROUTE files share)
 *   nl_rtkinds.c the other RTM_* kinds: tc, rules, netconf, nexthops...
 *   nl_xstats.c RTM_NEWSTATS' bridge, bond and MPLS statistics
 *   nl_misc.c   netfilter, generic, audit message types; nfgenmsg, SELinux's messages
 *   keys.c      add_key request_key keyctl     mount.c   fsopen..mount_setattr, swapon
 *   module.c    init/finit/delete_module kexec  mq.c      mq_*
 *   uring.c     io_uring_*                     bpf.c     bpf
 *   perf.c      perf_event_open: struct perf_event_attr
 *   fanotify.c  fanotify_*                     landlock.c landlock_*
 *   ptrace.c    ptrace's requests              futex.c   futex_waitv, robust lists
 *   admin.c     syslog reboot adjtimex iopl...  handle.c  name_to/open_by_handle_at
 *   quota.c     quotactl quotactl_fd           prctl.c   prctl's other options
 *   arch_prctl.c arch_prctl: codes, xfeature numbers and masks
 *   bpf_classic.c classic BPF programs: seccomp filters, SO_ATTACH_FILTER's,
 *               PACKET_DIAG_FILTER's: BPF_STMT(...), BPF_JUMP(...)
 *   ioctl.c     ioctl: request names (build/gen/ioctlent.h from src/gen/ioctls.sh),
 *               the argument by family (ioctl.h): ioctl_tty.c termios, winsize,
 *               modem lines; ioctl_block.c BLK*; ioctl_fs.c FS_IOC_*, FI*;
 *               ioctl_sock.c SIOC* ifreq, ifconf; ioctl_dev.c rtc, watchdog, nbd;
 *               ioctl_loop.c LOOP_* (loop_info, loop_info64, loop_config);
 *               ioctl_kd.c the console's modes, LEDs, tones, keymap entries and
 *               strings, keycodes, diacritics, unicode maps, fonts (KDFONTOP)
 *               (keysym names: src/gen/kdtab.sh);
 *               ioctl_dm.c the device mapper's dm_ioctl and its payloads;
 *               ioctl_btrfs.c btrfs's (names: src/gen/btrfstab.sh);
 *               ioctl_misc.c nsfs, random, inotify, userfaultfd, seccomp, perf;
 *               ioctl_hdio.c HDIO_* (geometry, drive commands, identify);
 *               ioctl_gpio.c GPIO chips, lines, v1 handles and v2 requests;
 *               ioctl_counter.c counter watches; ioctl_lirc.c LIRC_*;
 *               ioctl_input.c evdev (EVIOC*, names from src/gen/evdevtab.sh);
 *               ioctl_ptp.c PTP clocks; ioctl_tee.c TEE sessions and shared memory
 *               ioctl_scsi.c the SCSI generic driver's SG_* ints and reset;
 *               ioctl_ubi.c UBI's volume and erase block requests;
 *               ioctl_mtd.c MTD flash: erase ranges, OOB, OTP, device info;
 *               ioctl_kvm.c KVM: capabilities, memory slots, CPUID, registers;
 *               ioctl_v4l2.c V4L2 (VIDIOC_*, names from src/gen/v4l2tab.sh)
 *   unwind.c    -k: each call's stack, from the files' .eh_frame CFI
 *   elf.c       -k: the tracee's mapped ELF files: segments, symbols
 *   demangle.c  -k: C++ symbol names, as GNU's demangler writes them
 *
 * A decoder is called twice per call: at the entry stop (t->exiting == 0),
 * where it prints what the program passes in, and at the exit stop, where it
 * prints what the kernel filled in. strace prints the same way, which is why
 * `write(1, "hi\n", 3hi` appears when the tracee writes to the same terminal.
 */
#ifndef TRACE_H
#define TRACE_H
#include "sg.h"

#define NR_UNREADABLE (-2L)	/* no call has it: the kernel's numbers are >= -1 */
#define NR32_RAW 1024L		/* NSYS: beyond every table, as a number without a name */

/* One traced process (issue 6 grows this into a table). */
struct tcb {
	int pid;
	int insyscall;		/* between the entry and the exit stop */
	int skip_exit;		/* a call not shown: its exit stop is not read */
	long nr;		/* syscall number; NR_UNREADABLE: lost (the tracee was killed);
				 * NR32_RAW + n: i386's n, not decoded (pers32.c) */
	long nr32;		/* i386's number of a 32-bit call, else -1 (pers32.c) */
	int is32;		/* this stop came through the 32-bit door (int 0x80) */
	int pers;		/* the door of its last entry: 0 64-bit, 1 32-bit */
	long prev_nr;		/* the call before: what restart_syscall resumes */
	unsigned long a[6];	/* its arguments */
	unsigned long sp;	/* the stack pointer at entry (rt_sigreturn's frame) */
	unsigned long ip;	/* -i: the instruction pointer at the last stop */
	int noip;		/* -i: it is gone (the process ended) */
	long ret;		/* at exit: the raw return value */
	uint64_t etime;		/* -T: the monotonic clock at the entry stop */
	uint64_t cstart;	/* -c: the clock at the entry stop */
	unsigned long aux;	/* what a decoder saves at entry for the exit */
	int exiting;		/* the decoder is being called at the exit stop */
	int shown;		/* this call is printed (-e trace=) */
	int cut;		/* its line was cut: "<... NAME resumed>" at the exit */
	int silent;		/* traced but not shown (a child without -f) */
	int started;		/* its first stop has been seen */
	int rfmt;		/* how to print the result: R_* below */
	const char *rtext;	/* extra text after the result: " (flags ...)" */
	int rtext_err;		/* ... after an error too (ioctl_misc.c: strace's stale auxstr) */
	struct out lb;		/* -z -Z -e status=: the line held until the exit */
	struct out ff;		/* -ff: its own file */
	int col;		/* its column */
	/* -e inject=, -e fault=, --step (inject.c, step.c) */
	int tamper;		/* TAMPER_* for the call in progress */
	long inj_ret;		/* TAMPER_RET: what rax is made to hold at the exit */
	int inj_sig;		/* a signal to deliver when the entry stop resumes */
	int inj_hit;		/* -e inject= chose this call (inject_begin) */
	uint64_t delay_exit;	/* ns to hold the tracee at the exit stop */
	uint64_t hold_ns;	/* delay_enter/exit: hold it at this stop so long */
	uint64_t hold_until;	/* held until this mono_ns(), then resumed */
	int hold_sig;		/* with this signal */
	unsigned short *inj_count;	/* per syscall: how many times it was entered */
	unsigned long pidns;	/* its pid namespace's inode (pidns.c), 0: not read yet */
	char comm[64];		/* -Y: its command name (/proc/PID/comm) */
	void *stk;		/* -k: the stack kept at an entry (unwind.c) */
	char rbuf[4096];
};
enum { TAMPER_RET = 1, TAMPER_DELAY = 2,
       TAMPER_POKED = 4,		/* poke_enter= or poke_exit= wrote: "(INJECTED: args)" */
       TAMPER_POKE_EXIT = 8,		/* poke_exit= is due at the exit stop */
       TAMPER_SUCCESS = 16 };		/* retval=: a success, whatever the value */

/* Result formats */
enum { R_DEC, R_HEX, R_OCT, R_UDEC, R_NONE, R_FD,	/* R_FD: a new descriptor (-y) */
       R_TID, R_TGID, R_PGID, R_SID };		/* a pid of that kind (pidns.c) */

typedef void decoder(struct tcb *t);
struct sysent {
	const char *name;
	unsigned char nargs;
	unsigned char rfmt;	/* R_* for the result */
	decoder *dec;		/* NULL: print nargs arguments as numbers */
	const char *paths;	/* -P: each argument's role (pathtrace.c): P a path,
				 * F a descriptor, - neither; S L C special; "" or
				 * NULL: the call never accesses a path */
};
#define NSYS 1024
extern struct sysent systab[NSYS];
void systab_init(void);
int sys_lookup(const char *name);	/* number, or -1 */
int sys_known_elsewhere(const char *name);	/* a call of i386 (or x32) only */
int sys_nr_known_elsewhere(unsigned long nr);	/* an i386 call's number */
const char *sys_name32(long nr);	/* i386's name for nr, or NULL */

/* pers32.c: calls through the 32-bit door (int 0x80), strace's personality */
extern unsigned char trace_set32[NSYS];	/* -e trace= for i386's numbers */
void pers32_init(void);
void pers32_filter(const char *spec);
int pers_entry(struct tcb *t);		/* at an entry: the number mapped; 1: new door */
void pers_line(struct tcb *t);		/* "[ Process PID=N runs in 32 bit mode. ]" */
const char *call_name(const struct tcb *t);	/* i386's name, or systab's, or NULL */
int pers32_nargs(const struct tcb *t);

/* options */
extern int opt_strlen;		/* -s */
extern int opt_acol;		/* -a */
extern int opt_debug;		/* -d */
extern int opt_raw;		/* -X raw */
extern int opt_xverbose;	/* -X verbose (flags.c) */
/* -e abbrev=SET (all by default; -v, --no-abbrev: none): these calls'
 * structs and arrays abbreviated, "{st_mode=..., st_size=..., ...}" */
extern unsigned char abbrev_set[NSYS];
static inline int abbrev(const struct tcb *t)
{
	return (unsigned long)t->nr >= NSYS || abbrev_set[t->nr];
}
/* -v's dates: 2026-12-02T16:14:17.778160142+0000 in a comment, in local
 * time (nothing for 0 and for an nsec past 999999999), as strace (time.c) */
void pr_date_comment(long long sec, unsigned long long nsec);
void pr_clock_t(unsigned long long ticks);	/* time.c: ticks, their seconds in a comment */
void pr_sigevent(struct tcb *t, unsigned long addr);	/* time.c: timer_create, mq_notify */
extern int opt_quiet;		/* -q count */
extern unsigned char trace_set[NSYS];	/* -e trace= */
int filter_parse(const char *spec);	/* 0, or -1 after printing the error */

/* count.c: -c -C -w -S -U -O */
extern int opt_count, opt_wall, opt_columns;
int count_sortby(const char *s);	/* 0, or -1: not a key */
const char *count_columns(const char *list);	/* -U: NULL, or strace's error */
int count_overhead(const char *spec);	/* -O: 0, or -1: not a time */
/* stamp.c: strace's time specification (-O, delay_enter=): 1.5ms, 20 (us) */
int time_spec_parse(const char *s, uint64_t *ns);
uint64_t count_clock(const struct rusage *ru);
void count_call(struct tcb *t, uint64_t ns);
void count_report(void);

/* stats.c: --stats, what the tracing cost */
struct stats {
	unsigned long stops, shown, wait, ptrace, readv, bytes;
};
extern struct stats stats;
extern int opt_stats;
void stats_report(void);

/* seccomp.c */
extern int opt_seccomp;
#define SECCOMP_DATA_TRACE 0x5347	/* our filter's SECCOMP_RET_DATA ("SG") */
int seccomp_wanted(void);	/* -e trace= leaves some calls out */
long seccomp_install(void);	/* in the child: 0 or -errno */

/* -e status= (filter.c): which endings print the call's line */
enum { ST_SUCCESSFUL = 1, ST_FAILED = 2, ST_UNFINISHED = 4, ST_UNAVAILABLE = 8,
       ST_DETACHED = 16, ST_ALL = 31 };
extern int opt_status;
int status_parse(const char *spec);	/* 0, or -1 after printing the error */

/* loop.c */
int trace_run(char *path, char **argv, const int *pids, int npids);	/* PROG, and -p */
int trace_attach(const int *pids, int n);	/* -p */
extern int opt_daemon;		/* -D: 1 grandchild, 2 pgroup, 3 session */
extern int no_sysinfo, no_vm_readv;	/* take the fallback paths */

/* mem.c: copy from the tracee; 0 on success, -1 if not all of it was readable.
 * umove reads structs and arrays: for a call outside -e verbose='s set it
 * fails, and the decoders print the address, as strace does; umove_data
 * (strings, data buffers, what -P and -e read= need) always reads. */
int umove(int pid, unsigned long addr, void *buf, size_t len);
int umove_data(int pid, unsigned long addr, void *buf, size_t len);
void umove_cache_drop(void);	/* the tracee ran or was written to */
extern int cur_verbose;		/* verbose() of the call being decoded (loop.c) */
extern unsigned char verbose_set[NSYS];	/* -e verbose=SET: all by default */
static inline int verbose(const struct tcb *t)
{
	return (unsigned long)t->nr >= NSYS || verbose_set[t->nr];
}
/* up to len bytes of a NUL-terminated string; returns the length read
 * before the NUL, len if there was none, or -1 if unreadable */
long umovestr(int pid, unsigned long addr, char *buf, size_t len);

/* print.c: the output */
extern struct out *tout;
void pr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void prs(const char *s);
void pr_mem(const void *p, size_t n);
void line_begin(void);		/* a new line: the column restarts */
void line_start(struct tcb *t);	/* a new line for t: prefixes, cuts another's */
extern struct tcb *line_owner;	/* whose call line is open */
extern int nprocs, opt_follow, pid_prefix;
extern const char *ff_base;	/* -ff -o X */
void ff_switch(struct tcb *t);	/* tout = t's X.PID */
void ff_close(struct tcb *t);
void stamp_prefix(void);	/* -t -tt -ttt -r */
void stamp_suffix(struct tcb *t);	/* -T */
uint64_t mono_ns(void);
extern int opt_stamp, opt_rel, opt_dur;
void stamp_t(int n);				/* -t, -tt, -ttt */
int stamp_abs_parse(const char *arg);		/* --absolute-timestamps[=ARG]: 0 or -1 */
int stamp_prec_parse(int which, const char *arg);	/* 1 -r, 2 -T [=s|ms|us|ns] */
const char *kernel_errno_name(long e);	/* print.c: 512..530, ENOTSUPP... */
void line_end_call(struct tcb *t);	/* ") = ret\n" */
void line_end_unfinished(void);
extern struct out *out_main;	/* -o FILE's output, and its name */
extern const char *out_name;
void out_check(void);		/* after a write error: "trace: FILE: error" per line lost */	/* ")" + pad + "= ?\n" for a call that never returned */
int  line_col(void);
/* what is printed between these goes to buf (NUL-terminated, cut to size) */
void pr_capture_begin(char *buf, size_t size);
size_t pr_capture_end(void);	/* its length */
void line_set_col(int c);

/* quote.c */
#define QUOTE_0_TERM	1	/* stop at NUL: a C string */
#define QUOTE_HEX	2	/* every byte as \xNN (getrandom) */
#define QUOTE_BARE	4	/* no quotes around: -y's paths */
#define QUOTE_ANGLE	8	/* < and > in octal too: -y's paths sit between them */
#define QUOTE_OMIT_0	16	/* a last byte 0 read is dropped, and ends it: xattr values */
void quote_bytes(const unsigned char *s, size_t n, int flags);
/* A data buffer of len bytes at addr, cut at -s. */
void pr_buf(struct tcb *t, unsigned long addr, unsigned long len);
void pr_buf_omit0(struct tcb *t, unsigned long addr, unsigned long len);
void pr_buf_hex(struct tcb *t, unsigned long addr, unsigned long len);
/* The bytes past the `known` ones of a struct of `size`, if any is not 0 */
void pr_struct_tail(struct tcb *t, unsigned long addr, unsigned long known, unsigned long size);
/* ... after sep, 1 if anything ("???" for a tail not readable) was printed */
int pr_struct_tail_sep(struct tcb *t, unsigned long addr, unsigned long known,
		       unsigned long size, const char *sep);
int struct_tail_shown(struct tcb *t, unsigned long addr, unsigned long known, unsigned long size);
/* A NUL-terminated string, cut at -s; a path, not cut. */
void pr_str(struct tcb *t, unsigned long addr);
void pr_path(struct tcb *t, unsigned long addr);
/* A string of which the kernel reads at most limit bytes: all of them and
 * "..." when no NUL is among them */
void pr_strn(struct tcb *t, unsigned long addr, size_t limit);
/* Before array element i: ", " between elements; past -s elements strace
 * stops with "..." -- returns 0 then, and the caller closes the array. */
int pr_elem(int i);
/* An array of n elements of size bytes (at most 256) at addr, each printed
 * by elem from a copy: 1 if it went to the end (all printed, or cut at -s),
 * 0 after NULL, [], an address or an element it could not read */
int pr_array(struct tcb *t, unsigned long addr, unsigned long n, size_t size,
	     void (*elem)(struct tcb *t, const void *e));
/* ... and when all n were printed and more is set, ", ..." before the "]":
 * an array the kernel reads only the first n of */
int pr_array_more(struct tcb *t, unsigned long addr, unsigned long n, size_t size,
		  void (*elem)(struct tcb *t, const void *e), int more);
extern int cur_abbrev;	/* abbrev() of the call being decoded (loop.c sets it) */
int pr_nonverbose_addr(unsigned long addr);	/* 1: printed as an address (-e verbose=) */
/* argv/envp-style arrays of strings */
void pr_strarray(struct tcb *t, unsigned long addr);

/* flags.c */
struct xlat { unsigned long val; const char *name; };
#define X(c) { (unsigned long)(c), #c }
#define XEND { 0, NULL }
/* The name of val in a table, or NULL. */
const char *xlat_name(const struct xlat *x, unsigned long val);
/* One value: its name, else the number printed with fmt ("%#lx", "%lu"...)
 * and then the comment dflt (strace's "unknown" marker) when given.
 * -X raw prints the number. */
void pr_xlat(const struct xlat *x, unsigned long val, const char *fmt, const char *dflt);
/* A constant printed by hand: NAME; -X raw NUM; -X verbose NUM and NAME in a comment */
void pr_named(const char *num, const char *name);
void pr_named_hex(unsigned long val, const char *name);	/* NUM is val in hex */
/* -X verbose around a composite (QCMD(...), makedev(...)): NUM, then the
 * inside as -X abbrev prints it in a comment */
int xv_begin(const char *fmt, unsigned long val);
void xv_end(int on);
/* A set of bits: names joined by |, unknown bits in hex last; 0 prints
 * zero_text ("0" if NULL). */
void pr_flags(const struct xlat *x, unsigned long val, const char *zero_text);
/* The names of val's bits into buf ("A|B|0x10"); returns how many names */
int flags_text(char *buf, size_t size, const struct xlat *x, unsigned long val);
/* ... and when no name covers val: 0x10 and then dflt in a comment, as strace */
void pr_flags_d(const struct xlat *x, unsigned long val, const char *dflt);
/* a signed int by name, else in decimal: KEY_SPEC_THREAD_KEYRING, -9 */
void pr_xlat_int(const struct xlat *x, long val, const char *dflt);
void pr_id(unsigned long id);	/* a uid or gid: -1, else unsigned */

/* fdpath.c: -y, -yy, --decode-fds= */
enum { DF_PATH = 1, DF_SOCKET = 2, DF_DEV = 4, DF_PIDFD = 8, DF_ALL = 15 };
extern int opt_decode_fds, cur_pid;	/* DF_* bits */
void fdpath_init(void);
void pr_fd_path(long fd);	/* "<path>" after a descriptor, with -y */
void pr_fd_of_pidfd(long pidfd, long fd);	/* pidfd_getfd's: the fd as pidfd's process has it */
void pr_cwd_path(void);		/* "<cwd>" after AT_FDCWD, with -y */

/* sockdiag.c: a socket's endpoints for -yy, from NETLINK_SOCK_DIAG */
void pr_socket_details(int pid, int fd, unsigned long inode);	/* TCP:[1.2.3.4:5->6.7.8.9:10] */
void pr_in6(const unsigned char *addr);	/* an IPv6 address as inet_ntop writes it: ::1 */
void pr_makedev(unsigned long dev);	/* file.c: makedev(0x8, 0x1) */

/* pidns.c: --decode-pids=pidns, -Y (--decode-pids=comm) */
enum { DP_PIDNS = 1, DP_COMM = 2 };
enum { PT_TID, PT_TGID, PT_PGID, PT_SID };	/* the kinds of ids (NSpid: NStgid: ...) */
extern int opt_decode_pids;
extern struct tcb *cur_tcb;	/* whose ids are being printed (its namespace's) */
void pr_pid(long pid, int kind);	/* 1, then <comm> and its number in trace's namespace */
void pr_pid_or_pgid(long pid);
void pr_own_pid(int pid);	/* a pid in trace's namespace: 1234<comm> with -Y */	/* kill's: a tgid above 0, a process group below -1 */
void pid_comm_load(int pid, char *buf, size_t n);
int proc_pid(int pid);		/* /proc's name for a task trace numbers pid */
void pid_comm_after_prctl(struct tcb *t);	/* -Y: PR_SET_NAME renames t's prefix */
void pid_prefix_comm(struct tcb *t);	/* -Y: <comm> in the line's prefix */
int decode_pids_parse(const char *spec);	/* 0, or -1 after the error */

/* pathtrace.c: -P PATH, --trace-path=PATH */
extern int opt_paths;		/* how many paths (0: no -P) */
void path_add(const char *path);	/* at each -P */
void path_init(int quiet);	/* after the options: resolve, narrow trace_set */
int path_match(struct tcb *t);	/* at the entry: does the call access one? */

/* Common argument printers */
void pr_fd(long fd);
void pr_dirfd(long fd);
void pr_addr(unsigned long a);		/* NULL or 0x... */
void pr_dec(long v);
void pr_udec(unsigned long v);
void pr_oct(unsigned long v);
void pr_hex(unsigned long v);
void pr_sep(void);			/* ", " */
/* Is this call the one named? (decoders shared by a few calls) */
static inline int t_is(struct tcb *t, const char *name)
{
	return strcmp(systab[t->nr].name, name) == 0;
}
/* Did the call fail (-4095..-1)? */
/* an error return; strace takes an injected retval= as a success, even
 * -2 (it prints "= 18446744073709551614 (INJECTED)") */
static inline int t_failed(struct tcb *t)
{
	return (unsigned long)t->ret > -4096UL && !(t->tamper & TAMPER_SUCCESS);
}

/* Decoder families: each registers its decoders in systab. */
void file_init(void);
void desc_init(void);
void process_init(void);
void memory_init(void);
void signal_init(void);
void net_init(void);
void time_init(void);
void ipc_init(void);
void keys_init(void);		/* issue 17's families, each its own file */
void mount_init(void);
void module_init(void);
void mq_init(void);
void uring_init(void);
void bpf_init(void);
extern int opt_kvm_vcpu;	/* ioctl_kvm.c: -e kvm=vcpu, KVM_RUN's exit reason */
void perf_init(void);
/* a struct perf_event_attr at addr, whole (PERF_EVENT_IOC_MODIFY_ATTRIBUTES) */
void pr_perf_attr(struct tcb *t, unsigned long addr);
void fanotify_init_dec(void);
void landlock_init(void);
void ptrace_init(void);
void futex_init(void);
void admin_init(void);
void handle_init(void);
void quota_init(void);
void aio_init(void);
int pr_ioctl_name(unsigned req);	/* ioctl.c: 1 if some header names req */
int ioctl_named(unsigned req);		/* ... without printing */
void dec_ioctl(struct tcb *t);		/* ioctl.c: ioctl's decoder */
/* prctl.c: the options process.c's dec_prctl leaves to it */
extern const struct xlat prctl_more_opts[];
int prctl_entry_more(struct tcb *t, unsigned op);	/* 1: printed */
void prctl_exit_more(struct tcb *t, unsigned op);
void dec_arch_prctl(struct tcb *t);	/* arch_prctl.c */
/* bpf_classic.c: a classic BPF program, {len=N, filter=[...]} (its
 * instructions with -v) -- a seccomp filter's or a socket's */
enum { BPF_PROG_SECCOMP, BPF_PROG_SOCKET };
void pr_bpf_fprog(struct tcb *t, unsigned long addr, int kind);
void pr_bpf_insns(struct tcb *t, unsigned long addr, unsigned long n, int kind);
struct sock_filter;
void pr_bpf_insn(const struct sock_filter *f, int kind);	/* one instruction */
/* net.c: inet_pton(AF_INET6, "::1") (", &FIELD)" when it stands alone);
 * in6_text: without the field, for -X verbose's comment (sockopt.c too) */
void in6_call(const unsigned char *b, const char *field);
void in6_text(const unsigned char *b);
extern const struct xlat xl_seccomp_ret[];	/* process.c: SECCOMP_RET_* actions */
void pr_comm(struct tcb *t, unsigned long addr);	/* PR_SET_NAME's task name */
extern const struct xlat xl_caps[];	/* process.c: CAP_CHOWN... */
void sys_set(const char *name, int nargs, decoder *dec, int rfmt);

/* Shared decoder helpers */
void pr_sigset(struct tcb *t, unsigned long addr, unsigned long size);
void pr_signame(long sig);
void pr_signame_full(int sig);
void pr_siginfo(const siginfo_t *si);
void pr_timespec(struct tcb *t, unsigned long addr);
void pr_clockid(unsigned long id);	/* CLOCK_MONOTONIC (time.c) */
void pr_clockid_d(unsigned long id, const char *dflt);	/* else 0x99 and dflt in a comment */
void pr_timeval(struct tcb *t, unsigned long addr);
void pr_timeval_utime(struct tcb *t, unsigned long addr);	/* and its date comment */
void pr_rusage(struct tcb *t, unsigned long addr);
void pr_cpuset(struct tcb *t, unsigned long addr, unsigned long n);	/* [0 1], n bytes (process.c) */
#define IOV_ADDRS (~0UL - 1)	/* pr_iov: show where the buffers are, not their bytes */
void pr_iov(struct tcb *t, unsigned long addr, unsigned long cnt, unsigned long data);
typedef void buf_printer(struct tcb *t, unsigned long addr, unsigned long len);
void pr_iov_as(struct tcb *t, unsigned long addr, unsigned long cnt, unsigned long data,
	       buf_printer *show);
/* netlink.c: a socket's data, as netlink messages when the descriptor is a
 * netlink socket (sendto, recvfrom); an iovec's, when the message's name is
 * AF_NETLINK (sendmsg, recvmsg, *mmsg): of the call's first argument */
void pr_sockbuf(struct tcb *t, long fd, unsigned long addr, unsigned long len);
/* net.c: {sa_family=AF_INET, ...}, len bytes of it: the family, -1 if unread */
int pr_sockaddr(struct tcb *t, unsigned long addr, unsigned long len);
/* net.c: the fields after sin_family / sin6_family (b: the struct's bytes) */
void pr_sockaddr_in_rest(const unsigned char *b);
void pr_sockaddr_in6_rest(const unsigned char *b, unsigned long len);
/* sockaddr.c: AF_RXRPC AF_IEEE802154 AF_ALG AF_NFC AF_VSOCK AF_QIPCRTR AF_XDP
 * AF_MCTP AF_BLUETOOTH's fields after sa_family; 0 when not one of them or
 * too short */
int sockaddr_more(const unsigned char *b, unsigned long len, unsigned fam);
extern const struct xlat sol_levels[];	/* net.c: SOL_SOCKET, SOL_IP... */
/* net.c: an address field as text(b) ("htons(80)"); -X raw its n bytes in
 * hex, -X verbose the bytes and the text in a comment */
void pr_bytes_or(const unsigned char *b, size_t n, void (*text)(const unsigned char *));
/* cmsg.c: a msghdr's control messages, controllen bytes at addr */
void pr_cmsgs(struct tcb *t, unsigned long addr, unsigned long controllen);
/* sockopt.c: the value of setsockopt (len: optlen) and of getsockopt (rlen:
 * the length that came back, ulen the one that went in) */
void pr_setsockopt_val(struct tcb *t, unsigned level, unsigned name, unsigned long addr, int len);
void pr_getsockopt_val(struct tcb *t, unsigned level, unsigned name, unsigned long addr, int ulen,
		       int rlen);
void pr_nl_iovbuf(struct tcb *t, unsigned long addr, unsigned long len);
void pr_mode(unsigned long mode);	/* S_IFREG|0644 */
void pr_makedev(unsigned long dev);	/* makedev(0x8, 0x1) (file.c) */
void pr_open_flags(unsigned long flags);
void pr_o_flags(unsigned long flags);
void pr_fdpair(struct tcb *t, unsigned long addr);	/* pipe's, socketpair's [3, 4] */
void pr_prot(unsigned long prot);
extern const struct xlat xl_at_flags[];
extern const struct xlat netlink_protos[];	/* net.c: NETLINK_ROUTE... */
/* net.c: a struct sockaddr of len bytes at addr, as bind's: the family, -1
 * when none was read (its address printed) */
int pr_sockaddr(struct tcb *t, unsigned long addr, unsigned long len);
extern const struct xlat xl_poll_events[];	/* POLLIN... (desc.c) */
extern const struct xlat xl_rwf_flags[];	/* RWF_HIPRI... (desc.c) */
/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4) into buf (process.c) */
void ioprio_text(char *buf, size_t n, unsigned long v);

/* strace's sets (-e trace=, read=, status=, signal=...) may start with
 * any number of '!': each inverts the set. Moves *spec past them; 1 if the
 * set is inverted */
static inline int set_negated(const char **spec)
{
	int neg = 0;
	for (; **spec == '!'; (*spec)++)
		neg = !neg;
	return neg;
}
/* the length of s up to the first c (or its end) */
static inline size_t upto(const char *s, int c)
{
	const char *e = strchr(s, c);
	return e ? (size_t)(e - s) : strlen(s);
}
/* the next item of a comma-separated SET into item (cut to size - 1),
 * *spec moved past it: 0 at the end of the list */
static inline int next_item(const char **spec, char *item, size_t size)
{
	const char *s = *spec;
	size_t n;

	if (!*s)
		return 0;
	n = upto(s, ',');
	*spec = s + n + (s[n] == ',');
	if (n >= size)
		n = size - 1;
	memcpy(item, s, n);
	item[n] = 0;
	return 1;
}
/* dump.c: -e read=SET, -e write=SET */
int dump_parse(const char *spec, int write);	/* 0, or -1 after the error */
void dump_io(struct tcb *t);			/* after a returned call's line */
/* -e raw=SET (loop.c): these calls' arguments in hex */
extern unsigned char raw_set[NSYS];
/* -n, -i (print.c): "[ NR] " and "[IP] " before each line */
extern int opt_nflag, opt_iflag, opt_intr;
extern int out_pipe_pid;		/* -o '|CMD': CMD's pid, or 0 (trace.c) */
extern int opt_detach_exec;	/* -b execve (loop.c) */
/* -u USER (trace.c finds it, loop.c's child takes it) */
struct runas { int set; unsigned uid, gid; int ngroups; unsigned groups[64]; };
extern struct runas run_as;
/* fdpath.c: -e decode-fds=SET (path, socket, dev, pidfd: DF_* bits) */
int decode_fds_parse(const char *spec);
/* quote.c: -x -xx --strings-in-hex= */
enum { HEX_CHARS = 1, HEX_NON_ASCII, HEX_ALL };
extern int opt_xflag;
/* regex.c: -e trace=/REGEX */
const char *regex_check(const char *re);	/* NULL, or glibc's words for the error */
int regex_search(const char *re, const char *s);	/* found anywhere in s */
/* filter.c: a syscall set as -e trace= reads it (into set) */
int set_parse(const char *spec, unsigned char *set);

/* issue 14: the teaching options. Comment lines start with "# " (after the
 * [pid N] prefix), so that `grep -v '^# '` gives strace's output back. */
extern int opt_explain, opt_regs, opt_step;
void comment_start(struct tcb *t);	/* a new "# " line for t */
/* explain.c */
void explain_after(struct tcb *t, int returned);	/* after t's line */
const char *explain_desc(int nr);	/* the NAME line's description, or NULL */
int explain_list(const char *names);	/* --explain=NAME,...: print and exit */
const char *restart_name(long e);	/* "ERESTARTSYS" for 512, NULL otherwise */
/* regs.c */
void regs_entry(struct tcb *t);		/* "# rax=257 rdi=..." before the line */
void regs_exit(struct tcb *t);		/* "# rax=-2 (-ENOENT)" after it */
/* inject.c */
extern int inject_active;		/* some -e inject=/fault= was given */
extern int inject_signals;		/* ... with a signal= */
int inject_parse(const char *spec, int fault);	/* 0, or -1 after the error */
int inject_covered(void);		/* every injected call is in trace_set */
void inject_begin(struct tcb *t);	/* at the entry stop, before its line: count, poke_enter= */
int inject_replaces(const struct tcb *t);
void inject_entry(struct tcb *t);	/* at the entry stop: tamper */
void inject_exit(struct tcb *t);	/* at the exit stop: the result, the delay */
void tamper_suffix(struct tcb *t);	/* " (INJECTED)", " (DELAYED)" */
int tamper_signal(struct tcb *t);	/* the signal to resume with (then 0) */
void tamper_ret(struct tcb *t, long ret);	/* skip the call, make it return ret */
int errno_parse(const char *s);		/* ENOENT or 2; ERESTART*: -1 if none */
int signal_parse(const char *s);	/* SIGUSR1, USR1, usr1, 10; -1 if none */
/* step.c */
int step_open(void);			/* 0, or -1 after saying why not */
void step_ask(struct tcb *t);		/* at a shown entry: wait for the answer */
void trace_kill_all(void);		/* loop.c: SIGKILL every tracee */
/* qual.c: -e signal=, -e quiet= */
enum { Q_ATTACH = 1, Q_EXIT = 2, Q_PATH = 4, Q_PERSONALITY = 8, Q_SUPERSEDED = 16 };
int signal_set_parse(const char *spec);	/* 0, or -1 after the error */
int signal_shown(int sig);
int quiet_parse(const char *spec);	/* sets opt_quiet's bits */
/* gdbremote.c: one connection to a GDB stub */
#define GR_MAX 16384		/* the longest packet handled (QEMU's are 4096) */
struct gdbr {
	int fd;
	int noack;		/* QStartNoAckMode accepted: no + and - */
	int timeout;		/* ms to wait for a reply */
	size_t maxread;		/* bytes per m request, to fit the stub's PacketSize */
	unsigned char in[4096];	/* bytes read from the socket, not yet used */
	size_t inlen, inpos;
	char pkt[GR_MAX + 1];	/* the last packet received, decoded */
	size_t len;
	char err[200];		/* what went wrong, after a -1 */
	int eof;		/* ... which was the stub closing the connection */
	int ackdue;		/* the last reply's '+' goes with the next request */
};
int gr_send(struct gdbr *g, const char *payload);
int gr_recv(struct gdbr *g, int timeout);	/* timeout ms, -1 none */
int gr_cmd(struct gdbr *g, const char *payload);	/* send, then the reply */
int gr_ok(struct gdbr *g, const char *payload);	/* ... which must be OK */
int gr_read_mem(struct gdbr *g, unsigned long addr, void *buf, size_t len);	/* 0, -1 EFAULT, -2 broken */
int gr_hex_le(const char *s, size_t nbytes, unsigned long *v);
int gr_hex(const char *s, const char **end, unsigned long *v);
int gr_send2(struct gdbr *g, const char *a, const char *b);	/* both in one write */
int gr_ack(struct gdbr *g);	/* send the held-back '+' now */

/* unwind.c: -k, the stack after a call's or a signal's line */
extern int opt_stack;
void stack_entry(struct tcb *t);	/* a shown entry: execve and the exits keep it now */
void stack_after(struct tcb *t);	/* after the line, at the stop */
void stack_gone(struct tcb *t);		/* after "+++ exited": what the exit kept */
void stack_maps(struct tcb *t);		/* every exit stop: mappings changed? */
/* elf.c: the files a tracee maps, mapped read-only by trace once each */
struct elf_file;
const struct elf_file *elf_get(const char *path);	/* NULL: not a 64-bit ELF file */
const unsigned char *elf_at(const struct elf_file *f, unsigned long va, size_t len);
unsigned long elf_bias(const struct elf_file *f, unsigned long start, unsigned long off);
unsigned long elf_eh_frame_hdr(const struct elf_file *f);	/* its address, or 0 */
const char *elf_symbol(const struct elf_file *f, unsigned long addr, unsigned long *off);
/* demangle.c: a C++ name as strace -k shows it (a subset of the grammar) */
#define DM_NAME 4096
int demangle(const char *mangled, char *out, size_t n);	/* 0: leave it mangled */

/* qemu.c: --qemu */
extern int (*umove_hook)(unsigned long addr, void *buf, size_t len);	/* mem.c reads through it */
int qemu_run(const char *qemu, char *path, char **argv);
const char *qemu_find(const char *given);	/* --qemu=PATH, SG_QEMU_BIN, PATH */
int qemu_refuse(int npids);	/* -p, -f: -1 after saying why */
int qemu_auto(char *path, char **argv, int npids);	/* under qemu-user, by itself */
/* loop.c: the printing side, for a loop that is not ptrace's */
struct tcb *loop_ext_begin(int pid);
void loop_ext_entry(struct tcb *t);
void loop_ext_exit(struct tcb *t);
void loop_ext_signal(struct tcb *t, int sig, const siginfo_t *si);
int loop_ext_end(struct tcb *t, int status);	/* trace's exit status */
#endif
