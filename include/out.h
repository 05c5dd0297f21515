/* include/out.h — buffered output to a file descriptor, and printf (src/lib/out.c, src/lib/fmt.c).
 *
 * Formats: %d %i %u %x %X %o %c %s %p %%, with flags - 0 + space #, a width
 * and a precision (both may be *), and the sizes hh h l ll z j t. %p prints
 * "(nil)" for NULL as glibc does. No floating point.
 */
#ifndef SG_OUT_H
#define SG_OUT_H

#include <stdarg.h>
#include <stddef.h>

struct out {
	int fd;
	int err;		/* first write error, as -errno; 0 if none */
	size_t len, cap;
	char *buf;
};

extern struct out *const sg_stdout;	/* fd 1, 64 KiB buffer, flushed at exit */
extern struct out *const sg_stderr;	/* fd 2, flushed by every error helper */

void out_write(struct out *o, const void *p, size_t n);
void out_str(struct out *o, const char *s);
void out_char(struct out *o, char c);
/* Write out what is buffered; returns 0 or the first error as -errno. */
int out_flush(struct out *o);

int out_printf(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int out_vprintf(struct out *o, const char *fmt, va_list ap);
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Like C's: writes at most size-1 bytes and a NUL; returns the full length. */
int snprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

/* The formatter itself: calls put(ctx, bytes, n) for each piece; returns the total length. */
int fmt_format(void (*put)(void *ctx, const char *p, size_t n), void *ctx, const char *fmt, va_list ap);

#endif
