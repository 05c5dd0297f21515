/* include/err.h — errno names, glibc's texts, and GNU-style error lines (src/lib/err.c).
 *
 * The raw calls in sys.h return -errno. Code that wants C's convention calls
 * syscall_ret(r), the one place that turns -errno into errno and -1.
 */
#ifndef SG_ERR_H
#define SG_ERR_H

extern int errno;
extern const char *sg_progname;	/* argv[0] as given, like glibc's program_invocation_name */

/* r < 0 (and > -4096): set errno = -r, return -1; otherwise return r. */
long syscall_ret(long r);

/* "ENOENT" for 2; NULL for a number the kernel does not define. */
const char *errno_name(int e);
/* "No such file or directory": glibc's strerror text ("Unknown error N" otherwise). */
const char *strerror(int e);

/* glibc's error(): "prog: <fmt...>[: <strerror(errnum)>]\n" on stderr;
 * then exit(status) if status != 0. errnum is positive (0: no text). */
void error(int status, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
