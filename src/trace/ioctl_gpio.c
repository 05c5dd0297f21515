/* src/trace/ioctl_gpio.c — GPIO character devices (type 0xb4,
 * <linux/gpio.h>): the chip and line information, the v1 handle and event
 * requests, line values and configurations, and the v2 line requests with
 * their attributes. A request's fields go in at the entry; what the kernel
 * fills in follows " => " at the exit. Arrays are cut at -s elements
 * without -v; a count beyond the array's size shows the whole array. */
#include "ioctl.h"
#include <linux/gpio.h>

static const struct xlat line_flags_v1[] = {
	X(GPIOLINE_FLAG_KERNEL), X(GPIOLINE_FLAG_IS_OUT), X(GPIOLINE_FLAG_ACTIVE_LOW),
	X(GPIOLINE_FLAG_OPEN_DRAIN), X(GPIOLINE_FLAG_OPEN_SOURCE), X(GPIOLINE_FLAG_BIAS_PULL_UP),
	X(GPIOLINE_FLAG_BIAS_PULL_DOWN), X(GPIOLINE_FLAG_BIAS_DISABLE), XEND
};
static const struct xlat handle_flags[] = {
	X(GPIOHANDLE_REQUEST_INPUT), X(GPIOHANDLE_REQUEST_OUTPUT),
	X(GPIOHANDLE_REQUEST_ACTIVE_LOW), X(GPIOHANDLE_REQUEST_OPEN_DRAIN),
	X(GPIOHANDLE_REQUEST_OPEN_SOURCE), X(GPIOHANDLE_REQUEST_BIAS_PULL_UP),
	X(GPIOHANDLE_REQUEST_BIAS_PULL_DOWN), X(GPIOHANDLE_REQUEST_BIAS_DISABLE), XEND
};
/* both edges first: its two bits are shown by its name */
static const struct xlat event_flags[] = {
	X(GPIOEVENT_REQUEST_BOTH_EDGES), X(GPIOEVENT_REQUEST_RISING_EDGE),
	X(GPIOEVENT_REQUEST_FALLING_EDGE), XEND
};
static const struct xlat line_flags_v2[] = {
	X(GPIO_V2_LINE_FLAG_USED), X(GPIO_V2_LINE_FLAG_ACTIVE_LOW), X(GPIO_V2_LINE_FLAG_INPUT),
	X(GPIO_V2_LINE_FLAG_OUTPUT), X(GPIO_V2_LINE_FLAG_EDGE_RISING),
	X(GPIO_V2_LINE_FLAG_EDGE_FALLING), X(GPIO_V2_LINE_FLAG_OPEN_DRAIN),
	X(GPIO_V2_LINE_FLAG_OPEN_SOURCE), X(GPIO_V2_LINE_FLAG_BIAS_PULL_UP),
	X(GPIO_V2_LINE_FLAG_BIAS_PULL_DOWN), X(GPIO_V2_LINE_FLAG_BIAS_DISABLED),
	X(GPIO_V2_LINE_FLAG_EVENT_CLOCK_REALTIME), X(GPIO_V2_LINE_FLAG_EVENT_CLOCK_HTE), XEND
};

static unsigned min_u(unsigned a, unsigned b)
{
	return a < b ? a : b;
}

/* "[a, b, ...]": n of the array's elements */
static void pr_u32s(const __u32 *a, unsigned n)
{
	prs("[");
	for (unsigned i = 0; i < n; i++)
		if (!pr_elem((int)i))
			break;
		else
			pr("%u", a[i]);
	prs("]");
}

static void pr_u8s(const __u8 *a, unsigned n)
{
	prs("[");
	for (unsigned i = 0; i < n; i++)
		if (!pr_elem((int)i))
			break;
		else
			pr("%u", a[i]);
	prs("]");
}

/* reserved words: shown only when one is not 0, all of them in hex */
static void pr_padding(const __u32 *a, unsigned n)
{
	unsigned i = 0;

	while (i < n && !a[i])
		i++;
	if (i == n)
		return;
	prs(", padding=[");
	for (i = 0; i < n; i++)
		pr(i ? ", %#x" : "%#x", a[i]);
	prs("]");
}

static void pr_flags_v2(__u64 v)
{
	pr_flags_d(line_flags_v2, v, "GPIO_V2_LINE_FLAG_???");
}

