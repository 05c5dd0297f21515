/* Exercise 2: a cat that cannot open files, but still copies its input.
 *
 * Write no_files(): install a seccomp filter so that every call that opens
 * a file by name fails with EACCES: open, openat, openat2 and creat. All
 * other calls must work as before (read, write, close, newfstatat, exit...).
 * The driver (given/ex2-nofiles.c), a small cat, calls you first, then
 * copies standard input ("-") and tries to open the files it is given, with
 * each of those four calls; each attempt must fail with "Permission denied"
 * even for files anyone may read, and the input must come out byte for byte.
 *
 * prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) first; check arch; on error, the
 * driver cannot help you: exit with status 3 (sys_exit_group(3)).
 */
#include "sg.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>
#include <asm/unistd.h>

void no_files(void)
{
	/* TODO */
}
