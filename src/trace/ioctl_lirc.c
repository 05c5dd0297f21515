/* src/trace/ioctl_lirc.c — infrared remote-control devices (type 'i',
 * <linux/lirc.h>, shared with I2O and IPMI whose requests strace leaves as
 * numbers): every LIRC request passes a __u32 — the features bits, a mode,
 * the transmitter mask in hex, the rest a plain number; the setters' at
 * the entry, the getters' at the exit. */
#include "ioctl.h"
#include <linux/lirc.h>

static const struct xlat lirc_modes[] = {
	X(LIRC_MODE_RAW), X(LIRC_MODE_PULSE), X(LIRC_MODE_MODE2), X(LIRC_MODE_SCANCODE),
	X(LIRC_MODE_LIRCCODE), XEND
};
static const struct xlat lirc_features[] = {
	X(LIRC_CAN_SEND_RAW), X(LIRC_CAN_SEND_PULSE), X(LIRC_CAN_SEND_MODE2),
	X(LIRC_CAN_SEND_LIRCCODE), X(LIRC_CAN_SET_SEND_CARRIER), X(LIRC_CAN_SET_SEND_DUTY_CYCLE),
	X(LIRC_CAN_SET_TRANSMITTER_MASK), X(LIRC_CAN_REC_RAW), X(LIRC_CAN_REC_PULSE),
	X(LIRC_CAN_REC_MODE2), X(LIRC_CAN_REC_SCANCODE), X(LIRC_CAN_REC_LIRCCODE),
	X(LIRC_CAN_SET_REC_CARRIER), X(LIRC_CAN_MEASURE_CARRIER),
	X(LIRC_CAN_USE_WIDEBAND_RECEIVER), X(LIRC_CAN_SET_REC_TIMEOUT),
	X(LIRC_CAN_GET_REC_RESOLUTION), X(LIRC_CAN_SET_REC_CARRIER_RANGE), XEND
};

/* "[value]" printed by the request's kind, or the address */
static void pr_lirc_value(struct tcb *t, unsigned req, unsigned long arg)
{
	__u32 v;

	pr_sep();
	if (ioc_get(t, arg, &v, sizeof v) < 0)
		return;
	prs("[");
	switch (req) {
	case LIRC_GET_FEATURES:
		pr_flags(lirc_features, v, NULL);
		break;
	case LIRC_GET_SEND_MODE: case LIRC_GET_REC_MODE:
	case LIRC_SET_SEND_MODE: case LIRC_SET_REC_MODE:
		pr_xlat(lirc_modes, v, "%#x", "LIRC_MODE_???");
		break;
	case LIRC_SET_TRANSMITTER_MASK:
		pr("%#x", v);
		break;
	default:
		pr("%u", v);
	}
	prs("]");
}

int ioctl_lirc(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {
		if (t_failed(t)) {
			pr_sep();
			pr_addr(arg);
		} else {
			pr_lirc_value(t, req, arg);
		}
		return IOC_DONE;
	}
	switch (req) {
	case LIRC_GET_FEATURES: case LIRC_GET_SEND_MODE: case LIRC_GET_REC_MODE:
	case LIRC_GET_REC_RESOLUTION: case LIRC_GET_MIN_TIMEOUT: case LIRC_GET_MAX_TIMEOUT:
	case LIRC_GET_LENGTH: case LIRC_GET_REC_TIMEOUT:
		return IOC_EXIT;
	case LIRC_SET_SEND_MODE: case LIRC_SET_REC_MODE: case LIRC_SET_SEND_CARRIER:
	case LIRC_SET_REC_CARRIER: case LIRC_SET_SEND_DUTY_CYCLE: case LIRC_SET_TRANSMITTER_MASK:
	case LIRC_SET_REC_TIMEOUT: case LIRC_SET_REC_TIMEOUT_REPORTS:
	case LIRC_SET_MEASURE_CARRIER_MODE: case LIRC_SET_REC_CARRIER_RANGE:
	case LIRC_SET_WIDEBAND_RECEIVER:
		pr_lirc_value(t, req, arg);
		return IOC_DONE;
	}
	return IOC_NUM;
}
