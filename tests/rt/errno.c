/* tests/rt/errno.c — every errno number with our name and text:
 * "N NAME TEXT". tests/host/errno.c prints the same from glibc
 * (strerrorname_np, strerror); they must agree for every number. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	for (int e = 1; e <= 140; e++) {
		const char *name = errno_name(e);
		out_printf(sg_stdout, "%d %s %s\n", e, name ? name : "-", strerror(e));
	}
	return 0;
}
