/* tests/rt/trace-ioctl-media.c — ioctl requests of the device families of
 * src/trace/ioctl_{hdio,gpio,counter,lirc,input,ptp,tee,v4l2}.c with edge-case
 * arguments: NULL and unmapped pointers, counts beyond the arrays, flags and
 * codes no name covers, reserved words set, names without a NUL. All on a
 * bad descriptor (-1): tests/trace-ioctl.bats traces it with strace and
 * bin/trace, and again with -e inject=ioctl:retval=N so that what the
 * kernel would fill in is decoded too (the buffers' own bytes).
 * <linux/input.h> includes libc's <sys/time.h>: this is built with
 * src/trace/nolibc first on the include path, as the decoder is.
 *
 *   trace-ioctl-media [GROUP]   GROUP: all (default), hdio, gpio, counter,
 *                               lirc, evdev, ptp, tee, v4l2
 */
#include "sg.h"
#include <linux/hdreg.h>
#include <linux/gpio.h>
#include <linux/counter.h>
#include <linux/lirc.h>
#include <linux/input.h>
#include <linux/ptp_clock.h>
#include <linux/tee.h>
#include <linux/videodev2.h>
#include <linux/v4l2-subdev.h>

/* TEE's headers end in a flexible array of params; the kernel reads them
 * right after the header, so the tests lay them out as header + array (a GNU
 * extension clang warns about) */
#ifdef __clang__
#pragma clang diagnostic ignored "-Wgnu-variable-sized-type-not-at-end"
#endif

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define IO(req, arg) S(__NR_ioctl, -1, req, arg, 0, 0, 0)
#define BAD ((long)0xbadc0ded)	/* an address nothing is mapped at */

static unsigned char big[4096];

/* bytes that are not 0 and not text: 0x80, 0x83, ... */
static void fill(void *p, size_t n)
{
	unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		b[i] = (unsigned char)(0x80 + 3 * i);
}

/* each request with NULL, an unmapped address and buf */
static void try3(unsigned long req, void *buf)
{
	IO(req, 0);
	IO(req, BAD);
	IO(req, buf);
}

static void hdio(void)
{
	struct hd_geometry g = { 16, 63, 1024, 0xdeadbeef };
	struct { struct hd_drive_cmd_hdr h; unsigned char data[1024]; } cmd;
	unsigned long v = 0xfacefeeddeadbeef;
	int three[3] = { 1, -1, 0x7fffffff };

	try3(HDIO_GETGEO, &g);
	fill(&cmd, sizeof cmd);
	cmd.h.command = 0xec;	/* ATA_CMD_ID_ATA */
	cmd.h.sector_count = 1;
	try3(HDIO_DRIVE_CMD, &cmd);
	cmd.h.command = 0x42, cmd.h.sector_count = 0;
	IO(HDIO_DRIVE_CMD, &cmd);
	cmd.h.command = 0x07;	/* no name */
	IO(HDIO_DRIVE_CMD, &cmd);
	try3(HDIO_DRIVE_RESET, three);
	try3(HDIO_SCAN_HWIF, three);
	try3(HDIO_GET_MULTCOUNT, &v);
	try3(HDIO_GET_IDENTITY, big);
	try3(HDIO_OBSOLETE_IDENTITY, big);
	try3(HDIO_GET_NICE, &v);
	try3(HDIO_GET_BUSSTATE, &v);
	IO(HDIO_SET_NICE, 1 << IDE_NICE_0 | 1 << IDE_NICE_2 | 0x100);
	IO(HDIO_SET_NICE, 0);
	IO(HDIO_SET_BUSSTATE, BUSSTATE_TRISTATE);
	IO(HDIO_SET_BUSSTATE, 7);
	IO(HDIO_SET_DMA, 1);
	IO(HDIO_SET_PIO_MODE, -1L);
	IO(HDIO_DRIVE_TASK, 5);		/* left as numbers */
	IO(HDIO_SET_XFER, 0);
}

