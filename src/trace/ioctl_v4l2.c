/* src/trace/ioctl_v4l2.c — Video4Linux2 (type 'V', <linux/videodev2.h>):
 * capabilities, formats by buffer type, buffers, streaming, parameters,
 * standards, inputs, controls (by id: named, or class + offset), tuners,
 * cropping, frame sizes and intervals. The names come from the headers
 * through src/gen/v4l2tab.sh. strace's rules: what the program passes in is
 * printed at the entry; what the kernel fills in at the exit, after ", " for
 * a struct the entry left open, or after " => " for fields it had shown;
 * a failed call closes the struct. <linux/videodev2.h> includes libc's
 * <sys/time.h>: this file is built with src/trace/nolibc first on the
 * include path (see the Makefile). */
#include "ioctl.h"
#include <linux/videodev2.h>
#include "v4l2tab.h"

static const struct xlat buf_types[] = { V4X_buf_type, XEND };
static const struct xlat memories[] = { V4X_memory, XEND };
static const struct xlat fields[] = { V4X_field, XEND };
static const struct xlat colorspaces[] = { V4X_colorspace, XEND };
static const struct xlat caps[] = { V4X_cap, XEND };
static const struct xlat buf_flags[] = { V4X_buf_flag, XEND };
static const struct xlat buf_tstamps[] = { V4X_buf_tstamp, XEND };
static const struct xlat buf_tsrcs[] = { V4X_buf_tsrc, XEND };
static const struct xlat fmt_flags[] = { V4X_fmt_flag, XEND };
static const struct xlat pixfmts[] = { V4X_pixfmt, XEND };
static const struct xlat sdrfmts[] = { V4X_sdrfmt, XEND };
static const struct xlat metafmts[] = { V4X_metafmt, XEND };
static const struct xlat sliced[] = { V4X_sliced, XEND };
static const struct xlat vbi_flags[] = { V4X_vbi_flag, XEND };
static const struct xlat parm_caps[] = { V4X_parm_cap, XEND };
static const struct xlat parm_modes[] = { V4X_parm_mode, XEND };
static const struct xlat input_types[] = { V4X_input_type, XEND };
static const struct xlat ctrl_classes[] = { V4X_ctrl_class, XEND };
static const struct xlat cids[] = { V4X_cid, XEND };
static const struct xlat ctrl_types[] = { V4X_ctrl_type, XEND };
static const struct xlat ctrl_flags[] = { V4X_ctrl_flag, XEND };
static const struct xlat ctrl_next[] = { V4X_ctrl_next, XEND };
static const struct xlat tuner_types[] = { V4X_tuner_type, XEND };
static const struct xlat tuner_caps[] = { V4X_tuner_cap, XEND };
static const struct xlat tuner_subs[] = { V4X_tuner_sub, XEND };
static const struct xlat tuner_modes[] = { V4X_tuner_mode, XEND };
static const struct xlat frmsizes[] = { V4X_frmsize, XEND };
static const struct xlat frmivals[] = { V4X_frmival, XEND };

static void pr_buf_type(unsigned v)
{
	pr_xlat(buf_types, v, "%#x", "V4L2_BUF_TYPE_???");
}

/* v4l2_fourcc('Y', 'U', 'Y', 'V') and the format's name in a comment,
 * from the formats of its kind (pixels, SDR samples, metadata); -X raw:
 * the number */
static void pr_fourcc_in(const struct xlat *fmts, unsigned v)
{
	const char *n = xlat_name(fmts, v);

	if (opt_raw) {
		pr("%#x", v);
		return;
	}
	prs("v4l2_fourcc(");
	for (int i = 0; i < 4; i++) {
		unsigned char c = (unsigned char)(v >> (8 * i));
		prs(i ? ", '" : "'");
		if (c == '\'' || c == '\\')
			pr("\\%c", c);
		else if (c >= ' ' && c < 0x7f)
			pr("%c", c);
		else
			pr("\\x%02x", c);
		prs("'");
	}
	prs(")");
	if (n)
		pr(" /* %s */", n);
}

static void pr_fourcc(unsigned v)
{
	pr_fourcc_in(pixfmts, v);
}

/* The capabilities: strace lists them by value, the header not quite
 * (V4L2_CAP_ASYNCIO comes last there): a copy sorted once. */
