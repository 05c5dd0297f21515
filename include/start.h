/* include/start.h — what the kernel handed the program at exec (src/lib/start.c). */
#ifndef SG_START_H
#define SG_START_H

#include <linux/auxvec.h>

extern int sg_argc;
extern char **sg_argv;
extern char **sg_environ;		/* NULL-terminated "NAME=value" strings */
extern unsigned long *sg_auxv;		/* {type, value} pairs up to AT_NULL */

/* Every tool defines this; it runs after the runtime has set up the above. */
int main(int argc, char **argv, char **envp);

/* The value of auxv entry `type` (AT_PAGESZ, AT_RANDOM...), 0 if absent. */
unsigned long getauxval(unsigned long type);

/* The value of environment variable `name`, NULL if unset. */
char *getenv(const char *name);

/* The status exit() uses when that final flush fails (env: 125). */
extern int sg_exit_failure;

/* Flush standard output (reporting a write error as GNU tools do) and
 * end the process with exit_group. */
__attribute__((noreturn)) void exit(int status);

#endif
