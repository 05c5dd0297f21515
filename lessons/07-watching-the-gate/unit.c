/* lessons/07-watching-the-gate/unit.c — the grader's driver for one report:
 * calls it directly on values a traced program may never produce on demand.
 *
 *   unit r:RAX...      print_result(RAX) for each, one a line
 *   unit e:WSTATUS...  print_end(WSTATUS) for each
 *
 * Built by ./check with -DUNIT_EX=N beside exercises/exN-*.c, which supplies
 * the report under test; this file supplies the other two and what tracer.c
 * would (T_out, name_of, print_call_raw).
 */
#include "tracer.h"

static char tbuf[4096];
static struct out unit_out = { .fd = 2, .cap = sizeof tbuf, .buf = tbuf };
struct out *const T_out = &unit_out;

const char *name_of(unsigned long nr) { return nr == 1 ? "write" : "other"; }

void print_call_raw(const struct user_regs *r)
{
	out_printf(T_out, "%s(%#lx, %#lx, %#lx", name_of(r->orig_rax), r->rdi, r->rsi, r->rdx);
}

#if UNIT_EX != 1
void print_result(long rax) { out_printf(T_out, "= %ld", rax); }
#endif
#if UNIT_EX != 2
void print_end(int wstatus) { out_printf(T_out, "+++ %d +++\n", wstatus); out_flush(T_out); }
#endif
#if UNIT_EX != 3
void print_call(int pid, const struct user_regs *r) { (void)pid; print_call_raw(r); }
#endif

int main(int argc, char **argv, char **envp)
{
	for (int i = 1; i < argc; i++) {
		int64_t v = 0;
		if (parse_i64(argv[i] + 2, 10, &v) < 0)
			error(2, 0, "bad value: %s", argv[i]);
		if (argv[i][0] == 'r') {
			print_result((long)v);	/* as tracer.c: a newline and a flush after it */
			out_char(T_out, '\n');
			out_flush(T_out);
		} else {
			print_end((int)v);	/* flushing is the report's job, as in tracer.c */
		}
	}
	out_flush(T_out);
	return 0;
}
