/* tests/rt/trace-ipc.c — raw System V IPC calls with edge-case arguments for
 * the decoders of src/trace/ipc.c: valid and invalid ids, NULL and unmapped
 * pointers, unknown commands and flags, each struct the ctl calls fill in.
 * tests/trace-ipc.bats traces it with strace and bin/trace and compares.
 *
 *   trace-ipc [GROUP]   GROUP: all (default), msg, sem, shm
 *
 * It first moves into a new IPC namespace (unshare, as root): the ids the
 * get calls return, the keys and the namespace's totals are then the same in
 * every run. Everything it makes is removed again.
 */
#include "sg.h"

#define S(nr, a, b, c, d, e, f) \
	sys_syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define BAD ((long)0xbadc0ded)	/* an address nothing is mapped at */

/* the constants, spelled as numbers on purpose: the decoder is what is tested */
enum { CREAT = 01000, EXCL = 02000, NOWAIT = 04000, RMID = 0, SET = 1, STAT = 2, INFO = 3 };

static unsigned long big[64];	/* room for any of the structs */

static void msg(void)
{
	struct { long type; char text[64]; } m = { 1, "hello" }, r;
	long id, id2;

	id = S(__NR_msgget, 0, CREAT | 0600, 0, 0, 0, 0);	/* IPC_PRIVATE */
	id2 = S(__NR_msgget, 0x1234, CREAT | EXCL | 0644, 0, 0, 0, 0);
	S(__NR_msgget, 0x1234, CREAT | EXCL | 0644, 0, 0, 0, 0);	/* EEXIST */
	S(__NR_msgget, 0x5678, 0, 0, 0, 0, 0);			/* ENOENT */
	S(__NR_msgget, -1, 0xffff0000 | NOWAIT | 07777, 0, 0, 0, 0);
	S(__NR_msgsnd, id, &m, 5, 0, 0, 0);
	m.type = 2;
	memcpy(m.text, "a longer message that passes -s 32's cut, with a\n", 50);
	S(__NR_msgsnd, id, &m, 50, NOWAIT, 0, 0);
	S(__NR_msgsnd, id, &m, 0, 0, 0, 0);
	S(__NR_msgsnd, id, NULL, 5, 0, 0, 0);
	S(__NR_msgsnd, id, BAD, 5, NOWAIT, 0, 0);
	S(__NR_msgsnd, -1, &m, 5, 0x80000000 | 020000, 0, 0);	/* unknown bits, MSG_EXCEPT */
	S(__NR_msgsnd, id, &m, -1L, 0, 0, 0);
	S(__NR_msgsnd, -1, &m, 5, 0x80000000, 0, 0);		/* no bit named */
	/* bits no name covers: strace 6.1 then leaves out the "|" before the mode */
	S(__NR_msgget, 0x5679, 0x10000 | 0600, 0, 0, 0, 0);	/* ENOENT */
	S(__NR_msgget, 0x5679, 0x10000, 0, 0, 0, 0);
	S(__NR_msgget, 0x5679, 0x10000 | EXCL, 0, 0, 0, 0);
	S(__NR_msgctl, id, STAT, big, 0, 0, 0);
	S(__NR_msgctl, id, STAT | 0x100, big, 0, 0, 0);	/* IPC_64 */
	S(__NR_msgctl, id, SET, big, 0, 0, 0);
	S(__NR_msgctl, id, STAT, NULL, 0, 0, 0);
	S(__NR_msgctl, id, SET, BAD, 0, 0, 0);
	S(__NR_msgctl, 0, 11, big, 0, 0, 0);		/* MSG_STAT: an index */
	S(__NR_msgctl, 0, 13, big, 0, 0, 0);		/* MSG_STAT_ANY */
	S(__NR_msgctl, 0, INFO, big, 0, 0, 0);
	S(__NR_msgctl, 0, 12, big, 0, 0, 0);		/* MSG_INFO */
	S(__NR_msgctl, 0, 12, BAD, 0, 0, 0);
	S(__NR_msgctl, id, 99, big, 0, 0, 0);
	S(__NR_msgctl, -1, 0x7fff, NULL, 0, 0, 0);
	S(__NR_msgrcv, id, &r, 64, 1, 0, 0);
	S(__NR_msgrcv, id, &r, 64, 1, NOWAIT, 0);		/* ENOMSG */
	S(__NR_msgrcv, id, &r, 10, 0, NOWAIT, 0);		/* E2BIG */
	S(__NR_msgrcv, id, &r, 0, 0, 040000 | NOWAIT, 0);	/* MSG_COPY */
	S(__NR_msgrcv, id, &r, 10, -5, 010000 | NOWAIT, 0);	/* MSG_NOERROR */
	S(__NR_msgrcv, id, &r, 10, 1, 020000 | NOWAIT, 0);	/* MSG_EXCEPT */
	S(__NR_msgrcv, id, NULL, 10, 0, NOWAIT, 0);
	S(__NR_msgrcv, id, BAD, 10, 0, NOWAIT, 0);
	S(__NR_msgrcv, -1, &r, 10, 0, 0xff000000, 0);
	S(__NR_msgctl, id2, STAT, big, 0, 0, 0);		/* a key */
	big[1] = -1UL;					/* uid, gid -1: EINVAL */
	S(__NR_msgctl, id2, SET, big, 0, 0, 0);
	S(__NR_msgctl, id, RMID, NULL, 0, 0, 0);
	S(__NR_msgctl, id2, RMID, BAD, 0, 0, 0);
	S(__NR_msgctl, id2, RMID, NULL, 0, 0, 0);		/* gone: EINVAL */
}

