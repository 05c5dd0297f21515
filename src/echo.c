/* echo — display a line of text
 *
 * Usage: echo [SHORT-OPTION]... [STRING]...
 *    or: echo LONG-OPTION
 *
 * Write the STRINGs to standard output, separated by one space, then a newline.
 *
 *   -n         no trailing newline
 *   -e         interpret backslash escapes
 *   -E         do not interpret them (the default)
 *   --help     show this help and exit
 *   --version  show the version and exit
 *
 * With -e:  \\ backslash   \a alert   \b backspace   \c produce no further output
 *           \e escape      \f form feed   \n new line   \r carriage return
 *           \t tab         \v vertical tab   \0NNN octal byte (up to 3 digits)
 *           \xHH hex byte (1 or 2 digits)
 *
 * As GNU echo: an argument counts as options only if it is '-' followed by
 * n, e and E alone ("-nx" is printed); --help/--version only as the sole
 * argument. No -- ending options (echo -- prints "--"). With POSIXLY_CORRECT
 * set, GNU's rules for that mode are not imitated.
 */
#include "sg.h"
#include "echo.help.h"

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	     : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Print s with escapes; returns false after \c (stop all output). */
static bool put_escaped(const char *s)
{
	while (*s) {
		char c = *s++;
		if (c != '\\' || !*s) {
			out_char(sg_stdout, c);
			continue;
		}
		c = *s++;
		switch (c) {
		case 'a': c = '\a'; break;
		case 'b': c = '\b'; break;
		case 'c': return false;
		case 'e': c = 033; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		case 'v': c = '\v'; break;
		case '\\': break;
		case 'x':
			if (hexval(*s) < 0) {	/* "\x" with no digit stays as it is */
				out_char(sg_stdout, '\\');
				break;
			}
			c = (char)hexval(*s++);
			if (hexval(*s) >= 0)
				c = (char)(c * 16 + hexval(*s++));
			break;
		case '0': {
			int v = 0;
			for (int i = 0; i < 3 && *s >= '0' && *s <= '7'; i++)
				v = v * 8 + (*s++ - '0');
			c = (char)v;
			break;
		}
		default:	/* unknown escape: both characters are printed */
			out_char(sg_stdout, '\\');
		}
		out_char(sg_stdout, c);
	}
	return true;
}

static bool is_option_word(const char *a)
{
	if (a[0] != '-' || !a[1])
		return false;
	for (a++; *a; a++)
		if (*a != 'n' && *a != 'e' && *a != 'E')
			return false;
	return true;
}

int main(int argc, char **argv, char **envp)
{
	bool newline = true, escapes = false;
	int i = 1;

	if (argc == 2 && strcmp(argv[1], "--help") == 0)
		tool_help(help_text);
	if (argc == 2 && strcmp(argv[1], "--version") == 0)
		tool_version("echo");

	for (; i < argc && is_option_word(argv[i]); i++)
		for (const char *a = argv[i] + 1; *a; a++) {
			if (*a == 'n') newline = false;
			else if (*a == 'e') escapes = true;
			else escapes = false;
		}
	for (; i < argc; i++) {
		if (escapes) {
			if (!put_escaped(argv[i]))
				return 0;
		} else {
			out_str(sg_stdout, argv[i]);
		}
		if (i + 1 < argc)
			out_char(sg_stdout, ' ');
	}
	if (newline)
		out_char(sg_stdout, '\n');
	return 0;
}
