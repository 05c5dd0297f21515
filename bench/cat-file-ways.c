/* bench/cat-file-ways.c — the ways one could copy a regular file into a new
 * regular file, for bench/cat-file: which of them beats GNU cat 9.1's single
 * copy_file_range? A host program (libc, threads); nothing here ships.
 *
 * Usage: cat-file-ways WAY IN OUT
 *   cfr        copy_file_range over the whole file (GNU cat 9.1, bin/cat)
 *   falloc     fallocate(FALLOC_FL_KEEP_SIZE) of the size first, then cfr
 *   splice     splice through a 1 MiB pipe, 1 MiB at a time
 *   rw         read/write through one 128 KiB buffer
 *   ring       two threads: one reads into a ring of 4 x 128 KiB buffers,
 *              the other writes them out, each on its own core
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BUF (128 * 1024)
#define SLOTS 4

static int in, out;
static char ring[SLOTS][BUF];
static ssize_t len[SLOTS];
static _Atomic long filled, emptied;	/* slots handed over so far, each way */

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void write_all(const char *p, ssize_t n)
{
	while (n > 0) {
		ssize_t w = write(out, p, n);
		if (w < 0)
			die("write");
		p += w;
		n -= w;
	}
}

/* Spinning, not futex: the ring is for a machine with a core to spare. */
static void *reader(void *unused)
{
	(void)unused;
	for (long k = 0;; k++) {
		while (k - atomic_load(&emptied) >= SLOTS)
			__builtin_ia32_pause();
		ssize_t n = read(in, ring[k % SLOTS], BUF);
		if (n < 0)
			die("read");
		len[k % SLOTS] = n;
		atomic_store(&filled, k + 1);
		if (n == 0)
			return NULL;
	}
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: cat-file-ways cfr|falloc|splice|rw|ring IN OUT\n");
		return 2;
	}
	const char *way = argv[1];
	struct stat st;
	in = open(argv[2], O_RDONLY);
	out = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (in < 0 || out < 0 || fstat(in, &st) < 0)
		die(argv[2]);
	if (!strcmp(way, "falloc")) {
		if (fallocate(out, FALLOC_FL_KEEP_SIZE, 0, st.st_size) < 0)
			die("fallocate");
		way = "cfr";
	}
	if (!strcmp(way, "cfr")) {
		ssize_t n;
		while ((n = copy_file_range(in, NULL, out, NULL, 1L << 30, 0)) > 0)
			;
		if (n < 0)
			die("copy_file_range");
	} else if (!strcmp(way, "splice")) {
		int p[2];
		if (pipe(p) < 0 || fcntl(p[1], F_SETPIPE_SZ, 1 << 20) < 0)
			die("pipe");
		ssize_t n;
		while ((n = splice(in, NULL, p[1], NULL, 1 << 20, 0)) > 0)
			while (n > 0) {
				ssize_t w = splice(p[0], NULL, out, NULL, n, 0);
				if (w <= 0)
					die("splice");
				n -= w;
			}
	} else if (!strcmp(way, "rw")) {
		ssize_t n;
		while ((n = read(in, ring[0], BUF)) > 0)
			write_all(ring[0], n);
	} else if (!strcmp(way, "ring")) {
		pthread_t t;
		if (pthread_create(&t, NULL, reader, NULL))
			die("pthread_create");
		for (long k = 0;; k++) {
			while (atomic_load(&filled) == k)
				__builtin_ia32_pause();
			if (len[k % SLOTS] == 0)
				break;
			write_all(ring[k % SLOTS], len[k % SLOTS]);
			atomic_store(&emptied, k + 1);
		}
		pthread_join(t, NULL);
	} else {
		fprintf(stderr, "cat-file-ways: no way '%s'\n", way);
		return 2;
	}
	return 0;
}
