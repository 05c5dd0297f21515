/* wrong-edge: retries only the first read; an interrupt later in the input (never tried by one fixed test) is fatal. */
#include "sg.h"

static char buf[4096];

int main(int argc, char **argv, char **envp)
{
	long n;
	int first = 1;

	while ((n = sys_read(0, buf, sizeof buf)) != 0) {
		if (n == -EINTR && first) {
			first = 0;
			continue;
		}
		first = 0;
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
