; Another right answer: exit (60) ends the only thread with status 42, as exit_group would.
%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, __NR_exit
	mov	edi, 42
	syscall

section .note.GNU-stack noalloc noexec nowrite progbits
