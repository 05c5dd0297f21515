/* src/trace/seccomp.c — a seccomp-bpf filter so that only the calls
 * -e trace= selects stop the tracee.
 *
 * Without it every call stops twice (entry and exit), shown or not. With it
 * the child, before its exec, installs a classic-BPF program that the kernel
 * runs on each syscall entry; for the selected calls it returns
 * SECCOMP_RET_TRACE, which stops the tracee with PTRACE_EVENT_SECCOMP (when
 * the tracer set PTRACE_O_TRACESECCOMP); the tracer then resumes with
 * PTRACE_SYSCALL to see the exit, and with PTRACE_CONT after it, so the
 * other calls run at full speed (SECCOMP_RET_ALLOW).
 *
 * The program reads struct seccomp_data (<linux/seccomp.h>):
 *
 *   offset 0  int   nr      the syscall number
 *          4  u32   arch    AUDIT_ARCH_X86_64 for the 64-bit syscall entry
 *          8  u64   instruction_pointer
 *         16  u64   args[6]
 *
 *   ld  [4]                    arch
 *   jeq AUDIT_ARCH_X86_64, +1  (other ABIs, int 0x80: always stop)
 *   ret TRACE
 *   ld  [0]                    nr
 *   jge 0x40000000 -> TRACE    (x32's numbers carry this bit: always stop)
 *   then a binary search over the runs of numbers with one verdict:
 *       jge FIRST_OF_RIGHT_HALF, +0, +1
 *       ja  RIGHT                (ja has a 32-bit offset; jt/jf only 8 bits)
 *       LEFT ...  RIGHT ...
 * Numbers without a name are always stopped (strace shows them all).
 * execve is always stopped: it ends the hidden start-up of the child;
 * seccomp and prctl too: the program may install a filter of its own.
 * Our TRACE carries SECCOMP_DATA_TRACE (PTRACE_GETEVENTMSG tells it from
 * the program's own filter's; both stop the call as an entry, and it runs,
 * as under strace --seccomp-bpf).
 *
 * A filter cannot be removed, and SECCOMP_RET_TRACE without a tracer makes
 * the call fail with ENOSYS: so every process that inherits it (the
 * tracee's children) is traced too — silently without -f — and the filter
 * is installed only in the child that trace has already seized.
 * PR_SET_NO_NEW_PRIVS only where the kernel requires it (EACCES: no
 * CAP_SYS_ADMIN), where it also keeps a set-uid program from running with
 * our filter; as root the program's own no_new_privs stays as it was.
 */
#include "trace.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>

int opt_seccomp = 1;		/* --seccomp-bpf (trace.c); TRACE_SECCOMP=0 turns it off */

#define X32_BIT 0x40000000u
#define MAXI 4096		/* BPF_MAXINSNS */

static struct sock_filter prog[MAXI];
static int ni;
static unsigned run_start[NSYS + 1];	/* the runs: [run_start[i], run_start[i+1]) */
static unsigned char run_trace[NSYS];
static int nruns;

static int stops(int nr)
{
	/* seccomp and prctl: a filter of the program's own must be seen (loop.c) */
	return !systab[nr].name || trace_set[nr] || strcmp(systab[nr].name, "execve") == 0 ||
	       strcmp(systab[nr].name, "seccomp") == 0 || strcmp(systab[nr].name, "prctl") == 0;
}

static void emit(unsigned short code, unsigned k, unsigned char jt, unsigned char jf)
{
	if (ni < MAXI)
		prog[ni] = (struct sock_filter){ code, jt, jf, k };
	ni++;
}

static void ret(int trace)
{
	emit(BPF_RET | BPF_K, trace ? SECCOMP_RET_TRACE | SECCOMP_DATA_TRACE : SECCOMP_RET_ALLOW, 0, 0);
}

/* runs lo..hi-1; the number is in the accumulator */
static void tree(int lo, int hi)
{
	if (hi - lo == 1) {
		ret(run_trace[lo]);
		return;
	}
	int mid = (lo + hi) / 2;
	emit(BPF_JMP | BPF_JGE | BPF_K, run_start[mid], 0, 1);
	int ja = ni;
	emit(BPF_JMP | BPF_JA, 0, 0, 0);
	tree(lo, mid);
	if (ja < MAXI)
		prog[ja].k = (unsigned)(ni - ja - 1);
	tree(mid, hi);
}

/* Is the filter worth it? Only when some calls are not selected -- and not
 * when ptrace is: a program watched for its ptrace calls traces processes
 * of its own, and a child that a parent of ours traces (PTRACE_TRACEME,
 * PTRACE_ATTACH) can neither be attached by trace, which the filter needs,
 * nor run the filter's TRACE verdicts under a tracer that did not ask for
 * them (ENOSYS). Without -f strace leaves such children alone. */
int seccomp_wanted(void)
{
	int nr_ptrace = sys_lookup("ptrace");

	if (nr_ptrace >= 0 && trace_set[nr_ptrace])
		return 0;
	for (int i = 0; i < NSYS; i++)
		if (!stops(i))
			return 1;
	return 0;
}

/* In the child, before exec. Returns 0 or -errno (then the child runs
 * unfiltered and every call stops, as strace falls back). */
long seccomp_install(void)
{
	nruns = 0;
	for (int i = 0; i < NSYS; i++) {
		int v = stops(i);
		if (!nruns || run_trace[nruns - 1] != v) {
			run_start[nruns] = (unsigned)i;
			run_trace[nruns++] = (unsigned char)v;
		}
	}
	/* numbers past the table: stop */
	if (run_trace[nruns - 1] != 1) {
		run_start[nruns] = NSYS;
		run_trace[nruns++] = 1;
	}
	ni = 0;
	emit(BPF_LD | BPF_W | BPF_ABS, 4, 0, 0);
	emit(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
	ret(1);
	emit(BPF_LD | BPF_W | BPF_ABS, 0, 0, 0);
	emit(BPF_JMP | BPF_JGE | BPF_K, X32_BIT, 0, 1);
	ret(1);
	tree(0, nruns);
	if (ni > MAXI)
		return -E2BIG;
	struct sock_fprog fp = { (unsigned short)ni, prog };
	/* with CAP_SYS_ADMIN (root) the kernel takes the filter as it is: the
	 * program keeps PR_GET_NO_NEW_PRIVS 0, as under strace -e trace= */
	long r = sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp);
	if (r != -EACCES)
		return r;
	r = sys_prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (r < 0)
		return r;
	return sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp);
}
