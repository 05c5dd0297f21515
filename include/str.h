/* include/str.h — NUL-terminated strings (src/lib/str.c). Byte order, like the C locale. */
#ifndef SG_STR_H
#define SG_STR_H

#include <stddef.h>
#include <stdbool.h>

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *stpcpy(char *dst, const char *src);
/* Copies at most size-1 bytes and always terminates; returns strlen(src). */
size_t strlcpy(char *dst, const char *src, size_t size);
/* Does s begin with prefix? */
bool str_starts(const char *s, const char *prefix);
/* The part of path after the last '/' (path itself if none). */
const char *str_basename(const char *path);

#endif
