/* src/trace/ipc.c — System V IPC: message queues, semaphores, shared memory.
 * Every constant and struct from <linux/ipc.h>, <linux/msg.h>, <linux/sem.h>,
 * <linux/shm.h> (and the asm/ *buf.h they include: the 64-bit layouts). */
#include "trace.h"
#include <linux/ipc.h>
#include <linux/sem.h>
#include <linux/msg.h>
#include <linux/shm.h>

/* msgget's and semget's flags */
static const struct xlat ipc_get_flags[] = {
	X(IPC_CREAT), X(IPC_EXCL), X(IPC_NOWAIT), XEND
};
/* shmget's: 04000 is SHM_HUGETLB there, not IPC_NOWAIT */
static const struct xlat shmget_flags[] = {
	X(IPC_CREAT), X(IPC_EXCL), X(SHM_HUGETLB), X(SHM_NORESERVE), XEND
};
/* each family's ctl commands: the IPC_ ones, then its own (which share
 * numbers: 11 is MSG_STAT, SHM_LOCK and GETPID) */
static const struct xlat sem_cmds[] = {
	X(IPC_RMID), X(IPC_SET), X(IPC_STAT), X(IPC_INFO), X(GETPID), X(GETVAL), X(GETALL),
	X(GETNCNT), X(GETZCNT), X(SETVAL), X(SETALL), X(SEM_STAT), X(SEM_INFO),
	X(SEM_STAT_ANY), XEND
};
static const struct xlat msg_cmds[] = {
	X(IPC_RMID), X(IPC_SET), X(IPC_STAT), X(IPC_INFO), X(MSG_STAT), X(MSG_INFO),
	X(MSG_STAT_ANY), XEND
};
static const struct xlat shm_cmds[] = {
	X(IPC_RMID), X(IPC_SET), X(IPC_STAT), X(IPC_INFO), X(SHM_LOCK), X(SHM_UNLOCK),
	X(SHM_STAT), X(SHM_INFO), X(SHM_STAT_ANY), XEND
};
static const struct xlat shmat_flags[] = {
	X(SHM_RDONLY), X(SHM_RND), X(SHM_REMAP), X(SHM_EXEC), XEND
};
/* strace's order: the msg_ bits before IPC_NOWAIT */
static const struct xlat msg_flags[] = {
	X(MSG_NOERROR), X(MSG_EXCEPT), X(MSG_COPY), X(IPC_NOWAIT), XEND
};
static const struct xlat sem_flags[] = { X(SEM_UNDO), X(IPC_NOWAIT), XEND };

static void pr_key(unsigned long key)
{
	if ((int)key == IPC_PRIVATE)
		pr_named("0", "IPC_PRIVATE");
	else
		pr("%#x", (unsigned)key);
}

static void pr_id_sep(struct tcb *t)	/* the queue's, set's or segment's id */
{
	pr("%d, ", (int)t->a[0]);
}

/* the flag bits above the mode, then "|" before it. strace 6.1's msgget and
 * semget write the "|" only when some bit had a name (or with -X raw), so
 * bits no name covers run into the mode: 0x100000600; shmget always does */
static void pr_get_bits(const struct xlat *x, unsigned long bits, int bar)
{
	if (!bits)
		return;
	pr_flags(x, bits, NULL);	/* hex with -X raw */
	for (; x->name && !bar; x++)
		bar = (bits & x->val) == x->val;
	if (bar || opt_raw)
		prs("|");
}

/* IPC_CREAT|0600: flags by name, then the permission bits in octal */
static void pr_ipc_flags(unsigned long fl)
{
	pr_get_bits(ipc_get_flags, fl & ~0777UL, 0);
	pr("%#03lo", fl & 0777);
}

/* IPC_EXCL|SHM_HUGETLB|24<<SHM_HUGE_SHIFT|0600: six bits from SHM_HUGE_SHIFT
 * up are log2 of the huge page size, shown whether SHM_HUGETLB is set or not */
static void pr_shmget_flags(unsigned long fl)
{
	unsigned long huge = fl & ((unsigned long)SHM_HUGE_MASK << SHM_HUGE_SHIFT);

	pr_get_bits(shmget_flags, fl & ~huge & ~0777UL, 1);
	if (huge && opt_raw)
		pr("%lu<<%d|", huge >> SHM_HUGE_SHIFT, SHM_HUGE_SHIFT);
	else if (huge && opt_xverbose)
		pr("%lu<<%d /* SHM_HUGE_SHIFT */|", huge >> SHM_HUGE_SHIFT, SHM_HUGE_SHIFT);
	else if (huge)
		pr("%lu<<SHM_HUGE_SHIFT|", huge >> SHM_HUGE_SHIFT);
	pr("%#03lo", fl & 0777);
}

