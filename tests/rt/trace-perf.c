/* tests/rt/trace-perf.c — raw calls whose arguments are structs strace 6.1
 * prints field by field: perf_event_open's perf_event_attr, io_uring_register's
 * per-opcode arguments on a real ring, landlock's ruleset and rule attrs.
 * tests/trace-perf.bats traces it with strace and bin/trace and compares.
 *
 *   trace-perf GROUP   GROUP: perf, uring, landlock
 */
#include "sg.h"

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define BAD ((long)0xbadc0ded)	/* an address nothing is mapped at */
/* the last n bytes of a page whose next page is unmapped */
static unsigned char *page_end(unsigned long n)
{
	unsigned char *p = (unsigned char *)sys_mmap(NULL, 8192, 3, 0x22, -1, 0);
	sys_munmap(p + 4096, 4096);
	memset(p, 0, 4096);
	return p + 4096 - n;
}
#define F(nr, a, b, c, d, e, f) do { \
	long fd_ = S(nr, a, b, c, d, e, f); \
	if (fd_ >= 0) sys_close((int)fd_); } while (0)

/* struct perf_event_attr as words, so that every field can be set raw */
static unsigned long pa[40];
static unsigned char *pab = (unsigned char *)pa;
static void pa_reset(unsigned type, unsigned size, unsigned long config)
{
	memset(pa, 0, sizeof pa);
	((unsigned *)pab)[0] = type;
	((unsigned *)pab)[1] = size;
	pa[1] = config;
}

/* Each type's config, the flag bits (freq, watermark, use_clockid switch
 * what is printed), sizes: 0 (read as VER0), below VER0 (the address), in
 * between versions (a field cut), past VER7 (", ..."; E2BIG and the size the
 * kernel writes back when the bytes past are not 0), unreadable ends. The
 * software counters on this thread succeed (perf_event_paranoid <= 2);
 * hardware ones may fail (ENOENT in a VM): strace decodes the input anyway. */
static void perf(void)
{
	pa_reset(0, 128, 0);	/* HARDWARE, CPU_CYCLES */
	pa[2] = 4000, pa[3] = 0x7, pa[4] = 0xf, pa[5] = 1;
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 128, 9);	/* SOFTWARE, DUMMY: succeeds */
	pa[5] = 1 | 2 | (1 << 10);	/* disabled, inherit, freq */
	pa[2] = 100;
	F(__NR_perf_event_open, pa, 0, -1, -1, 8, 0);	/* PERF_FLAG_FD_CLOEXEC */
	pa_reset(3, 64, 0x10203);	/* HW_CACHE: result<<16|op<<8|id */
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(2, 72, 1234);	/* TRACEPOINT: decimal */
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(4, 80, 0xabc);	/* RAW: hex */
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(5, 96, 7);	/* BREAKPOINT */
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(99, 130, 7);	/* every bit, the reserved ones too */
	pa[5] = ~0UL;
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 0, 0);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 8, 0);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 4096, 0);
	pa[20] = 1;		/* E2BIG: size => 0x88 (this kernel's) */
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	F(__NR_perf_event_open, BAD, 0, -1, -1, 0, 0);
	pa_reset(5, 128, 7);	/* BREAKPOINT, every field not 0 */
	for (int i = 2; i < 16; i++)
		pa[i] = 0x1111111111111111UL * (unsigned long)i;
	pa[5] = (1 << 14) | (1UL << 25) | 1;	/* watermark, use_clockid, disabled */
	pa[3] = ~0UL;
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa[3] = 0, pa[5] = 0;
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(0, 100, 0x1234567890);	/* sample_regs_intr cut to 4 bytes */
	pa[3] = (1 << 11) | (1 << 12) | (1 << 13) | (1 << 18);	/* BRANCH_STACK..REGS_INTR */
	pa[5] = 1UL << 25;
	for (int i = 6; i < 16; i++)
		pa[i] = 0x0101010101010101UL * (unsigned long)i;
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(3, 128, 0xffffff);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(3, 128, 0x1000606);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(0, 128, 99);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 128, 99);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(0, 128, 0x800000001);	/* a PMU type in the high half */
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 137, 0);	/* past VER7, zeros: accepted */
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 137, 0);
	pab[136] = 1;
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 63, 0);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 1, 0);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	pa_reset(1, 65, 0);
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	/* readable: the size only; the first 64 bytes (enough without -v) */
	unsigned char *e = page_end(8);
	e[4] = 128, e[0] = 1;
	F(__NR_perf_event_open, e, 0, -1, -1, 0, 0);
	e = page_end(64);
	e[4] = 128, e[0] = 1;
	F(__NR_perf_event_open, e, 0, -1, -1, 0, 0);
	/* bp_type, precise_ip, clockid, read_format's and branch_sample_type's
	 * last bits, software counter numbers around the last named */
	for (int i = 1; i < 8; i++) {
		pa_reset(i == 6 ? 6 : 5, 96, 0);
		((unsigned *)pab)[13] = (unsigned)i;	/* bp_type */
		pa[5] = (unsigned long)(i & 3) << 15 | 1UL << 25;	/* precise_ip, use_clockid */
		((int *)pab)[23] = i == 1 ? 0x99 : i == 2 ? -1 : i;	/* clockid */
		pa[3] = 1UL << 12 | 1UL << 11, pa[4] = 0x10UL << (i - 1);
		pa[9] = 0x20000UL << (i & 1);
		F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
		pa_reset(1, 64, (unsigned long)(i + 7) | (i & 1UL) << 32);
		F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	}
	pa_reset(5, 64, 0);
	((unsigned *)pab)[13] = 6;	/* bp_type W|X */
	F(__NR_perf_event_open, pa, 0, -1, -1, 0, 0);
	e = page_end(4);	/* not even the size */
	F(__NR_perf_event_open, e, 0, -1, -1, 0, 0);
	F(__NR_perf_event_open, NULL, 0, -1, -1, 0, 0);
}