static void gpio(void)
{
	struct gpiochip_info ci;
	struct gpioline_info li;
	struct gpiohandle_request hr;
	struct gpioevent_request er;
	struct gpiohandle_data hd;
	struct gpiohandle_config hc;
	struct gpio_v2_line_info l2;
	struct gpio_v2_line_request lr;
	struct gpio_v2_line_values lv = { 0x5, 0xff };
	struct gpio_v2_line_config lc;
	unsigned off = 7;

	memset(&ci, 'c', sizeof ci);	/* no NUL: cut with "..." */
	try3(GPIO_GET_CHIPINFO_IOCTL, &ci);
	memset(&li, 0, sizeof li);
	li.line_offset = 3, li.flags = GPIOLINE_FLAG_IS_OUT | GPIOLINE_FLAG_BIAS_DISABLE | 0x10000;
	memcpy(li.name, "led", 4);
	try3(GPIO_GET_LINEINFO_IOCTL, &li);
	IO(GPIO_GET_LINEINFO_WATCH_IOCTL, &li);
	try3(GPIO_GET_LINEINFO_UNWATCH_IOCTL, &off);
	fill(&hr, sizeof hr);
	hr.lines = 3, hr.flags = GPIOHANDLE_REQUEST_OUTPUT;
	memcpy(hr.consumer_label, "me", 3);
	try3(GPIO_GET_LINEHANDLE_IOCTL, &hr);
	hr.lines = 1000;	/* beyond the array: the whole of it */
	IO(GPIO_GET_LINEHANDLE_IOCTL, &hr);
	fill(&er, sizeof er);
	er.eventflags = GPIOEVENT_REQUEST_RISING_EDGE, er.handleflags = 0;
	IO(GPIO_GET_LINEEVENT_IOCTL, &er);
	fill(&hd, sizeof hd);
	try3(GPIOHANDLE_GET_LINE_VALUES_IOCTL, &hd);
	IO(GPIOHANDLE_SET_LINE_VALUES_IOCTL, &hd);
	fill(&hc, sizeof hc);
	hc.flags = 0;
	IO(GPIOHANDLE_SET_CONFIG_IOCTL, &hc);
	memset(&l2, 0, sizeof l2);
	l2.offset = 9, l2.num_attrs = 3, l2.flags = GPIO_V2_LINE_FLAG_EDGE_RISING;
	l2.attrs[0].id = GPIO_V2_LINE_ATTR_ID_FLAGS, l2.attrs[0].flags = GPIO_V2_LINE_FLAG_INPUT;
	l2.attrs[1].id = GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES, l2.attrs[1].values = 0x3;
	l2.attrs[2].id = 77, l2.attrs[2].values = 0x1234;
	try3(GPIO_V2_GET_LINEINFO_IOCTL, &l2);
	l2.padding[3] = 1;
	IO(GPIO_V2_GET_LINEINFO_WATCH_IOCTL, &l2);
	memset(&lr, 0, sizeof lr);
	lr.num_lines = 2, lr.offsets[0] = 1, lr.offsets[1] = 2, lr.fd = 5;
	lr.config.num_attrs = 1, lr.config.attrs[0].mask = 3;
	lr.config.attrs[0].attr.id = GPIO_V2_LINE_ATTR_ID_DEBOUNCE;
	lr.config.attrs[0].attr.debounce_period_us = 1000;
	try3(GPIO_V2_GET_LINE_IOCTL, &lr);
	try3(GPIO_V2_LINE_GET_VALUES_IOCTL, &lv);
	IO(GPIO_V2_LINE_SET_VALUES_IOCTL, &lv);
	memset(&lc, 0, sizeof lc);
	lc.num_attrs = 12;	/* beyond the array */
	IO(GPIO_V2_LINE_SET_CONFIG_IOCTL, &lc);
	IO(_IOC(_IOC_READ, 0xb4, 0x7f, 8), 0x1234);	/* no name */
}

