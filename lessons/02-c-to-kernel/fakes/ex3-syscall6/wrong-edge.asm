; wrong-edge: loads only 32 bits of the 6th argument: wrong for offsets from 4 GiB up.
section .text
global my_syscall
my_syscall:
	mov	rax, rdi
	mov	rdi, rsi
	mov	rsi, rdx
	mov	rdx, rcx
	mov	r10, r8
	mov	r8, r9
	mov	r9d, [rsp+8]
	syscall
	ret

section .note.GNU-stack noalloc noexec nowrite progbits
