/* Exercise 1: forbid opening files for writing.
 *
 * Write install_nowrite(err): install a seccomp filter (classic BPF, by
 * hand) in this process so that from then on
 *   - openat whose flags' access mode (flags & O_ACCMODE) is not O_RDONLY
 *     (O_WRONLY, O_RDWR, or the odd value 3) fails with errno err, refused by
 *     the kernel before the call runs: nothing is created or truncated;
 *   - openat for reading (any other flags: O_CLOEXEC, O_DIRECTORY, O_NONBLOCK,
 *     even O_CREAT...) still works, and so does every other call;
 *   - a call from another ABI (arch is not AUDIT_ARCH_X86_64) is killed or
 *     refused: its numbers mean other calls.
 * Return 0, or the -errno of the call that failed.
 *
 * Remember prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) first, and that
 * seccomp_data's args[2] is 64 bits at offset 16 + 8*2: its low half is at
 * 32 on little-endian x86-64. The driver (given/ex1-nowrite.c) calls you,
 * then opens the paths the grader gives it with the flags it gives.
 */
#include "sg.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>
#include <linux/fcntl.h>
#include <asm/unistd.h>

long install_nowrite(int err)
{
	/* TODO */
	return 0;
}
