/* src/trace/ioctl_counter.c — counter character devices (type 0x3e,
 * <linux/counter.h>): the watch COUNTER_ADD_WATCH_IOCTL queues (which
 * component, which event, which channel); enabling and disabling the
 * events take no argument. */
#include "ioctl.h"
#include <linux/counter.h>

static const struct xlat component_types[] = {
	X(COUNTER_COMPONENT_NONE), X(COUNTER_COMPONENT_SIGNAL), X(COUNTER_COMPONENT_COUNT),
	X(COUNTER_COMPONENT_FUNCTION), X(COUNTER_COMPONENT_SYNAPSE_ACTION),
	X(COUNTER_COMPONENT_EXTENSION), XEND
};
static const struct xlat scopes[] = {
	X(COUNTER_SCOPE_DEVICE), X(COUNTER_SCOPE_SIGNAL), X(COUNTER_SCOPE_COUNT), XEND
};
static const struct xlat events[] = {
	X(COUNTER_EVENT_OVERFLOW), X(COUNTER_EVENT_UNDERFLOW), X(COUNTER_EVENT_OVERFLOW_UNDERFLOW),
	X(COUNTER_EVENT_THRESHOLD), X(COUNTER_EVENT_INDEX), X(COUNTER_EVENT_CHANGE_OF_STATE),
	X(COUNTER_EVENT_CAPTURE), XEND
};

static void pr_watch(struct tcb *t, unsigned long arg)
{
	struct counter_watch w;

	pr_sep();
	if (ioc_get(t, arg, &w, sizeof w) < 0)
		return;
	prs("{component={type=");
	pr_xlat(component_types, w.component.type, "%#x", "COUNTER_COMPONENT_???");
	prs(", scope=");
	pr_xlat(scopes, w.component.scope, "%#x", "COUNTER_SCOPE_???");
	pr(", parent=%u, id=%u}, event=", w.component.parent, w.component.id);
	pr_xlat(events, w.event, "%#x", "COUNTER_EVENT_???");
	pr(", channel=%u}", w.channel);
}

int ioctl_counter(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case COUNTER_ADD_WATCH_IOCTL:
		pr_watch(t, arg);
		return IOC_DONE;
	case COUNTER_ENABLE_EVENTS_IOCTL: case COUNTER_DISABLE_EVENTS_IOCTL:
		return IOC_DONE;
	}
	return IOC_NUM;
}
