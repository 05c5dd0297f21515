/* src/lib/err.c — errno names and texts, and the GNU error line.
 *
 * The table is generated at build time (src/gen/errtab.c): names from the
 * kernel's <linux/errno.h>, texts from the build host's glibc strerror(), so
 * that `cat: x: No such file or directory` is byte for byte what GNU cat says.
 * tests/runtime.bats checks every entry against the host again.
 */
#include "sg.h"

int errno;
const char *sg_progname = "sysgate";

static const struct {
	const char *name, *text;
} errtab[] = {
#include "errtab.h"
};

long syscall_ret(long r)
{
	if (sys_failed(r)) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

const char *errno_name(int e)
{
	if (e <= 0 || e >= (int)(sizeof errtab / sizeof errtab[0]))
		return NULL;
	return errtab[e].name;
}

const char *strerror(int e)
{
	static char unknown[32];

	if (e == 0)
		return "Success";
	if (e > 0 && e < (int)(sizeof errtab / sizeof errtab[0]) && errtab[e].text)
		return errtab[e].text;
	snprintf(unknown, sizeof unknown, "Unknown error %d", e);
	return unknown;
}

void error(int status, int errnum, const char *fmt, ...)
{
	va_list ap;

	/* what the program already printed comes first, as with glibc's error() */
	out_flush(sg_stdout);
	out_printf(sg_stderr, "%s: ", sg_progname);
	va_start(ap, fmt);
	out_vprintf(sg_stderr, fmt, ap);
	va_end(ap);
	if (errnum)
		out_printf(sg_stderr, ": %s", strerror(errnum));
	out_char(sg_stderr, '\n');
	out_flush(sg_stderr);
	if (status)
		exit(status);
}
