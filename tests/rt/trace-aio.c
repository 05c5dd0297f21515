/* tests/rt/trace-aio.c — the kernel's own asynchronous I/O (io_setup(2)),
 * raw calls with edge-case arguments for src/trace/aio.c: each iocb command,
 * the fields shown only when set (aio_data, aio_rw_flags, aio_reqprio,
 * aio_flags with IOCB_FLAG_RESFD's aio_resfd), vectored commands' iovecs,
 * NULL and unmapped pointers, io_event arrays, timeouts, io_pgetevents'
 * sigset struct. tests/trace-ipc.bats traces it with strace and bin/trace
 * and compares. Reads /dev/zero, writes /dev/null: nothing is changed.
 */
#include "sg.h"
#include <linux/aio_abi.h>

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define BAD ((long)0xbadc0ded)	/* an address nothing is mapped at */

static char rbuf[64], wbuf[64] = "written to /dev/null by an iocb, longer than -s 32";

int main(int argc, char **argv, char **envp)
{
	unsigned long ctx = 0;
	struct iocb cb[6];
	struct iocb *ptrs[8];
	struct io_event ev[4];
	struct { unsigned long base, len; } iov[2] = {
		{ (unsigned long)wbuf, 5 }, { (unsigned long)wbuf + 5, 10 } };
	struct { long s, ns; } ts = { 0, 1000 }, zero = { 0, 0 };
	unsigned long mask = 1UL << 9;	/* SIGUSR1 */
	struct { unsigned long set, size; } ss = { (unsigned long)&mask, 8 }, ss0 = { 0, 8 };
	int zfd, nfd, efd;

	(void)argc, (void)argv, (void)envp;

	zfd = (int)S(__NR_openat, -100, "/dev/zero", 0, 0, 0, 0);
	nfd = (int)S(__NR_openat, -100, "/dev/null", 1, 0, 0, 0);
	efd = (int)S(__NR_eventfd2, 0, 0, 0, 0, 0, 0);
	S(__NR_io_setup, 0, &ctx, 0, 0, 0, 0);			/* EINVAL */
	S(__NR_io_setup, 4, BAD, 0, 0, 0, 0);
	S(__NR_io_setup, 4, NULL, 0, 0, 0, 0);
	if (S(__NR_io_setup, 8, &ctx, 0, 0, 0, 0) < 0)
		return 1;

	memset(cb, 0, sizeof cb);
	cb[0].aio_lio_opcode = IOCB_CMD_PREAD;
	cb[0].aio_fildes = (unsigned)zfd;
	cb[0].aio_buf = (unsigned long)rbuf;
	cb[0].aio_nbytes = 16;
	cb[1].aio_data = 0x1234;
	cb[1].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[1].aio_fildes = (unsigned)nfd;
	cb[1].aio_buf = (unsigned long)wbuf;
	cb[1].aio_nbytes = 50;
	cb[1].aio_flags = IOCB_FLAG_RESFD;
	cb[1].aio_resfd = (unsigned)efd;
	cb[2].aio_lio_opcode = IOCB_CMD_PWRITEV;
	cb[2].aio_fildes = (unsigned)nfd;
	cb[2].aio_buf = (unsigned long)iov;
	cb[2].aio_nbytes = 2;
	cb[2].aio_offset = 7;
	cb[3].aio_lio_opcode = IOCB_CMD_PREADV;
	cb[3].aio_fildes = (unsigned)zfd;
	cb[3].aio_buf = (unsigned long)iov;
	cb[3].aio_nbytes = 1;
	ptrs[0] = &cb[0], ptrs[1] = &cb[1], ptrs[2] = &cb[2], ptrs[3] = &cb[3];
	S(__NR_io_submit, ctx, 4, ptrs, 0, 0, 0);
	S(__NR_io_getevents, ctx, 4, 4, ev, &ts, 0);
	S(__NR_io_getevents, ctx, 0, 4, ev, &zero, 0);		/* none left: 0 */

	/* the fields shown only when set, commands without a buffer, an
	 * unknown command (EINVAL at the first: none submitted) */
	cb[4] = cb[0];
	cb[4].aio_rw_flags = 0x2 | 0x8 | 0x100;			/* RWF_DSYNC|RWF_NOWAIT|? */
	cb[4].aio_offset = -1;
	cb[4].aio_reqprio = 3;
	cb[4].aio_flags = IOCB_FLAG_IOPRIO | 0x80;
	cb[4].aio_resfd = 9;
	cb[4].aio_key = 1;
	ptrs[0] = &cb[4];
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[4].aio_flags = 0x80, cb[4].aio_reqprio = (2 << 13) | 4, cb[4].aio_rw_flags = 0x100;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);		/* a priority, no IOCB_FLAG_IOPRIO */
	cb[4].aio_reqprio = -1, cb[4].aio_rw_flags = -1;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5] = cb[0];
	cb[5].aio_lio_opcode = IOCB_CMD_FSYNC;
	ptrs[0] = &cb[5];
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_lio_opcode = IOCB_CMD_FDSYNC;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_lio_opcode = IOCB_CMD_NOOP;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_lio_opcode = IOCB_CMD_POLL;
	cb[5].aio_buf = 1 | 4;					/* POLLIN|POLLOUT */
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_lio_opcode = 99;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_lio_opcode = IOCB_CMD_PREADV;
	cb[5].aio_buf = BAD;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_lio_opcode = IOCB_CMD_PWRITEV;		/* a size below 0: no iovecs */
	cb[5].aio_nbytes = -1UL;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[5].aio_buf = (unsigned long)wbuf;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_nbytes = 4, cb[5].aio_buf = 0;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	cb[5].aio_lio_opcode = IOCB_CMD_PREAD;
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	S(__NR_io_getevents, ctx, 1, 4, ev, &ts, 0);

	/* bad arrays and pointers */
	ptrs[0] = &cb[0], ptrs[1] = (struct iocb *)BAD;
	S(__NR_io_submit, ctx, 2, ptrs, 0, 0, 0);		/* the first submitted */
	S(__NR_io_submit, ctx, 1, BAD, 0, 0, 0);
	ptrs[0] = NULL;
	S(__NR_io_submit, ctx, 2, ptrs, 0, 0, 0);
	ptrs[0] = &cb[0];
	S(__NR_io_submit, ctx, 0, ptrs, 0, 0, 0);
	S(__NR_io_submit, ctx, 1, NULL, 0, 0, 0);
	S(__NR_io_submit, ctx, -1, ptrs, 0, 0, 0);
	S(__NR_io_submit, 0, 1, ptrs, 0, 0, 0);
	S(__NR_io_getevents, ctx, 1, 4, ev, NULL, 0);
	S(__NR_io_getevents, ctx, 0, 4, BAD, &zero, 0);
	S(__NR_io_getevents, ctx, 0, 4, ev, BAD, 0);
	S(__NR_io_getevents, ctx, 5, 4, ev, NULL, 0);		/* min > nr: EINVAL */
	S(__NR_io_getevents, 0, 0, 0, NULL, NULL, 0);
	S(__NR_io_cancel, ctx, &cb[0], ev, 0, 0, 0);		/* done: EINVAL */
	S(__NR_io_cancel, ctx, BAD, BAD, 0, 0, 0);
	S(__NR_io_cancel, ctx, NULL, NULL, 0, 0, 0);

	/* io_pgetevents: the sigset struct, NULL, unreadable, a bad size */
	S(__NR_io_pgetevents, ctx, 0, 4, ev, &zero, &ss);
	S(__NR_io_pgetevents, ctx, 0, 4, ev, &zero, NULL);
	S(__NR_io_pgetevents, ctx, 0, 4, ev, &zero, &ss0);
	S(__NR_io_pgetevents, ctx, 0, 4, ev, &zero, BAD);
	ss.size = 4;
	S(__NR_io_pgetevents, ctx, 0, 4, ev, &zero, &ss);
	ss.size = 8, ss.set = BAD;
	S(__NR_io_pgetevents, ctx, 0, 4, ev, &zero, &ss);
	ptrs[0] = &cb[0];
	S(__NR_io_submit, ctx, 1, ptrs, 0, 0, 0);
	S(__NR_io_pgetevents, ctx, 1, 4, ev, NULL, NULL);
	S(__NR_io_pgetevents, 0, 0, 0, NULL, BAD, BAD);

	S(__NR_io_destroy, ctx, 0, 0, 0, 0, 0);
	S(__NR_io_destroy, ctx, 0, 0, 0, 0, 0);			/* gone: EINVAL */
	S(__NR_io_destroy, 0, 0, 0, 0, 0, 0);
	return 0;
}
