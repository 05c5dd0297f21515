/* tests/rt/abi.c — the stubs keep the kernel's ABI. Each check prints
 * "ok: ..." or "FAIL: ..."; the exit status is the number of failures.
 * The expectations are the kernel's documented behaviour. */
#include "sg.h"

static int failures;

static void check(bool good, const char *what, long got)
{
	out_printf(sg_stdout, "%s: %s (got %ld)\n", good ? "ok" : "FAIL", what, got);
	failures += !good;
}

/* Callee-saved registers (rbx rbp r12-r15) must survive a stub. The
 * compiler trusts that blindly, so look from assembly: load known values,
 * call the stub, store what came back. The red zone below rsp may hold the
 * compiler's data, so step past it before `call` pushes anything. */
static unsigned long after[6];
static const unsigned long before[6] = {
	0x1111111111111111, 0x2222222222222222, 0x3333333333333333,
	0x4444444444444444, 0x5555555555555555, 0x6666666666666666,
};

static void callee_saved(void)
{
	__asm__ volatile(
		"push %%rbp\n\t"
		"mov before+0(%%rip), %%rbx\n\t"
		"mov before+8(%%rip), %%rbp\n\t"
		"mov before+16(%%rip), %%r12\n\t"
		"mov before+24(%%rip), %%r13\n\t"
		"mov before+32(%%rip), %%r14\n\t"
		"mov before+40(%%rip), %%r15\n\t"
		"sub $136, %%rsp\n\t"	/* 128-byte red zone + keep 16-byte alignment */
		"call sys_getppid\n\t"
		"add $136, %%rsp\n\t"
		"mov %%rbx, after+0(%%rip)\n\t"
		"mov %%rbp, after+8(%%rip)\n\t"
		"mov %%r12, after+16(%%rip)\n\t"
		"mov %%r13, after+24(%%rip)\n\t"
		"mov %%r14, after+32(%%rip)\n\t"
		"mov %%r15, after+40(%%rip)\n\t"
		"pop %%rbp"
		::: "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11",
		    "r12", "r13", "r14", "r15", "memory", "cc");
}

int main(int argc, char **argv, char **envp)
{
	struct sigaction old;
	long r;

	/* rt_sigaction's 4th argument (sigsetsize) travels in r10: if the stub
	 * left it in rcx, the kernel would see garbage and say EINVAL. */
	r = sys_rt_sigaction(SIGUSR1, NULL, &old, 8);
	check(r == 0, "rt_sigaction(..., sigsetsize=8) succeeds: arg 4 reached r10", r);
	r = sys_rt_sigaction(SIGUSR1, NULL, &old, 16);
	check(r == -EINVAL, "rt_sigaction(..., sigsetsize=16) is -EINVAL", r);

	/* mmap uses all six: r10 (flags), r8 (fd) and r9 (offset) must all arrive.
	 * Map page 1 of a file whose pages hold their own number. */
	static char page[4096];
	const char *path = argc > 1 ? argv[1] : "/tmp/sg-abi-test";
	long fd = sys_openat(AT_FDCWD, path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	check(fd >= 0, "openat creates the scratch file", fd);
	for (int i = 0; i < 3; i++) {
		memset(page, 'A' + i, sizeof page);
		sys_write((int)fd, page, sizeof page);
	}
	r = sys_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, (int)fd, 4096);
	check(!sys_failed(r) && *(char *)r == 'B',
	      "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 4096) maps page 1 (args 4-6)", r);
	/* pread64's 4th argument is the offset: also r10 */
	char c = 0;
	r = sys_pread64((int)fd, &c, 1, 8192);
	check(r == 1 && c == 'C', "pread64(fd, buf, 1, 8192) reads from offset 8192", c);
	sys_close((int)fd);
	sys_unlinkat(AT_FDCWD, path, 0);

	/* failures come back as -errno in rax, -4095..-1 */
	r = sys_close(-1);
	check(r == -EBADF, "close(-1) returns -EBADF", r);
	r = sys_openat(AT_FDCWD, "/nonexistent/sysgate", O_RDONLY, 0);
	check(r == -ENOENT, "openat of a missing path returns -ENOENT", r);
	r = sys_syscall6(__NR_getpid, 0, 0, 0, 0, 0, 0);
	check(r == sys_getpid() && r > 0, "syscall6(__NR_getpid) equals getpid()", r);
	r = sys_syscall6(5000, 0, 0, 0, 0, 0, 0);
	check(r == -ENOSYS, "an unknown syscall number returns -ENOSYS", r);
	r = syscall_ret(-ENOENT);
	check(r == -1 && errno == ENOENT, "syscall_ret turns -ENOENT into -1 and errno 2", errno);

	callee_saved();
	bool same = memcmp(before, after, sizeof before) == 0;
	check(same, "rbx rbp r12 r13 r14 r15 survive a stub", (long)after[0]);

	/* _start must hand main a 16-byte aligned stack (at a call, rsp+8 is) */
	unsigned long sp = (unsigned long)__builtin_frame_address(0);
	check(sp % 16 == 0, "main's frame is 16-byte aligned", (long)(sp % 16));
	return failures;
}
