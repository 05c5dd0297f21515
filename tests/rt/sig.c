/* tests/rt/sig.c — a handler installed with sig_action runs and returns
 * through the SA_RESTORER trampoline (rt_sigreturn) back to where the
 * signal interrupted; the program then goes on. Without a working restorer
 * the return from the handler would crash (SIGSEGV). */
#include "sg.h"

static volatile int hits;
static volatile long seen_sig;

static void handler(int sig)
{
	hits++;
	seen_sig = sig;
}

int main(int argc, char **argv, char **envp)
{
	long r = sig_action(SIGUSR1, handler, 0);
	out_printf(sg_stdout, "sig_action: %ld\n", r);
	for (int i = 0; i < 3; i++)
		sys_kill((int)sys_getpid(), SIGUSR1);
	out_printf(sg_stdout, "handled %d times, signal %ld (%s)\n", hits, seen_sig, sig_name((int)seen_sig));
	/* a restored SIG_DFL: SIGUSR1 now ends the process, as it should */
	sig_action(SIGUSR1, SIG_DFL, 0);
	out_flush(sg_stdout);
	sys_kill((int)sys_getpid(), SIGUSR1);
	out_str(sg_stdout, "not reached\n");
	return 0;
}