static void counter(void)
{
	struct counter_watch w = { { COUNTER_COMPONENT_COUNT, COUNTER_SCOPE_SIGNAL, 1, 2 },
				   COUNTER_EVENT_INDEX, 3 };

	try3(COUNTER_ADD_WATCH_IOCTL, &w);
	w.component.type = 99, w.event = 42;
	IO(COUNTER_ADD_WATCH_IOCTL, &w);
	IO(COUNTER_ENABLE_EVENTS_IOCTL, 0);
	IO(COUNTER_DISABLE_EVENTS_IOCTL, 0);
}

static void lirc(void)
{
	unsigned v = LIRC_CAN_REC_MODE2 | LIRC_CAN_SEND_PULSE | 0x8000;

	try3(LIRC_GET_FEATURES, &v);
	v = LIRC_MODE_SCANCODE;
	try3(LIRC_SET_REC_MODE, &v);
	try3(LIRC_GET_SEND_MODE, &v);
	v = 0xf0;
	IO(LIRC_SET_TRANSMITTER_MASK, &v);
	try3(LIRC_SET_SEND_CARRIER, &v);
	IO(LIRC_GET_LENGTH, &v);
	IO(_IO('i', 0x7f), 0);	/* no name */
}

static void evdev(void)
{
	struct input_id id = { 3, 0x46d, 0xc52b, 0x111 };
	struct input_absinfo ai = { -5, -100, 100, 2, 3, 10 };
	unsigned kc[2] = { 30, KEY_A };
	struct input_keymap_entry ke;
	struct ff_effect ff;
	unsigned long bits[12];
	int slots[4] = { ABS_MT_POSITION_X, 1, -2, 3 };
	int v = 0x10001;

	try3(EVIOCGVERSION, &v);
	try3(EVIOCGID, &id);
	try3(EVIOCGREP, kc);
	IO(EVIOCSREP, kc);
	try3(EVIOCGKEYCODE, kc);
	kc[1] = 0x2fe;	/* no name */
	IO(EVIOCSKEYCODE, kc);
	fill(&ke, sizeof ke);
	ke.keycode = BTN_LEFT;
	try3(EVIOCSKEYCODE_V2, &ke);
	IO(EVIOCGKEYCODE_V2, &ke);
	fill(&ff, sizeof ff);
	ff.type = FF_PERIODIC;
	try3(EVIOCSFF, &ff);
	ff.type = FF_RUMBLE;
	IO(EVIOCSFF, &ff);
	ff.type = FF_SPRING;	/* no parameters shown */
	IO(EVIOCSFF, &ff);
	IO(EVIOCRMFF, -1);
	IO(EVIOCGRAB, 1);
	IO(EVIOCREVOKE, 0);
	v = 1;
	IO(EVIOCSCLOCKID, &v);
	try3(EVIOCGEFFECTS, &v);
	try3(EVIOCGABS(ABS_PRESSURE), &ai);
	IO(EVIOCSABS(ABS_MT_SLOT), &ai);
	IO(EVIOCGABS(0x30 - 2), &ai);	/* 0x2e, ABS_RESERVED */
	IO(_IOC(_IOC_READ, 'E', 0x40 + ABS_Y, 22), &ai);	/* less than the struct */
	IO(_IOC(_IOC_READ, 'E', 0x40 + ABS_Y, 28), &ai);	/* more */
	memset(bits, 0, sizeof bits);
	bits[0] = 1UL << EV_KEY | 1UL << EV_ABS | 1UL << 0x1e | 1UL << 40;
	try3(EVIOCGBIT(0, sizeof bits), bits);
	bits[0] = ~0UL, bits[BTN_MOUSE / 64] = 1UL << (BTN_MOUSE % 64);
	IO(EVIOCGBIT(EV_KEY, sizeof bits), bits);
	/* codes two names share: BTN_MISC and BTN_0, BTN_JOYSTICK and BTN_TRIGGER... */
	memset(bits, 0, sizeof bits);
	bits[BTN_MISC / 64] = 1UL << (BTN_MISC % 64) | 1UL << (BTN_JOYSTICK % 64) |
		1UL << (BTN_GAMEPAD % 64);
	bits[BTN_DIGI / 64] = 1UL << (BTN_DIGI % 64) | 1UL << (BTN_WHEEL % 64);
	bits[KEY_MAX / 64] = 1UL << (KEY_MAX % 64) | 1UL << (KEY_MAX % 64 - 1);
	IO(EVIOCGBIT(EV_KEY, sizeof bits), bits);
	bits[0] = ~0UL;
	IO(EVIOCGBIT(EV_REL, sizeof bits), bits);
	IO(EVIOCGBIT(EV_FF, sizeof bits), bits);
	IO(EVIOCGBIT(0x1c, sizeof bits), bits);	/* no name */
	IO(EVIOCGKEY(sizeof bits), bits);
	IO(EVIOCGLED(8), bits);
	IO(EVIOCGSW(8), bits);
	IO(EVIOCGPROP(8), bits);
	try3(EVIOCGMTSLOTS(sizeof slots), slots);
	slots[0] = 0x70;
	IO(EVIOCGMTSLOTS(12), slots);
	IO(EVIOCGMTSLOTS(2), slots);
	memcpy(big, "USB receiver", 13);
	try3(EVIOCGNAME(64), big);
	IO(EVIOCGPHYS(0), big);
	IO(EVIOCGUNIQ(5), big);
	IO(_IOC(_IOC_WRITE, 'E', 0x20, 4), 0);	/* no name */
}

