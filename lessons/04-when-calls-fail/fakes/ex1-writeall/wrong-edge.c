/* wrong-edge: finishes one short write, but assumes the second write takes all the rest; two short writes in a row lose bytes. */
#include "sg.h"

static const char msg[] = "hello, world\n";

int main(int argc, char **argv, char **envp)
{
	long w = sys_write(1, msg, 13);
	if (w < 0)
		return 1;
	if (w < 13 && sys_write(1, msg + w, (size_t)(13 - w)) < 0)
		return 1;
	return 0;
}
