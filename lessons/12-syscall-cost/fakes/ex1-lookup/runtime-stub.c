/* runtime-stub: asks the runtime's vdso_sym() instead of walking the ELF tables; the exercise is the walk, so the grader refuses a binary that links vdso_sym. */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	const char *base = (const char *)getauxval(AT_SYSINFO_EHDR);
	struct timespec ts;

	if (strcmp(argv[1], "sym") == 0) {
		char *p = vdso_sym(argv[2]);
		if (!p) {
			printf("%s: not found\n", argv[2]);
			return 1;
		}
		printf("%s at vDSO+0x%lx\n", argv[2], (unsigned long)(p - base));
		return 0;
	}
	long (*f)(int, struct timespec *) = (long (*)(int, struct timespec *))vdso_sym("__vdso_clock_gettime");
	f(argv[2][0] - '0', &ts);
	printf("%ld.%09ld\n", (long)ts.tv_sec, (long)ts.tv_nsec);
	return 0;
}
