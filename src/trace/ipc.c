/* src/trace/ipc.c — System V IPC: shared memory, semaphores, message queues.
 * Constants from <linux/ipc.h>, <linux/shm.h>, <linux/sem.h>, <linux/msg.h>;
 * the shmat flags are not in UAPI and are typed from shmat(2). */
#include "trace.h"
#include <linux/ipc.h>
#include <linux/sem.h>
#include <linux/msg.h>
#include <linux/shm.h>

static const struct xlat ipc_get_flags[] = {
	X(IPC_CREAT), X(IPC_EXCL), X(IPC_NOWAIT), XEND
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
/* shmget's flags: 04000 is SHM_HUGETLB there, not IPC_NOWAIT */
static const struct xlat shmget_flags[] = {
	X(IPC_CREAT), X(IPC_EXCL), X(SHM_HUGETLB), X(SHM_NORESERVE), XEND
};
static const struct xlat shmat_flags[] = {
	{ 010000, "SHM_RDONLY" }, { 020000, "SHM_RND" }, { 040000, "SHM_REMAP" },
	{ 0100000, "SHM_EXEC" }, XEND
};
static const struct xlat msg_flags[] = {
	X(IPC_NOWAIT), X(MSG_NOERROR), X(MSG_EXCEPT), X(MSG_COPY), XEND
};
static const struct xlat sem_flags[] = { X(IPC_NOWAIT), X(SEM_UNDO), XEND };

static void pr_key(unsigned long key)
{
	if ((int)key == IPC_PRIVATE && !opt_raw)
		pr_named("0", "IPC_PRIVATE");
	else
		pr("%#x", (unsigned)key);
}

/* IPC_CREAT|0600: flags by name, then the permission bits in octal */
static void pr_ipc_flags(unsigned long fl)
{
	unsigned long bits = fl & ~0777UL;
	if (bits) {
		pr_flags(ipc_get_flags, bits, NULL);
		prs("|");
	}
	pr("%#03lo", fl & 0777);
}

/* IPC_EXCL|SHM_HUGETLB|24<<SHM_HUGE_SHIFT|0600: with SHM_HUGETLB, six bits
 * from SHM_HUGE_SHIFT up are log2 of the page size */
static void dec_shmget(struct tcb *t)
{
	unsigned long fl = t->a[2], huge = fl & ((unsigned long)SHM_HUGE_MASK << SHM_HUGE_SHIFT);

	if (t->exiting)
		return;
	pr_key(t->a[0]);
	pr(", %lu, ", t->a[1]);
	fl &= ~huge;
	if (fl & ~0777UL) {
		pr_flags(shmget_flags, fl & ~0777UL, NULL);	/* hex with -X raw */
		prs("|");
	}
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

static void dec_semget(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_key(t->a[0]);
	pr(", %d, ", (int)t->a[1]);
	pr_ipc_flags(t->a[2]);
}

static void dec_msgget(struct tcb *t)
{
	if (t->exiting)
		return;
	pr_key(t->a[0]);
	pr_sep();
	pr_ipc_flags(t->a[1]);
}

static void dec_shmat(struct tcb *t)
{
	if (t->exiting)
		return;
	pr("%d, ", (int)t->a[0]);
	pr_addr(t->a[1]);
	pr_sep();
	pr_flags(shmat_flags, (unsigned)t->a[2], NULL);
}

static void dec_shmdt(struct tcb *t)
{
	if (!t->exiting)
		pr_addr(t->a[0]);
}

static void dec_shmctl(struct tcb *t)	/* and msgctl */
{
	int msg = t_is(t, "msgctl");

	if (t->exiting)
		return;
	pr("%d, ", (int)t->a[0]);
	pr_ctl_cmd(msg ? msg_cmds : shm_cmds, t->a[1], msg ? "MSG_???" : "SHM_???");
	pr_sep();
	pr_addr(t->a[2]);
}

static void dec_semctl(struct tcb *t)
{
	if (t->exiting)
		return;
	pr("%d, %d, ", (int)t->a[0], (int)t->a[1]);
	pr_ctl_cmd(sem_cmds, t->a[2], "SEM_???");
	pr_sep();
	pr_addr(t->a[3]);
}

/* struct sembuf: u16 sem_num, s16 sem_op, s16 sem_flg */
static void dec_semop(struct tcb *t)
{
	if (t->exiting)
		return;
	pr("%d, ", (int)t->a[0]);
	if (pr_nonverbose_addr(t->a[1])) {
		pr(", %lu", t->a[2]);
		return;
	}
	prs("[");
	for (unsigned long i = 0; i < t->a[2]; i++) {
		struct { unsigned short num; short op, flg; } sb;
		if (!pr_elem((int)i))
			break;
		if (umove(t->pid, t->a[1] + i * sizeof sb, &sb, sizeof sb) < 0)
			break;
		pr("{sem_num=%u, sem_op=%d, sem_flg=", sb.num, sb.op);
		pr_flags(sem_flags, (unsigned short)sb.flg, NULL);
		prs("}");
	}
	pr("], %lu", t->a[2]);
}

/* struct msgbuf: long mtype, then the text */
static void pr_msgbuf(struct tcb *t, unsigned long addr, unsigned long len)
{
	long type;
	if (umove(t->pid, addr, &type, sizeof type) < 0) {
		pr_addr(addr);
		return;
	}
	pr("{mtype=%ld, mtext=", type);
	pr_buf(t, addr + sizeof type, len);
	prs("}");
}

static void dec_msgsnd(struct tcb *t)
{
	if (t->exiting)
		return;
	pr("%d, ", (int)t->a[0]);
	pr_msgbuf(t, t->a[1], t->a[2]);
	pr(", %lu, ", t->a[2]);
	pr_flags(msg_flags, (unsigned)t->a[3], NULL);
}

static void dec_msgrcv(struct tcb *t)
{
	if (!t->exiting) {
		pr("%d, ", (int)t->a[0]);
		return;
	}
	if (t_failed(t))
		pr_addr(t->a[1]);
	else
		pr_msgbuf(t, t->a[1], t->a[2]);
	pr(", %lu, %ld, ", t->a[2], (long)t->a[3]);
	pr_flags(msg_flags, (unsigned)t->a[4], NULL);
}

void ipc_init(void)
{
	sys_set("shmget", 3, dec_shmget, R_DEC);
	sys_set("shmat", 3, dec_shmat, R_HEX);
	sys_set("shmdt", 1, dec_shmdt, R_DEC);
	sys_set("shmctl", 3, dec_shmctl, R_DEC);
	sys_set("semget", 3, dec_semget, R_DEC);
	sys_set("semop", 3, dec_semop, R_DEC);
	sys_set("semctl", 4, dec_semctl, R_DEC);
	sys_set("msgget", 2, dec_msgget, R_DEC);
	sys_set("msgsnd", 4, dec_msgsnd, R_DEC);
	sys_set("msgrcv", 5, dec_msgrcv, R_DEC);
	sys_set("msgctl", 3, dec_shmctl, R_DEC);
}
