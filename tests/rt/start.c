/* tests/rt/start.c — what _start handed to main: argc, argv, the
 * environment, and auxv entries looked up by type. tests/host/start.c prints
 * the same through glibc (main's arguments, environ, getauxval). */
#include "sg.h"

static const struct { unsigned long type; const char *name; } auxv_shown[] = {
	{ AT_PAGESZ, "AT_PAGESZ" }, { AT_UID, "AT_UID" }, { AT_EUID, "AT_EUID" },
	{ AT_GID, "AT_GID" }, { AT_EGID, "AT_EGID" }, { AT_SECURE, "AT_SECURE" },
	{ AT_CLKTCK, "AT_CLKTCK" }, { AT_FLAGS, "AT_FLAGS" },
};

int main(int argc, char **argv, char **envp)
{
	int n = 0;

	out_printf(sg_stdout, "argc %d\n", argc);
	for (int i = 0; i < argc; i++)
		out_printf(sg_stdout, "argv[%d] %s\n", i, argv[i]);
	out_printf(sg_stdout, "argv[argc] %s\n", argv[argc] ? "not NULL" : "NULL");
	for (char **e = envp; *e; e++, n++)
		out_printf(sg_stdout, "env %s\n", *e);
	out_printf(sg_stdout, "envc %d\n", n);
	for (size_t i = 0; i < sizeof auxv_shown / sizeof auxv_shown[0]; i++)
		out_printf(sg_stdout, "%s %lu\n", auxv_shown[i].name, getauxval(auxv_shown[i].type));
	out_printf(sg_stdout, "AT_PLATFORM %s\n", (char *)getauxval(AT_PLATFORM));
	out_printf(sg_stdout, "AT_SYSINFO_EHDR %s\n", getauxval(AT_SYSINFO_EHDR) ? "present" : "absent");
	out_printf(sg_stdout, "getenv(HOME) %s\n", getenv("HOME") ? getenv("HOME") : "(unset)");
	return 0;
}