static void ptp(void)
{
	struct ptp_clock_caps caps;
	struct ptp_extts_request ex = { 1, PTP_ENABLE_FEATURE | PTP_FALLING_EDGE, { 0, 9 } };
	struct ptp_perout_request po;
	struct ptp_sys_offset so;
	struct ptp_sys_offset_extended se;
	struct ptp_sys_offset_precise sp;
	struct ptp_pin_desc pd;

	memset(&caps, 0, sizeof caps);
	caps.max_adj = 500000, caps.n_pins = 4, caps.rsv[11] = 1;
	try3(PTP_CLOCK_GETCAPS, &caps);
	IO(PTP_CLOCK_GETCAPS2, &caps);
	try3(PTP_EXTTS_REQUEST, &ex);
	IO(PTP_EXTTS_REQUEST2, &ex);
	memset(&po, 0, sizeof po);
	po.start.sec = 1700000000, po.start.nsec = 5, po.period.sec = 1, po.index = 2;
	po.flags = PTP_PEROUT_DUTY_CYCLE, po.on.nsec = 500000000;
	try3(PTP_PEROUT_REQUEST2, &po);
	po.flags = PTP_PEROUT_PHASE | 0x100, po.on.nsec = 0, po.rsv[3] = 4;
	IO(PTP_PEROUT_REQUEST, &po);
	IO(PTP_PEROUT_REQUEST2, &po);
	IO(PTP_ENABLE_PPS, 1);
	memset(&so, 0, sizeof so);
	so.n_samples = 2;
	for (int i = 0; i < 5; i++)
		so.ts[i].sec = 1600000000 + i, so.ts[i].nsec = (unsigned)i * 250000000;
	try3(PTP_SYS_OFFSET, &so);
	so.n_samples = 100, so.rsv[0] = 1;	/* beyond the array */
	IO(PTP_SYS_OFFSET2, &so);
	memset(&se, 0, sizeof se);
	se.n_samples = 1, se.ts[0][1].sec = -1, se.ts[0][2].reserved = 3;
	try3(PTP_SYS_OFFSET_EXTENDED, &se);
	fill(&sp, sizeof sp);
	sp.device.nsec = 1;
	try3(PTP_SYS_OFFSET_PRECISE, &sp);
	memset(&pd, 'p', sizeof pd);
	pd.index = 1, pd.func = PTP_PF_PEROUT, pd.chan = 0;
	try3(PTP_PIN_GETFUNC2, &pd);
	IO(PTP_PIN_SETFUNC, &pd);
	pd.rsv[0] = 0;
	IO(PTP_PIN_SETFUNC2, &pd);
}

