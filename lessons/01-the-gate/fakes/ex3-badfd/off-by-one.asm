; off-by-one: "not" instead of "neg" turns -9 into 8, not 9: the errno is -rax, not ~rax.
%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, __NR_write
	mov	edi, 99
	lea	rsi, [rel msg]
	mov	edx, 6
	syscall
	mov	rdi, rax
	not	rdi
	mov	eax, __NR_exit_group
	syscall

section .rodata
msg:	db	"hello", 10

section .note.GNU-stack noalloc noexec nowrite progbits
