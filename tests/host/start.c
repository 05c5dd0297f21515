/* tests/host/start.c — the oracle for tests/rt/start.c, through glibc. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>

static const struct { unsigned long type; const char *name; } auxv_shown[] = {
	{ AT_PAGESZ, "AT_PAGESZ" }, { AT_UID, "AT_UID" }, { AT_EUID, "AT_EUID" },
	{ AT_GID, "AT_GID" }, { AT_EGID, "AT_EGID" }, { AT_SECURE, "AT_SECURE" },
	{ AT_CLKTCK, "AT_CLKTCK" }, { AT_FLAGS, "AT_FLAGS" },
};

int main(int argc, char **argv, char **envp)
{
	int n = 0;

	printf("argc %d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d] %s\n", i, argv[i]);
	printf("argv[argc] %s\n", argv[argc] ? "not NULL" : "NULL");
	for (char **e = envp; *e; e++, n++)
		printf("env %s\n", *e);
	printf("envc %d\n", n);
	for (size_t i = 0; i < sizeof auxv_shown / sizeof auxv_shown[0]; i++)
		printf("%s %lu\n", auxv_shown[i].name, getauxval(auxv_shown[i].type));
	printf("AT_PLATFORM %s\n", (char *)getauxval(AT_PLATFORM));
	printf("AT_SYSINFO_EHDR %s\n", getauxval(AT_SYSINFO_EHDR) ? "present" : "absent");
	printf("getenv(HOME) %s\n", getenv("HOME") ? getenv("HOME") : "(unset)");
	return 0;
}