static void pr_caps(unsigned v)
{
	static struct xlat sorted[sizeof caps / sizeof caps[0]];
	const size_t n = sizeof caps / sizeof caps[0] - 1;

	if (!sorted[0].name) {
		for (size_t i = 0; i < n; i++) {
			size_t j = i;
			for (; j > 0 && sorted[j - 1].val > caps[i].val; j--)
				sorted[j] = sorted[j - 1];
			sorted[j] = caps[i];
		}
	}
	pr_flags_d(sorted, v, "V4L2_CAP_???");
}

/* a control id: its name; else its class and the offset in it
 * (V4L2_CTRL_CLASS_USER+0x10); else the number and strace's marker */
static void pr_cid(unsigned id)
{
	const char *n = xlat_name(cids, id);
	const char *cls = xlat_name(ctrl_classes, id & 0xffff0000);
	char buf[96];

	if (n) {
		pr_named_hex(id, n);
		return;
	}
	if (!cls || opt_raw) {
		pr_xlat(cids, id, "%#x", "V4L2_CID_???");
		return;
	}
	if (id & 0xffff)
		snprintf(buf, sizeof buf, "%s+%#x", cls, id & 0xffff);
	else
		snprintf(buf, sizeof buf, "%s+0", cls);
	pr_named_hex(id, buf);
}

/* QUERYCTRL's id: the NEXT_* flags, then the id they leave */
static void pr_cid_next(unsigned id)
{
	unsigned fl = id & (V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CTRL_FLAG_NEXT_COMPOUND);

	if (fl && !opt_raw) {
		pr_flags(ctrl_next, fl, NULL);
		prs("|");
		id &= ~fl;
	}
	pr_cid(id);
}

static int mem_is_zero(const void *p, size_t n)
{
	const unsigned char *b = p;

	while (n--)
		if (*b++)
			return 0;
	return 1;
}

static void pr_rect(const struct v4l2_rect *r)
{
	pr("{left=%d, top=%d, width=%u, height=%u}", r->left, r->top, r->width, r->height);
}

static void pr_fract(const struct v4l2_fract *f)
{
	pr("%u/%u", f->numerator, f->denominator);
}

static void pr_cstr(const void *field, size_t size)
{
	ioc_cstr(field, size);
}

static void pr_clip(struct tcb *t, const void *e)
{
	const struct v4l2_clip *c = e;

	prs("{c=");
	pr_rect(&c->c);
	prs("}");
}

/* Most requests pass a struct the program fills in part and the kernel
 * the rest: it is read at the entry and again at the exit, and each
 * request brings only its two printers. The entry's prints the fields
 * after "{" and says whether the exit has more to show (1), or the struct
 * is to be closed now (0); the exit's runs only when the call did not
 * fail and the struct could be read again. */
typedef int v4l2_in(struct tcb *t, unsigned req, const void *p);
typedef void v4l2_out(struct tcb *t, unsigned req, const void *p);

/* room for the struct of any request v4l2_io serves (a new one adds its
 * struct here) */
union v4l2_arg {
	struct v4l2_fmtdesc fmtdesc;
	struct v4l2_format format;
	struct v4l2_requestbuffers reqbufs;
	struct v4l2_buffer buffer;
	struct v4l2_streamparm parm;
	struct v4l2_standard standard;
	struct v4l2_input input;
	struct v4l2_control control;
	struct v4l2_tuner tuner;
	struct v4l2_queryctrl queryctrl;
	struct v4l2_cropcap cropcap;
	struct v4l2_crop crop;
	struct v4l2_frmsizeenum frmsize;
	struct v4l2_frmivalenum frmival;
	struct v4l2_query_ext_ctrl query_ext_ctrl;
};

static int v4l2_io(struct tcb *t, unsigned req, unsigned long arg, size_t size,
		   v4l2_in *in, v4l2_out *out)
{
	union v4l2_arg a;

	if (!t->exiting) {
		pr_sep();
		if (ioc_get(t, arg, &a, size) < 0)
			return IOC_DONE;
		prs("{");
		if (in(t, req, &a))
			return IOC_EXIT;
		prs("}");
		return IOC_DONE;
	}
	if (!t_failed(t) && umove(t->pid, arg, &a, size) == 0)
		out(t, req, &a);
	prs("}");
	return IOC_DONE;
}

/* what the kernel made of a struct: after ", " when the entry showed
 * only what it needs to find it, after "} => {" when it showed it all */
static void pr_then(int shown)
{
	prs(shown ? "} => {" : ", ");
}

/* the union of struct v4l2_format by its type: "fmt.pix={...}"; 0 when
 * the clips of an overlay window were not all printed (none, or not
 * readable): strace then shows no more of the call at its exit */
