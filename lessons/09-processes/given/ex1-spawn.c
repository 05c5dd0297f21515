/* given/ex1-spawn.c — the driver for exercise 1 (do not edit).
 *
 * Usage: ex1-spawn SPEC...   where SPEC is exit:N (the child returns N)
 *                            or kill:S (the child sends itself signal S)
 * For each SPEC it calls your spawn() with a body function, then your reap()
 * with the pid spawn() returned, and prints what reap() found. The body
 * prints the pid it runs in and its parent's, so that anyone can see that
 * it ran in a child of this process.
 * The argument spawn() passes on is the SPEC's number disguised with a key
 * chosen at random per run (the body takes it off): reap() must read the
 * status the kernel gives, not the argument. After reap() the driver checks
 * with kill(pid, 0) that the child is gone (reaped, no zombie left).
 */
#include "sg.h"

int spawn(int (*body)(long), long arg);
int reap(int pid, int *code, int *sig);

static long key;	/* random per run: the argument is never the answer */

static void say_pids(void)
{
	char line[80];
	int n = snprintf(line, sizeof line, "body: pid %ld, parent %ld\n", sys_getpid(), sys_getppid());
	sys_write(1, line, n);
}

static int body_exit(long n)
{
	say_pids();
	return (int)(n - key);
}

static int body_kill(long s)
{
	int sig = (int)(s - key);
	uint64_t one = 1ULL << (sig - 1);

	say_pids();
	/* an ignored or blocked signal is inherited (a background job ignores
	 * SIGINT): the default action and an open mask make it kill */
	sig_action(sig, SIG_DFL, 0);
	sys_rt_sigprocmask(SIG_UNBLOCK, (sigset_t *)&one, NULL, 8);
	sys_kill((pid_t)sys_getpid(), sig);
	return 99;	/* not reached: every signal the grader sends kills */
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	if (sys_getrandom(&key, sizeof key, 0) != sizeof key)
		key = sys_getpid();
	key = (key & 0xffffff00) | 0x5a;	/* low byte never 0: arg & 255 is not the code */
	printf("driver: pid %ld\n", sys_getpid());
	out_flush(sg_stdout);	/* before any fork: a child must not inherit unwritten output */
	for (int i = 1; i < argc; i++) {
		uint64_t v;
		int killer = str_starts(argv[i], "kill:");
		if ((!killer && !str_starts(argv[i], "exit:")) || parse_u64(argv[i] + 5, 10, &v)) {
			error(0, 0, "bad SPEC: %s", argv[i]);
			return 2;
		}
		int pid = spawn(killer ? body_kill : body_exit, (long)v + key);
		if (pid <= 0) {
			printf("spawn failed: %d\n", pid);
			return 1;
		}
		int code = -1, sig = -1;
		int r = reap(pid, &code, &sig);
		if (r < 0)
			printf("reap %d failed: %d\n", pid, r);
		else if (sig > 0)
			printf("child %d: killed by signal %d (%s)\n", pid, sig, sig_name(sig) ? sig_name(sig) : "?");
		else
			printf("child %d: exited with %d\n", pid, code);
		if (r >= 0 && sys_kill(pid, 0) != -ESRCH)
			printf("child %d: not reaped: it is still there (a zombie) after reap()\n", pid);
		out_flush(sg_stdout);
	}
	return 0;
}
