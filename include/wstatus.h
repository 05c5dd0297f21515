/* include/wstatus.h — reading the status word wait4(2) fills in.
 *
 * The kernel packs it in 16 bits (see wait(2) and the kernel's exit code):
 *   exited:    (status << 8)              low 7 bits 0
 *   killed:    signal | 0x80 if a core was dumped
 *   stopped:   (signal << 8) | 0x7f
 *   continued: 0xffff
 * libc's <sys/wait.h> macros, written as functions for a runtime without libc.
 */
#ifndef SG_WSTATUS_H
#define SG_WSTATUS_H
#include <stdbool.h>
static inline bool w_exited(int s)   { return (s & 0x7f) == 0; }
static inline int  w_exitcode(int s) { return (s >> 8) & 0xff; }
static inline bool w_signaled(int s) { return ((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) != 0x7f; }
static inline int  w_termsig(int s)  { return s & 0x7f; }
static inline bool w_coredump(int s) { return (s & 0x80) != 0; }
static inline bool w_stopped(int s)  { return (s & 0xff) == 0x7f; }
static inline int  w_stopsig(int s)  { return (s >> 8) & 0xff; }
#endif
