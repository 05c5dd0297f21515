/* lessons/02-c-to-kernel/stubs.c — what a C call to the kernel really returns.
 *
 * sysgate's sys_NAME functions (asm/syscall.asm) hand back the kernel's raw
 * answer: a result, or -errno. libc's functions (and our syscall_ret) turn
 * that into C's convention: -1, with the number in the global `errno`.
 * Each line is flushed at once so that, under strace, each printed line
 * comes right after the call it describes.
 */
#include <asm/unistd.h>
#include "sg.h"

static void say(const char *fmt, long a, long b)
{
	printf(fmt, a, b);
	out_flush(sg_stdout);
}

int main(int argc, char **argv, char **envp)
{
	/* 3 arguments: rdi rsi rdx, the same registers for C and for the kernel */
	long r = sys_openat(AT_FDCWD, "/no/such/file", O_RDONLY, 0);
	say("sys_openat returned %ld (-%ld is ENOENT)\n", r, ENOENT);

	/* C's convention: -1 and errno */
	long c = syscall_ret(r);
	say("syscall_ret gives %ld, errno = %ld\n", c, errno);

	/* 4 arguments: C passes the 4th in rcx, the kernel wants it in r10,
	 * because `syscall` itself overwrites rcx. The stub moves it. */
	int fd = (int)sys_openat(AT_FDCWD, "/tmp", O_TMPFILE | O_RDWR, 0600);
	if (fd < 0)			/* some filesystems lack O_TMPFILE */
		fd = (int)sys_openat(AT_FDCWD, "/dev/null", O_WRONLY, 0);
	r = sys_pwrite64(fd, "four", 4, 100);
	say("sys_pwrite64(fd %ld, \"four\", 4, offset 100) returned %ld\n", fd, r);
	sys_close(fd);

	/* 6 arguments, and a result that is an address: "negative" when read
	 * as a signed number? No: only -4095..-1 are errors (sys_failed). */
	r = sys_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	say("sys_mmap returned %#lx, failed: %ld\n", r, sys_failed(r));

	/* any number, through the generic stub */
	r = sys_syscall6(__NR_getppid, 0, 0, 0, 0, 0, 0);
	say("syscall %ld (getppid) returned %ld, the parent's pid\n", __NR_getppid, r);
	return 0;
}
