; Another right answer: the strings' lengths from labels, and exit (60) with status 1.
%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, __NR_write
	mov	edi, 1
	lea	rsi, [rel lines]
	mov	edx, 5
	syscall
	mov	eax, __NR_write
	mov	edi, 2
	lea	rsi, [rel lines + 5]
	mov	edx, 5
	syscall
	mov	eax, __NR_exit
	mov	edi, 1
	syscall

section .rodata
lines:	db	"gate", 10, "oops", 10

section .note.GNU-stack noalloc noexec nowrite progbits
