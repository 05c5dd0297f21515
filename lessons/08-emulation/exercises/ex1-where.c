/* Exercise 1: am I running on the real kernel, or under qemu-user?
 *
 *   ex1-where     print "native" or "emulated", then exit 0
 *
 * Decide from what the loader gave you, not from /proc or the environment
 * (qemu fakes /proc/self/... for its guest, and anyone can set a variable):
 * - the kernel maps a vDSO into every x86-64 process and says where in
 *   AT_SYSINFO_EHDR; QEMU before 8.2 (Debian 12's 7.2) maps none;
 * - QEMU 8.2 and later (Ubuntu 24.04, Debian 13) map a vDSO too, but its
 *   __vdso_clock_gettime is `mov eax, 228; syscall; ret` — bytes b8 e4 00
 *   00 00 0f 05 c3 — where the kernel's reads the clock in user space.
 * start.h has getauxval(), vdso.h vdso_sym("__vdso_clock_gettime"); look at
 * the function's first bytes, do not call it.
 * The grader runs it natively under strace (it must make no syscall but
 * write and exit_group or exit), and under each qemu-x86_64 it finds:
 * Debian 12's 7.2 and a QEMU >= 8.2 (SG_QEMU_NEW, or build/qemu-new/ from
 * .ci/fetch-qemu).
 */
#include "sg.h"

int main(int argc, char **argv, char **envp)
{
	printf("native\n");	/* TODO */
	return 0;
}