static void sem(void)
{
	struct { unsigned short num; short op, flg; } ops[4] = {
		{ 0, 2, 0 }, { 1, 1, 010000 }, { 2, -1, NOWAIT | 010000 }, { 0, 0, (short)0x8001 } };
	struct { long s, ns; } ts = { 0, 1000 };
	unsigned short vals[3] = { 3, 4, 5 };
	long id, id2;
	/* the end of a mapped page, the next one unmapped */
	char *page = (char *)S(__NR_mmap, NULL, 8192, 3, 0x22, -1, 0);
	char *edge = page + 4096;

	S(__NR_munmap, edge, 4096, 0, 0, 0, 0);
	memset(edge - 6, 0, 6);
	edge[-1] = 0x08;		/* sem_flg IPC_NOWAIT (0x800): never blocks */
	id = S(__NR_semget, 0, 3, CREAT | 0600, 0, 0, 0);
	id2 = S(__NR_semget, 0x4321, 1, CREAT | EXCL | 0666, 0, 0, 0);
	S(__NR_semget, 0x4321, 1, CREAT | EXCL | 0666, 0, 0, 0);	/* EEXIST */
	S(__NR_semget, 0x8765, -1, 0, 0, 0, 0);
	S(__NR_semget, -1, 1, 0xf0000000 | NOWAIT | 0400, 0, 0, 0);
	S(__NR_semop, id, ops, 2, 0, 0, 0);
	S(__NR_semop, id, ops + 2, 1, 0, 0, 0);		/* sem 2 is 0: EAGAIN */
	S(__NR_semop, id, ops, 4, 0, 0, 0);
	S(__NR_semop, id, NULL, 1, 0, 0, 0);
	S(__NR_semop, id, BAD, 2, 0, 0, 0);
	S(__NR_semop, id, ops, 0, 0, 0, 0);
	S(__NR_semop, id, NULL, 0, 0, 0, 0);
	S(__NR_semop, id, edge - sizeof ops[0], 2, 0, 0, 0);	/* the second unreadable */
	S(__NR_semop, id, edge - sizeof ops[0], 1, 0, 0, 0);
	S(__NR_semop, -1, ops + 3, 1, 0, 0, 0);
	S(__NR_semtimedop, id, ops + 2, 1, &ts, 0, 0);
	ops[2].flg = 0;
	S(__NR_semtimedop, id, ops + 2, 1, &ts, 0, 0);	/* waits 1 us: EAGAIN */
	S(__NR_semtimedop, id, ops, 1, NULL, 0, 0);
	S(__NR_semtimedop, id, ops, 1, BAD, 0, 0);
	S(__NR_semtimedop, -1, BAD, 1, NULL, 0, 0);
	S(__NR_semctl, id, 0, 12, 0, 0, 0);		/* GETVAL */
	S(__NR_semctl, id, 1, 16, 7, 0, 0);		/* SETVAL */
	S(__NR_semctl, id, 2, 16, 0, 0, 0);
	S(__NR_semctl, id, 0, 12, 5, 0, 0);
	S(__NR_semctl, id, 0, 13, vals, 0, 0);		/* GETALL */
	S(__NR_semctl, id, 0, 17, vals, 0, 0);		/* SETALL */
	S(__NR_semctl, id, 0, 13, BAD, 0, 0);
	S(__NR_semctl, id, 0, 11, 0, 0, 0);		/* GETPID */
	S(__NR_semctl, id, 0, 14, 0, 0, 0);		/* GETNCNT */
	S(__NR_semctl, id, 0, 15, 0, 0, 0);		/* GETZCNT */
	S(__NR_semctl, id, 0, STAT, big, 0, 0);
	S(__NR_semctl, id, 0, STAT | 0x100, big, 0, 0);
	S(__NR_semctl, id, 0, SET, big, 0, 0);
	S(__NR_semctl, id, 0, STAT, NULL, 0, 0);
	S(__NR_semctl, 0, 0, 18, big, 0, 0);		/* SEM_STAT */
	S(__NR_semctl, 0, 0, 20, big, 0, 0);		/* SEM_STAT_ANY */
	S(__NR_semctl, 0, 0, INFO, big, 0, 0);
	S(__NR_semctl, 0, 0, 19, big, 0, 0);		/* SEM_INFO */
	S(__NR_semctl, id, 5, 99, -1, 0, 0);
	S(__NR_semctl, -1, -1, 0x7fff, BAD, 0, 0);
	S(__NR_semctl, id2, 0, STAT, big, 0, 0);		/* a key */
	big[1] = -1UL;
	S(__NR_semctl, id2, 0, SET, big, 0, 0);
	S(__NR_semctl, id, 0, RMID, 0, 0, 0);
	S(__NR_semctl, id2, 0, RMID, BAD, 0, 0);
	S(__NR_semctl, id2, 0, RMID, 0, 0, 0);
}

