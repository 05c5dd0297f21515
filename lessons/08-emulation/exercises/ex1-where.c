/* Exercise 1: am I running on the real kernel, or under qemu-user?
 *
 *   ex1-where     print "native" or "emulated", then exit 0
 *
 * Decide from the auxiliary vector, not from /proc or the environment:
 * the kernel maps a vDSO into every x86-64 process and says where in
 * AT_SYSINFO_EHDR; qemu-user does not (start.h has getauxval()).
 * The grader runs it natively, under strace (it must make no syscall but
 * write and exit_group), and under qemu-x86_64.
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	printf("native\n");	/* TODO */
	return 0;
}
