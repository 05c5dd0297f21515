; tests/rt/trace-regs.asm — a tracee that reports the registers it hands the kernel.
;
; For trace --regs (tests/trace-teach.bats): it makes two calls with argument
; registers that differ on every run, and prints, for each, the registers it
; loaded and the rax it got back, in the form trace uses (%#lx: 0x-prefixed
; hex without leading zeros, 0 as "0"):
;
;   rax=257 rdi=0xffffffffffffff9c rsi=0x7ffc... rdx=0x80000 r10=0x... r8=0x... r9=0x...
;   rax=0xfffffffffffffffe
;   rax=39 rdi=0x... rsi=0x... rdx=0x... r10=0x... r8=0x... r9=0x...
;   rax=0x...
;
; Call 1: openat(AT_FDCWD, "/nonexistent/trace-regs", O_RDONLY|O_CLOEXEC,
; r10, r8, r9) -- fails with ENOENT; the mode in r10 and r8, r9 (unused by
; openat) come from rdtsc. Call 2: getpid with every argument register from
; rdtsc (getpid reads none of them). The path lives on the stack, so rsi
; moves with ASLR.

%include "sysnr.inc"

section .text
global _start
_start:
	sub	rsp, 64
	mov	rax, '/nonexis'
	mov	[rsp], rax
	mov	rax, 'tent/tra'
	mov	[rsp + 8], rax
	mov	rax, 'ce-regs'		; 7 bytes and a NUL
	mov	[rsp + 16], rax

	call	random
	mov	[rel r10v], rax
	call	random
	mov	[rel r8v], rax
	call	random
	mov	[rel r9v], rax
	mov	qword [rel raxv], __NR_openat
	mov	qword [rel rdiv], -100		; AT_FDCWD, sign-extended
	mov	[rel rsiv], rsp
	mov	qword [rel rdxv], 0x80000	; O_RDONLY|O_CLOEXEC
	call	do_call
	call	report

	call	random
	mov	[rel rdiv], rax
	call	random
	mov	[rel rsiv], rax
	call	random
	mov	[rel rdxv], rax
	call	random
	mov	[rel r10v], rax
	call	random
	mov	[rel r8v], rax
	call	random
	mov	[rel r9v], rax
	mov	qword [rel raxv], __NR_getpid
	call	do_call
	call	report

	mov	eax, __NR_exit_group
	xor	edi, edi
	syscall

; load the saved registers, make the call, keep rax
do_call:
	mov	rax, [rel raxv]
	mov	rdi, [rel rdiv]
	mov	rsi, [rel rsiv]
	mov	rdx, [rel rdxv]
	mov	r10, [rel r10v]
	mov	r8, [rel r8v]
	mov	r9, [rel r9v]
	syscall
	mov	[rel retv], rax
	ret

; rax = a number that changes from run to run: the time-stamp counter, mixed
random:
	rdtsc
	shl	rdx, 32
	or	rax, rdx
	mov	rdx, 0x9e3779b97f4a7c15
	imul	rax, rdx
	ret

; print "rax=N rdi=0x.. ... r9=0x..\nrax=0x..\n" (the number in decimal)
report:
	lea	rdi, [rel buf]
	lea	rsi, [rel s_rax]
	call	puts
	mov	rax, [rel raxv]
	call	putdec
	lea	rbx, [rel names]
	lea	r12, [rel rdiv]
	mov	r13, 6
.next:
	mov	rsi, rbx
	call	puts
	mov	rax, [r12]
	call	puthex
	add	rbx, 6
	add	r12, 8
	dec	r13
	jnz	.next
	mov	byte [rdi], 10
	inc	rdi
	lea	rsi, [rel s_rax]
	call	puts
	mov	rax, [rel retv]
	call	puthex
	mov	byte [rdi], 10
	inc	rdi
	lea	rsi, [rel buf]
	mov	rdx, rdi
	sub	rdx, rsi
	mov	eax, __NR_write
	mov	edi, 1
	syscall
	ret

; copy the NUL-terminated string at rsi to rdi
puts:
	mov	al, [rsi]
	test	al, al
	jz	.done
	mov	[rdi], al
	inc	rsi
	inc	rdi
	jmp	puts
.done:
	ret

; rax in hex, "0x"-prefixed, no leading zeros; 0 as "0"
puthex:
	test	rax, rax
	jnz	.some
	mov	byte [rdi], '0'
	inc	rdi
	ret
.some:
	mov	word [rdi], '0x'
	add	rdi, 2
	mov	rcx, 16
.skip:					; find the first nonzero digit
	rol	rax, 4
	dec	rcx
	test	al, 0xf
	jz	.skip
	inc	rcx
.digit:
	mov	dl, al
	and	dl, 0xf
	add	dl, '0'
	cmp	dl, '9'
	jbe	.put
	add	dl, 'a' - '0' - 10
.put:
	mov	[rdi], dl
	inc	rdi
	rol	rax, 4
	dec	rcx
	jnz	.digit
	ret

; rax (small, non-negative) in decimal
putdec:
	lea	rsi, [rel tmp + 24]
	mov	rcx, 10
.div:
	xor	edx, edx
	div	rcx
	add	dl, '0'
	dec	rsi
	mov	[rsi], dl
	test	rax, rax
	jnz	.div
	jmp	puts			; tmp + 24 holds the NUL

section .data
s_rax:	db "rax=", 0
names:	db " rdi=", 0, " rsi=", 0, " rdx=", 0, " r10=", 0, " r8=", 0, 0, " r9=", 0, 0

section .bss
raxv:	resq 1
rdiv:	resq 1
rsiv:	resq 1
rdxv:	resq 1
r10v:	resq 1
r8v:	resq 1
r9v:	resq 1
retv:	resq 1
tmp:	resb 32
buf:	resb 512