/* io_uring_register on a real ring, each opcode strace 6.1 decodes, with
 * calls that succeed, bad addresses, sizes below the structs, reserved
 * fields not 0, names no one has. What the kernel answers (PROBE's op list,
 * IOWQ_MAX_WORKERS's old limits, from RLIMIT_NPROC) is this machine's, the
 * same in both tracers' runs. Nothing when io_uring_setup fails (the bats
 * test skips when io_uring is disabled). */
#define REG(fd, op, arg, n) S(__NR_io_uring_register, fd, op, arg, n, 0, 0)
static void uring(void)
{
	static unsigned params[30];
	static char b1[16], b2[32];
	static unsigned long iov[4];
	static int fds[4];
	static unsigned long upd[4];
	static unsigned char probe[16 + 8 * 64];
	static unsigned u32s[4];
	static unsigned char rst[16 * 4];
	/* io_uring_params: CQSIZE's cq_entries in, SQPOLL's idle and SQ_AFF's
	 * cpu, a failure (the struct as given), a params at the end of a page */
	params[2] = 8, params[1] = 16;	/* CQSIZE, cq_entries */
	F(__NR_io_uring_setup, 2, params, 0, 0, 0, 0);
	memset(params, 0, sizeof params);
	params[2] = 2 | 4, params[3] = 0, params[4] = 10;	/* SQPOLL|SQ_AFF, cpu 0, idle */
	F(__NR_io_uring_setup, 2, params, 0, 0, 0, 0);
	memset(params, 0, sizeof params);
	params[2] = 8, params[1] = 0;	/* CQSIZE with 0: EINVAL */
	F(__NR_io_uring_setup, 2, params, 0, 0, 0, 0);
	F(__NR_io_uring_setup, 2, page_end(100), 0, 0, 0, 0);
	memset(params, 0, sizeof params);
	long ring = S(__NR_io_uring_setup, 4, params, 0, 0, 0, 0);
	if (ring < 0)
		return;
	iov[0] = (unsigned long)b1, iov[1] = sizeof b1, iov[2] = (unsigned long)b2, iov[3] = sizeof b2;
	REG(ring, 0, iov, 2);	/* BUFFERS: an iovec array */
	REG(ring, 0, BAD, 2);
	REG(ring, 1, NULL, 0);
	fds[0] = 0, fds[1] = 1, fds[2] = -1, fds[3] = 1;	/* not 2: -y would show each tracer's log */
	REG(ring, 2, fds, 4);	/* FILES: descriptors */
	upd[0] = 1, upd[1] = (unsigned long)fds;
	REG(ring, 6, upd, 2);	/* FILES_UPDATE: {offset, fds} */
	REG(ring, 6, BAD, 2);
	REG(ring, 3, NULL, 0);
	long efd = S(__NR_eventfd2, 0, 0, 0, 0, 0, 0);
	fds[0] = (int)efd;
	REG(ring, 4, fds, 1);	/* EVENTFD */
	REG(ring, 5, NULL, 0);
	REG(ring, 7, fds, 1);
	REG(ring, 5, NULL, 0);
	REG(ring, 4, BAD, 1);
	REG(ring, 8, probe, 64);	/* PROBE: at the exit */
	memset(probe, 0, sizeof probe);
	REG(ring, 8, probe, 8);
	REG(ring, 8, probe, 2);
	REG(ring, 8, BAD, 2);
	memset(probe, 0, sizeof probe);	/* not zeroed: EINVAL, printed anyway */
	probe[0] = 5, probe[1] = 1, probe[2] = 0x34, probe[4] = 1;
	probe[16] = 99, probe[17] = 3, probe[18] = 2, probe[20] = 4;
	REG(ring, 8, probe, 2);
	REG(ring, 8, probe, 0);
	REG(ring, 2, NULL, 0);
	REG(ring, 2, fds, 0);
	REG(ring, 4, fds, 2);
	upd[0] = 0x500000001UL;	/* resv */
	REG(ring, 6, upd, 1);
	REG(ring, 17, BAD, 8);	/* IOWQ_AFF */
	REG(ring, 19, u32s, 3);	/* IOWQ_MAX_WORKERS: EINVAL, " => " the address */
	REG(ring, 19, u32s, 1);
	long id = REG(ring, 9, NULL, 0);	/* PERSONALITY */
	REG(ring, 10, NULL, id);
	u32s[0] = 1, u32s[1] = 0;
	REG(ring, 17, u32s, 8);
	REG(ring, 18, NULL, 0);
	u32s[0] = 3, u32s[1] = 5;
	REG(ring, 19, u32s, 2);	/* " => " the limits before */
	REG(ring, 19, u32s, 2);
	upd[0] = (unsigned)-1, upd[1] = (unsigned long)ring;
	REG(ring, 20, upd, 1);	/* RING_FDS: the ring itself, any slot */
	REG(ring, 21, upd, 1);
	upd[1] = 0;
	REG(ring, 21, upd, 1);
	static unsigned long rr[6];
	rr[0] = 2, rr[2] = (unsigned long)iov;	/* nr, data */
	REG(ring, 15, rr, 32);	/* BUFFERS2 */
	rr[0] = 2 | 1UL << 32, rr[2] = (unsigned long)fds;
	REG(ring, 13, rr, 32);	/* FILES2 */
	rr[0] = 1, rr[1] = (unsigned long)fds, rr[2] = 0, rr[3] = 2;
	REG(ring, 14, rr, 32);	/* FILES_UPDATE2 */
	REG(ring, 16, rr, 32);	/* BUFFERS_UPDATE */
	static unsigned long tags[2] = { 7, 0x123456789 };
	rr[0] = 1 | 3UL << 32, rr[1] = (unsigned long)fds, rr[2] = (unsigned long)tags, rr[3] = 2 | 5UL << 32;
	REG(ring, 14, rr, 32);
	REG(ring, 14, rr, 16);	/* below the struct: the address */
	REG(ring, 14, rr, 40);
	rr[0] = 2 | 2UL << 32, rr[1] = 9, rr[2] = (unsigned long)fds, rr[3] = (unsigned long)tags;
	REG(ring, 13, rr, 32);
	REG(ring, 13, rr, 24);
	REG(ring, 13, BAD, 32);
	REG(ring, 22, BAD, 1);	/* PBUF_RING, then numbers strace 6.1 does not name */
	REG(ring, 24, BAD, 1);
	REG(ring, 25, BAD, 0);
	REG(ring, 26, BAD, 0);
	sys_close((int)ring);
	sys_close((int)efd);
	memset(params, 0, sizeof params);
	params[2] = 0x40;	/* IORING_SETUP_R_DISABLED */
	ring = S(__NR_io_uring_setup, 4, params, 0, 0, 0, 0);
	/* RESTRICTIONS, then ENABLE_RINGS */
	rst[0] = 0, rst[2] = 8;	/* REGISTER_OP PROBE */
	rst[4] = 0xff;
	rst[16] = 1, rst[18] = 22;	/* SQE_OP */
	rst[32] = 2, rst[18 + 16] = 1;
	rst[48] = 3, rst[50] = 3; rst[51] = 0;
	REG(ring, 11, rst, 4);
	rst[48] = 7;
	REG(ring, 11, rst, 4);
	memset(rst, 0, sizeof rst);	/* names no one has, a reserved byte */
	rst[0] = 0, rst[2] = 99, rst[3] = 1;
	rst[16] = 1, rst[18] = 99;
	rst[32] = 2, rst[34] = 0xc1;
	rst[48] = 3, rst[50] = 0x80, rst[60] = 2;
	REG(ring, 11, rst, 4);
	REG(ring, 12, NULL, 0);
	sys_close((int)ring);
}

