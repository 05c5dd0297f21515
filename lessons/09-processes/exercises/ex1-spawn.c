/* Exercise 1 — spawn a child and wait for it, with the right status.
 *
 * spawn(body, arg): start a child process (fork, or clone with SIGCHLD) in
 *   which body(arg) runs; the child must end with exit_group(body's result).
 *   The parent returns the child's pid (or -errno).
 * reap(pid, code, sig): wait for that child (wait4 or waitid), then
 *   - if it exited: *code = its exit status (0..255), *sig = 0
 *   - if a signal killed it: *sig = the signal, *code = -1
 *   Return 0 (or -errno if the wait failed).
 * The driver (given/ex1-spawn.c) calls both; `make check` runs it with
 * several SPECs, one of them random. No execve: the body is a function.
 */
#include "sg.h"

int spawn(int (*body)(long), long arg)
{
	(void)body;
	(void)arg;
	return -ENOSYS;		/* TODO */
}

int reap(int pid, int *code, int *sig)
{
	(void)pid;
	(void)code;
	(void)sig;
	return -ENOSYS;		/* TODO */
}