static int pr_fmt_body(struct tcb *t, const struct v4l2_format *f)
{
	switch (f->type) {
	case V4L2_BUF_TYPE_VIDEO_CAPTURE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT: {
		const struct v4l2_pix_format *p = &f->fmt.pix;
		pr("fmt.pix={width=%u, height=%u, pixelformat=", p->width, p->height);
		pr_fourcc(p->pixelformat);
		prs(", field=");
		pr_xlat(fields, p->field, "%#x", "V4L2_FIELD_???");
		pr(", bytesperline=%u, sizeimage=%u, colorspace=", p->bytesperline, p->sizeimage);
		pr_xlat(colorspaces, p->colorspace, "%#x", "V4L2_COLORSPACE_???");
		prs("}");
		return 1;
	}
	case V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE: {
		const struct v4l2_pix_format_mplane *p = &f->fmt.pix_mp;
		pr("fmt.pix_mp={width=%u, height=%u, pixelformat=", p->width, p->height);
		pr_fourcc(p->pixelformat);
		prs(", field=");
		pr_xlat(fields, p->field, "%#x", "V4L2_FIELD_???");
		prs(", colorspace=");
		pr_xlat(colorspaces, p->colorspace, "%#x", "V4L2_COLORSPACE_???");
		prs(", plane_fmt=[");
		for (unsigned i = 0; i < p->num_planes && i < VIDEO_MAX_PLANES; i++)
			pr("%s{sizeimage=%u, bytesperline=%u}", i ? ", " : "",
			   p->plane_fmt[i].sizeimage, p->plane_fmt[i].bytesperline);
		pr("], num_planes=%u}", p->num_planes);
		return 1;
	}
	case V4L2_BUF_TYPE_VIDEO_OVERLAY:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY: {
		const struct v4l2_window *w = &f->fmt.win;
		prs("fmt.win={w=");
		pr_rect(&w->w);
		prs(", field=");
		pr_xlat(fields, w->field, "%#x", "V4L2_FIELD_???");
		pr(", chromakey=%#x, clips=", w->chromakey);
		int whole = pr_array(t, (unsigned long)w->clips, w->clipcount,
				     sizeof(struct v4l2_clip), pr_clip);
		pr(", clipcount=%u, bitmap=", w->clipcount);
		pr_addr((unsigned long)w->bitmap);
		pr(", global_alpha=%#x}", w->global_alpha);
		return whole;
	}
	case V4L2_BUF_TYPE_VBI_CAPTURE:
	case V4L2_BUF_TYPE_VBI_OUTPUT: {
		const struct v4l2_vbi_format *v = &f->fmt.vbi;
		pr("fmt.vbi={sampling_rate=%u, offset=%u, samples_per_line=%u, sample_format=",
		   v->sampling_rate, v->offset, v->samples_per_line);
		pr_fourcc(v->sample_format);
		pr(", start=[%d, %d], count=[%u, %u], flags=", v->start[0], v->start[1],
		   v->count[0], v->count[1]);
		pr_flags_d(vbi_flags, v->flags, "V4L2_VBI_???");
		prs("}");
		return 1;
	}
	case V4L2_BUF_TYPE_SLICED_VBI_CAPTURE:
	case V4L2_BUF_TYPE_SLICED_VBI_OUTPUT: {
		const struct v4l2_sliced_vbi_format *s = &f->fmt.sliced;
		prs("fmt.sliced={service_set=");
		pr_flags_d(sliced, s->service_set, "V4L2_SLICED_???");
		prs(", service_lines=[");
		for (int i = 0; i < 2; i++) {
			prs(i ? ", [" : "[");
			for (int j = 0; j < 24; j++)
				pr("%s%#x", j ? ", " : "", s->service_lines[i][j]);
			prs("]");
		}
		pr("], io_size=%u}", s->io_size);
		return 1;
	}
	case V4L2_BUF_TYPE_SDR_CAPTURE:
	case V4L2_BUF_TYPE_SDR_OUTPUT:
		prs("fmt.sdr={pixelformat=");
		pr_fourcc_in(sdrfmts, f->fmt.sdr.pixelformat);
		pr(", buffersize=%u}", f->fmt.sdr.buffersize);
		return 1;
	case V4L2_BUF_TYPE_META_CAPTURE:
	case V4L2_BUF_TYPE_META_OUTPUT:
		prs("fmt.meta={dataformat=");
		pr_fourcc_in(metafmts, f->fmt.meta.dataformat);
		pr(", buffersize=%u}", f->fmt.meta.buffersize);
		return 1;
	}
	return 0;
}