/* a ctl command: IPC_64 (the layout flag) named first, as strace does */
static void pr_ctl_cmd(const struct xlat *x, unsigned long cmd, const char *dflt)
{
	if (cmd & IPC_64) {
		pr_named("0x100", "IPC_64");
		prs("|");
		cmd &= ~(unsigned long)IPC_64;
	}
	pr_xlat(x, (unsigned)cmd, "%#x", dflt);
}

/* ---- the structs ---- */

/* {uid=0, gid=0, mode=0600, key=4660, cuid=0, cgid=0}: IPC_SET's input is
 * the first three only */
static void pr_perm(const char *name, const struct ipc64_perm *p, int set)
{
	pr("%s={uid=", name);
	pr_id(p->uid);
	prs(", gid=");
	pr_id(p->gid);
	pr(", mode=%#03o", p->mode);
	if (!set) {
		pr(", key=%d, cuid=", p->key);
		pr_id(p->cuid);
		prs(", cgid=");
		pr_id(p->cgid);
	}
	prs("}");
}

/* read a struct of len bytes, or print the address: 0 when read */
static int read_or_addr(struct tcb *t, unsigned long addr, void *buf, size_t len)
{
	if (addr && !(t->exiting && t_failed(t)) && umove(t->pid, addr, buf, len) == 0)
		return 0;
	pr_addr(addr);
	return -1;
}

static void pr_msqid_ds(struct tcb *t, unsigned long addr, int set)
{
	struct msqid64_ds d;

	if (read_or_addr(t, addr, &d, sizeof d))
		return;
	prs("{");
	pr_perm("msg_perm", &d.msg_perm, set);
	if (!set)
		pr(", msg_stime=%lu, msg_rtime=%lu, msg_ctime=%lu, msg_qnum=%lu",
		   (unsigned long)d.msg_stime, (unsigned long)d.msg_rtime,
		   (unsigned long)d.msg_ctime, (unsigned long)d.msg_qnum);
	pr(", msg_qbytes=%lu", (unsigned long)d.msg_qbytes);
	if (!set)
		pr(", msg_lspid=%d, msg_lrpid=%d", d.msg_lspid, d.msg_lrpid);
	prs("}");
}

static void pr_msginfo(struct tcb *t, unsigned long addr)
{
	struct msginfo i;

	if (read_or_addr(t, addr, &i, sizeof i))
		return;
	pr("{msgpool=%d, msgmap=%d, msgmax=%d, msgmnb=%d, msgmni=%d, msgssz=%d, "
	   "msgtql=%d, msgseg=%u}", i.msgpool, i.msgmap, i.msgmax, i.msgmnb, i.msgmni,
	   i.msgssz, i.msgtql, i.msgseg);
}

static void pr_semid_ds(struct tcb *t, unsigned long addr, int set)
{
	struct semid64_ds d;

	if (read_or_addr(t, addr, &d, sizeof d))
		return;
	prs("{");
	pr_perm("sem_perm", &d.sem_perm, set);
	if (!set)
		pr(", sem_otime=%lu, sem_ctime=%lu, sem_nsems=%lu", (unsigned long)d.sem_otime,
		   (unsigned long)d.sem_ctime, (unsigned long)d.sem_nsems);
	prs("}");
}

static void pr_seminfo(struct tcb *t, unsigned long addr)
{
	struct seminfo i;

	if (read_or_addr(t, addr, &i, sizeof i))
		return;
	pr("{semmap=%d, semmni=%d, semmns=%d, semmnu=%d, semmsl=%d, semopm=%d, "
	   "semume=%d, semusz=%d, semvmx=%d, semaem=%d}", i.semmap, i.semmni, i.semmns,
	   i.semmnu, i.semmsl, i.semopm, i.semume, i.semusz, i.semvmx, i.semaem);
}

static void pr_shmid_ds(struct tcb *t, unsigned long addr, int set)
{
	struct shmid64_ds d;

	if (read_or_addr(t, addr, &d, sizeof d))
		return;
	prs("{");
	pr_perm("shm_perm", &d.shm_perm, set);
	if (!set)
		pr(", shm_segsz=%lu, shm_cpid=%d, shm_lpid=%d, shm_nattch=%lu, shm_atime=%lu, "
		   "shm_dtime=%lu, shm_ctime=%lu", (unsigned long)d.shm_segsz, d.shm_cpid,
		   d.shm_lpid, (unsigned long)d.shm_nattch, (unsigned long)d.shm_atime,
		   (unsigned long)d.shm_dtime, (unsigned long)d.shm_ctime);
	prs("}");
}

