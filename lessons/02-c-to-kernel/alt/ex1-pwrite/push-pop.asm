; Another right answer: the offset goes to r10 through the stack.
%include "sysnr.inc"

section .text
global my_pwrite64
my_pwrite64:
	push	rcx
	pop	r10
	mov	eax, __NR_pwrite64
	syscall
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
