/* src/lib/out.c — buffered output to a file descriptor.
 *
 * A write(2) costs a trip through the kernel, so small pieces are gathered
 * and written in one call. A short write is not an error (a pipe can take
 * less than asked), and neither is EINTR (a signal arrived first): both
 * simply continue from where the kernel stopped.
 */
#include "sg.h"

static char stdout_buf[65536];
static char stderr_buf[1024];
static struct out stdout_out = { 1, 0, 0, sizeof stdout_buf, stdout_buf };
static struct out stderr_out = { 2, 0, 0, sizeof stderr_buf, stderr_buf };
struct out *const sg_stdout = &stdout_out;
struct out *const sg_stderr = &stderr_out;

static int write_all(struct out *o, const char *p, size_t n)
{
	while (n) {
		long r = sys_write(o->fd, p, n);
		if (r == -EINTR)
			continue;
		if (r < 0) {
			if (!o->err)
				o->err = (int)r;
			return (int)r;
		}
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

int out_flush(struct out *o)
{
	size_t n = o->len;

	o->len = 0;
	if (n && !o->err)
		write_all(o, o->buf, n);
	return o->err;
}

void out_write(struct out *o, const void *p, size_t n)
{
	if (o->len + n > o->cap) {
		out_flush(o);
		if (n >= o->cap) {	/* too big to gather: straight through */
			if (!o->err)
				write_all(o, p, n);
			return;
		}
	}
	memcpy(o->buf + o->len, p, n);
	o->len += n;
}

void out_str(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

void out_char(struct out *o, char c)
{
	if (o->len == o->cap)
		out_flush(o);
	o->buf[o->len++] = c;
}

static void put_out(void *ctx, const char *p, size_t n)
{
	out_write(ctx, p, n);
}

int out_vprintf(struct out *o, const char *fmt, va_list ap)
{
	return fmt_format(put_out, o, fmt, ap);
}

int out_printf(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = out_vprintf(o, fmt, ap);
	va_end(ap);
	return n;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = out_vprintf(sg_stdout, fmt, ap);
	va_end(ap);
	return n;
}
