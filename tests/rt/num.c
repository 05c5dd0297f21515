/* tests/rt/num.c — parse_u64 and parse_i64 on each argument (base 0 and 10).
 * Prints "u0 <value>|EINVAL|ERANGE" etc.; tests/host/num.c gets the same
 * answers from strtoull/strtoll with errno and end-pointer checks. */
#include "sg.h"

static void show(const char *what, int r, const char *val)
{
	out_printf(sg_stdout, "%s %s\n", what, r == -EINVAL ? "EINVAL" : r == -ERANGE ? "ERANGE" : val);
}

int main(int argc, char **argv, char **envp)
{
	char buf[32];
	static const int bases[] = { 0, 10, 16, 8 };

	for (int i = 1; i < argc; i++) {
		out_printf(sg_stdout, "[%s]\n", argv[i]);
		for (int b = 0; b < 4; b++) {
			uint64_t u = 0;
			int64_t s = 0;
			int r = parse_u64(argv[i], bases[b], &u);
			snprintf(buf, sizeof buf, "%lu", u);
			out_printf(sg_stdout, "base %d ", bases[b]);
			show("u", r, buf);
			r = parse_i64(argv[i], bases[b], &s);
			snprintf(buf, sizeof buf, "%ld", s);
			out_printf(sg_stdout, "base %d ", bases[b]);
			show("i", r, buf);
		}
	}
	return 0;
}
