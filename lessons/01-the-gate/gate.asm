; lessons/01-the-gate/gate.asm — a whole program in two system calls.
;
; No C, no libc, no runtime. The kernel maps this file, sets rsp, and jumps
; to _start. From then on the program can only compute, or ask the kernel
; by loading a number into rax and executing `syscall`:
;
;   register | write(2)               | exit_group(2)
;   ---------+------------------------+--------------------------
;   rax      | 1   (__NR_write)       | 231 (__NR_exit_group)
;   rdi      | fd = 1 (stdout)        | status = 0
;   rsi      | buf = address of msg   |
;   rdx      | count = msg.len        |
;   result   | rax = bytes written,   | (does not return)
;            |   or -errno (-4095..-1)|
;
; `syscall` also overwrites rcx (the return address) and r11 (the flags).
; The numbers come from build/gen/sysnr.inc, generated from <asm/unistd.h>.

%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, __NR_write		; which call: 1
	mov	edi, 1			; arg 1: file descriptor 1, standard output
	lea	rsi, [rel msg]		; arg 2: where the bytes are
	mov	edx, msg.len		; arg 3: how many
	syscall				; rax = 18, or -EBADF, -EPIPE...

	mov	eax, __NR_exit_group	; which call: 231
	xor	edi, edi		; arg 1: status 0
	syscall				; never returns

section .rodata
msg:	db	"Through the gate.", 10
.len	equ	$ - msg

section .note.GNU-stack noalloc noexec nowrite progbits
