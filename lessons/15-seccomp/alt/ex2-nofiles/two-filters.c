/* alt: two filters, stacked: the kernel runs both and the strictest verdict wins */
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
void no_files(void)
{
	struct sock_filter a[] = {
		LD(4), JEQ(AUDIT_ARCH_X86_64, 1, 0), RET(SECCOMP_RET_KILL_PROCESS),
		LD(0), JEQ(__NR_open, 1, 0), JEQ(__NR_openat, 0, 1), RET(SECCOMP_RET_ERRNO | 13), RET(SECCOMP_RET_ALLOW),
	};
	struct sock_filter b[] = {
		LD(0), JEQ(__NR_openat2, 1, 0), JEQ(__NR_creat, 0, 1), RET(SECCOMP_RET_ERRNO | 13), RET(SECCOMP_RET_ALLOW),
	};
	if (INSTALL(a) < 0 || INSTALL(b) < 0)
		sys_exit_group(3);
}
