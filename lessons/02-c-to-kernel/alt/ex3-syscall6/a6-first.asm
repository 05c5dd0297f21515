; Another right answer: the 6th argument first, the rest from the last down.
section .text
global my_syscall
my_syscall:
	mov	r10, r8
	mov	r8, r9
	mov	r9, [rsp+8]
	mov	rax, rdi
	mov	rdi, rsi
	mov	rsi, rdx
	mov	rdx, rcx
	syscall
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
