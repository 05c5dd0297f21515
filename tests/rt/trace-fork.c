/* tests/rt/trace-fork.c — processes and threads for bin/trace -f to follow:
 *
 *   1. fork: the child calls getppid and exits with 3; the parent waits (wait4)
 *   2. vfork: the child execs /bin/true; the parent waits
 *   3. a thread (clone with CLONE_VM|CLONE_THREAD...): it writes one line to
 *      /dev/null and exits; the main thread waits on the futex the kernel
 *      clears when it is gone (CLONE_CHILD_CLEARTID)
 *   4. exit_group(0)
 *   kill N (not in all): N times, a child that calls sched_yield forever,
 *      SIGKILLed by the parent as soon as it is forked; the tracer sees some
 *      die at a stop it has not read yet
 *
 *   trace-fork [fork|vfork|thread|all|kill N]     (default all)
 */
#include "sg.h"
#include <linux/sched.h>
#include <linux/futex.h>
#include <asm/unistd.h>

static char stack[16384] __attribute__((aligned(16)));
static volatile uint32_t running;

static void thread_main(void)
{
	long fd = sys_openat(AT_FDCWD, "/dev/null", O_WRONLY, 0);
	sys_write((int)fd, "thread\n", 7);
	sys_close((int)fd);
}

/* clone on a new stack: the child calls fn from the asm, then exit(2)s,
 * never returning into C code whose frame it does not have (see src/ls.c). */
static long spawn(void (*fn)(void))
{
	void **sp = (void **)(stack + sizeof stack);
	long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
		     CLONE_SYSVSEM | CLONE_CHILD_CLEARTID;
	register long r10 __asm__("r10") = (long)&running;
	register long r8 __asm__("r8") = 0;
	long ret;

	*--sp = (void *)fn;
	*--sp = 0;
	__asm__ volatile(
		"syscall\n\t"
		"test %%rax, %%rax\n\t"
		"jnz 1f\n\t"
		"pop %%rax\n\t"
		"pop %%rax\n\t"
		"call *%%rax\n\t"
		"mov %[nr_exit], %%eax\n\t"
		"xor %%edi, %%edi\n\t"
		"syscall\n\t"
		"1:"
		: "=a"(ret)
		: "a"((long)__NR_clone), "D"(flags), "S"(sp), "d"(0L), "r"(r10), "r"(r8),
		  [nr_exit] "i"(__NR_exit)
		: "rcx", "r11", "memory");
	return ret;
}

int main(int argc, char **argv, char **envp)
{
	const char *what = argc > 1 ? argv[1] : "all";
	int all = strcmp(what, "all") == 0, st;

	if (all || strcmp(what, "fork") == 0) {
		long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
		if (pid == 0) {
			sys_getppid();
			sys_exit_group(3);
		}
		sys_wait4((int)pid, &st, 0, NULL);
	}
	if (all || strcmp(what, "vfork") == 0) {
		static char *const av[] = { "/bin/true", NULL };
		long pid = sys_vfork();
		if (pid == 0) {
			sys_execve(av[0], av, envp);
			sys_exit_group(127);
		}
		sys_wait4((int)pid, &st, 0, NULL);
	}
	if (all || strcmp(what, "thread") == 0) {
		running = 1;
		if (spawn(thread_main) > 0) {
			uint32_t v;
			while ((v = running) != 0)
				sys_futex((uint32_t *)&running, FUTEX_WAIT, v, NULL, NULL, 0);
		}
	}
	if (strcmp(what, "kill") == 0) {
		uint64_t n = 100;
		if (argc > 2)
			parse_u64(argv[2], 10, &n);
		for (uint64_t i = 0; i < n; i++) {
			long pid = sys_clone(SIGCHLD, NULL, NULL, NULL, 0);
			if (pid == 0)
				for (;;)
					sys_sched_yield();
			sys_kill((int)pid, SIGKILL);
			sys_wait4((int)pid, &st, 0, NULL);
		}
	}
	return 0;
}
