/* src/trace/step.c — --step: stop at each call's entry and ask what to do.
 *
 *   openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC▌     <- waits here
 *
 *   Enter      run the call
 *   r N        do not run it: it returns N          ") = N (INJECTED)"
 *   e ERRNO    do not run it: it fails with ERRNO   (ENOENT, or a number)
 *   s SIG      deliver SIG as the call is entered (SIGUSR1, USR1, 10)
 *   c          run to the end without stopping again
 *   q          kill the traced processes (trace then ends as they did)
 *
 * The student predicts, answers, then sees the result on the same line. The
 * answer is typed on the controlling terminal (/dev/tty), read a key at a
 * time with echo off; trace echoes it itself and rubs it out once done, so
 * the screen ends up holding the same lines as without --step. Only the
 * calls shown stop (-e trace= picks them). r and e are -e inject='s
 * error= and retval=; s is its signal= (inject.c).
 *
 * A terminal is required: trace refuses --step when standard error is not
 * one (the lines must appear where the answers are typed) or with -o.
 */
#include "trace.h"

int opt_step;
static int tty = -1;
static int stepping;

int step_open(void)
{
	struct termios tio;
	long fd;

	if (sys_ioctl(2, TCGETS, &tio) < 0) {
		out_printf(sg_stderr, "%s: --step needs a terminal: standard error is not one\n", sg_progname);
		return -1;
	}
	fd = sys_openat(AT_FDCWD, "/dev/tty", O_RDWR | O_CLOEXEC, 0);
	if (fd < 0 || sys_ioctl((int)fd, TCGETS, &tio) < 0) {
		out_printf(sg_stderr, "%s: --step needs a terminal: /dev/tty: %s\n", sg_progname,
			   strerror(fd < 0 ? (int)-fd : ENOTTY));
		return -1;
	}
	tty = (int)fd;
	stepping = 1;
	return 0;
}

static void say(const char *s, size_t n)
{
	sys_write(tty, s, n);
}

/* rub out n characters before the cursor */
static void rub(size_t n)
{
	for (size_t i = 0; i < n; i++)
		say("\b", 1);
	for (size_t i = 0; i < n; i++)
		say(" ", 1);
	for (size_t i = 0; i < n; i++)
		say("\b", 1);
}

static const char hint[] = " [Enter | r N | e ERRNO | s SIG | c | q]";

/* 1 if the answer was understood (and acted on) */
static int act(struct tcb *t, char *cmd)
{
	char *arg = cmd + 1;
	int64_t v;
	int e;

	while (*arg == ' ')
		arg++;
	if (cmd[1] && cmd[1] != ' ')
		return 0;
	switch (cmd[0]) {
	case 'r':
		if (parse_i64(arg, 0, &v) < 0)
			return 0;
		tamper_ret(t, (long)v);
		return 1;
	case 'e':
		if ((e = errno_parse(arg)) < 0)
			return 0;
		tamper_ret(t, -e);
		return 1;
	case 's':
		if ((e = signal_parse(arg)) < 0)
			return 0;
		t->inj_sig = e;
		return 1;
	case 'c':
		if (*arg)
			return 0;
		stepping = 0;
		return 1;
	case 'q':
		if (*arg)
			return 0;
		stepping = 0;
		trace_kill_all();
		return 1;
	}
	return 0;
}

void step_ask(struct tcb *t)
{
	struct termios saved, raw;
	char cmd[64];
	size_t n = 0, shown_hint = 0;

	if (!stepping || t->shown != 1)
		return;
	out_flush(tout);
	if (sys_ioctl(tty, TCGETS, &saved) < 0) {
		stepping = 0;
		return;
	}
	raw = saved;
	raw.c_lflag &= ~(unsigned)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	sys_ioctl(tty, TCSETS, &raw);
	for (;;) {
		char c;
		long r = sys_read(tty, &c, 1);
		if (r == -EINTR)
			continue;
		if (r <= 0) {		/* the terminal went away: run on */
			stepping = 0;
			break;
		}
		if (shown_hint) {
			rub(shown_hint);
			shown_hint = 0;
		}
		if (c == '\r' || c == '\n') {
			cmd[n] = 0;
			rub(n);
			if (n == 0 || act(t, cmd))
				break;
			n = 0;
			say(hint, sizeof hint - 1);
			shown_hint = sizeof hint - 1;
		} else if (c == 0x7f || c == '\b') {
			if (n) {
				n--;
				rub(1);
			}
		} else if (c >= ' ' && c < 0x7f && n < sizeof cmd - 1) {
			cmd[n++] = c;
			say(&c, 1);
		}
	}
	sys_ioctl(tty, TCSETS, &saved);
}
