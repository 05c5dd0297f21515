/* retry-but-one: treats only EIO as fatal and retries every other error: ENOSPC, EPIPE... must end the program too. */
#include "sg.h"

static const char msg[] = "hello, world\n";

int main(int argc, char **argv, char **envp)
{
	size_t done = 0;

	while (done < 13) {
		long w = sys_write(1, msg + done, 13 - done);
		if (w == -EIO)
			return 1;
		if (w < 0)
			continue;
		done += (size_t)w;
	}
	return 0;
}
