/* wrong-edge: "a failed open means the file is missing": every error is reported as ENOENT's text. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	int status = 0;

	for (int i = 1; i < argc; i++) {
		long fd = sys_openat(AT_FDCWD, argv[i], O_RDONLY, 0);
		if (fd < 0) {
			error(0, ENOENT, "%s", argv[i]);
			status = 1;
			continue;
		}
		sys_close((int)fd);
	}
	return status;
}