static void tee(void)
{
	struct tee_ioctl_version_data ver = { 1, 2, 3 };
	struct tee_ioctl_shm_alloc_data sa = { 4096, 0x3, 7 };
	struct tee_ioctl_shm_register_data sr = { 0x1000, 0x2000, 0x10, -1 };
	struct tee_ioctl_cancel_arg ca = { 1, 2 };
	struct tee_ioctl_close_session_arg cs = { 3 };
	struct {
		struct tee_ioctl_invoke_arg h;
		struct tee_ioctl_param p[3];
	} inv;
	struct {
		struct tee_ioctl_open_session_arg h;
		struct tee_ioctl_param p[1];
	} os;
	struct tee_ioctl_buf_data bd;

	try3(TEE_IOC_VERSION, &ver);
	try3(TEE_IOC_SHM_ALLOC, &sa);
	IO(TEE_IOC_SHM_REGISTER, &sr);
	IO(TEE_IOC_CANCEL, &ca);
	IO(TEE_IOC_CLOSE_SESSION, &cs);
	memset(&inv, 0, sizeof inv);
	inv.h.func = 5, inv.h.num_params = 3, inv.h.ret = 9;
	inv.p[0].attr = TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INOUT, inv.p[0].a = 1;
	inv.p[1].attr = TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT | TEE_IOCTL_PARAM_ATTR_META;
	inv.p[2].attr = 0x4;	/* no such type */
	bd.buf_ptr = (unsigned long)&inv, bd.buf_len = sizeof inv;
	try3(TEE_IOC_INVOKE, &bd);
	bd.buf_len = sizeof inv - 1;	/* not the struct's size: the pointer */
	IO(TEE_IOC_INVOKE, &bd);
	fill(&os, sizeof os);
	os.h.clnt_login = TEE_IOCTL_LOGIN_GROUP, os.h.num_params = 1;
	os.p[0].attr = TEE_IOCTL_PARAM_ATTR_TYPE_NONE;
	bd.buf_ptr = (unsigned long)&os, bd.buf_len = sizeof os;
	IO(TEE_IOC_OPEN_SESSION, &bd);
	os.h.clnt_login = 0x80000000;
	IO(TEE_IOC_OPEN_SESSION, &bd);
	os.h.clnt_login = TEE_IOCTL_LOGIN_USER, os.h.ret_origin = 3;
	IO(TEE_IOC_OPEN_SESSION, &bd);
	struct {
		struct tee_iocl_supp_recv_arg h;
		struct tee_ioctl_param p[2];
	} sup = { { 7, 2 }, { { TEE_IOCTL_PARAM_ATTR_TYPE_NONE | TEE_IOCTL_PARAM_ATTR_META, 1, 2, 3 },
			       { TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT, 4, 5, 6 } } };
	bd.buf_ptr = (unsigned long)&sup, bd.buf_len = sizeof sup;
	IO(TEE_IOC_SUPPL_RECV, &bd);
	IO(TEE_IOC_SUPPL_SEND, &bd);
	bd.buf_ptr = BAD;
	IO(TEE_IOC_SUPPL_SEND, &bd);
	/* TEE_IOC_SHM_REGISTER_FD: not in <linux/tee.h>, its layout by hand */
	struct { long long fd; unsigned long long size; unsigned flags, pad1, id, pad2; } rf =
		{ 0, 0x1000, 0x41, 0, 9, 0 };
	try3(_IOWR(TEE_IOC_MAGIC, 8, rf), &rf);
}

/* V4L2: every buffer type's format (and types no name covers), fourccs
 * with quotes, backslashes and bytes past ASCII, control ids named, by
 * class and offset, or unknown, with the NEXT flags; extended controls
 * (none, unreadable, strings, an array that ends unreadable); buffers'
 * flags with each timestamp kind and source; subdevice aliases */
