/* src/trace/stats.c — --stats: what the tracing cost, printed on standard
 * error when the traced program is done (after the trace, even with -o):
 *
 *   trace: cost: 2000006 stops for 1000003 calls shown (2.0 per call)
 *   trace: cost: tracer syscalls: 2000012 wait4, 2000012 ptrace, 0 process_vm_readv
 *   trace: cost: 6.0 tracer syscalls per traced call; 0 bytes read from the tracee
 *
 * A stop is a context switch to trace and back; each ptrace request and
 * each read of the tracee's memory is one more system call of trace's own.
 * Without a seccomp filter every call of the tracee stops twice, shown or
 * not; with one (-e trace=) only the selected calls stop.
 */
#include "trace.h"

int opt_stats;

void stats_report(void)
{
	out_flush(tout);
	unsigned long calls = stats.shown ? stats.shown : 1;
	unsigned long sys = stats.wait + stats.ptrace + stats.readv;
	unsigned long per10 = sys * 10 / calls, stop10 = stats.stops * 10 / calls;

	out_printf(sg_stderr, "%s: cost: %lu stops for %lu calls shown (%lu.%lu per call)\n", sg_progname,
		   stats.stops, stats.shown, stop10 / 10, stop10 % 10);
	out_printf(sg_stderr, "%s: cost: tracer syscalls: %lu wait4, %lu ptrace, %lu process_vm_readv"
		   " (or PTRACE_PEEKDATA)\n", sg_progname, stats.wait, stats.ptrace, stats.readv);
	out_printf(sg_stderr, "%s: cost: %lu.%lu tracer syscalls per traced call; %lu bytes read from"
		   " the tracee\n", sg_progname, per10 / 10, per10 % 10, stats.bytes);
	out_flush(sg_stderr);
}
