; clobbered-a4: overwrites r8 (a4) with a5 before copying it to r10.
section .text
global my_syscall
my_syscall:
	mov	rax, rdi
	mov	rdi, rsi
	mov	rsi, rdx
	mov	rdx, rcx
	mov	r8, r9
	mov	r10, r8
	mov	r9, [rsp+8]
	syscall
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
