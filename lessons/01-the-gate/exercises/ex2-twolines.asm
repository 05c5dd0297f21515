; Exercise 2: one line to standard output, one to standard error, then fail.
;
; Goal under strace, exactly these calls in this order:
;   execve(...) = 0
;   write(1, "gate\n", 5) = 5
;   write(2, "oops\n", 5) = 5
;   exit_group(1) = ?
;
; Remember: `syscall` destroys rcx and r11 and puts its result in rax, so
; load rax again before the second call.

%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, __NR_write
	mov	edi, 1
	lea	rsi, [rel out]
	mov	edx, out.len
	syscall

	; TODO: write err to file descriptor 2

	mov	eax, __NR_exit_group
	xor	edi, edi		; TODO: status 1
	syscall

section .rodata
out:	db	"gate", 10
.len	equ	$ - out
err:	db	"oops", 10
.len	equ	$ - err

section .note.GNU-stack noalloc noexec nowrite progbits
