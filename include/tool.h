/* include/tool.h — what every tool says the same way (src/lib/tool.c).
 *
 * A tool's --help text is the comment block that opens its source file; the
 * build turns it into build/gen/NAME.help.h (src/gen/help.awk), which the
 * tool includes to get `static const char help_text[]`.
 */
#ifndef SG_TOOL_H
#define SG_TOOL_H

/* Print the help text on stdout and exit 0. */
__attribute__((noreturn)) void tool_help(const char *text);
/* "NAME (sysgate) VERSION" and exit 0. */
__attribute__((noreturn)) void tool_version(const char *name);
/* GNU's second line after a usage error, then exit(status):
 * "Try 'prog --help' for more information." */
__attribute__((noreturn)) void tool_try_help(int status);

#define SG_VERSION "0.1"

#endif
