/* alt: the access mode with an ALU and, then a jump table on its value; nr tested before arch */
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
	unsigned deny = SECCOMP_RET_ERRNO | ((unsigned)err & SECCOMP_RET_DATA);
	struct sock_filter p[] = {
		/* 0 */ LD(0),
		/* 1 */ JEQ(__NR_openat, 0, 10),
		/* 2 */ LD(4),
		/* 3 */ JEQ(AUDIT_ARCH_X86_64, 1, 0),
		/* 4 */ RET(SECCOMP_RET_KILL_PROCESS),
		/* 5 */ LD(32),
		/* 6 */ BPF_STMT(BPF_ALU | BPF_AND | BPF_K, O_ACCMODE),
		/* 7 */ JEQ(O_RDONLY, 4, 0),
		/* 8 */ JEQ(O_WRONLY, 2, 0),
		/* 9 */ JEQ(O_RDWR, 1, 0),
		/* 10 */ JEQ(3, 0, 1),
		/* 11 */ RET(deny),
		/* 12 */ LD(4),
		/* 13 */ JEQ(AUDIT_ARCH_X86_64, 1, 0),
		/* 14 */ RET(SECCOMP_RET_KILL_PROCESS),
		/* 15 */ RET(SECCOMP_RET_ALLOW),
	};
	return INSTALL(p);
}
