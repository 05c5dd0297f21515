; tests/rt/trace-int80.asm — calls through the 32-bit door, for trace's personality
; lines and i386 names (tests/trace-misc.bats), against strace 6.1:
;
;   int 0x80, i386's numbers     getgid32()  write(1, "hi\n", 3)  getpid()
;                                open("/nonexistent-int80", O_RDONLY)  close(-1)
;   syscall, x86-64's again      getppid()  exit_group(0)
;
; i386 takes its arguments in ebx ecx edx: the buffer and the path live in
; .data, below 4 GiB (a static program without PIE), so 32 bits hold them.
; Where the kernel has no IA-32 emulation the first int 0x80 is a SIGSEGV.

%include "sysnr.inc"

section .text
global _start
_start:
	mov	eax, 200		; i386: getgid32
	int	0x80
	mov	eax, 4			; i386: write
	mov	ebx, 1
	mov	ecx, msg
	mov	edx, msg.len
	int	0x80
	mov	eax, 20			; i386: getpid
	int	0x80
	mov	eax, 5			; i386: open
	mov	ebx, path
	xor	ecx, ecx		; O_RDONLY
	int	0x80
	mov	eax, 6			; i386: close
	mov	ebx, -1			; an int: -1, not 4294967295
	int	0x80
	mov	eax, __NR_getppid	; x86-64's door again
	syscall
	mov	eax, __NR_exit_group
	xor	edi, edi
	syscall

section .data
msg:	db	"hi", 10
.len	equ	$ - msg
path:	db	"/nonexistent-int80", 0

section .note.GNU-stack noalloc noexec nowrite progbits