/* IPC_INFO fills a struct shminfo64, SHM_INFO a struct shm_info */
static void pr_shminfo(struct tcb *t, unsigned long addr)
{
	struct shminfo64 i;

	if (read_or_addr(t, addr, &i, sizeof i))
		return;
	pr("{shmmax=%lu, shmmin=%lu, shmmni=%lu, shmseg=%lu, shmall=%lu}",
	   (unsigned long)i.shmmax, (unsigned long)i.shmmin, (unsigned long)i.shmmni,
	   (unsigned long)i.shmseg, (unsigned long)i.shmall);
}

static void pr_shm_info(struct tcb *t, unsigned long addr)
{
	struct shm_info i;

	if (read_or_addr(t, addr, &i, sizeof i))
		return;
	pr("{used_ids=%d, shm_tot=%lu, shm_rss=%lu, shm_swp=%lu, swap_attempts=%lu, "
	   "swap_successes=%lu}", i.used_ids, (unsigned long)i.shm_tot,
	   (unsigned long)i.shm_rss, (unsigned long)i.shm_swp,
	   (unsigned long)i.swap_attempts, (unsigned long)i.swap_successes);
}

/* ---- the ctl calls ----
 * Which commands carry a struct is decided on the command as passed, IPC_64
 * included (so IPC_64|IPC_STAT shows an address), as strace does. IPC_SET's
 * struct is input: shown at entry. The others are output: shown at the exit,
 * the address when the call failed. */
enum { CTL_ADDR, CTL_SET, CTL_STAT, CTL_INFO, CTL_INFO2 };

static int msg_kind(unsigned long cmd)
{
	switch (cmd) {
	case IPC_SET: return CTL_SET;
	case IPC_STAT: case MSG_STAT: case MSG_STAT_ANY: return CTL_STAT;
	case IPC_INFO: case MSG_INFO: return CTL_INFO;
	}
	return CTL_ADDR;
}

static int sem_kind(unsigned long cmd)
{
	switch (cmd) {
	case IPC_SET: return CTL_SET;
	case IPC_STAT: case SEM_STAT: case SEM_STAT_ANY: return CTL_STAT;
	case IPC_INFO: case SEM_INFO: return CTL_INFO;
	}
	return CTL_ADDR;
}

static int shm_kind(unsigned long cmd)
{
	switch (cmd) {
	case IPC_SET: return CTL_SET;
	case IPC_STAT: case SHM_STAT: case SHM_STAT_ANY: return CTL_STAT;
	case IPC_INFO: return CTL_INFO;
	case SHM_INFO: return CTL_INFO2;
	}
	return CTL_ADDR;
}

/* the struct argument of msgctl (0), semctl (1), shmctl (2) */
static void pr_ctl_arg(struct tcb *t, int fam, int kind, unsigned long addr)
{
	int set = kind == CTL_SET;

	if (kind == CTL_SET || kind == CTL_STAT) {
		if (fam == 0)
			pr_msqid_ds(t, addr, set);
		else if (fam == 1)
			pr_semid_ds(t, addr, set);
		else
			pr_shmid_ds(t, addr, set);
	} else if (kind == CTL_INFO2)
		pr_shm_info(t, addr);
	else if (fam == 0)
		pr_msginfo(t, addr);
	else if (fam == 1)
		pr_seminfo(t, addr);
	else
		pr_shminfo(t, addr);
}

/* the argument at entry; at the exit only what the kernel filled in */
static void dec_ctl_arg(struct tcb *t, int fam, int kind, unsigned long addr)
{
	if (kind == CTL_ADDR) {
		if (!t->exiting)
			pr_addr(addr);
	} else if ((kind == CTL_SET) != t->exiting)
		pr_ctl_arg(t, fam, kind, addr);
}

static void dec_msgctl(struct tcb *t)
{
	if (!t->exiting) {
		pr_id_sep(t);
		pr_ctl_cmd(msg_cmds, t->a[1], "MSG_???");
		pr_sep();
	}
	dec_ctl_arg(t, 0, msg_kind(t->a[1]), t->a[2]);
}

static void dec_shmctl(struct tcb *t)
{
	if (!t->exiting) {
		pr_id_sep(t);
		pr_ctl_cmd(shm_cmds, t->a[1], "SHM_???");
		pr_sep();
	}
	dec_ctl_arg(t, 2, shm_kind(t->a[1]), t->a[2]);
}

/* semctl(id, semnum, cmd, arg): arg is a union passed by value, the value
 * of SETVAL or a pointer, shown in hex (NULL for 0) unless a struct */
static void dec_semctl(struct tcb *t)
{
	if (!t->exiting) {
		pr("%d, %d, ", (int)t->a[0], (int)t->a[1]);
		pr_ctl_cmd(sem_cmds, t->a[2], "SEM_???");
		pr_sep();
	}
	dec_ctl_arg(t, 1, sem_kind(t->a[2]), t->a[3]);
}

