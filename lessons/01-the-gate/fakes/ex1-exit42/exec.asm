; exec: hands the job to /bin/sh ("exit 42"): the status is right, but the program did not make the call itself.
%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, __NR_execve
	lea	rdi, [rel sh]
	lea	rsi, [rel argv]
	xor	edx, edx
	syscall
	mov	eax, __NR_exit_group
	mov	edi, 127
	syscall

section .data
sh:	db	"/bin/sh", 0
dashc:	db	"-c", 0
cmd:	db	"exit 42", 0
argv:	dq	sh, dashc, cmd, 0

section .note.GNU-stack noalloc noexec nowrite progbits
