/* Fake (exec): lets a shell's printf draw the line; the grader must refuse
 * a tracer that starts another program. */
#include "tracer.h"

void print_end(int wstatus)
{
	char line[128];
	snprintf(line, sizeof line, "printf '+++ exited with %d +++\\n' >&2", WEXITSTATUS(wstatus));
	char *argv[] = { "sh", "-c", line, NULL };
	sys_execve("/bin/sh", argv, NULL);
}
