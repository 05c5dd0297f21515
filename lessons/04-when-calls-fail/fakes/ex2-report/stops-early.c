/* stops-early: exits at the first name that fails; the names after it are never tried. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	for (int i = 1; i < argc; i++) {
		long fd = sys_openat(AT_FDCWD, argv[i], O_RDONLY, 0);
		if (fd < 0)
			error(1, (int)-fd, "%s", argv[i]);
		sys_close((int)fd);
	}
	return 0;
}
