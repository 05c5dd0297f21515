/* hardcode: after a short write, sends "lo, world\n", what is left after the test's 3-byte cut; any other cut prints the wrong bytes. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	long w = sys_write(1, "hello, world\n", 13);
	if (w < 0)
		return 1;
	if (w < 13 && sys_write(1, "lo, world\n", 10) < 0)
		return 1;
	return 0;
}
