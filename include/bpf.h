/* include/bpf.h — a seccomp filter's classic-BPF program in words (src/lib/bpf.c). */
#ifndef SG_BPF_H
#define SG_BPF_H

#include <stddef.h>
#include <linux/filter.h>

/* The instruction at prog[pc] as classic BPF's assembler writes it, jump
 * targets absolute: "ld [4]", "jeq #0xc000003e jt 3 jf 9", "ret #0x7fff0000". */
void bpf_insn_text(char *buf, size_t n, const struct sock_filter *prog, int pc);

/* What it means in a seccomp filter, for a comment: "A = arch",
 * "nr == openat (257)?", "ERRNO(EACCES): fail with -13". The value in A is
 * taken from the last load before pc (the filters here load then test). */
void seccomp_insn_comment(char *buf, size_t n, const struct sock_filter *prog, int pc);

/* A SECCOMP_RET_* value: "ALLOW", "KILL_PROCESS", "ERRNO(EPERM)", "TRAP(42)". */
void seccomp_ret_text(char *buf, size_t n, unsigned k);

#endif
