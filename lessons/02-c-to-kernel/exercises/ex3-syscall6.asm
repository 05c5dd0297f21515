; Exercise 3: one stub for every system call, like libc's syscall(2):
;
;     long my_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
;
; C's convention puts nr, a1..a5 in rdi rsi rdx rcx r8 r9, and a6 on the
; stack: at [rsp+8] on entry (rsp points at the return address).
; The kernel wants nr in rax, a1..a6 in rdi rsi rdx r10 r8 r9.
;
; This starter gets three arguments right. Goal under strace, for the
; driver's default run (given/ex3-syscall6.c; the grader also passes other,
; random values, among them a 6th argument above 4 GiB):
;   openat(AT_FDCWD, "out.txt", O_RDWR|O_CREAT|O_TRUNC, 0644) = 3
;   pwrite64(3, "AB", 2, 7) = 2
;   mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x...
;   mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x...
;   write(1, "AB", 2) = 2
;   write(1, "six\n", 4) = 4
;   exit_group(3) = ?
; Order matters: do not overwrite a register before you have read it.

section .text
global my_syscall
my_syscall:
	mov	rax, rdi		; nr
	mov	rdi, rsi		; a1
	mov	rsi, rdx		; a2
	mov	rdx, rcx		; a3
	; TODO: a4, a5, a6
	syscall
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