/* an attribute's fields by its id; any other id, or a padding that is not
 * 0, shows the id and the raw 64 bits */
static void pr_attr_fields(const struct gpio_v2_line_attribute *a)
{
	if (a->padding) {
		pr("id=%u, padding=%#x, data=%#llx", a->id, a->padding,
		   (unsigned long long)a->values);
		return;
	}
	switch (a->id) {
	case GPIO_V2_LINE_ATTR_ID_FLAGS:
		prs("flags=");
		pr_flags_v2(a->flags);
		break;
	case GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES:
		pr("values=%#llx", (unsigned long long)a->values);
		break;
	case GPIO_V2_LINE_ATTR_ID_DEBOUNCE:
		pr("debounce_period_us=%u", a->debounce_period_us);
		break;
	default:
		pr("id=%u, data=%#llx", a->id, (unsigned long long)a->values);
	}
}

/* a configuration's attribute: a known id's field inline before the mask,
 * else (another id, or the padding set) attr={...} */
static void pr_config_attr(const struct gpio_v2_line_config_attribute *c)
{
	prs("{");
	if (c->attr.padding || c->attr.id < GPIO_V2_LINE_ATTR_ID_FLAGS ||
	    c->attr.id > GPIO_V2_LINE_ATTR_ID_DEBOUNCE) {
		prs("attr={");
		pr_attr_fields(&c->attr);
		prs("}");
	} else {
		pr_attr_fields(&c->attr);
	}
	pr(", mask=%#llx}", (unsigned long long)c->mask);
}

static void pr_line_config_val(const struct gpio_v2_line_config *c)
{
	prs("{flags=");
	pr_flags_v2(c->flags);
	pr(", num_attrs=%u", c->num_attrs);
	if (c->num_attrs) {
		unsigned n = min_u(c->num_attrs, GPIO_V2_LINE_NUM_ATTRS_MAX);
		prs(", attrs=[");
		for (unsigned i = 0; i < n; i++) {
			if (!pr_elem((int)i))
				break;
			pr_config_attr(&c->attrs[i]);
		}
		prs("]");
	}
	pr_padding(c->padding, sizeof c->padding / sizeof c->padding[0]);
	prs("}");
}

static void pr_chipinfo(struct tcb *t, unsigned long arg)
{
	struct gpiochip_info c;

	if (ioc_get(t, arg, &c, sizeof c) < 0)
		return;
	prs("{name=");
	ioc_cstr(c.name, sizeof c.name);
	prs(", label=");
	ioc_cstr(c.label, sizeof c.label);
	pr(", lines=%u}", c.lines);
}

static void pr_lineinfo_v1_out(const struct gpioline_info *l)
{
	prs(" => {flags=");
	pr_flags_d(line_flags_v1, l->flags, "GPIOLINE_FLAG_???");
	prs(", name=");
	ioc_cstr(l->name, sizeof l->name);
	prs(", consumer=");
	ioc_cstr(l->consumer, sizeof l->consumer);
	prs("}");
}

static void pr_lineinfo_v2_out(const struct gpio_v2_line_info *l)
{
	prs(" => {name=");
	ioc_cstr(l->name, sizeof l->name);
	prs(", consumer=");
	ioc_cstr(l->consumer, sizeof l->consumer);
	prs(", flags=");
	pr_flags_v2(l->flags);
	pr(", num_attrs=%u", l->num_attrs);
	if (l->num_attrs) {
		unsigned n = min_u(l->num_attrs, GPIO_V2_LINE_NUM_ATTRS_MAX);
		prs(", attrs=[");
		for (unsigned i = 0; i < n; i++) {
			if (!pr_elem((int)i))
				break;
			prs("{");
			pr_attr_fields(&l->attrs[i]);
			prs("}");
		}
		prs("]");
	}
	pr_padding(l->padding, sizeof l->padding / sizeof l->padding[0]);
	prs("}");
}

static void pr_handle_request(const struct gpiohandle_request *h)
{
	unsigned n = min_u(h->lines, GPIOHANDLES_MAX);

	pr("{lines=%u, lineoffsets=", h->lines);
	pr_u32s(h->lineoffsets, n);
	prs(", flags=");
	pr_flags_d(handle_flags, h->flags, "GPIOHANDLE_REQUEST_???");
	prs(", default_values=");
	pr_u8s(h->default_values, n);
	prs(", consumer_label=");
	ioc_cstr(h->consumer_label, sizeof h->consumer_label);
	prs("}");
}