/* G_FMT: the type in, the format out; S_FMT, TRY_FMT: the format in, the
 * format the driver made of it out, after " => " */
static int fmt_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_format *f = p;

	prs("type=");
	pr_buf_type(f->type);
	if (!xlat_name(buf_types, f->type))
		return 0;
	if (req == VIDIOC_G_FMT)
		return 1;
	prs(", ");
	return pr_fmt_body(t, f);
}

static void fmt_out(struct tcb *t, unsigned req, const void *p)
{
	pr_then(req != VIDIOC_G_FMT);
	pr_fmt_body(t, p);
}

/* KERNEL_VERSION(5, 19, 0); -X raw the number, -X verbose both */
static void pr_kversion(unsigned v)
{
	if (opt_raw) {
		pr("%#x", v);
		return;
	}
	int xv = xv_begin("%#lx", v);
	pr("KERNEL_VERSION(%u, %u, %u)", v >> 16, (v >> 8) & 0xff, v & 0xff);
	xv_end(xv);
}

static int v4l2_querycap(struct tcb *t, unsigned long arg)
{
	struct v4l2_capability c;

	if (!t->exiting)
		return IOC_EXIT;
	pr_sep();
	if (t_failed(t)) {
		pr_addr(arg);
		return IOC_DONE;
	}
	if (ioc_get(t, arg, &c, sizeof c) < 0)
		return IOC_DONE;
	prs("{driver=");
	pr_cstr(c.driver, sizeof c.driver);
	prs(", card=");
	pr_cstr(c.card, sizeof c.card);
	prs(", bus_info=");
	pr_cstr(c.bus_info, sizeof c.bus_info);
	prs(", version=");
	pr_kversion(c.version);
	prs(", capabilities=");
	pr_caps(c.capabilities);
	if (c.capabilities & V4L2_CAP_DEVICE_CAPS) {
		prs(", device_caps=");
		pr_caps(c.device_caps);
	}
	prs("}");
	return IOC_DONE;
}

static int enum_fmt_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_fmtdesc *f = p;

	pr("index=%u, type=", f->index);
	pr_buf_type(f->type);
	return 1;
}

static void enum_fmt_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_fmtdesc *f = p;

	prs(", flags=");
	pr_flags_d(fmt_flags, f->flags, "V4L2_FMT_FLAG_???");
	prs(", description=");
	pr_cstr(f->description, sizeof f->description);
	prs(", pixelformat=");
	pr_fourcc(f->pixelformat);
}

static int reqbufs_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_requestbuffers *r = p;

	prs("type=");
	pr_buf_type(r->type);
	prs(", memory=");
	pr_xlat(memories, r->memory, "%#x", "V4L2_MEMORY_???");
	pr(", count=%u", r->count);
	return 1;
}

static void reqbufs_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_requestbuffers *r = p;

	pr(" => %u", r->count);
}

/* a buffer's flags: the bits, then the two fields in them, the kind of
 * timestamp and its source, always named (0 is a value of each) */
static void pr_buf_flags(unsigned v)
{
	unsigned bits = v & ~(V4L2_BUF_FLAG_TIMESTAMP_MASK | V4L2_BUF_FLAG_TSTAMP_SRC_MASK);

	if (opt_raw) {
		pr("%#x", v);
		return;
	}
	if (bits) {
		pr_flags_d(buf_flags, bits, "V4L2_BUF_FLAG_???");
		prs("|");
	}
	pr_xlat(buf_tstamps, v & V4L2_BUF_FLAG_TIMESTAMP_MASK, "%#x", "V4L2_BUF_FLAG_TIMESTAMP_???");
	prs("|");
	pr_xlat(buf_tsrcs, v & V4L2_BUF_FLAG_TSTAMP_SRC_MASK, "%#x", "V4L2_BUF_FLAG_TSTAMP_SRC_???");
}

/* QUERYBUF, QBUF, DQBUF: the type (and index, but DQBUF's is the kernel's) */
static int buf_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_buffer *b = p;

	prs("type=");
	pr_buf_type(b->type);
	if (req != VIDIOC_DQBUF)
		pr(", index=%u", b->index);
	return 1;
}

/* what the kernel says of a buffer: where its memory is, its sizes, its
 * flags (and DQBUF's index before them, its timestamp after) */
