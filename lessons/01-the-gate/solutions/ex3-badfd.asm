; Exercise 3, solution: the error comes back as a negative number in rax.

%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, __NR_write
	mov	edi, 99
	lea	rsi, [rel msg]
	mov	edx, msg.len
	syscall				; rax = -9 (-EBADF)

	mov	rdi, rax
	neg	rdi			; 9: the errno a C program would read
	mov	eax, __NR_exit_group
	syscall

section .rodata
msg:	db	"hello", 10
.len	equ	$ - msg

section .note.GNU-stack noalloc noexec nowrite progbits
