/* exec: hands the job to another program (a shell) instead of filtering this process */
#include "sg.h"
long install_nowrite(int err)
{
	char *argv[] = { "sh", "-c", "echo install_nowrite", NULL };
	return sys_execve("/bin/sh", argv, NULL);
}
