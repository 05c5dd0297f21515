/* src/trace/pers32.c — calls through the 32-bit door: int 0x80 from a 64-bit
 * program (lesson 01's olddoor), or a whole i386 program.
 *
 * PTRACE_GET_SYSCALL_INFO names the door at every stop: arch
 * AUDIT_ARCH_I386 is i386's table (numbers from <asm/unistd_32.h>; the
 * kernel took the arguments from ebx ecx edx esi edi ebp). strace calls it
 * a personality and says when a process changes its own, shown call or not:
 *
 *   [ Process PID=1234 runs in 32 bit mode. ]
 *   getgid32()                              = 0
 *   [ Process PID=1234 runs in 64 bit mode. ]
 *
 * (not with -q, -e quiet=personality, nor with -o FILE and a PROG, which
 * imply -q). -e trace= names i386's calls by i386's names: getgid32, or
 * NAME@32 for that personality only.
 *
 * Where trace differs from strace (which has i386 decoders of its own):
 * a 32-bit call is decoded only where its arguments are laid out as in
 * 64-bit -- numbers, descriptors, paths, buffers -- by the 64-bit decoder of
 * the same name, or of the name less "32" (getuid32 is getuid: uid_t is 32
 * bits in both). Every other is printed with its arguments in hex, as many
 * as the 64-bit call of that name takes, else 6. -c counts a decoded 32-bit
 * call with the 64-bit one; the PTRACE_GETREGS fallback (no
 * PTRACE_GET_SYSCALL_INFO) cannot tell the doors apart.
 */
#include "trace.h"
#include "sysclass.h"

unsigned char trace_set32[NSYS];	/* -e trace= for i386's numbers */

/* the 64-bit calls whose decoders read 32-bit arguments right: each
 * argument an int, a descriptor, a path, or a buffer with its length */
static const char safe64[] =
	",read,write,open,close,creat,link,unlink,chdir,fchdir,chmod,fchmod,mkdir,rmdir,"
	"rename,access,dup,dup2,dup3,pipe,pipe2,umask,sync,fsync,fdatasync,exit,exit_group,"
	"getpid,getppid,gettid,getuid,geteuid,getgid,getegid,setuid,setgid,getpgrp,setsid,"
	"getpgid,getsid,setpgid,kill,tkill,tgkill,fork,vfork,pause,alarm,sched_yield,"
	"brk,chroot,symlink,readlink,unlinkat,mkdirat,openat,fchmodat,faccessat,";

static short eq64[NSYS];	/* i386 number -> the 64-bit call decoding it, or -1 */
static short like64[NSYS];	/* i386 number -> the 64-bit call of its name, or -1 */

static int is_safe(const char *name)
{
	size_t n = strlen(name);
	for (const char *p = safe64; *p; p++)
		if (p[0] == ',' && strncmp(p + 1, name, n) == 0 && p[n + 1] == ',')
			return 1;
	return 0;
}

/* the 64-bit call of an i386 name: the same name, or the name less "32" */
static int lookup64(const char *name)
{
	int nr = sys_lookup(name);
	size_t n = strlen(name);
	if (nr < 0 && n > 2 && n < 64 && strcmp(name + n - 2, "32") == 0) {
		char b[64];
		memcpy(b, name, n - 2);
		b[n - 2] = 0;
		nr = sys_lookup(b);
	}
	return nr;
}

void pers32_init(void)
{
	memset(trace_set32, 1, sizeof trace_set32);
}

/* the maps, made when first needed (a 32-bit call, or a class in -e
 * trace=): each i386 name looked up among 1024, not at every start */
static void maps_ready(void)
{
	static int ready;
	if (ready++)
		return;
	for (int i = 0; i < NSYS; i++) {
		const char *n = sys_name32(i);
		int nr = n ? lookup64(n) : -1;
		like64[i] = (short)nr;
		eq64[i] = (short)(nr >= 0 && is_safe(systab[nr].name) ? nr : -1);
	}
}

/* At an entry stop: the number mapped -- a decoded 32-bit call runs under
 * its 64-bit number (t->nr32 keeps i386's, for its name), any other is
 * NR32_RAW + i386's. Returns 1 when the process changed doors (strace's
 * line: pers_line). */
int pers_entry(struct tcb *t)
{
	int changed = t->is32 != t->pers;

	t->pers = t->is32;
	t->nr32 = -1;
	if (t->is32 && t->nr >= 0 && t->nr < NSYS) {
		maps_ready();
		t->nr32 = t->nr;
		t->nr = eq64[t->nr32] >= 0 ? eq64[t->nr32] : NR32_RAW + t->nr32;
	}
	return changed;
}

void pers_line(struct tcb *t)
{
	if (opt_quiet & Q_PERSONALITY)
		return;
	line_start(t);
	pr("[ Process PID=%d runs in %s mode. ]\n", t->pid, t->pers ? "32 bit" : "64 bit");
	line_owner = NULL;
}

const char *call_name(const struct tcb *t)
{
	if (t->nr32 >= 0)
		return sys_name32(t->nr32);
	return t->nr >= 0 && t->nr < NSYS ? systab[t->nr].name : NULL;
}

/* how many arguments a 32-bit call printed in hex shows */
int pers32_nargs(const struct tcb *t)
{
	int nr = like64[t->nr32];
	return nr >= 0 && systab[nr].nargs ? systab[nr].nargs : 6;
}

/* -e trace=SPEC for i386's table, after set_parse() took it for x86-64's
 * (which reported any error): names by i386's names; a class by its
 * members' i386 names (the same, or with "32"); NAME@64 not here */
void pers32_filter(const char *spec)
{
	static unsigned char cls[NSYS];
	char item[128];
	int neg = set_negated(&spec), val = !neg;

	memset(trace_set32, neg, NSYS);
	if (strcmp(spec, "none") == 0) {
		memset(trace_set32, !val, NSYS);
		return;
	}
	while (next_item(&spec, item, sizeof item)) {
		char *it = item + (item[0] == '?');
		char *at = strrchr(it, '@');
		if (at) {
			if (strcmp(at, "@32") != 0)
				continue;
			*at = 0;
		}
		if (strcmp(it, "all") == 0) {
			memset(trace_set32, val, NSYS);
			continue;
		}
		memset(cls, 0, NSYS);
		int isclass = *it != '/' && sysclass_mark(it, cls, 1);
		if (isclass)
			maps_ready();
		uint64_t num;
		int isnum = *it >= '0' && *it <= '9' && parse_u64(it, 10, &num) == 0;
		for (int i = 0; i < NSYS; i++) {
			const char *name = sys_name32(i);
			if (!name)
				continue;
			if ((*it == '/' && regex_search(it + 1, name)) ||
			    (isclass && like64[i] >= 0 && cls[like64[i]]) ||
			    (isnum && num == (uint64_t)i) || strcmp(it, name) == 0)
				trace_set32[i] = (unsigned char)val;
		}
	}
}
