; Exercise 1: a stub for pwrite64, called from C as
;
;     long my_pwrite64(int fd, const void *buf, size_t count, off_t offset);
;
; C puts the arguments in rdi, rsi, rdx, rcx. The kernel reads them from
; rdi, rsi, rdx, r10 — `syscall` overwrites rcx with the return address.
; This stub has a bug: under strace the offset is wrong. Fix it.
;
; Goal under strace:  pwrite64(3, "XYZ", 3, 5) = 3
; (and right for any offset: the grader also tries random ones above 4 GiB)
; (the driver, given/ex1-pwrite.c, makes out.txt and calls the stub)

%include "sysnr.inc"

section .text
global my_pwrite64
my_pwrite64:
	mov	eax, __NR_pwrite64
	syscall
	ret				; rax: bytes written, or -errno

section .note.GNU-stack noalloc noexec nowrite progbits
