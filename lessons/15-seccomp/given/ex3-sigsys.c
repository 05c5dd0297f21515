/* lessons/15-seccomp/given/ex3-sigsys.c — exercise 3's driver (do not edit).
 *
 *   ex3-sigsys [NR DATA]...
 *
 * Calls your catch_sigsys(), then installs a filter whose verdict for each
 * NR is SECCOMP_RET_TRAP | DATA, and makes each of those calls in turn
 * (they never run: the kernel sends SIGSYS instead). Without arguments it
 * draws two calls and their data at random (getrandom), and keeps them to
 * itself: only the siginfo tells which they were.
 */
#include "sg.h"
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/prctl.h>

void catch_sigsys(void);	/* yours */

/* calls that would be harmless if they ever ran */
static const unsigned short pool[] = {
	24, 39, 63, 95, 97, 98, 99, 100, 102, 104, 107, 108, 110, 111, 115, 118,
	120, 124, 186, 201, 204, 228, 318,
};
static unsigned nrs[8], datas[8];

int main(int argc, char **argv, char **envp)
{
	int n = 0;

	if (argc > 1) {
		for (int i = 1; i + 1 < argc && n < 8; i += 2, n++) {
			uint64_t a, b;
			if (parse_u64(argv[i], 0, &a) < 0 || parse_u64(argv[i + 1], 0, &b) < 0 || b > 0xffff)
				return 2;
			nrs[n] = (unsigned)a;
			datas[n] = (unsigned)b;
		}
	} else {
		unsigned short r[4];
		if (sys_getrandom(r, sizeof r, 0) != sizeof r)
			return 2;
		nrs[0] = pool[r[0] % (sizeof pool / sizeof pool[0])];
		do
			nrs[1] = pool[r[1]++ % (sizeof pool / sizeof pool[0])];
		while (nrs[1] == nrs[0]);
		/* 1000 and up: numbers no errno is named by (strace shows them as numbers) */
		datas[0] = 1000 + r[2] % 64536u;
		datas[1] = 1000 + r[3] % 64536u;
		n = 2;
	}
	catch_sigsys();

	/* ld nr; then for each: jeq NR -> ret TRAP|DATA; else ret ALLOW */
	struct sock_filter prog[2 + 2 * 8];
	int k = 0;
	prog[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0);
	for (int i = 0; i < n; i++) {
		prog[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nrs[i], 0, 1);
		prog[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP | datas[i]);
	}
	prog[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	struct sock_fprog fp = { (unsigned short)k, prog };
	if (sys_prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 || sys_seccomp(SECCOMP_SET_MODE_FILTER, 0, &fp) < 0)
		return 3;
	for (int i = 0; i < n; i++)
		sys_syscall6(nrs[i], 0, 0, 0, 0, 0, 0);
	out_flush(sg_stdout);
	return 0;
}
