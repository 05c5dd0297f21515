/* retry-but-one: gives up only on EIO and retries every other error: EBADF, ENOMEM... are real errors too. */
#include "sg.h"

static char buf[4096];

int main(int argc, char **argv, char **envp)
{
	long n;

	while ((n = sys_read(0, buf, sizeof buf)) != 0) {
		if (n == -EIO)
			error(1, EIO, "read error");
		if (n < 0)
			continue;
		for (long done = 0; done < n;) {
			long w = sys_write(1, buf + done, (size_t)(n - done));
			if (w < 0)
				error(1, (int)-w, "write error");
			done += w;
		}
	}
	return 0;
}
