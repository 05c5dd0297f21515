/* given/ex3-write.c — the tracer for exercise 3 (edit exercises/ex3-write.c). */
#include "../tracer.c"

void print_result(long rax)
{
	if (sys_failed(rax))
		out_printf(T, "= -1 %s (%s)", errno_name((int)-rax), strerror((int)-rax));
	else
		out_printf(T, "= %ld", rax);
}

void print_end(int wstatus)
{
	if (WIFEXITED(wstatus))
		out_printf(T, "+++ exited with %d +++\n", WEXITSTATUS(wstatus));
	else
		out_printf(T, "+++ killed by %s +++\n", sig_name(WTERMSIG(wstatus)));
	out_flush(T);
}
