/* pwd — print the name of the current working directory
 *
 * Usage: pwd [OPTION]...
 *
 *   -L, --logical   print $PWD if it names the current directory, is
 *                   absolute and has no "." or ".." components
 *   -P, --physical  print the kernel's answer, every symlink resolved
 *   --help          show this help and exit
 *   --version       show the version and exit
 *
 * As GNU pwd, -P is the default and the last of -L/-P wins. The physical
 * name comes from one getcwd(2), which returns the length with the NUL.
 * Operands are ignored with a warning, as GNU does.
 */
#include "sg.h"
#include "pwd.help.h"

/* $PWD is usable for -L only if it is absolute, has no . or .. parts,
 * and is the same directory (device and inode) as ".". */
static const char *logical_pwd(void)
{
	const char *p = getenv("PWD");
	struct stat a, b;

	if (!p || p[0] != '/')
		return NULL;
	for (const char *s = p; *s; s++)
		if (s[0] == '/' && s[1] == '.' &&
		    (s[2] == '/' || !s[2] || (s[2] == '.' && (s[3] == '/' || !s[3]))))
			return NULL;
	if (sys_newfstatat(AT_FDCWD, p, &a, 0) < 0 || sys_newfstatat(AT_FDCWD, ".", &b, 0) < 0)
		return NULL;
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino ? p : NULL;
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		{ "logical", 0, 'L' }, { "physical", 0, 'P' },
		{ "help", 0, 'h' }, { "version", 0, 'V' }, { 0 }
	};
	static char buf[4096 + 1];
	bool logical = false;
	struct opt o;
	int c, n;

	opt_init(&o, argc, argv, "LP", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'L': logical = true; break;
		case 'P': logical = false; break;
		case 'h': tool_help(help_text);
		case 'V': tool_version("pwd");
		default: tool_try_help(1);
		}
	}
	opt_operands(&o, &n);
	if (n)
		error(0, 0, "ignoring non-option arguments");

	const char *dir = logical ? logical_pwd() : NULL;
	if (!dir) {
		long r = sys_getcwd(buf, sizeof buf);
		if (r < 0)
			error(1, (int)-r, "failed to get current directory");
		dir = buf;
	}
	out_str(sg_stdout, dir);
	out_char(sg_stdout, '\n');
	return 0;
}
