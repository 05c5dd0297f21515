/* maps — print a process's memory map, with sizes and what each region is
 *
 * Usage: maps [PID]
 *
 * Read /proc/PID/maps (without PID: this process's own, /proc/self/maps)
 * and print one line per mapping:
 *
 *   ADDRESS               SIZE PERM KIND    MAPPING
 *   0000000000400000        4K r--p rodata  /path/of/the/program
 *
 * then "total NK". SIZE is end - start in KiB, as pmap prints it. KIND says
 * what the region is:
 *   text, rodata, data  the program's own file, mapped executable, read-only,
 *                       or writable
 *   bss                 anonymous memory right after the program's data
 *   heap                [heap]: what brk has given
 *   stack               [stack]: the main thread's stack
 *   vdso, vvar          the kernel's code ([vdso]) and the data it reads
 *                       ([vvar], [vvar_vclock])
 *   vsyscall            the old fixed-address page ([vsyscall])
 *   file                any other file: a library, a file read through mmap
 *   anon                anonymous memory: mmap(MAP_ANONYMOUS), thread stacks
 * Other bracketed names are printed without their brackets.
 *
 *   --help      show this help and exit
 *   --version   show the version and exit
 *
 * Errors are GNU-style: "maps: 99999: No such process" (exit 1) when there
 * is no such process, "maps: abc: invalid process id" for a PID that is not
 * a number. Under qemu-x86_64, /proc/self/maps is the emulator's view of the
 * guest (no [vdso] with QEMU 7.2).
 */
#include "sg.h"
#include "maps.help.h"

struct region {
	unsigned long start, end;
	char perm[5];
	const char *path;	/* "" for anonymous */
};

static int parse_hex(const char **s, unsigned long *v)
{
	const char *p = *s;
	unsigned long x = 0;

	for (; (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'); p++)
		x = x * 16 + (unsigned long)(*p <= '9' ? *p - '0' : *p - 'a' + 10);
	if (p == *s)
		return -1;
	*v = x;
	*s = p;
	return 0;
}

/* one line of /proc/PID/maps:
 *   start-end perm offset dev inode   path */
static int parse_line(char *line, struct region *r)
{
	const char *s = line;

	if (parse_hex(&s, &r->start) || *s++ != '-' || parse_hex(&s, &r->end) || *s++ != ' ')
		return -1;
	for (int i = 0; i < 4; i++) {
		if (!*s)
			return -1;
		r->perm[i] = *s++;
	}
	r->perm[4] = 0;
	/* offset, device, inode: three fields we skip */
	for (int f = 0; f < 3; f++) {
		while (*s == ' ')
			s++;
		while (*s && *s != ' ')
			s++;
	}
	while (*s == ' ')
		s++;
	r->path = s;
	return 0;
}

static const char *kind_of(const struct region *r, const struct region *prev, const char *exe, int prev_exe)
{
	const char *p = r->path;

	if (p[0] == '[') {
		if (strcmp(p, "[heap]") == 0)
			return "heap";
		if (strcmp(p, "[stack]") == 0)
			return "stack";
		if (strcmp(p, "[vdso]") == 0)
			return "vdso";
		if (str_starts(p, "[vvar"))
			return "vvar";
		if (strcmp(p, "[vsyscall]") == 0)
			return "vsyscall";
		return NULL;	/* the name itself */
	}
	if (!p[0])
		return prev && prev_exe && prev->end == r->start && r->perm[1] == 'w' ? "bss" : "anon";
	if (exe && strcmp(p, exe) == 0)
		return r->perm[2] == 'x' ? "text" : r->perm[1] == 'w' ? "data" : "rodata";
	return "file";
}

/* the whole of a /proc file (its size is unknown until read) */
static char *slurp(int fd, size_t *len)
{
	size_t cap = 16384, n = 0;
	char *p = malloc(cap + 1);

	for (;;) {
		if (n == cap)
			p = realloc(p, (cap *= 2) + 1);
		long r = sys_read(fd, p + n, cap - n);
		if (r == -EINTR)
			continue;
		if (r < 0) {
			free(p);
			*len = (size_t)r;
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	p[n] = 0;
	*len = n;
	return p;
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = { { "help", 0, 'h' }, { "version", 0, 'V' }, { 0 } };
	static char path[64], exe[4096];
	const char *who = "self";
	struct opt o;
	int c, n;

	(void)envp;
	opt_init(&o, argc, argv, "", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'h': tool_help(help_text);
		case 'V': tool_version("maps");
		default: tool_try_help(1);
		}
	}
	char **ops = opt_operands(&o, &n);
	if (n > 1) {
		error(0, 0, "extra operand '%s'", ops[1]);
		tool_try_help(1);
	}
	if (n == 1) {
		uint64_t pid;
		who = ops[0];
		if (parse_u64(who, 10, &pid) || pid == 0 || pid > 0x3fffffff)
			error(1, 0, "%s: invalid process id", who);
	}
	snprintf(path, sizeof path, "/proc/%s/maps", who);
	long fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	if (fd < 0)
		error(1, 0, "%s: %s", who, strerror(fd == -ENOENT ? ESRCH : (int)-fd));
	size_t len;
	char *text = slurp((int)fd, &len);
	sys_close((int)fd);
	if (!text)
		error(1, 0, "%s: %s", who, strerror(len == (size_t)-ESRCH || len == (size_t)-ENOENT ? ESRCH : (int)-(long)len));

	/* the program's own file: what /proc/PID/exe links to */
	snprintf(path, sizeof path, "/proc/%s/exe", who);
	long el = sys_readlinkat(AT_FDCWD, path, exe, sizeof exe - 1);
	if (el > 0)
		exe[el] = 0;

	printf("%-16s %9s %-4s %-8s %s\n", "ADDRESS", "SIZE", "PERM", "KIND", "MAPPING");
	struct region prev = { 0 }, r;
	int have_prev = 0, prev_exe = 0;
	unsigned long total = 0;
	for (char *line = text; *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		if (parse_line(line, &r) == 0) {
			const char *k = kind_of(&r, have_prev ? &prev : NULL, el > 0 ? exe : NULL, prev_exe);
			char name[64];
			if (!k) {
				size_t m = strlen(r.path);
				snprintf(name, sizeof name, "%.*s", (int)(m > 2 ? m - 2 : 0), r.path + 1);
				k = name;
			}
			unsigned long kb = (r.end - r.start) / 1024;
			total += kb;
			if (r.path[0])
				printf("%016lx %8luK %s %-8s %s\n", r.start, kb, r.perm, k, r.path);
			else
				printf("%016lx %8luK %s %s\n", r.start, kb, r.perm, k);
			prev_exe = el > 0 && strcmp(r.path, exe) == 0;
			prev = r;
			have_prev = 1;
		}
		if (!nl)
			break;
		line = nl + 1;
	}
	printf("total %luK\n", total);
	return 0;
}