static void pr_event_request(const struct gpioevent_request *e)
{
	pr("{lineoffset=%u, handleflags=", e->lineoffset);
	pr_flags_d(handle_flags, e->handleflags, "GPIOHANDLE_REQUEST_???");
	prs(", eventflags=");
	pr_flags_d(event_flags, e->eventflags, "GPIOEVENT_REQUEST_???");
	prs(", consumer_label=");
	ioc_cstr(e->consumer_label, sizeof e->consumer_label);
	prs("}");
}

static void pr_line_request(const struct gpio_v2_line_request *r)
{
	pr("{num_lines=%u, offsets=", r->num_lines);
	pr_u32s(r->offsets, min_u(r->num_lines, GPIO_V2_LINES_MAX));
	prs(", consumer=");
	ioc_cstr(r->consumer, sizeof r->consumer);
	prs(", config=");
	pr_line_config_val(&r->config);
	if (r->event_buffer_size)
		pr(", event_buffer_size=%u", r->event_buffer_size);
	pr_padding(r->padding, sizeof r->padding / sizeof r->padding[0]);
	prs("}");
}

static void pr_handle_config(const struct gpiohandle_config *c)
{
	prs("{flags=");
	pr_flags_d(handle_flags, c->flags, "GPIOHANDLE_REQUEST_???");
	prs(", default_values=");
	pr_u8s(c->default_values, GPIOHANDLES_MAX);
	prs("}");
}

/* The struct at arg read into buf: 0, or -1 after printing the address */
#define GET(v) ioc_get(t, arg, &(v), sizeof(v))

static int gpio_entry(struct tcb *t, unsigned req, unsigned long arg)
{
	union {
		struct gpioline_info l1;
		struct gpio_v2_line_info l2;
		struct gpiohandle_request hr;
		struct gpioevent_request er;
		struct gpiohandle_data hd;
		struct gpiohandle_config hc;
		struct gpio_v2_line_request lr;
		struct gpio_v2_line_values lv;
		struct gpio_v2_line_config lc;
		__u32 off;
	} u;

	switch (req) {
	case GPIO_GET_CHIPINFO_IOCTL: case GPIOHANDLE_GET_LINE_VALUES_IOCTL:
		return IOC_EXIT;
	}
	pr_sep();
	switch (req) {
	case GPIO_GET_LINEINFO_IOCTL: case GPIO_GET_LINEINFO_WATCH_IOCTL:
		if (GET(u.l1) < 0)
			return IOC_DONE;
		pr("{line_offset=%u}", u.l1.line_offset);
		return IOC_EXIT;
	case GPIO_V2_GET_LINEINFO_IOCTL: case GPIO_V2_GET_LINEINFO_WATCH_IOCTL:
		if (GET(u.l2) < 0)
			return IOC_DONE;
		pr("{offset=%u}", u.l2.offset);
		return IOC_EXIT;
	case GPIO_GET_LINEINFO_UNWATCH_IOCTL:
		if (GET(u.off) == 0)
			pr("{offset=%u}", u.off);
		return IOC_DONE;
	case GPIO_GET_LINEHANDLE_IOCTL:
		if (GET(u.hr) < 0)
			return IOC_DONE;
		pr_handle_request(&u.hr);
		return IOC_EXIT;
	case GPIO_GET_LINEEVENT_IOCTL:
		if (GET(u.er) < 0)
			return IOC_DONE;
		pr_event_request(&u.er);
		return IOC_EXIT;
	case GPIO_V2_GET_LINE_IOCTL:
		if (GET(u.lr) < 0)
			return IOC_DONE;
		pr_line_request(&u.lr);
		return IOC_EXIT;
	case GPIOHANDLE_SET_LINE_VALUES_IOCTL:
		if (GET(u.hd) == 0) {
			prs("{values=");
			pr_u8s(u.hd.values, GPIOHANDLES_MAX);
			prs("}");
		}
		return IOC_DONE;
	case GPIOHANDLE_SET_CONFIG_IOCTL:
		if (GET(u.hc) == 0)
			pr_handle_config(&u.hc);
		return IOC_DONE;
	case GPIO_V2_LINE_GET_VALUES_IOCTL:
		if (GET(u.lv) < 0)
			return IOC_DONE;
		pr("{mask=%#llx}", (unsigned long long)u.lv.mask);
		return IOC_EXIT;
	case GPIO_V2_LINE_SET_VALUES_IOCTL:
		if (GET(u.lv) == 0)
			pr("{bits=%#llx, mask=%#llx}", (unsigned long long)u.lv.bits,
			   (unsigned long long)u.lv.mask);
		return IOC_DONE;
	case GPIO_V2_LINE_SET_CONFIG_IOCTL:
		if (GET(u.lc) == 0)
			pr_line_config_val(&u.lc);
		return IOC_DONE;
	}
	return IOC_DONE;
}