/* ---- get, at, dt ---- */

static void dec_shmget(struct tcb *t)
{
	pr_key(t->a[0]);
	pr(", %lu, ", t->a[1]);
	pr_shmget_flags((unsigned)t->a[2]);	/* an int: strace drops the high half */
}

static void dec_semget(struct tcb *t)
{
	pr_key(t->a[0]);
	pr(", %d, ", (int)t->a[1]);
	pr_ipc_flags((unsigned)t->a[2]);
}

static void dec_msgget(struct tcb *t)
{
	pr_key(t->a[0]);
	pr_sep();
	pr_ipc_flags((unsigned)t->a[1]);
}

static void dec_shmat(struct tcb *t)
{
	pr_id_sep(t);
	pr_addr(t->a[1]);
	pr_sep();
	pr_flags_d(shmat_flags, (unsigned)t->a[2], "SHM_???");
}

static void dec_shmdt(struct tcb *t)
{
	pr_addr(t->a[0]);
}

/* ---- semop, semtimedop ---- */

/* struct sembuf: {sem_num=0, sem_op=-1, sem_flg=SEM_UNDO|IPC_NOWAIT} */
static void pr_sembuf(struct tcb *t, const void *e)
{
	const struct sembuf *b = e;

	pr("{sem_num=%u, sem_op=%d, sem_flg=", b->sem_num, b->sem_op);
	pr_flags_d(sem_flags, (unsigned short)b->sem_flg, "SEM_???");
	prs("}");
}

static void dec_semop(struct tcb *t)	/* and semtimedop */
{
	pr_id_sep(t);
	pr_array(t, t->a[1], (unsigned)t->a[2], sizeof(struct sembuf), pr_sembuf);
	pr(", %u", (unsigned)t->a[2]);
	if (t_is(t, "semtimedop")) {
		pr_sep();
		pr_timespec(t, t->a[3]);
	}
}

/* ---- msgsnd, msgrcv ---- */

/* struct msgbuf: {mtype=1, mtext="..."}, len bytes of text */
static void pr_msgbuf(struct tcb *t, unsigned long addr, unsigned long len)
{
	long type;

	if (!addr || umove(t->pid, addr, &type, sizeof type) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{mtype=%ld, mtext=", type);
	pr_buf(t, addr + sizeof type, len);
	prs("}");
}

static void dec_msgsnd(struct tcb *t)
{
	pr_id_sep(t);
	pr_msgbuf(t, t->a[1], t->a[2]);
	pr(", %lu, ", t->a[2]);
	pr_flags_d(msg_flags, (unsigned)t->a[3], "MSG_???");
}

/* the message is shown at the exit: msgsz bytes of text, as strace shows
 * them (not the length the call returned) */
static void dec_msgrcv(struct tcb *t)
{
	if (!t->exiting) {
		pr_id_sep(t);
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_msgbuf(t, t->a[1], t->a[2]);
	pr(", %lu, %ld, ", t->a[2], (long)t->a[3]);
	pr_flags_d(msg_flags, (unsigned)t->a[4], "MSG_???");
}

/* decoders printing everything at entry */
#define ENTRY_ONLY(name, fn) \
	static void name(struct tcb *t) { if (!t->exiting) fn(t); }
ENTRY_ONLY(e_shmget, dec_shmget)
ENTRY_ONLY(e_semget, dec_semget)
ENTRY_ONLY(e_msgget, dec_msgget)
ENTRY_ONLY(e_shmat, dec_shmat)
ENTRY_ONLY(e_shmdt, dec_shmdt)
ENTRY_ONLY(e_semop, dec_semop)
ENTRY_ONLY(e_msgsnd, dec_msgsnd)

void ipc_init(void)
{
	sys_set("shmget", 3, e_shmget, R_DEC);
	sys_set("shmat", 3, e_shmat, R_HEX);
	sys_set("shmdt", 1, e_shmdt, R_DEC);
	sys_set("shmctl", 3, dec_shmctl, R_DEC);
	sys_set("semget", 3, e_semget, R_DEC);
	sys_set("semop", 3, e_semop, R_DEC);
	sys_set("semtimedop", 4, e_semop, R_DEC);
	sys_set("semctl", 4, dec_semctl, R_DEC);
	sys_set("msgget", 2, e_msgget, R_DEC);
	sys_set("msgsnd", 4, e_msgsnd, R_DEC);
	sys_set("msgrcv", 5, dec_msgrcv, R_DEC);
	sys_set("msgctl", 3, dec_msgctl, R_DEC);
}
