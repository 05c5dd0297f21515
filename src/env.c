/* env — run a program in a modified environment
 *
 * Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]
 *
 * Set each NAME to VALUE in the environment and run COMMAND; with no
 * COMMAND, print the resulting environment, one NAME=VALUE per line.
 *
 *   -i, --ignore-environment  start with an empty environment ("-" too)
 *   -0, --null                end each output line with NUL, not newline
 *   -u, --unset=NAME          remove NAME from the environment
 *   -C, --chdir=DIR           change the working directory to DIR
 *   --help                    show this help and exit
 *   --version                 show the version and exit
 *
 * COMMAND is looked up in PATH (or /bin:/usr/bin when PATH is unset) and
 * run with execve(2): env is replaced, it does not wait. Exit status: 125 if
 * env itself fails, 126 if COMMAND is found but cannot run, 127 if it is
 * not found; otherwise COMMAND's own.
 * Differs from GNU env: no -S, -v or the signal options.
 */
#include "sg.h"
#include "env.help.h"

#define MAX_ENV 4096

static char *newenv[MAX_ENV + 1];
static int nenv;

static void env_unset(const char *name)
{
	size_t n = strlen(name);

	for (int i = 0; i < nenv; i++)
		if (strncmp(newenv[i], name, n) == 0 && newenv[i][n] == '=') {
			memmove(&newenv[i], &newenv[i + 1], sizeof newenv[0] * (size_t)(nenv - i));
			nenv--;
			i--;
		}
}

static void env_set(char *assignment)
{
	char *eq = strchr(assignment, '=');
	size_t n = (size_t)(eq - assignment);

	for (int i = 0; i < nenv; i++)
		if (strncmp(newenv[i], assignment, n) == 0 && newenv[i][n] == '=') {
			newenv[i] = assignment;
			return;
		}
	if (nenv == MAX_ENV)
		error(125, E2BIG, "cannot set '%s'", assignment);
	newenv[nenv++] = assignment;
}

/* execvp: try each PATH entry. EACCES anywhere means "found but not
 * runnable" (126), as long as no later entry runs. */
static long exec_path(char *file, char **argv)
{
	static char path[4096];
	const char *dirs = getenv("PATH");
	long r, saw_eacces = 0;

	if (strchr(file, '/'))
		return sys_execve(file, argv, newenv);
	if (!dirs)
		dirs = "/bin:/usr/bin";
	for (const char *d = dirs;; d++) {
		const char *end = strchr(d, ':');
		size_t len = end ? (size_t)(end - d) : strlen(d);
		if (len == 0)		/* an empty entry means the current directory */
			len = 1, d = ".";
		if (len + 1 + strlen(file) < sizeof path) {
			memcpy(path, d, len);
			path[len] = '/';
			strlcpy(path + len + 1, file, sizeof path - len - 1);
			r = sys_execve(path, argv, newenv);
			if (r == -EACCES)
				saw_eacces = r;
			else if (r != -ENOENT && r != -ENOTDIR)
				return r;
		}
		if (!end)
			break;
		d = end;
		if (d[0] == ':' && d[1] == 0) {	/* trailing ':' is "." too */
			r = sys_execve(file, argv, newenv);
			return r == -ENOENT && saw_eacces ? saw_eacces : r;
		}
	}
	return saw_eacces ? saw_eacces : -ENOENT;
}

int main(int argc, char **argv, char **envp)
{
	static const struct opt_long longs[] = {
		{ "ignore-environment", 0, 'i' }, { "null", 0, '0' }, { "unset", 1, 'u' },
		{ "chdir", 1, 'C' }, { "help", 0, 'h' }, { "version", 0, 'V' }, { 0 }
	};
	bool clear = false, nul = false;
	const char *dir = NULL;
	struct opt o;
	int c, n, i = 0, nunset = 0;
	char **unset = malloc(sizeof *unset * (size_t)argc);

	sg_exit_failure = 125;
	/* '+': options end at the first operand, which may be NAME=VALUE or COMMAND */
	opt_init(&o, argc, argv, "+i0u:C:", longs);
	while ((c = opt_next(&o)) != -1) {
		switch (c) {
		case 'i': clear = true; break;
		case '0': nul = true; break;
		case 'u':
			if (!*o.arg || strchr(o.arg, '='))
				error(125, EINVAL, "cannot unset '%s'", o.arg);
			unset[nunset++] = o.arg;	/* applied after -i, wherever it stood */
			break;
		case 'C': dir = o.arg; break;
		case 'h': tool_help(help_text);
		case 'V': tool_version("env");
		default: tool_try_help(125);
		}
	}
	if (!clear)
		for (char **e = envp; *e && nenv < MAX_ENV; e++)
			newenv[nenv++] = *e;
	for (int k = 0; k < nunset; k++)
		env_unset(unset[k]);
	char **ops = opt_operands(&o, &n);
	if (i < n && strcmp(ops[i], "-") == 0) {	/* a lone "-" means -i */
		nenv = 0;
		i++;
	}
	for (; i < n && strchr(ops[i], '='); i++)
		env_set(ops[i]);
	newenv[nenv] = NULL;

	if (i == n) {
		if (dir) {
			error(0, 0, "must specify command with --chdir (-C)");
			tool_try_help(125);
		}
		for (int k = 0; k < nenv; k++) {
			out_str(sg_stdout, newenv[k]);
			out_char(sg_stdout, nul ? '\0' : '\n');
		}
		return 0;
	}
	if (dir) {
		long r = sys_chdir(dir);
		if (r < 0)
			error(125, (int)-r, "cannot change directory to '%s'", dir);
	}
	/* sg_environ is what getenv reads: PATH is looked up in the new environment */
	sg_environ = newenv;
	long r = exec_path(ops[i], ops + i);
	error(r == -ENOENT ? 127 : 126, (int)-r, "'%s'", ops[i]);
	return 127;
}