/* what the kernel filled in, after a call that did not fail */
static void gpio_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	union {
		struct gpioline_info l1;
		struct gpio_v2_line_info l2;
		struct gpiohandle_request hr;
		struct gpioevent_request er;
		struct gpiohandle_data hd;
		struct gpio_v2_line_request lr;
		struct gpio_v2_line_values lv;
	} u;
	int ok = !t_failed(t);

	switch (req) {
	case GPIO_GET_CHIPINFO_IOCTL:
		pr_sep();
		if (ok)
			pr_chipinfo(t, arg);
		else
			pr_addr(arg);
		return;
	case GPIOHANDLE_GET_LINE_VALUES_IOCTL:
		pr_sep();
		if (!ok)
			pr_addr(arg);
		else if (GET(u.hd) == 0) {
			prs("{values=");
			pr_u8s(u.hd.values, GPIOHANDLES_MAX);
			prs("}");
		}
		return;
	}
	if (!ok)
		return;
	/* the entry printed the struct: the rest or nothing if now unreadable */
	switch (req) {
	case GPIO_GET_LINEINFO_IOCTL: case GPIO_GET_LINEINFO_WATCH_IOCTL:
		if (umove(t->pid, arg, &u.l1, sizeof u.l1) == 0)
			pr_lineinfo_v1_out(&u.l1);
		return;
	case GPIO_V2_GET_LINEINFO_IOCTL: case GPIO_V2_GET_LINEINFO_WATCH_IOCTL:
		if (umove(t->pid, arg, &u.l2, sizeof u.l2) == 0)
			pr_lineinfo_v2_out(&u.l2);
		return;
	case GPIO_GET_LINEHANDLE_IOCTL:
		if (umove(t->pid, arg, &u.hr, sizeof u.hr) == 0)
			pr(" => {fd=%d}", u.hr.fd);
		return;
	case GPIO_GET_LINEEVENT_IOCTL:
		if (umove(t->pid, arg, &u.er, sizeof u.er) == 0)
			pr(" => {fd=%d}", u.er.fd);
		return;
	case GPIO_V2_GET_LINE_IOCTL:
		if (umove(t->pid, arg, &u.lr, sizeof u.lr) == 0)
			pr(" => {fd=%d}", u.lr.fd);
		return;
	case GPIO_V2_LINE_GET_VALUES_IOCTL:
		if (umove(t->pid, arg, &u.lv, sizeof u.lv) == 0)
			pr(" => {bits=%#llx}", (unsigned long long)u.lv.bits);
		return;
	}
}

int ioctl_gpio(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case GPIO_GET_CHIPINFO_IOCTL: case GPIO_GET_LINEINFO_IOCTL:
	case GPIO_GET_LINEINFO_WATCH_IOCTL: case GPIO_GET_LINEINFO_UNWATCH_IOCTL:
	case GPIO_GET_LINEHANDLE_IOCTL: case GPIO_GET_LINEEVENT_IOCTL:
	case GPIOHANDLE_GET_LINE_VALUES_IOCTL: case GPIOHANDLE_SET_LINE_VALUES_IOCTL:
	case GPIOHANDLE_SET_CONFIG_IOCTL: case GPIO_V2_GET_LINEINFO_IOCTL:
	case GPIO_V2_GET_LINEINFO_WATCH_IOCTL: case GPIO_V2_GET_LINE_IOCTL:
	case GPIO_V2_LINE_GET_VALUES_IOCTL: case GPIO_V2_LINE_SET_VALUES_IOCTL:
	case GPIO_V2_LINE_SET_CONFIG_IOCTL:
		break;
	default:
		return IOC_NUM;
	}
	if (!t->exiting)
		return gpio_entry(t, req, arg);
	gpio_exit(t, req, arg);
	return IOC_DONE;
}