static void buf_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_buffer *b = p;

	if (req == VIDIOC_DQBUF)
		pr(", index=%u", b->index);
	prs(", memory=");
	pr_xlat(memories, b->memory, "%#x", "V4L2_MEMORY_???");
	if (b->memory == V4L2_MEMORY_MMAP)
		pr(", m.offset=%#x", b->m.offset);
	else if (b->memory == V4L2_MEMORY_USERPTR)
		pr(", m.userptr=%#lx", b->m.userptr);
	pr(", length=%u, bytesused=%u, flags=", b->length, b->bytesused);
	pr_buf_flags(b->flags);
	if (req == VIDIOC_DQBUF)
		pr(", timestamp={tv_sec=%lld, tv_usec=%llu}", (long long)b->timestamp.tv_sec,
		   (unsigned long long)b->timestamp.tv_usec);
	prs(", ...");
}

static int v4l2_fbuf(struct tcb *t, unsigned req, unsigned long arg)
{
	struct v4l2_framebuffer f;

	if (req == VIDIOC_G_FBUF && !t->exiting)
		return IOC_EXIT;
	pr_sep();
	if (t->exiting && t_failed(t)) {
		pr_addr(arg);
		return IOC_DONE;
	}
	if (ioc_get(t, arg, &f, sizeof f) < 0)
		return IOC_DONE;
	pr("{capability=%#x, flags=%#x, base=", f.capability, f.flags);
	pr_addr((unsigned long)f.base);
	prs("}");
	return IOC_DONE;
}

static int v4l2_stream(struct tcb *t, unsigned long arg)
{
	int type;

	pr_sep();
	if (ioc_get(t, arg, &type, sizeof type) == 0) {
		prs("[");
		pr_buf_type((unsigned)type);
		prs("]");
	}
	return IOC_DONE;
}

static void pr_parm_body(const struct v4l2_streamparm *s)
{
	if (s->type == V4L2_BUF_TYPE_VIDEO_CAPTURE) {
		const struct v4l2_captureparm *c = &s->parm.capture;
		prs("parm.capture={capability=");
		pr_flags_d(parm_caps, c->capability, "V4L2_CAP_???");
		prs(", capturemode=");
		pr_flags_d(parm_modes, c->capturemode, "V4L2_MODE_???");
		prs(", timeperframe=");
		pr_fract(&c->timeperframe);
		pr(", extendedmode=%#x, readbuffers=%u}", c->extendedmode, c->readbuffers);
	} else {
		const struct v4l2_outputparm *o = &s->parm.output;
		prs("parm.output={capability=");
		pr_flags_d(parm_caps, o->capability, "V4L2_CAP_???");
		prs(", outputmode=");
		pr_flags_d(parm_modes, o->outputmode, "V4L2_MODE_???");
		prs(", timeperframe=");
		pr_fract(&o->timeperframe);
		pr(", extendedmode=%#x, writebuffers=%u}", o->extendedmode, o->writebuffers);
	}
}

/* G_PARM, S_PARM: capture and output parameters; other types only the type */
static int parm_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_streamparm *s = p;

	prs("type=");
	pr_buf_type(s->type);
	if (s->type != V4L2_BUF_TYPE_VIDEO_CAPTURE && s->type != V4L2_BUF_TYPE_VIDEO_OUTPUT)
		return 0;
	if (req == VIDIOC_S_PARM) {
		prs(", ");
		pr_parm_body(s);
	}
	return 1;
}

static void parm_out(struct tcb *t, unsigned req, const void *p)
{
	pr_then(req == VIDIOC_S_PARM);
	pr_parm_body(p);
}

/* G_STD: the standard out; S_STD: in */
static int v4l2_std(struct tcb *t, unsigned req, unsigned long arg)
{
	v4l2_std_id id;

	if (req == VIDIOC_G_STD && !t->exiting)
		return IOC_EXIT;
	pr_sep();
	if (t->exiting && t_failed(t)) {
		pr_addr(arg);
		return IOC_DONE;
	}
	if (ioc_get(t, arg, &id, sizeof id) == 0)
		pr("[%#llx]", (unsigned long long)id);
	return IOC_DONE;
}

static int enumstd_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_standard *s = p;

	pr("index=%u", s->index);
	return 1;
}

static void enumstd_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_standard *s = p;

	prs(", name=");
	pr_cstr(s->name, sizeof s->name);
	prs(", frameperiod=");
	pr_fract(&s->frameperiod);
	pr(", framelines=%u", s->framelines);
}

static int enuminput_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_input *in = p;

	pr("index=%u", in->index);
	return 1;
}

static void enuminput_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_input *in = p;

	prs(", name=");
	pr_cstr(in->name, sizeof in->name);
	prs(", type=");
	pr_xlat(input_types, in->type, "%#x", "V4L2_INPUT_TYPE_???");
}

