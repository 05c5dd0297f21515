/* Another right answer: the retry in a loop of its own around each read, with a larger buffer. */
#include "sg.h"

static char buf[65536];

int main(int argc, char **argv, char **envp)
{
	for (;;) {
		long n;
		do
			n = sys_read(0, buf, sizeof buf);
		while (n == -EINTR);
		if (n == 0)
			return 0;
		if (n < 0)
			error(1, (int)-n, "read error");
		for (long done = 0; done < n;) {
			long w = sys_write(1, buf + done, (size_t)(n - done));
			if (w < 0 && w != -EINTR)
				error(1, (int)-w, "write error");
			if (w > 0)
				done += w;
		}
	}
}
