/* src/trace/bpf.c — bpf: its commands and flags.
 * Its attribute union is printed as an address (not decoded).
 * Constants from <linux/bpf.h>. */
#include "trace.h"
#include <linux/bpf.h>

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

static void dec_bpf(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_xlat(bpf_cmds, (unsigned)t->a[0], "%#x", "BPF_???");
	pr_sep();
	pr_addr(t->a[1]);
	pr(", %u", (unsigned)t->a[2]);
}

void bpf_init(void)
{
	sys_set("bpf", 3, dec_bpf, R_DEC);
}
