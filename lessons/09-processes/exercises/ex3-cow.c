/* Exercise 3 — copy-on-write made visible with minor page faults.
 *
 * cow_faults(buf, len, read_faults, write_faults): buf is len bytes (a
 * whole number of 4 KiB pages) of anonymous memory the driver mapped; it
 * wrote to some of the pages and never touched the others. Fork a child
 * that, one byte per page,
 *   1. reads every page, and counts the minor page faults that cost it,
 *   2. then writes every page, and counts those faults too,
 * measuring with getrusage(RUSAGE_SELF) in the child (ru_minflt). Send
 * the two counts to the parent (a pipe), wait for the child, store them in
 * *read_faults and *write_faults, and return 0 (or -1 on a failure).
 *
 * The parent's pages must keep their bytes: the child writes to copies.
 * `make check` compares your counts with the pages the driver touched and
 * with the kernel's total for your child (getrusage RUSAGE_CHILDREN).
 */
#include "sg.h"

int cow_faults(char *buf, size_t len, long *read_faults, long *write_faults)
{
	(void)buf;
	(void)len;
	*read_faults = 0;	/* TODO */
	*write_faults = 0;
	return -1;
}