static void v4l2(void)
{
	static struct v4l2_clip clips[2];	/* (their next pointers: garbage, not read) */
	struct v4l2_format f;
	unsigned types[] = {
		V4L2_BUF_TYPE_VIDEO_CAPTURE, V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE,
		V4L2_BUF_TYPE_VIDEO_OVERLAY, V4L2_BUF_TYPE_VBI_OUTPUT,
		V4L2_BUF_TYPE_SLICED_VBI_CAPTURE, V4L2_BUF_TYPE_SDR_OUTPUT,
		V4L2_BUF_TYPE_META_CAPTURE, 0, 0x80, 0xdeadbeef,
	};

	try3(VIDIOC_QUERYCAP, big);
	fill(big, sizeof big);
	struct v4l2_fmtdesc fd = { .index = 3, .type = V4L2_BUF_TYPE_VIDEO_CAPTURE,
				   .flags = V4L2_FMT_FLAG_COMPRESSED | 0x10000,
				   .pixelformat = V4L2_PIX_FMT_YUYV };
	try3(VIDIOC_ENUM_FMT, &fd);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
		fill(&f, sizeof f);
		f.type = types[i];
		switch (types[i]) {
		case V4L2_BUF_TYPE_VIDEO_CAPTURE:
			f.fmt.pix.pixelformat = v4l2_fourcc('\'', '\\', 'a', 0xff);
			f.fmt.pix.field = V4L2_FIELD_INTERLACED;
			f.fmt.pix.colorspace = V4L2_COLORSPACE_SRGB;
			break;
		case V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE:
			f.fmt.pix_mp.pixelformat = V4L2_PIX_FMT_NV12;
			f.fmt.pix_mp.num_planes = 3;
			break;
		case V4L2_BUF_TYPE_VIDEO_OVERLAY:
			fill(clips, sizeof clips);
			f.fmt.win.clips = clips;
			f.fmt.win.clipcount = 2;
			f.fmt.win.field = V4L2_FIELD_TOP;
			f.fmt.win.bitmap = NULL;
			break;
		case V4L2_BUF_TYPE_VBI_OUTPUT:
			f.fmt.vbi.sample_format = V4L2_PIX_FMT_GREY;
			f.fmt.vbi.flags = V4L2_VBI_UNSYNC;
			break;
		case V4L2_BUF_TYPE_SLICED_VBI_CAPTURE:
			f.fmt.sliced.service_set = V4L2_SLICED_VBI_625 | V4L2_SLICED_CAPTION_525;
			break;
		case V4L2_BUF_TYPE_SDR_OUTPUT:
			f.fmt.sdr.pixelformat = V4L2_SDR_FMT_CU8;
			break;
		case V4L2_BUF_TYPE_META_CAPTURE:
			f.fmt.meta.dataformat = V4L2_META_FMT_UVC;
			break;
		}
		IO(VIDIOC_G_FMT, &f);
		IO(VIDIOC_S_FMT, &f);
		IO(VIDIOC_TRY_FMT, &f);
	}
	IO(VIDIOC_S_FMT, 0);
	IO(VIDIOC_G_FMT, BAD);

	struct v4l2_requestbuffers rb = { .count = 4, .type = V4L2_BUF_TYPE_VIDEO_CAPTURE,
					  .memory = V4L2_MEMORY_DMABUF };
	try3(VIDIOC_REQBUFS, &rb);
	struct v4l2_buffer b;
	unsigned long flags[] = {
		V4L2_BUF_FLAG_MAPPED | V4L2_BUF_FLAG_DONE | V4L2_BUF_FLAG_TIMESTAMP_COPY,
		V4L2_BUF_FLAG_TSTAMP_SRC_SOE | 0x8000 | 0x40000000, 0,
	};
	unsigned mems[] = { V4L2_MEMORY_MMAP, V4L2_MEMORY_USERPTR, 9 };
	for (size_t i = 0; i < 3; i++) {
		fill(&b, sizeof b);
		b.type = types[i];
		b.index = 7;
		b.memory = mems[i];
		b.flags = (unsigned)flags[i];
		IO(VIDIOC_QUERYBUF, &b);
		IO(VIDIOC_QBUF, &b);
		IO(VIDIOC_DQBUF, &b);
	}
	struct v4l2_framebuffer fb = { .capability = 0x41, .flags = 0x3, .base = big };
	try3(VIDIOC_G_FBUF, &fb);
	IO(VIDIOC_S_FBUF, &fb);
	int st = V4L2_BUF_TYPE_VBI_CAPTURE;
	try3(VIDIOC_STREAMON, &st);
	st = 77;
	IO(VIDIOC_STREAMOFF, &st);

	struct v4l2_streamparm sp;
	fill(&sp, sizeof sp);
	sp.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	sp.parm.capture.capability = V4L2_CAP_TIMEPERFRAME | 0x1;
	sp.parm.capture.capturemode = 0;
	try3(VIDIOC_G_PARM, &sp);
	IO(VIDIOC_S_PARM, &sp);
	sp.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
	sp.parm.output.outputmode = V4L2_MODE_HIGHQUALITY;
	IO(VIDIOC_S_PARM, &sp);
	sp.type = V4L2_BUF_TYPE_SDR_CAPTURE;
	IO(VIDIOC_G_PARM, &sp);

	v4l2_std_id std = V4L2_STD_PAL_B | V4L2_STD_NTSC_M;
	try3(VIDIOC_G_STD, &std);
	IO(VIDIOC_S_STD, &std);
	struct v4l2_standard es;
	fill(&es, sizeof es);
	es.index = 2;
	try3(VIDIOC_ENUMSTD, &es);
	struct v4l2_input in;
	fill(&in, sizeof in);
	in.index = 1, in.type = V4L2_INPUT_TYPE_CAMERA;
	try3(VIDIOC_ENUMINPUT, &in);

	unsigned cids[] = {
		V4L2_CID_BRIGHTNESS, V4L2_CID_USER_CLASS, V4L2_CID_CAMERA_CLASS_BASE + 0x55,
		V4L2_CTRL_CLASS_FLASH, V4L2_CID_PAN_RELATIVE, 0x123456, 0,
	};
	struct v4l2_control c;
	for (size_t i = 0; i < sizeof cids / sizeof cids[0]; i++) {
		c.id = cids[i], c.value = -5;
		IO(VIDIOC_G_CTRL, &c);
		IO(VIDIOC_S_CTRL, &c);
	}
	IO(VIDIOC_G_CTRL, 0);
	struct v4l2_queryctrl qc;
	fill(&qc, sizeof qc);
	qc.id = V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CID_HUE;
	qc.type = V4L2_CTRL_TYPE_MENU;
	qc.flags = V4L2_CTRL_FLAG_SLIDER;
	try3(VIDIOC_QUERYCTRL, &qc);
	qc.id = V4L2_CTRL_FLAG_NEXT_COMPOUND;
	memset(qc.reserved, 0, sizeof qc.reserved);
	IO(VIDIOC_QUERYCTRL, &qc);
	struct v4l2_query_ext_ctrl qe;
	fill(&qe, sizeof qe);
	qe.id = V4L2_CID_CONTRAST, qe.nr_of_dims = 2, qe.flags = 0;
	try3(VIDIOC_QUERY_EXT_CTRL, &qe);

	struct v4l2_tuner tu;
	fill(&tu, sizeof tu);
	tu.type = V4L2_TUNER_ANALOG_TV, tu.capability = V4L2_TUNER_CAP_STEREO | V4L2_TUNER_CAP_RDS;
	tu.rxsubchans = V4L2_TUNER_SUB_STEREO, tu.audmode = V4L2_TUNER_MODE_LANG1_LANG2;
	try3(VIDIOC_G_TUNER, &tu);
	IO(VIDIOC_S_TUNER, &tu);
	int idx = 3;
	try3(VIDIOC_G_INPUT, &idx);
	IO(VIDIOC_S_INPUT, &idx);

	struct v4l2_cropcap cc;
	fill(&cc, sizeof cc);
	cc.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
	try3(VIDIOC_CROPCAP, &cc);
	struct v4l2_crop cr;
	fill(&cr, sizeof cr);
	cr.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	try3(VIDIOC_G_CROP, &cr);
	IO(VIDIOC_S_CROP, &cr);

	static struct v4l2_ext_control ec[3];
	static char str[] = "abc\n";
	struct v4l2_ext_controls ecs = { .ctrl_class = V4L2_CTRL_CLASS_CAMERA, .count = 2,
					 .error_idx = 1, .controls = ec };
	ec[0].id = V4L2_CID_EXPOSURE_ABSOLUTE, ec[0].value64 = -2;
	ec[1].id = V4L2_CID_CAMERA_CLASS_BASE + 0x99, ec[1].size = 5, ec[1].string = str;
	try3(VIDIOC_S_EXT_CTRLS, &ecs);
	IO(VIDIOC_TRY_EXT_CTRLS, &ecs);
	IO(VIDIOC_G_EXT_CTRLS, &ecs);
	ecs.count = 0;
	IO(VIDIOC_S_EXT_CTRLS, &ecs);
	IO(VIDIOC_G_EXT_CTRLS, &ecs);
	ecs.count = 2, ecs.controls = (void *)BAD, ecs.ctrl_class = 0x170000;
	IO(VIDIOC_S_EXT_CTRLS, &ecs);
	IO(VIDIOC_G_EXT_CTRLS, &ecs);

	struct v4l2_frmsizeenum fs;
	fill(&fs, sizeof fs);
	fs.pixel_format = V4L2_PIX_FMT_MJPEG;
	for (unsigned i = 0; i < 4; i++) {
		fs.type = i ? i : 9;
		IO(VIDIOC_ENUM_FRAMESIZES, &fs);
	}
	struct v4l2_frmivalenum fi;
	fill(&fi, sizeof fi);
	fi.pixel_format = V4L2_PIX_FMT_H264;
	for (unsigned i = 0; i < 4; i++) {
		fi.type = i ? i : 9;
		IO(VIDIOC_ENUM_FRAMEINTERVALS, &fi);
	}
	struct v4l2_create_buffers cb;
	fill(&cb, sizeof cb);
	cb.memory = V4L2_MEMORY_MMAP;
	cb.format.type = V4L2_BUF_TYPE_SDR_CAPTURE;
	try3(VIDIOC_CREATE_BUFS, &cb);
	cb.format.type = 0x55;
	IO(VIDIOC_CREATE_BUFS, &cb);

	/* not decoded: the number; a subdevice's own requests by their names,
	 * its aliases of the video nodes' by those */
	IO(VIDIOC_LOG_STATUS, 0);
	IO(VIDIOC_G_EDID, BAD);
	IO(VIDIOC_SUBDEV_G_FMT, BAD);
	IO(VIDIOC_SUBDEV_G_STD, &std);
	IO(VIDIOC_SUBDEV_QUERYSTD, &std);
}

int main(int argc, char **argv, char **envp)
{
	const char *g = argc > 1 ? argv[1] : "all";
	int all = strcmp(g, "all") == 0;

	if (all || !strcmp(g, "hdio")) hdio();
	if (all || !strcmp(g, "gpio")) gpio();
	if (all || !strcmp(g, "counter")) counter();
	if (all || !strcmp(g, "lirc")) lirc();
	if (all || !strcmp(g, "evdev")) evdev();
	if (all || !strcmp(g, "ptp")) ptp();
	if (all || !strcmp(g, "tee")) tee();
	if (all || !strcmp(g, "v4l2")) v4l2();
	return 0;
}
