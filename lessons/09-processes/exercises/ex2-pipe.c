/* Exercise 2 — a pipe between two children: what a shell does for `a | b`.
 *
 * pipeline(left, right): run the program left[0] with arguments left,
 * its standard output going into a pipe whose other end is the standard
 * input of right[0] (arguments right); both run at the same time. Wait
 * for both, and return right's status as a shell's $? would be: its exit
 * status, or 128 + the signal that killed it (or -errno on a failure).
 * Names are full paths: no PATH search. Pass the environment
 * (sg_environ) on.
 *
 * Mind the ends: every process that keeps the write end open keeps the
 * reader waiting for an end of file that never comes.
 */
#include "sg.h"

int pipeline(char *const left[], char *const right[])
{
	(void)left;
	(void)right;
	return -ENOSYS;		/* TODO */
}
