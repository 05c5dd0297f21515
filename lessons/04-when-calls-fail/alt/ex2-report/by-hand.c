/* Another right answer: the line put together by hand with strerror and one write to fd 2. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	int status = 0;
	char line[4096];

	for (int i = 1; i < argc; i++) {
		long fd = sys_openat(AT_FDCWD, argv[i], O_RDONLY, 0);
		if (fd < 0) {
			int n = snprintf(line, sizeof line, "ex2-report: %s: %s\n", argv[i], strerror((int)-fd));
			sys_write(2, line, n < (int)sizeof line ? (size_t)n : sizeof line - 1);
			status = 1;
			continue;
		}
		sys_close((int)fd);
	}
	return status;
}
