/* sandbox — run a program under a seccomp filter
 *
 * Usage: sandbox [OPTION]... [PROG [ARG]...]
 *
 * Install a seccomp filter (a classic-BPF program the kernel runs on every
 * system call) in this process, then run PROG with execve(2): the filter
 * stays with PROG and every process it starts, and cannot be removed.
 *
 *   -a, --allow=LIST   allow only the calls in LIST; the others get ACTION
 *   -d, --deny=LIST    the calls in LIST get ACTION; the others are allowed
 *   -e, --errno=E      ACTION: fail with errno E (a name such as EACCES, or
 *                      a number); this is the default, with EPERM
 *   -k, --kill         ACTION: kill the process (SECCOMP_RET_KILL_PROCESS):
 *                      it dies by SIGSYS, status 159 in the shell
 *   -t, --trap         ACTION: send SIGSYS (SECCOMP_RET_TRAP), which the
 *                      program may catch
 *   -T, --trace        ACTION: SECCOMP_RET_TRACE: stop for a tracer that asked
 *                      for seccomp stops; with no such tracer, ENOSYS
 *   -l, --log          ACTION: allow the call and log it (SECCOMP_RET_LOG)
 *   -p, --print        print the filter, one instruction a line with what it
 *                      means; without PROG, print it and exit
 *   --help             show this help and exit
 *   --version          show the version and exit
 *
 * LIST is a comma-separated list of system call names (openat, write) and of
 * strace's classes, as in trace -e trace=: %file, %process, %network (%net),
 * %signal, %ipc, %desc, %memory, %creds, %clock, %pure, %stat, %lstat,
 * %fstat, %%stat, %statfs, %fstatfs, %%statfs.
 *
 * The filter first checks the ABI: a call made any other way than x86-64's
 * syscall instruction (int 0x80, x32 numbers) is killed, since its numbers
 * name other calls. The execve that starts PROG, made by sandbox itself after
 * the filter is in, is always allowed (it is recognised by the address it
 * comes from); any later execve is judged by LIST like any call.
 *
 * Exit status: 125 if sandbox itself fails (a bad LIST, a kernel without
 * seccomp), 126 if PROG is found but cannot run, 127 if it is not found;
 * otherwise PROG's own.
 */
#include "sg.h"
#include "bpf.h"
#include "sysclass.h"
#include "quotearg.h"
#include "sandbox.help.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>
#include <linux/fcntl.h>
#include <asm/unistd.h>

#define X32_BIT 0x40000000u
#define MAXI 4096		/* BPF_MAXINSNS */

static unsigned char set[SYS_NMAX];	/* the calls LIST names */
static struct sock_filter prog[MAXI];
static int ni;

static void emit(unsigned short code, unsigned k, unsigned char jt, unsigned char jf)
{
	if (ni >= MAXI)
		error(125, 0, "the filter is longer than %d instructions", MAXI);
	prog[ni++] = (struct sock_filter){ code, jt, jf, k };
}

/* LIST into set[]; names and classes, as trace's -e trace= reads them */
static void parse_list(const char *list)
{
	char item[64];

	while (*list) {
		const char *start = list;
		size_t n = 0;
		while (list[n] && list[n] != ',')
			n++;
		if (n == 0 || n >= sizeof item)
			goto bad;
		memcpy(item, list, n);
		item[n] = 0;
		list += n + (list[n] == ',');
		if (sysclass_mark(item, set, 1))
			continue;
		int nr = sys_number(item);
		if (nr < 0)
			goto bad;
		set[nr] = 1;
		continue;
bad:
		memcpy(item, start, n < sizeof item ? n : sizeof item - 1);
		item[n < sizeof item ? n : sizeof item - 1] = 0;
		error(0, 0, "invalid system call %s", quote(item));
		tool_try_help(125);
	}
}

/* E: a name from the kernel's errno list (the generated table), or 1..4095 */
static unsigned parse_errno(const char *s)
{
	uint64_t v;

	for (int e = 1; e < 4096; e++)
		if (errno_name(e) && strcmp(errno_name(e), s) == 0)
			return (unsigned)e;
	if (parse_u64(s, 10, &v) == 0 && v >= 1 && v <= 4095)
		return (unsigned)v;
	error(0, 0, "invalid errno %s", quote(s));
	tool_try_help(125);
}

/* The address the kernel reports for our own execve: just past the syscall
 * instruction of the runtime's stub (asm/syscall.asm). */
static unsigned long execve_ip(void)
{
	const unsigned char *p = (const unsigned char *)(void *)sys_execve;

	for (int i = 0; i < 32; i++)
		if (p[i] == 0x0f && p[i + 1] == 0x05)
			return (unsigned long)(p + i + 2);
	error(125, 0, "no syscall instruction in sys_execve");
	return 0;
}

/* The program: ABI check, our execve, then one jeq/ret pair per listed call
 * (no jump is ever longer than one instruction, whatever the list's size). */
