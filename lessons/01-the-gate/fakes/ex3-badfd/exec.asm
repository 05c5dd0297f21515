; exec: makes the write, then has /bin/sh "exit 9" instead of computing the status from rax.
%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, __NR_write
	mov	edi, 99
	lea	rsi, [rel msg]
	mov	edx, 6
	syscall
	mov	eax, __NR_execve
	lea	rdi, [rel sh]
	lea	rsi, [rel argv]
	xor	edx, edx
	syscall
	mov	eax, __NR_exit_group
	mov	edi, 127
	syscall

section .data
msg:	db	"hello", 10
sh:	db	"/bin/sh", 0
dashc:	db	"-c", 0
cmd:	db	"exit 9", 0
argv:	dq	sh, dashc, cmd, 0

section .note.GNU-stack noalloc noexec nowrite progbits
