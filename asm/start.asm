; asm/start.asm — where every C program of sysgate begins.
;
; The kernel jumps to _start with no return address and this stack
; (fs/binfmt_elf.c: create_elf_tables), rsp 16-byte aligned:
;
;   rsp -> argc                      (8 bytes)
;          argv[0] ... argv[argc-1]  pointers
;          NULL
;          envp[0] ... envp[n-1]     pointers
;          NULL
;          auxv: {type, value} pairs, ending with {AT_NULL, 0}
;          ... the strings themselves, higher up
;
; rdx holds a function to register with atexit (the dynamic loader's); a
; static program has none and the kernel sets it to 0.
;
; The ABI wants rsp % 16 == 0 just *before* a `call`, so that the callee
; finds rsp % 16 == 8 (its return address pushed). rbp = 0 marks the
; outermost frame for debuggers and unwinders.

%include "sysnr.inc"

section .text._start progbits alloc exec nowrite align=16
global _start:function
extern sg_start_c			; int sg_start_c(long *sp) in src/lib/start.c
_start:
	xor	ebp, ebp
	mov	rdi, rsp		; arg 1: the initial stack pointer shown above
	and	rsp, -16		; already aligned by the kernel; cheap insurance
	call	sg_start_c		; runs main, flushes stdout, returns the status
	mov	edi, eax
	mov	eax, __NR_exit_group	; every thread goes, not just this one
	syscall
	hlt				; not reached: exit_group does not return

section .note.GNU-stack noalloc noexec nowrite progbits
