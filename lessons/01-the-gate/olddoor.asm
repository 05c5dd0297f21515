; lessons/01-the-gate/olddoor.asm — the older door: int 0x80 from a 64-bit program.
;
; int 0x80 is the gate of the 32-bit (i386) ABI: the number in eax from
; i386's table (<asm/unistd_32.h>, where exit is 1), the arguments in ebx
; ecx edx esi edi ebp. This program asks through it for i386's exit(42):
;
;   register | i386's meaning       | the same value in x86-64's table
;   ---------+----------------------+----------------------------------
;   eax = 1  | exit                 | write
;   ebx = 42 | status               | (x86-64's first argument is rdi)
;   ecx = 0  |                      |
;   edx = 0  |                      |
;
; Who runs it decides what happens (lessons/01-the-gate/README.md):
;   the kernel, IA-32 emulation on    exit(42): the status is 42
;   the kernel, IA-32 emulation off   int 0x80 faults: SIGSEGV
;   qemu-x86_64 7.2 and 10.0          x86-64's numbers, i386's registers:
;                                     write(42, NULL, 0) = -EBADF (-9)
; If int 0x80 returns, the program ends with -rax as its status: 9 there.

%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, 1			; i386's __NR_exit (x86-64's __NR_write)
	mov	ebx, 42			; i386's first argument: the status
	xor	ecx, ecx
	xor	edx, edx
	int	0x80			; the 32-bit door

	mov	edi, eax		; still here: rax = -errno, or a count
	neg	edi
	mov	eax, __NR_exit_group
	syscall

section .note.GNU-stack noalloc noexec nowrite progbits