static void build(int allow, unsigned action)
{
	unsigned long ip = execve_ip();
	unsigned hit = allow ? SECCOMP_RET_ALLOW : action;
	unsigned miss = allow ? action : SECCOMP_RET_ALLOW;

	emit(BPF_LD | BPF_W | BPF_ABS, 4, 0, 0);
	emit(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
	emit(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS, 0, 0);
	emit(BPF_LD | BPF_W | BPF_ABS, 0, 0, 0);
	emit(BPF_JMP | BPF_JGE | BPF_K, X32_BIT, 0, 1);
	emit(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS, 0, 0);
	/* execve from sandbox's own stub: allowed, whatever LIST says */
	emit(BPF_JMP | BPF_JEQ | BPF_K, __NR_execve, 0, 6);
	emit(BPF_LD | BPF_W | BPF_ABS, 8, 0, 0);
	emit(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)ip, 0, 3);
	emit(BPF_LD | BPF_W | BPF_ABS, 12, 0, 0);
	emit(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)(ip >> 32), 0, 1);
	emit(BPF_RET | BPF_K, SECCOMP_RET_ALLOW, 0, 0);
	emit(BPF_LD | BPF_W | BPF_ABS, 0, 0, 0);
	for (int nr = 0; nr < SYS_NMAX; nr++)
		if (set[nr]) {
			emit(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)nr, 0, 1);
			emit(BPF_RET | BPF_K, hit, 0, 0);
		}
	emit(BPF_RET | BPF_K, miss, 0, 0);
}

static void print_prog(void)
{
	char ins[64], why[96];

	out_printf(sg_stdout, " pc  %-34s %s\n", "instruction", "meaning");
	for (int pc = 0; pc < ni; pc++) {
		bpf_insn_text(ins, sizeof ins, prog, pc);
		seccomp_insn_comment(why, sizeof why, prog, pc);
		out_printf(sg_stdout, "%3d  %-34s %s\n", pc, ins, why);
	}
	out_flush(sg_stdout);
}

/* PROG as execvp finds it, looked up before the filter is in (so that a
 * LIST without faccessat still finds it). NULL: not found (*err says why). */
static char *find(char *file, long *err)
{
	static char path[4096];
	const char *dirs = getenv("PATH");

	struct stat st;

	*err = -ENOENT;
	if (!*file)
		return NULL;
	if (strchr(file, '/')) {
		long r = sys_newfstatat(AT_FDCWD, file, &st, 0);
		if (r < 0) {
			*err = r;
			return NULL;
		}
		*err = -EACCES;
		return (st.st_mode & S_IFMT) == S_IFREG && sys_faccessat(AT_FDCWD, file, 1) == 0 ? file : NULL;
	}
	if (!dirs)
		dirs = "/bin:/usr/bin";
	for (const char *d = dirs;; d++) {
		const char *end = strchr(d, ':');
		size_t len = end ? (size_t)(end - d) : strlen(d);
		if (len == 0)
			len = 1, d = ".";
		if (len + 1 + strlen(file) < sizeof path) {
			memcpy(path, d, len);
			path[len] = '/';
			strlcpy(path + len + 1, file, sizeof path - len - 1);
			if (sys_newfstatat(AT_FDCWD, path, &st, 0) == 0 && (st.st_mode & S_IFMT) == S_IFREG) {
				if (sys_faccessat(AT_FDCWD, path, 1) == 0)
					return path;
				*err = -EACCES;
			}
		}
		if (!end)
			break;
		d = end;
	}
	return NULL;
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		{ "allow", 1, 'a' }, { "deny", 1, 'd' }, { "errno", 1, 'e' }, { "kill", 0, 'k' },
		{ "trap", 0, 't' }, { "trace", 0, 'T' }, { "log", 0, 'l' }, { "print", 0, 'p' },
		{ "help", 0, 'h' }, { "version", 0, 'V' }, { 0 }
	};
	/* '+': options end at PROG, whose own options are its */
	static const char shorts[] = "+a:d:e:ktTlp";
	unsigned action = SECCOMP_RET_ERRNO | EPERM;
	int allow = -1, print = 0, c, n;
	struct opt o;

	sg_exit_failure = 125;
	opt_init(&o, argc, argv, shorts, longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'a': case 'd':
			if (allow >= 0 && allow != (c == 'a')) {
				error(0, 0, "--allow and --deny cannot be used together");
				tool_try_help(125);
			}
			allow = c == 'a';
			parse_list(o.arg);
			break;
		case 'e': action = SECCOMP_RET_ERRNO | parse_errno(o.arg); break;
		case 'k': action = SECCOMP_RET_KILL_PROCESS; break;
		case 't': action = SECCOMP_RET_TRAP; break;
		case 'T': action = SECCOMP_RET_TRACE; break;
		case 'l': action = SECCOMP_RET_LOG; break;
		case 'p': print = 1; break;
		case 'h': tool_help(help_text);
		case 'V': tool_version("sandbox");
		default: tool_try_help(125);
		}
	}
	char **ops = opt_operands(&o, &n);
	if (allow < 0)
		allow = 0;	/* neither: deny nothing */
	build(allow, action);
	if (print)
		print_prog();
	if (n == 0) {
		if (print)
			return 0;
		error(0, 0, "missing operand");
		tool_try_help(125);
	}
	long err;
	char *path = find(ops[0], &err);
	if (!path) {
		error(0, (int)-err, "%s", quote(ops[0]));
		return err == -ENOENT ? 127 : 126;
	}
	struct sock_fprog fp = { (unsigned short)ni, prog };
	long r = sys_prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (r == 0)
		r = sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp);
	if (r < 0)
		error(125, (int)-r, "cannot install the filter");
	r = sys_execve(path, ops, envp);
	/* the filter is in: error() may itself be refused (write denied) */
	error(0, (int)-r, "%s", quote(ops[0]));
	return r == -ENOENT ? 127 : 126;
}
