/* src/trace/landlock.c — landlock_create_ruleset, landlock_add_rule,
 * landlock_restrict_self. Constants from <linux/landlock.h>, those strace
 * 6.1 names; the attribute structs are printed as addresses. */
#include "trace.h"
#include <linux/landlock.h>

static const struct xlat ruleset_flags[] = { X(LANDLOCK_CREATE_RULESET_VERSION), XEND };
static const struct xlat rule_types[] = { X(LANDLOCK_RULE_PATH_BENEATH), XEND };

static void dec_create_ruleset(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_addr(t->a[0]);
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
	pr_addr(t->a[2]);
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
