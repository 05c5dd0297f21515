/* lessons/07-watching-the-gate/minitrace.c — the smallest useful tracer.
 *
 *   minitrace /path/to/PROGRAM [ARG]...
 *
 * Prints each system call the program makes, on stderr, as
 *     name(rdi, rsi, rdx) = rax
 * with the first three argument registers in hex and the raw result:
 * no decoding of strings or flags (strace and bin/trace know every call's
 * arguments; this knows only names). tracer.c is the whole mechanism; the
 * exercises make the three reports below look like strace's.
 */
#include "tracer.c"

/* The registers as they are: no decoding (exercise 3 decodes write). */
void print_call(int pid, const struct user_regs *r)
{
	(void)pid;
	print_call_raw(r);
}

/* The raw value of rax: -2 where strace says "-1 ENOENT (...)" (exercise 1). */
void print_result(long rax)
{
	out_printf(T, "= %ld", rax);
}

/* Nothing when the tracee ends: strace says "+++ exited with 0 +++" (exercise 2). */
void print_end(int wstatus)
{
	(void)wstatus;
}