static void shm(void)
{
	long id, id2, a;

	id = S(__NR_shmget, 0, 4096, CREAT | 0600, 0, 0, 0);
	id2 = S(__NR_shmget, 0x2468, 8192, CREAT | EXCL | 0640, 0, 0, 0);
	S(__NR_shmget, 0x2468, 8192, CREAT | EXCL | 0640, 0, 0, 0);	/* EEXIST */
	S(__NR_shmget, 0x1357, 4096, 04000 | 21 << 26 | CREAT | 0600, 0, 0, 0);	/* SHM_HUGETLB|SHM_HUGE_2MB */
	S(__NR_shmget, 0x1358, 4096, 04000 | 30 << 26 | 010000 | 0600, 0, 0, 0);	/* ... 1GB, SHM_NORESERVE */
	S(__NR_shmget, 0x1359, 4096, 3 << 26 | 0600, 0, 0, 0);	/* a size without SHM_HUGETLB */
	S(__NR_shmget, 0x135a, -1L, 0x80000000 | 0100000 | CREAT, 0, 0, 0);
	a = S(__NR_shmat, id, NULL, 010000, 0, 0, 0);		/* SHM_RDONLY */
	S(__NR_shmdt, a, 0, 0, 0, 0, 0);
	a = S(__NR_shmat, id, NULL, 0, 0, 0, 0);
	S(__NR_shmctl, id, STAT, big, 0, 0, 0);
	S(__NR_shmdt, a, 0, 0, 0, 0, 0);
	S(__NR_shmdt, a, 0, 0, 0, 0, 0);			/* EINVAL */
	S(__NR_shmdt, NULL, 0, 0, 0, 0, 0);
	/* SHM_RND|SHM_REMAP|SHM_EXEC: attached at BAD rounded down, detached again */
	a = S(__NR_shmat, id, BAD, 020000 | 040000 | 0100000, 0, 0, 0);
	S(__NR_shmdt, a, 0, 0, 0, 0, 0);
	S(__NR_shmat, -1, NULL, 0xff000000 | 010000, 0, 0, 0);
	S(__NR_shmat, id, 0x1001, 0, 0, 0, 0);
	S(__NR_shmat, -1, 0x1000, 0xff000000, 0, 0, 0);
	S(__NR_shmget, 0x135b, 4096, 0x20000 | 0640, 0, 0, 0);
	S(__NR_shmget, 0x135b, 4096, 0640, 0, 0, 0);
	S(__NR_shmget, 0x135b, 4096, 0, 0, 0, 0);
	S(__NR_shmget, 0x135b, 4096, 21 << 26, 0, 0, 0);
	S(__NR_shmget, 0x135b, 4096, 0x20000 | 21 << 26, 0, 0, 0);
	S(__NR_semget, 0x135b, 1, 0x20000 | 0640, 0, 0, 0);
	S(__NR_shmctl, id, STAT | 0x100, big, 0, 0, 0);
	S(__NR_shmctl, id, SET, big, 0, 0, 0);
	S(__NR_shmctl, id, STAT, NULL, 0, 0, 0);
	S(__NR_shmctl, id, SET, BAD, 0, 0, 0);
	S(__NR_shmctl, id, 11, NULL, 0, 0, 0);		/* SHM_LOCK */
	S(__NR_shmctl, id, 12, NULL, 0, 0, 0);		/* SHM_UNLOCK */
	S(__NR_shmctl, 0, 13, big, 0, 0, 0);		/* SHM_STAT: an index */
	S(__NR_shmctl, 0, 15, big, 0, 0, 0);		/* SHM_STAT_ANY */
	S(__NR_shmctl, 0, INFO, big, 0, 0, 0);
	S(__NR_shmctl, 0, 14, big, 0, 0, 0);		/* SHM_INFO */
	S(__NR_shmctl, 0, 14, BAD, 0, 0, 0);
	S(__NR_shmctl, id, 99, big, 0, 0, 0);
	S(__NR_shmctl, -1, 0x7fff, NULL, 0, 0, 0);
	S(__NR_shmctl, id2, STAT, big, 0, 0, 0);		/* a key */
	big[1] = -1UL;
	S(__NR_shmctl, id2, SET, big, 0, 0, 0);
	S(__NR_shmctl, id, RMID, NULL, 0, 0, 0);
	S(__NR_shmctl, id2, RMID, BAD, 0, 0, 0);
	S(__NR_shmctl, id2, RMID, NULL, 0, 0, 0);
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	const char *g = argc > 1 ? argv[1] : "all";
	int all = strcmp(g, "all") == 0;

	if (S(__NR_unshare, 0x08000000, 0, 0, 0, 0, 0) < 0)	/* CLONE_NEWIPC */
		return 77;
	if (all || !strcmp(g, "msg")) msg();
	if (all || !strcmp(g, "sem")) sem();
	if (all || !strcmp(g, "shm")) shm();
	return 0;
}