/* G_CTRL: the id in, the value out; S_CTRL: both in, the value out after " => " */
static int ctrl_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_control *c = p;

	prs("id=");
	pr_cid(c->id);
	if (req == VIDIOC_S_CTRL)
		pr(", value=%d", c->value);
	return 1;
}

static void ctrl_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_control *c = p;

	pr(req == VIDIOC_S_CTRL ? " => %d" : ", value=%d", c->value);
}

static void pr_tuner_body(const struct v4l2_tuner *tu)
{
	prs("name=");
	pr_cstr(tu->name, sizeof tu->name);
	prs(", type=");
	pr_xlat(tuner_types, tu->type, "%#x", "V4L2_TUNER_???");
	prs(", capability=");
	pr_flags_d(tuner_caps, tu->capability, "V4L2_TUNER_CAP_???");
	pr(", rangelow=%u, rangehigh=%u, rxsubchans=", tu->rangelow, tu->rangehigh);
	pr_flags_d(tuner_subs, tu->rxsubchans, "V4L2_TUNER_SUB_???");
	prs(", audmode=");
	pr_xlat(tuner_modes, tu->audmode, "%#x", "V4L2_TUNER_MODE_???");
	pr(", signal=%d, afc=%d", tu->signal, tu->afc);
}

static int tuner_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_tuner *tu = p;

	pr("index=%u", tu->index);
	if (req == VIDIOC_S_TUNER) {
		prs(", ");
		pr_tuner_body(tu);
	}
	return 1;
}

static void tuner_out(struct tcb *t, unsigned req, const void *p)
{
	pr_then(req == VIDIOC_S_TUNER);
	pr_tuner_body(p);
}

static int queryctrl_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_queryctrl *q = p;

	prs("id=");
	pr_cid_next(q->id);
	return 1;
}

static void queryctrl_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_queryctrl *q = p;

	prs(", type=");
	pr_xlat(ctrl_types, q->type, "%#x", "V4L2_CTRL_TYPE_???");
	prs(", name=");
	pr_cstr(q->name, sizeof q->name);
	if (abbrev(t)) {
		prs(", ...");
		return;
	}
	pr(", minimum=%d, maximum=%d, step=%d, default_value=%d, flags=",
	   q->minimum, q->maximum, q->step, q->default_value);
	pr_flags_d(ctrl_flags, q->flags, "V4L2_CTRL_FLAG_???");
	if (!mem_is_zero(q->reserved, sizeof q->reserved))	/* shown when used */
		pr(", reserved=[%#x, %#x]", q->reserved[0], q->reserved[1]);
}

static int v4l2_int(struct tcb *t, unsigned req, unsigned long arg)
{
	if (req == VIDIOC_G_INPUT && !t->exiting)
		return IOC_EXIT;
	if (t->exiting && t_failed(t)) {
		pr_sep();
		pr_addr(arg);
		return IOC_DONE;
	}
	ioc_uint(t, arg);
	return IOC_DONE;
}

static int cropcap_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_cropcap *c = p;

	prs("type=");
	pr_buf_type(c->type);
	return 1;
}

static void cropcap_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_cropcap *c = p;

	prs(", bounds=");
	pr_rect(&c->bounds);
	prs(", defrect=");
	pr_rect(&c->defrect);
	prs(", pixelaspect=");
	pr_fract(&c->pixelaspect);
}

/* G_CROP: the type in, the rectangle out; S_CROP: both in, nothing out */
static int crop_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_crop *c = p;

	prs("type=");
	pr_buf_type(c->type);
	if (req == VIDIOC_G_CROP)
		return 1;
	prs(", c=");
	pr_rect(&c->c);
	return 0;
}

static void crop_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_crop *c = p;

	prs(", c=");
	pr_rect(&c->c);
}

static int framesizes_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_frmsizeenum *f = p;

	pr("index=%u, pixel_format=", f->index);
	pr_fourcc(f->pixel_format);
	return 1;
}

static void framesizes_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_frmsizeenum *f = p;

	prs(", type=");
	pr_xlat(frmsizes, f->type, "%#x", "V4L2_FRMSIZE_TYPE_???");
	if (f->type == V4L2_FRMSIZE_TYPE_DISCRETE)
		pr(", discrete={width=%u, height=%u}", f->discrete.width, f->discrete.height);
	else if (f->type == V4L2_FRMSIZE_TYPE_STEPWISE)
		pr(", stepwise={min_width=%u, max_width=%u, step_width=%u, min_height=%u, "
		   "max_height=%u, step_height=%u}", f->stepwise.min_width, f->stepwise.max_width,
		   f->stepwise.step_width, f->stepwise.min_height, f->stepwise.max_height,
		   f->stepwise.step_height);
}

