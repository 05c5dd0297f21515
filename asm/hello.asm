; asm/hello.asm — lesson zero: a whole program in three system calls.
;
; No C, no runtime, no libc: the kernel maps this file, jumps to _start, and
; the program asks the kernel for everything by number. Under strace:
;
;   execve("./bin/hello", ["./bin/hello"], 0x7ffc... /* 20 vars */) = 0
;   write(1, "Hello, world!\n", 14)          = 14
;   exit_group(0)                           = ?
;
;   register | write(2)        | exit_group(2)
;   ---------+-----------------+--------------
;   rax      | 1 (__NR_write)  | 231 (__NR_exit_group)
;   rdi      | fd = 1 (stdout) | status = 0
;   rsi      | buf             |
;   rdx      | count = 14      |
;
; `syscall` returns the result in rax and destroys rcx and r11.

%include "sysnr.inc"

section .text._start progbits alloc exec nowrite align=1
global _start
_start:
	mov	eax, __NR_write
	mov	edi, 1
	lea	rsi, [rel msg]		; the string lives in .text too: one segment
	mov	edx, msg.len
	syscall

	mov	eax, __NR_exit_group
	xor	edi, edi
	syscall

msg:	db	"Hello, world!", 10
.len	equ	$ - msg

section .note.GNU-stack noalloc noexec nowrite progbits
