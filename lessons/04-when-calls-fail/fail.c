/* lessons/04-when-calls-fail/fail.c — five ways a system call says no.
 *
 * Each step makes one call fail on purpose and prints the raw result, the
 * errno's name (errno_name) and glibc's text for it (strerror):
 *
 *   1. openat of a missing file     -> -ENOENT
 *   2. write to /dev/full           -> -ENOSPC  (the device is always full)
 *   3. close(-1)                    -> -EBADF
 *   4. write 100000 bytes into a non-blocking pipe: a SHORT write (65536),
 *      then -EAGAIN: the pipe is full and we asked not to wait
 *   5. read an empty pipe while SIGALRM arrives (handler without SA_RESTART)
 *      -> -EINTR: nothing went wrong, the call was interrupted; retry it
 */
#include "sg.h"

static void report(const char *what, long r)
{
	if (r < 0)
		printf("%-34s = %ld  %s (%s)\n", what, r, errno_name((int)-r), strerror((int)-r));
	else
		printf("%-34s = %ld\n", what, r);
	out_flush(sg_stdout);		/* so each line follows its call under strace */
}

static void on_alarm(int sig)
{
	(void)sig;			/* only here so that the signal interrupts */
}

static char big[100000];

int main(int argc, char **argv, char **envp)
{
	int p[2];

	report("openat(\"/no/such/file\")", sys_openat(AT_FDCWD, "/no/such/file", O_RDONLY, 0));

	int full = (int)sys_openat(AT_FDCWD, "/dev/full", O_WRONLY, 0);
	report("write(/dev/full, 5 bytes)", sys_write(full, "hello", 5));
	sys_close(full);

	report("close(-1)", sys_close(-1));

	sys_pipe2(p, O_NONBLOCK);
	report("write(pipe, 100000 bytes)", sys_write(p[1], big, sizeof big));
	report("write(pipe, 100000 bytes) again", sys_write(p[1], big, sizeof big));
	sys_close(p[0]);
	sys_close(p[1]);

	sys_pipe2(p, 0);		/* blocking this time: read waits for data */
	sig_action(SIGALRM, on_alarm, 0);	/* no SA_RESTART: the read is not resumed */
	sys_alarm(1);
	report("read(empty pipe), alarm in 1 s", sys_read(p[0], big, 1));
	return 0;
}