/* Landlock's attrs: every access right and unknown ones, a size below the
 * struct, above it (with bytes past it 0 or not), a ruleset made and rules
 * added to it (parent_fd: "/"), an unknown rule type, an attr cut by the end
 * of the mapping. */
static void landlock(void)
{
	static unsigned long ra[4];
	static unsigned char pb[12];	/* packed: u64 allowed_access, s32 parent_fd */

	ra[0] = 0x1fff;
	F(__NR_landlock_create_ruleset, ra, 8, 0, 0, 0, 0);
	ra[0] = ~0UL;
	F(__NR_landlock_create_ruleset, ra, 8, 0, 0, 0, 0);
	ra[0] = 0;
	F(__NR_landlock_create_ruleset, ra, 8, 0, 0, 0, 0);
	F(__NR_landlock_create_ruleset, ra, 4, 0, 0, 0, 0);
	F(__NR_landlock_create_ruleset, ra, 16, 0, 0, 0, 0);
	ra[1] = 5;
	F(__NR_landlock_create_ruleset, ra, 16, 0, 0, 0, 0);
	F(__NR_landlock_create_ruleset, BAD, 8, 0, 0, 0, 0);
	F(__NR_landlock_create_ruleset, ra, 0, 1, 0, 0, 0);	/* VERSION */
	F(__NR_landlock_create_ruleset, page_end(4), 8, 0, 0, 0, 0);
	F(__NR_landlock_create_ruleset, page_end(8), 16, 0, 0, 0, 0);	/* the tail unmapped */
	ra[0] = 3;	/* EXECUTE|WRITE_FILE */
	long rs = S(__NR_landlock_create_ruleset, ra, 8, 0, 0, 0, 0);
	int root = (int)S(__NR_open, "/", 0x200000 | 0x10000, 0, 0, 0, 0);	/* O_PATH|O_DIRECTORY */
	unsigned long acc = 1;
	memcpy(pb, &acc, 8), memcpy(pb + 8, &root, 4);
	S(__NR_landlock_add_rule, rs, 1, pb, 0, 0, 0);
	acc = ~0UL;
	memcpy(pb, &acc, 8);
	S(__NR_landlock_add_rule, rs, 1, pb, 0, 0, 0);
	acc = 0, root = -1;
	memcpy(pb, &acc, 8), memcpy(pb + 8, &root, 4);
	S(__NR_landlock_add_rule, rs, 1, pb, 5, 0, 0);
	S(__NR_landlock_add_rule, rs, 1, BAD, 0, 0, 0);
	S(__NR_landlock_add_rule, rs, 2, pb, 0, 0, 0);
	unsigned char *e = page_end(6);
	e[0] = 1;
	S(__NR_landlock_add_rule, rs, 1, e, 0, 0, 0);
	sys_close((int)rs);
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	const char *g = argc > 1 ? argv[1] : "";

	if (!strcmp(g, "perf")) perf();
	if (!strcmp(g, "uring")) uring();
	if (!strcmp(g, "landlock")) landlock();
	return 0;
}
