/* include/mem.h — memory functions (asm/mem.asm; memchr in src/lib/str.c). */
#ifndef SG_MEM_H
#define SG_MEM_H

#include <stddef.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);

#endif
