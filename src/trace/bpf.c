/* src/trace/bpf.c — bpf and perf_event_open: their commands and flags.
 * Their attribute unions are printed as addresses (not decoded).
 * Constants from <linux/bpf.h> and <linux/perf_event.h>. */
#include "trace.h"
#include <linux/bpf.h>
#include <linux/perf_event.h>

static const struct xlat bpf_cmds[] = {
	X(BPF_MAP_CREATE), X(BPF_MAP_LOOKUP_ELEM), X(BPF_MAP_UPDATE_ELEM), X(BPF_MAP_DELETE_ELEM),
	X(BPF_MAP_GET_NEXT_KEY), X(BPF_PROG_LOAD), X(BPF_OBJ_PIN), X(BPF_OBJ_GET),
	X(BPF_PROG_ATTACH), X(BPF_PROG_DETACH), X(BPF_PROG_TEST_RUN), X(BPF_PROG_GET_NEXT_ID),
	X(BPF_MAP_GET_NEXT_ID), X(BPF_PROG_GET_FD_BY_ID), X(BPF_MAP_GET_FD_BY_ID),
	X(BPF_OBJ_GET_INFO_BY_FD), X(BPF_PROG_QUERY), X(BPF_RAW_TRACEPOINT_OPEN),
	X(BPF_BTF_LOAD), X(BPF_BTF_GET_FD_BY_ID), X(BPF_TASK_FD_QUERY),
	X(BPF_MAP_LOOKUP_AND_DELETE_ELEM), X(BPF_MAP_FREEZE), X(BPF_BTF_GET_NEXT_ID),
	X(BPF_MAP_LOOKUP_BATCH), X(BPF_MAP_LOOKUP_AND_DELETE_BATCH), X(BPF_MAP_UPDATE_BATCH),
	X(BPF_MAP_DELETE_BATCH), X(BPF_LINK_CREATE), X(BPF_LINK_UPDATE),
	X(BPF_LINK_GET_FD_BY_ID), X(BPF_LINK_GET_NEXT_ID), X(BPF_ENABLE_STATS),
	X(BPF_ITER_CREATE), X(BPF_LINK_DETACH), X(BPF_PROG_BIND_MAP), XEND
};
static const struct xlat perf_flags[] = {
	X(PERF_FLAG_FD_NO_GROUP), X(PERF_FLAG_FD_OUTPUT), X(PERF_FLAG_PID_CGROUP),
	X(PERF_FLAG_FD_CLOEXEC), XEND
};

static void dec_bpf(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_xlat(bpf_cmds, (unsigned)t->a[0], "%#x", "BPF_???");
	pr_sep();
	pr_addr(t->a[1]);
	pr(", %u", (unsigned)t->a[2]);
}

static void dec_perf_event_open(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_addr(t->a[0]);
	pr(", %d, %d, ", (int)t->a[1], (int)t->a[2]);
	pr_fd((long)t->a[3]);
	pr_sep();
	pr_flags_d(perf_flags, t->a[4], "PERF_FLAG_???");
}

void bpf_init(void)
{
	sys_set("bpf", 3, dec_bpf, R_DEC);
	sys_set("perf_event_open", 5, dec_perf_event_open, R_DEC);
}
