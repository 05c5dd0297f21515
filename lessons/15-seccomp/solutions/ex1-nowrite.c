/* Exercise 1, a solution: openat with an access mode other than O_RDONLY
 * fails with err; everything else is allowed. */
#include "sg.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>
#include <linux/fcntl.h>
#include <asm/unistd.h>

long install_nowrite(int err)
{
	struct sock_filter prog[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4),			/* arch */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),			/* nr */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_openat, 0, 3),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 16 + 8 * 2),		/* flags, low half */
		BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, O_ACCMODE, 0, 1),	/* not O_RDONLY? */
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ((unsigned)err & SECCOMP_RET_DATA)),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog fp = { sizeof prog / sizeof prog[0], prog };
	long r = sys_prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);

	if (r < 0)
		return r;
	return sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp);
}
