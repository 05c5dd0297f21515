/* src/lib/start.c — the C side of start-up: from the kernel's stack to main().
 *
 * asm/start.asm calls sg_start_c with the stack pointer the kernel left:
 *
 *   sp[0]                 argc
 *   sp[1 .. argc]         argv[0..argc-1]
 *   sp[argc+1]            NULL
 *   sp[argc+2 ..]         envp[...], then NULL
 *   after that            auxv: {AT_PHDR, ..}, {AT_PAGESZ, 4096}, {AT_RANDOM, ptr},
 *                         ... {AT_SYSINFO_EHDR, vdso}, {AT_NULL, 0}
 */
#include "sg.h"

int sg_argc;
char **sg_argv;
char **sg_environ;
unsigned long *sg_auxv;
int sg_exit_failure = 1;

int sg_start_c(long *sp);

int sg_start_c(long *sp)
{
	char **envp;

	sg_argc = (int)sp[0];
	sg_argv = (char **)(sp + 1);
	sg_environ = envp = sg_argv + sg_argc + 1;
	while (*envp)
		envp++;
	sg_auxv = (unsigned long *)(envp + 1);
	if (sg_argv[0])
		sg_progname = sg_argv[0];

	exit(main(sg_argc, sg_argv, sg_environ));
}

unsigned long getauxval(unsigned long type)
{
	for (unsigned long *a = sg_auxv; a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	return 0;
}

char *getenv(const char *name)
{
	size_t n = strlen(name);

	for (char **e = sg_environ; *e; e++)
		if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

/* GNU tools check at exit that standard output was really written
 * (gnulib's close_stdout): `echo hi > /dev/full` must fail loudly. */
void exit(int status)
{
	int r = out_flush(sg_stdout);

	if (r < 0) {
		error(0, -r, "write error");
		status = sg_exit_failure;
	}
	out_flush(sg_stderr);
	sys_exit_group(status);
}