static int frameintervals_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_frmivalenum *f = p;

	pr("index=%u, pixel_format=", f->index);
	pr_fourcc(f->pixel_format);
	pr(", width=%u, height=%u", f->width, f->height);
	return 1;
}

static void frameintervals_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_frmivalenum *f = p;

	prs(", type=");
	pr_xlat(frmivals, f->type, "%#x", "V4L2_FRMIVAL_TYPE_???");
	if (f->type == V4L2_FRMIVAL_TYPE_DISCRETE) {
		prs(", discrete=");
		pr_fract(&f->discrete);
	} else if (f->type == V4L2_FRMIVAL_TYPE_STEPWISE || f->type == V4L2_FRMIVAL_TYPE_CONTINUOUS) {
		prs(", stepwise={min=");
		pr_fract(&f->stepwise.min);
		prs(", max=");
		pr_fract(&f->stepwise.max);
		prs(", step=");
		pr_fract(&f->stepwise.step);
		prs("}");
	}
}

/* one control of EXT_CTRLS: a string (its size) or a value */
static void pr_ext_control(struct tcb *t, const void *e)
{
	const struct v4l2_ext_control *c = e;

	prs("{id=");
	pr_xlat(cids, c->id, "%#x", "V4L2_CID_???");	/* here no class+offset: strace's */
	pr(", size=%u, ", c->size);
	if (c->size) {
		prs("string=");
		pr_buf(t, (unsigned long)c->string, c->size);
	} else {
		pr("value=%d, value64=%lld", c->value, (long long)c->value64);
	}
	prs("}");
}

/* G_EXT_CTRLS: the class and count in, the controls out; S_ and
 * TRY_EXT_CTRLS: the controls in, and out after " => " unless they could
 * not all be read; a failed call tells which control (error_idx) */
static int v4l2_ext_ctrls(struct tcb *t, unsigned req, unsigned long arg)
{
	struct v4l2_ext_controls c;
	int is_get = req == VIDIOC_G_EXT_CTRLS;

	if (!t->exiting) {
		pr_sep();
		if (ioc_get(t, arg, &c, sizeof c) < 0)
			return IOC_DONE;
		prs("{ctrl_class=");
		pr_xlat(ctrl_classes, c.ctrl_class, "%#x", "V4L2_CTRL_CLASS_???");
		pr(", count=%u", c.count);
		if (!c.count) {
			prs("}");
			return IOC_DONE;
		}
		if (is_get)
			return IOC_EXIT;
		prs(", controls=");
		if (!pr_array(t, (unsigned long)c.controls, c.count, sizeof(struct v4l2_ext_control),
			      pr_ext_control)) {
			prs("}");
			return IOC_DONE;
		}
		return IOC_EXIT;
	}
	if (umove(t->pid, arg, &c, sizeof c) < 0) {
		prs("}");
		return IOC_DONE;
	}
	prs(is_get ? ", " : "} => {");
	prs("controls=");
	pr_array(t, (unsigned long)c.controls, c.count, sizeof(struct v4l2_ext_control),
		 pr_ext_control);
	if (t_failed(t))
		pr(", error_idx=%u", c.error_idx);
	prs("}");
	return IOC_DONE;
}

/* CREATE_BUFS: the count, memory and format in; the first index and the
 * count the driver made out, after the result */
static int v4l2_create_bufs(struct tcb *t, unsigned long arg)
{
	struct v4l2_create_buffers b;

	if (!t->exiting) {
		pr_sep();
		if (ioc_get(t, arg, &b, sizeof b) < 0)
			return IOC_DONE;
		pr("{count=%u, memory=", b.count);
		pr_xlat(memories, b.memory, "%#x", "V4L2_MEMORY_???");
		prs(", format={type=");
		pr_buf_type(b.format.type);
		if (xlat_name(buf_types, b.format.type)) {
			prs(", ");
			pr_fmt_body(t, &b.format);
		}
		prs("}}");
		return IOC_EXIT;
	}
	if (!t_failed(t) && umove(t->pid, arg, &b, sizeof b) == 0) {
		snprintf(t->rbuf, sizeof t->rbuf, " ({index=%u, count=%u})", b.index, b.count);
		t->rtext = t->rbuf;
	}
	return IOC_DONE;
}

