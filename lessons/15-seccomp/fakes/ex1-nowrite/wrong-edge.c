/* wrong-edge: refuses O_WRONLY only (access mode == 1), so O_RDWR and the odd mode 3 still open for writing */
#include "sg.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>
#include <linux/fcntl.h>
#include <asm/unistd.h>
#define LD(o) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, (o))
#define JEQ(k, t, f) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (k), (t), (f))
#define RET(k) BPF_STMT(BPF_RET | BPF_K, (k))
static inline long install(struct sock_filter *p, unsigned short n)
{
	struct sock_fprog fp = { n, p };
	long r = sys_prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	return r < 0 ? r : sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp);
}
#define INSTALL(p) install(p, sizeof p / sizeof p[0])

long install_nowrite(int err)
{
	struct sock_filter p[] = {
		LD(4), JEQ(AUDIT_ARCH_X86_64, 1, 0), RET(SECCOMP_RET_KILL_PROCESS),
		LD(0), JEQ(__NR_openat, 0, 4),
		LD(32), BPF_STMT(BPF_ALU | BPF_AND | BPF_K, O_ACCMODE),
		JEQ(O_WRONLY, 0, 1), RET(SECCOMP_RET_ERRNO | (unsigned)err),
		RET(SECCOMP_RET_ALLOW),
	};
	return INSTALL(p);
}
