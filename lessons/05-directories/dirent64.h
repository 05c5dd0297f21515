/* lessons/05-directories/dirent64.h — the record getdents64(2) fills a buffer with.
 *
 * The kernel's UAPI headers do not export it (it lives in the kernel's
 * include/linux/dirent.h); man 2 getdents64 gives the layout:
 *
 *   offset  size  field
 *   ------  ----  ----------------------------------------------------------
 *      0      8   d_ino     inode number
 *      8      8   d_off     where the *next* record starts, as a position for
 *                           lseek (a hash on ext4: opaque, not a byte count)
 *     16      2   d_reclen  this record's length, padding included
 *     18      1   d_type    DT_REG, DT_DIR, DT_LNK... (DT_UNKNOWN: ask stat)
 *     19      -   d_name    the name, '\0'-terminated, then zero padding up
 *                           to d_reclen (a multiple of 8)
 *
 * "ab" takes 19 + 3 = 22 bytes, rounded up to 24; a 13-byte name takes 40.
 * Records vary in length: the only way to the next one is d_reclen.
 */
#ifndef LESSON_DIRENT64_H
#define LESSON_DIRENT64_H
#include <stdint.h>

struct linux_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/* d_type values (the same numbers as the file-type bits of st_mode >> 12) */
enum { DT_UNKNOWN = 0, DT_FIFO = 1, DT_CHR = 2, DT_DIR = 4, DT_BLK = 6,
       DT_REG = 8, DT_LNK = 10, DT_SOCK = 12 };
#endif
