/* src/trace/landlock.c — landlock_create_ruleset, landlock_add_rule,
 * landlock_restrict_self. Constants from <linux/landlock.h>, those strace
 * 6.1 names; the attribute structs field by field, as strace 6.1 does. */
#include "trace.h"
#include <linux/landlock.h>

static const struct xlat ruleset_flags[] = { X(LANDLOCK_CREATE_RULESET_VERSION), XEND };
static const struct xlat rule_types[] = { X(LANDLOCK_RULE_PATH_BENEATH), XEND };
static const struct xlat access_fs[] = {
	X(LANDLOCK_ACCESS_FS_EXECUTE), X(LANDLOCK_ACCESS_FS_WRITE_FILE),
	X(LANDLOCK_ACCESS_FS_READ_FILE), X(LANDLOCK_ACCESS_FS_READ_DIR),
	X(LANDLOCK_ACCESS_FS_REMOVE_DIR), X(LANDLOCK_ACCESS_FS_REMOVE_FILE),
	X(LANDLOCK_ACCESS_FS_MAKE_CHAR), X(LANDLOCK_ACCESS_FS_MAKE_DIR),
	X(LANDLOCK_ACCESS_FS_MAKE_REG), X(LANDLOCK_ACCESS_FS_MAKE_SOCK),
	X(LANDLOCK_ACCESS_FS_MAKE_FIFO), X(LANDLOCK_ACCESS_FS_MAKE_BLOCK),
	X(LANDLOCK_ACCESS_FS_MAKE_SYM), X(LANDLOCK_ACCESS_FS_REFER), XEND
};

/* struct landlock_ruleset_attr: the address when size is below it or it is
 * unreadable; a larger size (a later version's) adds ", ..." whatever the
 * bytes past hold */
static void pr_ruleset_attr(struct tcb *t, unsigned long addr, unsigned long size)
{
	struct landlock_ruleset_attr a;

	if (size < sizeof a || umove(t->pid, addr, &a, sizeof a)) {
		pr_addr(addr);
		return;
	}
	prs("{handled_access_fs=");
	pr_flags_d(access_fs, a.handled_access_fs, "LANDLOCK_ACCESS_FS_???");
	prs(size > sizeof a ? ", ...}" : "}");
}

/* the rule's attr by its type: a path beneath's, else the address */
static void pr_rule_attr(struct tcb *t, unsigned type, unsigned long addr)
{
	struct landlock_path_beneath_attr pb;

	if (type != LANDLOCK_RULE_PATH_BENEATH || umove(t->pid, addr, &pb, sizeof pb)) {
		pr_addr(addr);
		return;
	}
	prs("{allowed_access=");
	pr_flags_d(access_fs, pb.allowed_access, "LANDLOCK_ACCESS_FS_???");
	prs(", parent_fd=");
	pr_fd(pb.parent_fd);
	prs("}");
}

static void dec_create_ruleset(struct tcb *t)
{
	if (t->exiting)
		return;
	/* LANDLOCK_CREATE_RULESET_VERSION asks for the ABI version: a number,
	 * not a descriptor (-y shows no path after it) */
	if ((unsigned)t->a[2] & LANDLOCK_CREATE_RULESET_VERSION && t->rfmt == R_FD)
		t->rfmt = R_DEC;
	pr_ruleset_attr(t, t->a[0], t->a[1]);
	pr(", %lu, ", t->a[1]);
	pr_flags_d(ruleset_flags, (unsigned)t->a[2], "LANDLOCK_CREATE_RULESET_???");
}

static void dec_add_rule(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr_sep();
	pr_xlat(rule_types, (unsigned)t->a[1], "%#x", "LANDLOCK_RULE_???");
	pr_sep();
	pr_rule_attr(t, (unsigned)t->a[1], t->a[2]);
	pr(", %#x", (unsigned)t->a[3]);
}

static void dec_restrict_self(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_fd((long)t->a[0]);
	pr(", %#x", (unsigned)t->a[1]);
}

void landlock_init(void)
{
	sys_set("landlock_create_ruleset", 3, dec_create_ruleset, R_DEC);
	sys_set("landlock_add_rule", 4, dec_add_rule, R_DEC);
	sys_set("landlock_restrict_self", 2, dec_restrict_self, R_DEC);
}