static int query_ext_ctrl_in(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_query_ext_ctrl *q = p;

	prs("id=");
	pr_cid_next(q->id);
	return 1;
}

static void query_ext_ctrl_out(struct tcb *t, unsigned req, const void *p)
{
	const struct v4l2_query_ext_ctrl *q = p;

	prs(", type=");
	pr_xlat(ctrl_types, q->type, "%#x", "V4L2_CTRL_TYPE_???");
	prs(", name=");
	pr_cstr(q->name, sizeof q->name);
	if (abbrev(t)) {
		prs(", ...");
		return;
	}
	pr(", minimum=%lld, maximum=%lld, step=%llu, default_value=%lld, flags=",
	   (long long)q->minimum, (long long)q->maximum, (unsigned long long)q->step,
	   (long long)q->default_value);
	pr_flags_d(ctrl_flags, q->flags, "V4L2_CTRL_FLAG_???");
	pr(", elem_size=%u, elems=%u, nr_of_dims=%u, dims=[", q->elem_size, q->elems,
	   q->nr_of_dims);
	for (unsigned i = 0; i < q->nr_of_dims && i < V4L2_CTRL_MAX_DIMS; i++)
		pr("%s%u", i ? ", " : "", q->dims[i]);
	prs("]");
	if (!mem_is_zero(q->reserved, sizeof q->reserved)) {	/* -v: shown when used */
		prs(", reserved=[");
		for (unsigned i = 0; i < sizeof q->reserved / sizeof q->reserved[0]; i++)
			pr("%s%#x", i ? ", " : "", q->reserved[i]);
		prs("]");
	}
}

int ioctl_v4l2(struct tcb *t, unsigned req, unsigned long arg)
{
	switch (req) {
	case VIDIOC_QUERYCAP:
		return v4l2_querycap(t, arg);
	case VIDIOC_ENUM_FMT:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_fmtdesc), enum_fmt_in, enum_fmt_out);
	case VIDIOC_G_FMT: case VIDIOC_S_FMT: case VIDIOC_TRY_FMT:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_format), fmt_in, fmt_out);
	case VIDIOC_REQBUFS:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_requestbuffers), reqbufs_in,
			       reqbufs_out);
	case VIDIOC_QUERYBUF: case VIDIOC_QBUF: case VIDIOC_DQBUF:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_buffer), buf_in, buf_out);
	case VIDIOC_G_FBUF: case VIDIOC_S_FBUF:
		return v4l2_fbuf(t, req, arg);
	case VIDIOC_STREAMON: case VIDIOC_STREAMOFF:
		return v4l2_stream(t, arg);
	case VIDIOC_G_PARM: case VIDIOC_S_PARM:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_streamparm), parm_in, parm_out);
	case VIDIOC_G_STD: case VIDIOC_S_STD:
		return v4l2_std(t, req, arg);
	case VIDIOC_ENUMSTD:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_standard), enumstd_in, enumstd_out);
	case VIDIOC_ENUMINPUT:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_input), enuminput_in, enuminput_out);
	case VIDIOC_G_CTRL: case VIDIOC_S_CTRL:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_control), ctrl_in, ctrl_out);
	case VIDIOC_G_TUNER: case VIDIOC_S_TUNER:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_tuner), tuner_in, tuner_out);
	case VIDIOC_QUERYCTRL:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_queryctrl), queryctrl_in,
			       queryctrl_out);
	case VIDIOC_G_INPUT: case VIDIOC_S_INPUT:
		return v4l2_int(t, req, arg);
	case VIDIOC_CROPCAP:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_cropcap), cropcap_in, cropcap_out);
	case VIDIOC_G_CROP: case VIDIOC_S_CROP:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_crop), crop_in, crop_out);
	case VIDIOC_ENUM_FRAMESIZES:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_frmsizeenum), framesizes_in,
			       framesizes_out);
	case VIDIOC_ENUM_FRAMEINTERVALS:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_frmivalenum), frameintervals_in,
			       frameintervals_out);
	case VIDIOC_G_EXT_CTRLS: case VIDIOC_S_EXT_CTRLS: case VIDIOC_TRY_EXT_CTRLS:
		return v4l2_ext_ctrls(t, req, arg);
	case VIDIOC_CREATE_BUFS:
		return v4l2_create_bufs(t, arg);
	case VIDIOC_QUERY_EXT_CTRL:
		return v4l2_io(t, req, arg, sizeof(struct v4l2_query_ext_ctrl), query_ext_ctrl_in,
			       query_ext_ctrl_out);
	}
	return IOC_NUM;
}
