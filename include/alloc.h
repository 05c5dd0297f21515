/* include/alloc.h — a small allocator on mmap (src/lib/alloc.c). */
#ifndef SG_ALLOC_H
#define SG_ALLOC_H

#include <stddef.h>

void *malloc(size_t n);
void *calloc(size_t count, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);

#endif
